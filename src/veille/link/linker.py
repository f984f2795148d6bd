"""The incremental, order-independent linker of events into happenings."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from veille.errors import ConfigError
from veille.link._text import Vector, cosine, fold, stopwords, vector
from veille.model import Event, Place, Span, stable_id
from veille.model.intervals import Interval, interval

log = logging.getLogger(__name__)
_WORDS = re.compile(r"\w+")

EventKey = tuple[str, str]  # (article_id, Event.id)

# Parties of a meeting or joint action may be listed on either side (GUIDELINES.md).
MEETING_TYPES = frozenset({"CONSULT", "COOPERATE"})
# An agreement may be coded in either direction, but "X promises Y" and "Y promises X"
# reported the same day are often two happenings: a swapped AGREE is a weak actor match.
SWAPPABLE_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
STATE_VERSION = 1
# Imperfect forms of the auxiliaries: "avait démissionné", "s'était dit prêt" is the
# plus-que-parfait, an action before the time of the story (background, not the day's news);
# so is a compound participle ("le gouvernement ayant démissionné").
PLUPERFECT_AUX = frozenset({"avait", "avaient", "etait", "etaient", "ayant"})
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Auxiliaries of compound tenses and of the near future ("a dénoncé", "va exiger"): a trigger
# with one of them shortly before is no simple present.
AUXILIARIES = frozenset({
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    "auraient", "avoir", "eu", "est", "sont", "etait", "etaient", "sera", "seront", "ete", "etre",
    "va", "vont", "allait", "etant", "ayant"})
# Determiners and the adjectives that stand before a noun, right before a trigger, make it a
# noun ("la demande", "une nouvelle menace", "la principale requête").
DETERMINERS = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "sa", "son", "ses", "leur", "leurs",
    "ce", "cet", "cette", "ces", "au", "aux", "nos", "notre", "tout", "toute", "nouvelle", "nouveau",
    "nouvel", "premiere", "premier", "derniere", "seconde", "second", "double", "principale",
    "principal", "grande", "grand", "vive", "forte", "veritable", "seule", "autre", "meme"})
# Types whose report in the present can be a standing position: statements (PLOVER's verbal
# types, save a meeting, which takes place on a day) and a continuing build-up of forces.
# An attack, an arrest or a protest told in the present is the day's news, not a position.
STANDING_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "MOBILIZE"})
# Statements (PLOVER's verbal types, save a meeting): their source is a speaker whom the
# articles name ("Joe Biden", "le parquet de Bobigny"); the agents of an action (a crowd, a
# police force) are described in looser words ("des milliers de personnes", "les Hongkongais").
STATEMENT_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Actions that take place at a site: a protest in Dijon and one in Paris on the same Saturday
# are two happenings (LINKING.md: the same action at the same time and place).
SITED_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "CONSULT", "MOBILIZE"})
# Endings of a present indicative in the third person ("dénonce", "réclament", "dément") and
# those of other forms that share them: imperfect and conditional ("exigeait", "permettrait"),
# future ("exigeront"), present participle ("condamnant"), nouns in -ment ("déploiement"),
# infinitives in -re ("permettre", "défendre", "conduire", "dire").
PRESENT_ENDINGS = ("e", "ent", "t")
NOT_PRESENT_ENDINGS = ("ait", "aient", "ront", "ant", "ment", "ttre", "dre", "uire", "crire", "dire", "lire")
PRESENT_EXCEPTIONS = frozenset({"dement"})  # démentir: "Moscou dément"
MODALS = frozenset({"doit", "doivent", "peut", "peuvent", "veut", "veulent", "faut"})
QUOTE_MARKS = ("«", "»", "\"", "“", "”")
AUX_REACH = 3  # the auxiliary stands at most this many words before the trigger ("avait déjà été")
DAY_REACH = 4  # a weekday this many words from the trigger dates it ("a rencontré lundi son homologue")


@dataclass(frozen=True)
class LinkParams:
    """Thresholds of the linker (chosen on the linking dev clusters, see the package docstring)."""

    base: float = 0.05  # evidence cosine needed by two same-day reports with the same actors
    one_a_day: float = 0.0  # instead, for one day stated by both and the very same codes on each side
    near_day: float = 0.08  # added when a publication-day default meets a day stated just before it
    near_days: int = 1  # how many days before its publication such a default most likely stands for
    vague_date: float = 0.20  # added when the dates are not one same day (weeks, months, years)
    undated: float = 0.25  # instead, when a report has no date but its publication's
    weak_actors: float = 0.10  # added when actors match only by side, wildcard or swap
    other_speaker: float = 0.20  # added inside one country when the names of two speakers share no word
    statement_content: float = 0.05  # content cosine two statements need outside one a day and standing
    standing: float = 0.10  # content cosine needed by two standing positions (trigger and speaker left out)
    standing_target: float = 0.05  # added when two standing positions of one source name other targets
    standing_words: int = 3  # content words a standing position needs to be matched by what it states
    standing_other: float = 0.05  # added when only one report is a standing position, the other undated
    same_place: float = 0.05  # taken off when both reports name the same place
    other_country: float = 0.15  # added when the reports place it in two different countries
    other_city: float = 0.15  # added when two sited actions name two cities of one country
    undated_days: int = 30  # an undated report may tell of the 30 days before publication
    published_days: int = 7  # a report dated by its publication day may tell of the week before
    merge_share: float = 0.5  # share of the pairs across two groups that must be similar to merge them
    max_window_days: int = 400  # longer windows (decades) are cut to the publication window


@dataclass(frozen=True)
class LinkInput:
    """One coded event with the article it comes from."""

    article_id: str
    article_date: str | None
    outlet: str | None
    event: Event

    @property
    def key(self) -> EventKey:
        return (self.article_id, self.event.id)


@dataclass(frozen=True)
class Happening:
    """One happening: what its reports say, when, where, and how many outlets told it."""

    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    first_date: str | None  # the earliest of the most precise member dates
    last_date: str | None  # the latest of them
    place: str | None
    place_country: str | None
    n_reports: int  # articles
    n_outlets: int  # distinct named outlets
    members: tuple[EventKey, ...]


@lru_cache(maxsize=1)
def sides() -> dict[str, str]:
    """Code → side, from the packaged sides.tsv."""
    table: dict[str, str] = {}
    text = files("veille.link").joinpath("sides.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, side = line.split("\t")[:2]
            table[code.strip()] = side.strip()
    return table


@lru_cache(maxsize=1)
def _speaker_kinds() -> list[tuple[str, re.Pattern[str]]]:
    """Kind → phrase pattern, from the packaged speakers.tsv."""
    out = []
    text = files("veille.link").joinpath("speakers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, words = line.split("\t")[:2]
            phrases = sorted((w.strip() for w in words.split("|") if w.strip()), key=len, reverse=True)
            out.append((kind.strip(), re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")))
    return out


def speaker_words(names: Iterable[str]) -> frozenset[str]:
    """The words that name a report's sources, stop words left out, with their kind in place of the
    words of one kind ("la police", "les forces de l'ordre": one kind of speaker)."""
    stop = stopwords()
    words: set[str] = set()
    for name in names:
        text = " ".join(_WORDS.findall(fold(name)))
        for kind, pattern in _speaker_kinds():
            if pattern.search(text):
                words.add(f"<{kind}>")
                text = pattern.sub(" ", text)
        words.update(w for w in text.split() if len(w) > 1 and w not in stop)
    return frozenset(words)


def happening_id(members: Iterable[EventKey]) -> str:
    """Content-derived id of a happening: the hash of its smallest member key."""
    return stable_id(*min(members), prefix="h")


@dataclass(frozen=True, eq=False)
class _Item:
    """A report ready for linking: normalised codes, date window, evidence vector."""

    key: EventKey
    type: str
    source: frozenset[str]
    target: frozenset[str]
    window: Interval | None
    day: int | None  # the event's own date when it is one day (a day ordinal), or a likely day
    dated: bool  # the event has a date of its own, other than its publication day
    by_publication: bool  # the event's date is its publication day (maybe the day's-news default)
    defaulted: bool  # the event has no date of its own: none, or its publication's by default
    standing: bool  # a position stated in the present with no date of its own ("Moscou dément")
    place: str
    country: str
    city: str  # a city the evidence sentence itself names as the place (not the dateline's)
    linkable: bool  # only asserted events are linked
    source_sides: frozenset[str]
    target_sides: frozenset[str]
    parties_norm: frozenset[str]  # source and target codes, each replaced by its side if it has one
    source_words: frozenset[str]  # folded words of the source's names in the evidence
    vec: Vector = field(repr=False)
    content: Vector = field(repr=False)  # the evidence less trigger and speaker: what is stated
    input: LinkInput = field(repr=False)


def _pluperfect(ev: Event) -> bool:
    """Whether the event's trigger is in the plus-que-parfait (an auxiliary just before it)."""
    start = ev.trigger.start - ev.evidence.start
    if not 0 <= start <= len(ev.evidence.text):
        return False
    before = _WORDS.findall(fold(ev.evidence.text[:start]))[-AUX_REACH:]
    return not PLUPERFECT_AUX.isdisjoint(before)


def _present(ev: Event) -> bool:
    """Whether the trigger is a verb in the simple present, in the journalist's words (not a quote)."""
    start = ev.trigger.start - ev.evidence.start
    words = ev.trigger.text.split()
    if not words or not 0 <= start <= len(ev.evidence.text):
        return False
    word = words[0].lower()
    folded = fold(word)
    if not word.isalpha() or word.endswith(("é", "ée", "és", "ées")) or folded in MODALS:
        return False
    if folded not in PRESENT_EXCEPTIONS and (
            not folded.endswith(PRESENT_ENDINGS) or folded.endswith(NOT_PRESENT_ENDINGS)):
        return False
    before = ev.evidence.text[:start]
    if sum(before.count(q) for q in QUOTE_MARKS) % 2:
        return False  # inside a quotation: the speaker's present, not a standing position
    if before.rstrip().endswith(",") and before.rstrip()[:-1].rstrip().endswith(QUOTE_MARKS):
        return False  # the incise after a quotation ("..., dénonce X"): the day's statement
    words = _WORDS.findall(fold(before))
    return not (words and words[-1] in DETERMINERS) and AUXILIARIES.isdisjoint(words[-AUX_REACH:])


def _content(ev: Event) -> Vector:
    """Vector of the evidence without the trigger and the source's names: what is stated."""
    text = ev.evidence.text
    start, end = ev.trigger.start - ev.evidence.start, ev.trigger.end - ev.evidence.start
    if 0 <= start <= end <= len(text):
        text = f"{text[:start]} {text[end:]}"
    for name in ev.source_names:
        if name:
            text = text.replace(name, " ")
    return vector(text)


def _weekday_before(text: str, own: Interval, published: Interval) -> int | None:
    """The same weekday a week earlier, for a day misread forward from a weekday name."""
    day = own[0]
    if own[0] != own[1] or day - published[1] > 6:
        return None
    return day - 7 if _names_weekday(text, day) else None


def _names_weekday(text: str, day: int) -> bool:
    """Whether the evidence names the weekday of a day ("vendredi" for a Friday)."""
    return WEEKDAYS[dt.date.fromordinal(day).weekday()] in _WORDS.findall(fold(text))


def _states_day(ev: Event, day: int) -> bool:
    """Whether the weekday of a day stands next to the event's trigger ("a rencontré lundi")."""
    start, end = ev.trigger.start - ev.evidence.start, ev.trigger.end - ev.evidence.start
    if not 0 <= start <= end <= len(ev.evidence.text):
        return False
    before = _WORDS.findall(fold(ev.evidence.text[:start]))[-DAY_REACH:]
    after = _WORDS.findall(fold(ev.evidence.text[end:]))[:DAY_REACH]
    return WEEKDAYS[dt.date.fromordinal(day).weekday()] in (*before, *after)


def _item(inp: LinkInput, params: LinkParams) -> _Item:
    ev = inp.event
    own = interval(ev.date)
    published = interval(inp.article_date)
    guess: int | None = None  # a likely day that is no stated day (it vetoes nothing)
    if own is not None and published is not None and own[0] > published[1]:
        # A reported happening lies before its report: a later date is a misread weekday
        # ("dimanche" taken forward) or a plan's date, not the day it happened. The report
        # counts as undated; a day within the week after publication whose weekday the
        # evidence names is likely that weekday of the week before.
        guess = _weekday_before(ev.evidence.text, own, published)
        own = None
    window: Interval | None
    # A publication day whose weekday stands by the trigger ("ont manifesté vendredi soir"
    # in a Friday story) is stated, not the day's-news default; one further off may date
    # another clause ("..., tandis que la mobilisation se poursuivait dimanche").
    by_publication = own is not None and own == published and own[0] == own[1] and (
        not ev.date_stated if ev.date_stated is not None else not _states_day(ev, own[0]))
    if by_publication and _pluperfect(ev):
        # A background event takes no date (GUIDELINES.md): the publication day is no clue.
        own, by_publication = None, False
    # A position stated in the present with no date of its own ("Moscou dément", "réclame des
    # garanties") holds at publication and may have been taken weeks before: a standing demand
    # or denial repeated in background paragraphs is one happening (LINKING.md).
    defaulted = published is not None and ev.date_stated is not True and (own is None or own == published)
    # "La Chine rejette ces accusations", "L'exécutif dément": a position that names what it
    # denies or demands only by an anaphor has nothing to match another report by.
    content = _content(ev)
    standing = ev.status == "asserted" and ev.type in STANDING_TYPES and defaulted and _present(ev) \
        and sum(1 for term in content if " " not in term) >= params.standing_words
    if standing and published is not None:
        window = (published[0] - params.undated_days, published[1])
    elif by_publication and published is not None:
        # The day's news takes the publication date (GUIDELINES.md), so this date may also be
        # a coder's default for a statement of the days before, repeated in a later article.
        window = (published[0] - params.published_days, published[1])
    elif own is not None and own[1] - own[0] < params.max_window_days:
        window = own
    elif published is not None:
        # No date of its own (or only a decade): the report tells of the weeks before publication.
        window = (published[0] - params.undated_days, published[1])
        if own is not None:
            window = (max(window[0], own[0]), min(window[1], own[1]))
            if window[0] > window[1]:
                window = own[0], min(own[1], own[0] + params.max_window_days)
    else:
        window = own if own is None else (own[0], min(own[1], own[0] + params.max_window_days))
    place = ev.place
    table = sides()
    return _Item(
        key=inp.key,
        type=ev.type,
        source=frozenset(ev.source),
        target=frozenset(ev.target),
        window=window,
        day=own[0] if own is not None and own[0] == own[1] else guess,
        dated=own is not None and not by_publication and not standing,
        by_publication=by_publication,
        defaulted=defaulted,
        standing=standing,
        place=fold(place.name) if place and place.name else "",
        country=(place.country or "") if place else "",
        city=fold(place.name) if place and place.name and place.feature == "city" and not place.dateline
        and ev.evidence.start <= place.span.start < ev.evidence.end else "",
        linkable=ev.status == "asserted",
        source_sides=frozenset(table[c] for c in ev.source if c in table),
        target_sides=frozenset(table[c] for c in ev.target if c in table),
        parties_norm=frozenset(table.get(c, c) for c in (*ev.source, *ev.target)),
        source_words=speaker_words(ev.source_names),
        vec=vector(ev.evidence.text),
        content=content,
        input=inp,
    )


def _side_rel(x: frozenset[str], sx: frozenset[str], y: frozenset[str], sy: frozenset[str]) -> str | None:
    """How two actor lists (and their sides) agree: exact, side (same camp), wild (one empty) or not."""
    if not x and not y:
        return "exact"
    if not x or not y:
        return "wild"
    if not x.isdisjoint(y):
        return "exact"
    if not sx.isdisjoint(sy):
        return "side"
    return None


def _combine(a: str | None, b: str | None) -> str | None:
    if a is None or b is None or (a == "wild" and b == "wild"):
        return None
    return "exact" if a == b == "exact" else "weak"


def _actors(a: _Item, b: _Item) -> str | None:
    """Whether two reports name the same actors: exact, weak, or not at all."""
    direct = _combine(_side_rel(a.source, a.source_sides, b.source, b.source_sides),
                      _side_rel(a.target, a.target_sides, b.target, b.target_sides))
    if a.type in SWAPPABLE_TYPES and direct != "exact":
        swapped = _combine(_side_rel(a.source, a.source_sides, b.target, b.target_sides),
                           _side_rel(a.target, a.target_sides, b.source, b.source_sides))
        if a.type in MEETING_TYPES:
            if swapped == "exact":
                return "exact"
            na, nb = a.parties_norm, b.parties_norm
            if na and nb and (na <= nb or nb <= na):
                return "exact" if a.source | a.target == b.source | b.target else "weak"
        if swapped is not None:
            return "weak"
    return direct


def _standing_actors(a: _Item, b: _Item) -> str | None:
    """Two standing positions of one source: "partial" when they name other targets."""
    if a.standing and b.standing and not a.source.isdisjoint(b.source) and a.target and b.target:
        # Who a standing denial answers or a standing demand addresses is named by each article
        # as it likes ("dément" an offensive against Kyiv, or the Western accusations).
        return "partial"
    return None


def _compatible(a: _Item, b: _Item) -> str | None:
    """Hard constraints of one happening; returns the actor match when they hold."""
    if a.key[0] == b.key[0] or a.type != b.type:
        return None  # one event per article per happening (GUIDELINES.md)
    if a.window is None or b.window is None:
        if a.window is not None or b.window is not None:
            return None
    elif a.window[0] > b.window[1] or b.window[0] > a.window[1]:
        return None
    if a.day is not None and b.day is not None and a.day != b.day and a.dated and b.dated:
        return None  # two different days, each stated by its article
    return _actors(a, b) or _standing_actors(a, b)


def _same_dyad(a: _Item, b: _Item) -> bool:
    """Whether two reports name the very same codes on each side (either way round for a meeting)."""
    if not a.source and not b.source:
        return False
    if a.source == b.source and a.target == b.target:
        return True
    return a.type in MEETING_TYPES and a.source | a.target == b.source | b.target


def _domestic(a: _Item, b: _Item) -> bool:
    """Whether either report has a code on both sides (USA→USA: inside one country)."""
    return not (a.source.isdisjoint(a.target) and b.source.isdisjoint(b.target))


def _same_speakers(a: _Item, b: _Item) -> bool | None:
    """Whether two reports name their sources with a word in common (None: one names none)."""
    if not a.source_words or not b.source_words:
        return None
    return not a.source_words.isdisjoint(b.source_words)


def _near_day(a: _Item, b: _Item, params: LinkParams) -> bool:
    """Whether one report's publication-day default falls just after the day the other states."""
    for x, y in ((a, b), (b, a)):
        if x.by_publication and y.dated and x.day is not None and y.day is not None \
                and 0 < x.day - y.day <= params.near_days:
            return True
    return False


def _similarity(a: _Item, b: _Item, params: LinkParams) -> float | None:
    """Evidence similarity of two reports when it clears their threshold, else None; one more when
    they share a stated day and their codes, so that such links are weighed first."""
    actors = _compatible(a, b)
    if actors is None:
        return None
    if a.key > b.key:  # one summation order, whichever report came first
        a, b = b, a
    sim = cosine(a.vec, b.vec)
    threshold = params.base
    same_day = a.day is not None and a.day == b.day
    # Inside one country the codes do not tell the government from its opponents or from
    # civil society ("Joe Biden" and "ACLU" are both USA): there the names of the sources
    # must not disagree for one a day, and must agree for a near day (a default date is
    # only a likely day).
    speakers = _same_speakers(a, b) if _domestic(a, b) else True
    other_speaker = params.other_speaker if speakers is False and a.type in STATEMENT_TYPES else 0.0
    stated_day = same_day and a.dated and b.dated  # a likely day or a default is not dated
    # one report states the day that the other, of the same named speaker and codes, takes by default
    read_as_stated = same_day and a.dated != b.dated and bool(_same_speakers(a, b)) and _same_dyad(a, b)
    other_city = a.type in SITED_TYPES and "" != a.city != b.city != "" and a.country == b.country
    if a.standing and b.standing and speakers is not False:
        # Two reports of one standing position: the publication dates and the places the
        # sentences name say nothing of when or where the position was taken, and the speaker
        # and the verb ("Moscou dément") are shared by all positions of that speaker: what
        # is denied or demanded must match. Inside one country the speaker is all that
        # anchors a position: when the names disagree, the rules of dated reports apply.
        sim = cosine(a.content, b.content)
        threshold = params.standing + (params.standing_target if actors == "partial" else
                                       params.weak_actors if actors == "weak" else 0.0)
        return sim if sim >= threshold else None
    if ((a.standing and b.defaulted) or (b.standing and a.defaulted)) and speakers is not False:
        # A standing position and a report of the same demand or denial with no date of its
        # own ("Moscou a exigé des garanties" in a story that gives no day): the position is
        # likely the one that report told of, when what is stated matches more closely.
        content = cosine(a.content, b.content)
        threshold = params.standing + params.standing_other + (
            params.weak_actors if actors == "weak" else 0.0)
        if content >= threshold:
            return max(sim, content)
    if stated_day and speakers and _same_dyad(a, b) and not other_city:
        # One type, one direction, the very same codes and one day that both articles state:
        # one happening whatever the wording (the "one-a-day" rule of event data sets such as
        # ICEWS and Phoenix; GUIDELINES.md codes several statements of one press conference
        # as one). A publication-day default is no known day: it does not count here.
        threshold = params.one_a_day
        if sim >= threshold:
            return 1.0 + sim  # ranks above any link on wording alone when groups are formed
    elif not same_day:
        if speakers and _near_day(a, b, params):
            # The day's news of day D is mostly told of D-1 ("lundi" in Tuesday's paper): a
            # publication-day default is nearly the same day as a stated day just before it.
            threshold += params.near_day
        else:
            threshold += params.vague_date if a.dated and b.dated else params.undated
    elif not stated_day and not read_as_stated:
        # one same day that is the publication day of one report or both, not stated by
        # both: only a likely day, as a near day (not when one report states the day that the
        # other, of the same speaker and codes, takes by default: the default is read as that day)
        threshold += params.near_day
    if actors == "weak":
        threshold += params.weak_actors
    threshold += other_speaker
    if a.place and a.place == b.place:
        threshold -= params.same_place
    elif a.country and b.country and a.country != b.country:
        # Places are often coded from the sentence's other names: a hint, not a veto.
        threshold += params.other_country
    elif other_city:
        # Two cities of one country that the sentences themselves name: two sites of one
        # day's protests, or a raid here and another there. A hint as strong as two countries.
        threshold += params.other_city
    # A shared place offsets a penalty but never lets two reports link with less than ``base``:
    # without one same stated day and the very same codes, the wording must still agree.
    threshold = max(threshold, params.base)
    if sim >= threshold and a.type in STATEMENT_TYPES \
            and cosine(a.content, b.content) < params.statement_content:
        # Two statements that share only the speaker's names and the verb ("Donald Trump a
        # dénoncé", "a appelé") are two statements of one speaker, not one said twice.
        return None
    return sim if sim >= threshold else None


def _weeks(window: Interval | None) -> list[int | None]:
    if window is None:
        return [None]
    # Day ordinal 1 is a Monday: ordinal // 7 numbers Monday-to-Sunday weeks.
    return list(range(window[0] // 7, window[1] // 7 + 1))


def _block_keys(item: _Item) -> list[tuple[str, str, int | None]]:
    """Blocks sharing at least one of which is necessary for two reports to be linked."""
    table = sides()
    codes = item.source | item.target
    actor_keys = set(codes) | {"side:" + table[c] for c in codes if c in table}
    if not actor_keys:
        actor_keys = {"-"}
    return [(item.type, k, w) for k in sorted(actor_keys) for w in _weeks(item.window)]


class Linker:
    """Links events from many articles into happenings, incrementally and order-independently.

    Happenings are a function of the set of events added, not of the order or batches in
    which they came: two reports are joined by an edge when they may be one happening and
    their evidence is similar enough (a symmetric test); the connected groups of edges are
    then split into happenings by a deterministic greedy merge (most similar pairs first,
    never two reports of one article, never two reports that break a hard constraint).
    Adding events recomputes only the groups they touch.
    """

    def __init__(self, params: LinkParams | None = None) -> None:
        self.params = params or LinkParams()
        self._items: dict[EventKey, _Item] = {}
        self._blocks: dict[tuple[str, str, int | None], list[EventKey]] = defaultdict(list)
        self._edges: dict[EventKey, dict[EventKey, float]] = defaultdict(dict)
        self._parent: dict[EventKey, EventKey] = {}
        self._group: dict[EventKey, list[EventKey]] = {}  # root → members of the edge group
        self._assign: dict[EventKey, str] = {}
        self._happenings: dict[str, tuple[EventKey, ...]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def _find(self, key: EventKey) -> EventKey:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: EventKey, b: EventKey) -> EventKey:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        if len(self._group[ra]) < len(self._group[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._group[ra].extend(self._group.pop(rb))
        return ra

    def add(self, inputs: Iterable[LinkInput]) -> dict[EventKey, str]:
        """Add events; returns the happening id of each new event and of each whose id changed.

        A key (article id, event id) already present is ignored: re-adding an article is a no-op.
        """
        new: list[_Item] = []
        for inp in inputs:
            if inp.key in self._items:
                continue
            item = _item(inp, self.params)
            self._items[item.key] = item
            self._parent[item.key] = item.key
            self._group[item.key] = [item.key]
            new.append(item)
        new_keys = {item.key for item in new}
        touched: set[EventKey] = set()
        for item in new:
            touched.add(item.key)
            if not item.linkable:
                continue
            candidates: set[EventKey] = set()
            for block in _block_keys(item):
                candidates.update(self._blocks[block])
                self._blocks[block].append(item.key)
            for other_key in candidates:
                # Pairs of two new events are met once, from the one added second.
                other = self._items[other_key]
                sim = _similarity(item, other, self.params)
                if sim is not None:
                    self._edges[item.key][other_key] = sim
                    self._edges[other_key][item.key] = sim
                    touched.add(self._union(item.key, other_key))
        changed: dict[EventKey, str] = {}
        for root in {self._find(k) for k in touched}:
            members = self._group[root]
            for old in {self._assign[k] for k in members if k in self._assign}:
                self._happenings.pop(old, None)
            for cluster in self._split(members):
                hid = happening_id(cluster)
                self._happenings[hid] = tuple(sorted(cluster))
                for key in cluster:
                    if key in new_keys or self._assign.get(key) != hid:
                        changed[key] = hid
                    self._assign[key] = hid
        log.debug("linked %d new events, %d assignments changed", len(new), len(changed))
        return changed

    def _split(self, members: list[EventKey]) -> list[list[EventKey]]:
        """Happenings of one edge group: greedy merge over edges, most similar first.

        Two groups merge when no pair across breaks a hard constraint and at least
        ``merge_share`` of the pairs across are similar enough on their own.
        """
        if len(members) == 1:
            return [list(members)]
        edges = sorted(
            (-sim, a, b) for a in members for b, sim in self._edges[a].items() if a < b
        )
        cluster_of = {key: key for key in members}
        clusters: dict[EventKey, list[EventKey]] = {key: [key] for key in members}
        for _, a, b in edges:
            ca, cb = cluster_of[a], cluster_of[b]
            if ca == cb:
                continue
            left, right = clusters[ca], clusters[cb]
            linked = sum(1 for x in left for y in right if y in self._edges[x])
            # Most pairs across must be similar enough on their own: no chains of look-alikes.
            if linked < self.params.merge_share * len(left) * len(right):
                continue
            if all(_compatible(self._items[x], self._items[y]) for x in left for y in right):
                keep, drop = (ca, cb) if ca < cb else (cb, ca)
                clusters[keep].extend(clusters.pop(drop))
                for key in clusters[keep]:
                    cluster_of[key] = keep
        return list(clusters.values())

    def stats(self) -> dict[str, int]:
        """Sizes: events, similarity edges, edge groups, the largest group, happenings."""
        return {
            "events": len(self._items),
            "edges": sum(len(e) for e in self._edges.values()) // 2,
            "groups": len(self._group),
            "largest_group": max((len(g) for g in self._group.values()), default=0),
            "happenings": len(self._happenings),
        }

    def assignments(self) -> dict[EventKey, str]:
        """Happening id of every event added so far."""
        return dict(self._assign)

    def happening_of(self, key: EventKey) -> str:
        """Happening id of one event."""
        return self._assign[key]

    def happenings(self) -> list[Happening]:
        """Every happening, with its fields computed from its members, ordered by id."""
        return [
            summarise(hid, [self._items[k].input for k in members])
            for hid, members in sorted(self._happenings.items())
        ]

    def inputs(self) -> list[LinkInput]:
        """Every event added so far, ordered by key."""
        return [self._items[k].input for k in sorted(self._items)]

    def state(self) -> dict[str, Any]:
        """A JSON-serialisable state from which ``from_state`` rebuilds the same linker."""
        return {
            "version": STATE_VERSION,
            "params": asdict(self.params),
            "inputs": [_input_to_dict(inp) for inp in self.inputs()],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Linker:
        """Rebuild a linker from ``state()`` output."""
        if state.get("version") != STATE_VERSION:
            raise ConfigError(f"linker state version {state.get('version')!r} is not {STATE_VERSION}",
                              hint="rebuild the state by adding the events again")
        linker = cls(LinkParams(**state.get("params", {})))
        linker.add(_input_from_dict(d) for d in state["inputs"])
        return linker


def link(inputs: Iterable[LinkInput], params: LinkParams | None = None) -> dict[EventKey, str]:
    """Happening id of every event (one call, no state kept)."""
    linker = Linker(params)
    linker.add(inputs)
    return linker.assignments()


def _vote(values: Iterable[str], n: int) -> tuple[str, ...]:
    counts = Counter(values)
    chosen = sorted(c for c, k in counts.items() if 2 * k >= n)
    if not chosen and counts:
        top = max(counts.values())
        chosen = sorted(c for c, k in counts.items() if k == top)
    return tuple(chosen)


def summarise(hid: str, members: Sequence[LinkInput]) -> Happening:
    """A Happening's fields from its member reports (codes named by at least half of them)."""
    n = len(members)
    types = Counter(m.event.type for m in members)
    top = max(types.values())
    dated = [(iv, m.event.date) for m in members if (iv := interval(m.event.date)) and m.event.date]
    first = last = None
    if dated:
        finest = min(iv[1] - iv[0] for iv, _ in dated)
        precise = sorted((iv, d) for iv, d in dated if iv[1] - iv[0] == finest)
        first, last = precise[0][1], precise[-1][1]
    places = Counter(m.event.place.name for m in members if m.event.place and m.event.place.name)
    countries = Counter(m.event.place.country for m in members if m.event.place and m.event.place.country)
    return Happening(
        id=hid,
        type=min(t for t, k in types.items() if k == top),
        source=_vote((c for m in members for c in m.event.source), n),
        target=_vote((c for m in members for c in m.event.target), n),
        first_date=first,
        last_date=last,
        place=min(places, key=lambda p: (-places[p], p)) if places else None,
        place_country=min(countries, key=lambda c: (-countries[c], c)) if countries else None,
        n_reports=len({m.article_id for m in members}),
        n_outlets=len({m.outlet for m in members if m.outlet}),
        members=tuple(sorted(m.key for m in members)),
    )


def _input_to_dict(inp: LinkInput) -> dict[str, Any]:
    return {"article_id": inp.article_id, "article_date": inp.article_date, "outlet": inp.outlet,
            "event": asdict(inp.event)}


def _input_from_dict(d: dict[str, Any]) -> LinkInput:
    ev = dict(d["event"])
    ev["evidence"] = Span(**ev["evidence"])
    ev["trigger"] = Span(**ev["trigger"])
    if ev.get("place") is not None:
        place = dict(ev["place"])
        place["span"] = Span(**place["span"])
        ev["place"] = Place(**place)
    for name in ("source", "target", "source_names", "target_names"):
        ev[name] = tuple(ev.get(name) or ())
    return LinkInput(d["article_id"], d.get("article_date"), d.get("outlet"), Event(**ev))
