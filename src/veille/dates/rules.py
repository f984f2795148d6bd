"""French temporal expressions: a compiled regex pass over the text, then TIMEX3 values.

Recognition is a set of patterns (built from ``lexicon.tsv``) run on the lower-cased text,
each only around the words that can belong to its matches; overlapping candidates are
resolved longest first. Normalisation then walks the kept
expressions in text order against the publication date, carrying the last fully known
day for clock times ("à 10 h" takes the day last mentioned). See the package docstring
for the precision rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache, partial
from importlib import resources
from typing import Literal

from veille.model import Precision, Span, Timex

Tense = Literal["past", "present", "future"]
TenseOf = Callable[[int, int], "Tense | None"]
Kind = Literal["DATE", "TIME", "DURATION", "SET"]

STAGE = "dates.rules.v7"
_APOS = "['’]"


@dataclass(frozen=True)
class Anchor:
    """What is known of the publication date: year, month, day (None when unknown)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, pubdate: str | None) -> Anchor:
        """Anchor from "YYYY-MM-DD", "YYYY-MM", "YYYY" (time suffixes ignored) or None."""
        if not pubdate:
            return cls()
        m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", pubdate.strip())
        if not m:
            return cls()
        y, mo, d = (int(g) if g else None for g in m.groups())
        if mo is not None and not 1 <= mo <= 12:
            return cls(y)
        if d is not None and y is not None and mo is not None:
            try:
                date(y, mo, d)
            except ValueError:
                return cls(y, mo)
        return cls(y, mo, d)

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


@dataclass(frozen=True)
class Resolved:
    """A TIMEX3 value with its precision."""

    value: str
    precision: Precision


class Context:
    """What normalisation of one expression may look at; the tense is found when asked."""

    def __init__(self, anchor: Anchor, ref: date | None, tense_of: Callable[[], Tense | None],
                 ref_before: bool = False) -> None:
        self.anchor = anchor
        self.ref = ref  # last day mentioned before the expression (else the publication day)
        self.ref_before = ref_before  # whether that day was mentioned in an earlier sentence
        self._tense_of = tense_of

    @cached_property
    def tense(self) -> Tense | None:
        return self._tense_of()


Builder = Callable[[Context], "Resolved | None"]


@dataclass(frozen=True)
class Candidate:
    """A recognised expression waiting for its value."""

    start: int
    end: int
    kind: Kind
    build: Builder


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Lexicon:
    """The entries of lexicon.tsv by category: word (lower case) -> value."""

    entries: dict[str, dict[str, str]]

    def get(self, category: str) -> dict[str, str]:
        return self.entries.get(category, {})

    def alternation(self, category: str) -> str:
        """A regex alternation of a category's words, longest first."""
        words = sorted(self.get(category), key=len, reverse=True)
        return "(?:" + "|".join(_word_regex(w) for w in words) + ")"


def _word_regex(word: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[ ]+", word)]
    out = r"\s+".join(parts)
    return re.sub("['’]", _APOS, out).replace(r"\-", "[-‑ ]?")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The package lexicon, read once."""
    text = resources.files("veille.dates").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    entries: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cat, word, *rest = line.split("\t")
        entries.setdefault(cat, {})[word.lower().replace("’", "'")] = rest[0] if rest else ""
    return Lexicon(entries)


def _key(text: str) -> str:
    """Lexicon key of a matched word: lower case, one space, straight apostrophe."""
    return " ".join(text.lower().replace("’", "'").replace("‑", "-").split())


def _compact(text: str) -> str:
    """Key without spaces and hyphens: patterns accept "après-midi", "après midi", "aprèsmidi"."""
    return re.sub(r"[\s\-‑]+", "", _key(text))


@cache
def _compact_table(category: str) -> dict[str, str]:
    return {_compact(k): v for k, v in lexicon().get(category).items()}


def _lookup(category: str, text: str) -> str:
    """The lexicon value of a word the category's pattern matched."""
    return _compact_table(category)[_compact(text)]


def number_value(text: str) -> int | None:
    """Integer of digits ("12", "1 500") or French number words ("vingt-trois")."""
    t = _key(text)
    digits = re.sub(r"[\s\u202f\xa0]", "", t)
    if re.fullmatch(r"\d+\.\d{3}", digits):  # "1.500": a thousands point
        digits = digits.replace(".", "")
    digits = re.split(r"[,.]", digits)[0]
    if digits.isdigit():
        return int(digits)
    words = lexicon().get("number")
    total, current = 0, 0
    for w in re.split(r"[-\s]+", t):
        if w == "et":
            continue
        if w not in words:
            return None
        n = int(words[w])
        if n == 100:
            current = max(current, 1) * 100
        elif n == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif n in (20,) and current == 4:  # quatre-vingt(s)
            current = 80
        elif current % 10 == 0 and current >= 60 and n < 20 and current % 100 in (60, 80):
            current += n  # soixante-dix, quatre-vingt-onze
        else:
            current += n
    return total + current


# --------------------------------------------------------------------------- values


def _ymd(d: date) -> str:
    return d.isoformat()


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def day_from_anchor(anchor: Anchor, delta: int) -> Resolved:
    """The day ``delta`` days from the publication date, at the precision the anchor allows."""
    d = anchor.date
    if d is not None:
        return Resolved(_ymd(d + timedelta(days=delta)), "day")
    if anchor.year and anchor.month:
        return Resolved(f"{anchor.year:04d}-{anchor.month:02d}", "month")
    if anchor.year:
        return Resolved(f"{anchor.year:04d}", "year")
    return Resolved("XXXX-XX-XX", "unknown")


def weekday_from_anchor(anchor: Anchor, wd: int, direction: int, tense: Tense | None,
                        this_week: bool = False) -> tuple[Resolved, date | None]:
    """The weekday ``wd`` (ISO) relative to the publication date; see the precision rules."""
    d = anchor.date
    if d is None:
        if anchor.year and anchor.month:
            return Resolved(f"{anchor.year:04d}-{anchor.month:02d}", "month"), None
        if anchor.year:
            return Resolved(f"{anchor.year:04d}", "year"), None
        return Resolved(f"XXXX-WXX-{wd}", "unknown"), None
    today = d.isoweekday()
    if direction < 0:  # "lundi dernier": 1 to 7 days back
        delta = -(((today - wd) % 7) or 7)
    elif direction > 0:  # "lundi prochain": 1 to 7 days ahead
        delta = ((wd - today) % 7) or 7
    elif this_week or tense == "present":
        delta = wd - today
    elif tense == "future":
        delta = (wd - today) % 7
    else:  # past tense, or nothing known: the last six days
        delta = -((today - wd) % 7)
    target = d + timedelta(days=delta)
    return Resolved(_ymd(target), "day"), target


def pick_year(anchor: Anchor, month: int, day: int | None, direction: int,
              tense: Tense | None) -> int | None:
    """Year of a day or month given without one: the nearest to the publication date,
    unless "dernier/prochain" or the tense says which side."""
    if anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year
    a = (anchor.month, anchor.day or 15 if day is not None else 0)  # a month compares by month
    t = (month, day if day is not None else 0)
    diff = (month - anchor.month) * 30 + ((day or 15) - (anchor.day or 15))
    side = direction
    if not side and abs(diff) > 60:  # within two months the nearest wins; further away the tense decides
        side = {"past": -1, "future": 1}.get(tense or "", 0)
    if side < 0:
        return anchor.year if t <= a else anchor.year - 1
    if side > 0:
        return anchor.year if t >= a else anchor.year + 1
    # nearest: within six months of the publication date
    if diff > 183:
        return anchor.year - 1
    if diff < -183:
        return anchor.year + 1
    return anchor.year


def _valid_day(y: int | None, m: int, d: int) -> bool:
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def day_value(y: int | None, m: int, d: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}-{d:02d}" if y else f"XXXX-{m:02d}-{d:02d}", "day")


def month_value(y: int | None, m: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}", "month")


def time_on(ctx: Context, clock: str) -> Resolved:
    """A clock time ("T10:00", "TEV") on the reference day, with unknown parts marked X."""
    if ctx.ref is not None:
        today = ctx.anchor.date
        if today is not None and ctx.ref < today and ctx.ref_before and ctx.tense == "future":
            # "Samedi, le séisme a frappé. [...] Il arrivera à 18H30": not the past day of before
            return Resolved(f"{_ymd(today)}{clock}", "day")
        return Resolved(f"{_ymd(ctx.ref)}{clock}", "day")
    a = ctx.anchor
    if a.year and a.month:
        return Resolved(f"{a.year:04d}-{a.month:02d}-XX{clock}", "month")
    if a.year:
        return Resolved(f"{a.year:04d}-XX-XX{clock}", "year")
    return Resolved(f"XXXX-XX-XX{clock}", "unknown")


def _year(text: str) -> int:
    y = int(text.lstrip("'’"))
    if len(text.lstrip("'’")) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# --------------------------------------------------------------------------- patterns

_B = r"(?<![\w-])"  # word start (an elided article may precede: "qu'aujourd'hui")
_E = r"(?![\w-])"  # word end


@dataclass(frozen=True)
class Rule:
    """A pattern and the function that turns its matches into candidates."""

    name: str
    pattern: re.Pattern[str]
    make: Callable[[re.Match[str], str], Candidate | None]
    triggers: frozenset[str]  # words one of which every match contains ("#" stands for digits)


def _span_start(m: re.Match[str], *groups: str) -> int:
    for g in groups:
        if m.group(g) is not None:
            return m.start(g)
    return m.start()


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled patterns, built once from the lexicon."""
    lx = lexicon()
    MONTH = lx.alternation("month")
    WD = lx.alternation("weekday")
    PART = lx.alternation("daypart")
    PART_LEAD = r"(?:au\s+|en\s+|dans\s+la\s+|dans\s+l['’]|en\s+(?:début|fin)\s+d(?:e\s+|['’]))"
    DIR = lx.alternation("direction")
    UNIT = lx.alternation("unit")
    NUMW = lx.alternation("number")
    NUM = rf"(?:\d{{1,3}}(?:[  ]\d{{3}})*(?:[,.]\d+)?|(?:{NUMW})(?:(?:[-\s]+et[-\s]+|[-\s]+)(?:{NUMW}))*)"
    DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
    Y4 = r"(?:1[0-9]\d\d|20\d\d)"
    YEAR = rf"(?:{Y4}|['’]\d\d)"
    LE = "le"

    def c(p: str) -> re.Pattern[str]:
        return re.compile(p)  # run on the lower-cased text

    out: list[Rule] = []

    def add(name: str, pattern: str, make: Callable[[re.Match[str], str], Candidate | None]) -> None:
        out.append(Rule(name, c(pattern), make, _TRIGGERS[name]()))

    # "le mardi 12 janvier 2022", "12 janvier", "le 1er mai dernier"
    add("day_month", rf"{_B}(?:(?P<art>{LE}|ce)\s+)?(?:(?P<wd>{WD})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{YEAR}|\d\d(?=\s*[,.;:)!?]|\s*$)))?(?:\s+(?P<dir>{DIR}))?{_E}", _day_month)
    # "les 19 et 20 mai", "du 6 au 8 juillet 2021", "entre le 6 et le 8 juillet"
    add("day_range", rf"{_B}(?P<lead>les|entre\s+le|du|des)\s+(?:(?P<wd1>{WD})\s+)?(?P<d1>{DAY})"
        rf"(?:\s+(?P<m1>{MONTH}))?\s*(?:et|au|à|-|–)\s*(?:le\s+)?(?:{WD}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?{_E}",
        _day_range)
    # "12/01/2022", "12.01.22", "2022-01-12"
    add("numeric", rf"(?<![\d/.-])(?:(?P<art>{LE})\s+)?(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)"
        rf"(?P<y>\d{{4}}|\d{{2}})(?![\d/.]\d)", _numeric)
    add("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])", _iso)
    # "mars 2021", "le mois de mars 2021", "mars dernier", "janvier"
    add("month", rf"(?<!\w)(?:(?P<art>(?:(?:le|ce)\s+)?mois\s+d['’]|(?:(?:le|ce)\s+)?mois\s+de)\s*)?"
        rf"(?P<m>{MONTH})(?:\s+(?P<y>{Y4}|['’]\d\d|\d\d(?=\s*[,.;:)!?]|\s*$)))?(?:\s+(?P<dir>{DIR}))?"
        rf"(?!\w)(?!-(?!{MONTH}))", _month)
    # "2008", "l'an 2000", "l'année 2001"
    add("year", rf"(?<![\d.,])(?<!\d\s)(?<!\d )(?:(?P<art>l['’]an(?:née)?|l['’]exercice|"
        rf"l['’]année)\s+)?(?P<y>{Y4})(?!\d|[/-](?!{Y4}(?!\d))|[.,]\d|\s\d{{3}}(?!\d)|\s?%|\s?€)", _year_only)
    # "fin janvier", "début mars 2021", "mi-juin", "fin 2021", "la fin de l'année"
    add("part_month", rf"{_B}(?:(?P<art>la|le)\s+)?(?P<pos>fin|début|debut|mi|milieu|courant)"
        rf"(?:-|\s+(?:de\s+|d['’])?(?:(?:mois\s+de\s+|mois\s+d['’])\s*)?)(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{Y4}))?{_E}", _part_month)
    add("part_year", rf"{_B}(?:(?P<art>la|le)\s+)?(?P<pos>fin|début|debut|mi|milieu|courant)[-\s]+"
        rf"(?P<y>{Y4}){_E}", _part_year)
    add("part_century", rf"{_B}(?:(?P<art>la|le)\s+)?(?P<pos>fin|début|debut|milieu)\s+(?:du\s+(?P<c>[ivxl]+|\d{{1,2}})"
        rf"(?:e|ème|è|eme)\s+siècle|des\s+années\s+(?P<y>(?:1[0-9]|20)?\d0)){_E}", _part_century)
    add("part_rel", rf"{_B}(?P<art>la\s+|le\s+|en\s+)?(?P<pos>fin|début|debut|milieu)\s+"
        rf"(?:de\s+l['’]|de\s+la\s+|du\s+|d['’]|de\s+)(?P<u>année|an|mois|semaine)"
        rf"(?:\s+(?P<dir>{DIR}|en\s+cours))?{_E}", _part_rel)
    # "le premier trimestre 2021", "au deuxième semestre"
    add("quarter", rf"{_B}(?:(?P<art>le|ce)\s+)?(?P<n>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|"
        rf"quatrième|4e|4ème|dernier)\s+(?P<u>trimestre|semestre)(?:\s+(?:de\s+)?(?P<y>{Y4}))?{_E}", _quarter)
    # "la Toussaint", "à Noël", "le 14-Juillet", "depuis Pâques 2021"
    add("holiday", rf"{_B}(?:(?P<art>la|le|l['’])\s*|(?P<lead>à|pour|depuis|avant|après|dès|de|du|au|avec)\s+)"
        rf"(?:(?P<feast>fête|fêtes|jour|week-end)\s+de\s+|(?P<eve>veille|nuit)\s+de\s+)?"
        rf"(?P<h>{lx.alternation('holiday')})(?:\s+(?P<y>{Y4}))?(?![\w-])", _holiday)
    # "hier", "hier soir", "demain matin", "aujourd'hui"
    add("relday", rf"{_B}(?P<w>{lx.alternation('relday')})(?:,?\s+(?P<wd>{WD})(?:\s+{DAY}\s+(?:{MONTH})"
        rf"(?:\s+{Y4})?)?)?(?:,?\s+{PART_LEAD}?(?P<part>{PART}))?{_E}", _relday)
    # "le lendemain", "la veille au soir", "le même jour": from the day last mentioned
    add("refday", rf"{_B}(?P<art>le|la|ce)\s+(?P<w>lendemain|surlendemain|veille|avant-veille|même\s+jour)"
        rf"(?:\s+(?:au\s+)?(?P<part>{PART}))?{_E}(?!\s+(?:de|du|des|d['’]))", _refday)
    # "la nuit de lundi à mardi"
    add("night_of", rf"{_B}(?:dans\s+)?(?P<art>la)\s+nuit\s+(?:de|du)\s+(?P<wd>{WD})\s+(?:à|au)\s+(?:{WD}){_E}",
        _night_of)
    # "ce matin", "cet après-midi", "cette nuit", "ce soir"
    add("this_part", rf"{_B}(?:ce|cet|cette)\s+(?P<part>{PART}){_E}", _this_part)
    # "dans la nuit", "en soirée", "en fin de matinée", "la veille au soir"
    add("vague_part", rf"{_B}(?:dans\s+)?(?P<art>la|l['’]|en(?:\s+(?:fin|début)\s+(?:de|d['’]))?)\s*"
        rf"(?P<part>matinée|soirée|nuit|après-midi){_E}(?!\s+(?:de|du|des|d['’]|suivante|précédente))",
        _vague_part)
    # "lundi", "mardi soir", "mardi dernier", "ce lundi", "lundi prochain au matin"
    add("weekday", rf"{_B}(?:(?P<art>{LE}|ce)\s+)?(?P<wd>{WD})(?:\s+(?P<dir1>{DIR}))?"
        rf"(?:,?\s+{PART_LEAD}?(?P<part>{PART}))?(?:\s+(?P<dir2>{DIR}))?{_E}", _weekday)
    # "la semaine dernière", "cette semaine", "le mois dernier", "l'an dernier", "ce week-end"
    add("rel_unit", rf"{_B}(?P<art>la|le|l['’]|cette|ce|cet)\s*(?P<u>semaine|week-end|week\s+end|mois|"
        rf"année|an|été|hiver|automne|printemps)(?:-ci|\s+(?P<dir>{DIR}|en\s+cours)(?!\s+(?:{NUM})))?{_E}",
        _rel_unit)
    # "l'été 2021", "au printemps 2020"
    add("season_year", rf"{_B}(?:(?P<art>l['’]|le|la)\s*)?(?P<s>{lx.alternation('season')})\s+"
        rf"(?:de\s+)?(?P<y>{Y4}){_E}", _season_year)
    # "il y a deux ans", "dans trois jours"
    add("ago", rf"{_B}(?P<lead>il\s+y\s+a|voici|voilà|dans|d['’]ici)\s+(?:(?:environ|près\s+de|"
        rf"plus\s+de|moins\s+de)\s+)?(?P<n>{NUM}|{lx.alternation('vague')})\s+(?P<u>{UNIT}){_E}", _ago)
    # durations: "trois jours", "près de 24 heures", "plusieurs années", "une dizaine de jours"
    add("duration", rf"{_B}(?:(?P<mod>environ|près\s+de|plus\s+de|moins\s+de|au\s+moins|quelque)\s+)?"
        rf"(?:(?P<n>{NUM})|(?P<v>{lx.alternation('vague')})|(?P<ax>une|un)\s+(?P<approx>"
        rf"{lx.alternation('approx')})\s+d['’]?(?:e\s+)?)\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?{_E}"
        r"(?!\s+\d)",
        _duration)
    add("last_n", rf"{_B}(?P<art>les|ces)\s+(?:(?P<n>{NUM})\s+(?P<dir>{DIR})|(?P<dir2>{DIR})"
        rf"(?:\s+(?P<n2>{NUM}))?)\s+(?P<u>{UNIT}){_E}", _last_n)
    add("fraction", rf"{_B}(?P<f>{lx.alternation('fraction')}){_E}", _fraction)
    # clock times: "10H00", "à 5 h", "14 h 30 (13 h 30 GMT)", "20 heures" after "à/vers/dès"
    add("clock", r"(?<![\d\w,.])(?P<h>[01]?\d|2[0-4])\s?[hH](?:\s?(?P<mi>[0-5]\d))?(?![\w])"
        r"(?:\s*(?P<z>gmt|utc|tu|hec|heure\s+de\s+paris|heures?\s+locales?|locales?)(?!\w))?",
        _clock)
    add("clock_words", rf"{_B}(?:à|vers|dès|avant|après|jusqu['’]à|entre|de|et|aux\s+alentours\s+de)\s+"
        rf"(?P<h>[01]?\d|2[0-4])\s+heures?(?:\s+(?P<mi>[0-5]\d)(?!\s*(?:minutes|secondes)))?{_E}",
        _clock)
    add("noon", rf"{_B}(?:à|vers|dès|avant|après|jusqu['’]à|entre|de|et)\s+(?P<w>midi|minuit)"
        rf"(?:\s+(?P<mi>[0-5]\d|et\s+demie|trente|quinze))?{_E}", _noon)
    # centuries and decades: "le XXe siècle", "les années 1990", "les années 90"
    add("century", rf"{_B}(?:(?P<art>le|au|du)\s+)?(?P<n>[ivxl]+|\d{{1,2}})(?:e|ème|è|eme)\s+siècle{_E}",
        _century)
    add("decade", rf"{_B}(?:(?P<art>les|des|aux)\s+)?années\s+(?P<y>(?:1[0-9]|20)?\d0){_E}", _decade)
    # sets: "chaque année", "tous les jeudis", "par an"
    add("set", rf"{_B}(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{NUM})\s+)?(?P<u>jours|jour|semaines|"
        rf"semaine|mois|ans|an|années|année|matins|matin|soirs|soir|nuits|nuit|lundis?|mardis?|"
        rf"mercredis?|jeudis?|vendredis?|samedis?|dimanches?|week-ends?|étés?|hivers?){_E}", _set)
    add("per", rf"{_B}par\s+(?P<u>an|jour|mois|semaine|heure|année){_E}(?!\s+(?:de|d['’]))", _set)
    add("setword", rf"{_B}(?P<w>{lx.alternation('setword')}){_E}", _setword)
    add("reference", rf"{_B}(?P<r>{lx.alternation('reference')}){_E}", _reference)
    return tuple(out)


def _words(*categories: str) -> frozenset[str]:
    """The longest word of each lexicon entry of the categories (one that every match holds)."""
    out = set()
    for cat in categories:
        for entry in lexicon().get(cat):
            out.add(max(_TOKEN.findall(entry), key=len))
    return frozenset(out)


_DIGITS = frozenset({"#"})
_TRIGGERS: dict[str, Callable[[], frozenset[str]]] = {
    "day_month": lambda: _words("month"),
    "day_range": lambda: _words("month"),
    "numeric": lambda: _DIGITS,
    "iso": lambda: _DIGITS,
    "month": lambda: _words("month"),
    "year": lambda: _DIGITS,
    "part_month": lambda: _words("month"),
    "part_year": lambda: _DIGITS,
    "part_century": lambda: frozenset({"siècle", "années"}),
    "part_rel": lambda: frozenset({"fin", "début", "debut", "milieu"}),
    "quarter": lambda: frozenset({"trimestre", "semestre"}),
    "holiday": lambda: _words("holiday"),
    "relday": lambda: frozenset({"hier", "demain", "aujourd"}),
    "refday": lambda: frozenset({"lendemain", "surlendemain", "veille", "jour"}),
    "night_of": lambda: frozenset({"nuit"}),
    "this_part": lambda: frozenset({"matin", "matinée", "midi", "soir", "soirée", "nuit"}),
    "vague_part": lambda: frozenset({"matinée", "soirée", "nuit", "midi"}),
    "weekday": lambda: _words("weekday"),
    "rel_unit": lambda: frozenset({"semaine", "week", "mois", "année", "an", "été", "hiver", "automne",
                                   "printemps"}),
    "season_year": lambda: _words("season"),
    "ago": lambda: _words("unit"),
    "duration": lambda: _words("unit"),
    "last_n": lambda: _words("unit"),
    "fraction": lambda: frozenset({"siècle", "heure", "journée"}),
    "clock": lambda: _DIGITS,
    "clock_words": lambda: frozenset({"heure", "heures"}),
    "noon": lambda: frozenset({"midi", "minuit"}),
    "century": lambda: frozenset({"siècle"}),
    "decade": lambda: frozenset({"années"}),
    "set": lambda: frozenset({"chaque", "tous", "toutes"}),
    "per": lambda: frozenset({"par"}),
    "setword": lambda: _words("setword"),
    "reference": lambda: _words("reference"),
}
_TOKEN = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- makers

def _cand(m: re.Match[str], start: int, kind: Kind, build: Builder) -> Candidate:
    return Candidate(start, m.end(), kind, build)


def _direction(text: str | None) -> int:
    if not text:
        return 0
    if _key(text) == "en cours":
        return 0
    return int(_lookup("direction", text))


def _since(text: str, start: int) -> int:
    """-1 after "depuis" (what began is in the past), else 0."""
    return -1 if _prev_word(text, start) in ("depuis", "jusqu'ici") else 0


def _day_num(text: str) -> int:
    t = text.lower()
    return 1 if t in ("1er", "1re", "premier") else int(t)


def _day_month(m: re.Match[str], text: str) -> Candidate | None:
    d, mo = _day_num(m["d"]), int(_lookup("month", m["m"]))
    if not _valid_day(None, mo, d):
        return None
    start = _span_start(m, "art", "wd", "d")
    if m["art"] and m["art"].lower() == "ce" and not m["wd"]:
        start = m.start("d")
    y = _year(m["y"]) if m["y"] else None
    direction = _direction(m["dir"]) or _since(text, start)

    wd = int(_lookup("weekday", m["wd"])) if m["wd"] else None

    def build(ctx: Context) -> Resolved | None:
        year = y if y is not None else pick_year(ctx.anchor, mo, d, direction, ctx.tense)
        if year is not None and not _valid_day(year, mo, d):
            return None
        day = date(year, mo, d) if year is not None else None
        if wd is not None and day is not None and ctx.anchor.date is not None \
                and day.isoweekday() != wd and abs((day - ctx.anchor.date).days) <= 7:
            # "mercredi 23 mars" in the paper of Thursday 23 March: the day number and the weekday
            # disagree; within the week of publication the weekday, read from that date, is the day
            r, told = weekday_from_anchor(ctx.anchor, wd, direction, ctx.tense)
            if told is not None and abs((told - day).days) <= 3:
                return r
        return day_value(year, mo, d)

    return _cand(m, start, "DATE", build)


def _day_range(m: re.Match[str], text: str) -> Candidate | None:
    # A range is one expression valued by its first day (documented in the package).
    d1, mo = _day_num(m["d1"]), int(_lookup("month", m["m"]))
    mo1 = int(_lookup("month", m["m1"])) if m["m1"] else mo
    if not _valid_day(None, mo1, d1):
        return None
    lead = _key(m["lead"])
    start = m.start("wd1" if m["wd1"] else "d1") if lead in ("du", "des") else m.start()
    y = _year(m["y"]) if m["y"] else None

    def build(ctx: Context) -> Resolved | None:
        year = y if y is not None else pick_year(ctx.anchor, mo, _day_num(m["d"]), 0, ctx.tense)
        if year is not None and mo1 > mo:  # "du 28 décembre au 3 janvier 2022"
            year -= 1
        return day_value(year, mo1, d1)

    return _cand(m, start, "DATE", build)


def _numeric(m: re.Match[str], text: str) -> Candidate | None:
    d, mo, y = int(m["d"]), int(m["m"]), _year(m["y"])
    if not 1 <= mo <= 12 or not _valid_day(y, mo, d):
        return None
    v = day_value(y, mo, d)
    return _cand(m, _span_start(m, "art", "d"), "DATE", lambda ctx: v)


def _iso(m: re.Match[str], text: str) -> Candidate | None:
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not 1 <= mo <= 12 or not _valid_day(y, mo, d):
        return None
    v = day_value(y, mo, d)
    return _cand(m, m.start(), "DATE", lambda ctx: v)


def _month(m: re.Match[str], text: str) -> Candidate | None:
    word = m["m"]
    if not m["y"] and not m["dir"] and not m["art"]:
        # a month alone needs context: "Mars" the planet, "Mai" a name, "oct." an abbreviation
        if word.endswith("."):
            return None
        if (text[m.start("m")].isupper() or _key(word) == "mars") \
                and _prev_word(text, m.start()) not in _MONTH_LEADS:
            return None
    mo = int(_lookup("month", word))
    y = _year(m["y"]) if m["y"] else None
    direction = _direction(m["dir"]) or _since(text, m.start())

    def build(ctx: Context) -> Resolved | None:
        year = y if y is not None else pick_year(ctx.anchor, mo, None, direction, ctx.tense)
        return month_value(year, mo)

    return _cand(m, m.start(), "DATE", build)


_MONTH_LEADS = {"en", "de", "d'", "depuis", "dès", "début", "fin", "mi", "courant", "jusqu'en",
                "avant", "après", "entre", "et", "ou", "à", "au", "pour", "dans", "mois", "fin-",
                "vers", "jusqu'à", "prochain"}


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w'’-]+)\s*$", text[max(0, pos - 30):pos])
    if not m:
        return ""
    w = m.group(1).lower().replace("’", "'")
    if "'" in w:
        w = w.rsplit("'", 1)[0] + "'"
    return w


_NOT_YEAR_AFTER = re.compile(r"\s+(?:[a-zà-ÿ]+[sx]|m|m2|km|kg|h|ha|t|mm|cm)(?!\w)")
_PLURAL_OK = {"dans", "depuis", "après", "sans", "sous", "vers", "plus", "puis", "mais", "alors",
              "dès", "pas", "jamais", "toujours", "lors", "chez", "tous", "hors", "moins",
              "aux", "des", "les", "ses", "ces", "mes", "nos", "vos", "leurs", "sur", "avons",
              "avez", "étions", "étiez", "sommes", "êtes", "fois", "déjà", "tandis", "ainsi",
              "malgré", "parmi", "pendant", "jusqu", "afin", "près", "auprès", "très", "nous", "vous",
              "ils", "elles", "certains", "certaines", "seuls", "seules", "quelques", "plusieurs",
              "deux", "trois", "hormis", "ex", "lorsqu", "dont", "prochains", "prochaines",
              "derniers", "dernières"}


def _year_only(m: re.Match[str], text: str) -> Candidate | None:
    y = int(m["y"])
    if m.start() > 0 and text[m.start() - 1] in "-/" and not re.search(r"(?<!\d)\d{4}[-/]$", text[:m.start()]):
        return None  # "n° 12-2003", "3/2008" are not years
    if not m["art"]:
        if not 1500 <= y <= 2099:
            return None
        nxt = _NOT_YEAR_AFTER.match(text, m.end())
        if nxt:
            w = nxt.group(0).strip().lower()
            if w not in _PLURAL_OK or w in lexicon().get("unitword"):
                return None
        nm = re.match(r"\s+([a-zà-ÿ]+)", text[m.end():m.end() + 30])
        if nm and nm.group(1) in lexicon().get("unitword"):
            return None
        if _prev_word(text, m.start()) in ("n°", "numéro", "no", "nº", "page", "article", "rn", "rd",
                                           "route", "ligne", "vol", "code"):
            return None
    v = Resolved(f"{y:04d}", "year")
    return _cand(m, m.start(), "DATE", lambda ctx: v)


def _part_month(m: re.Match[str], text: str) -> Candidate | None:
    mo = int(_lookup("month", m["m"]))
    y = int(m["y"]) if m["y"] else None

    def build(ctx: Context) -> Resolved | None:
        year = y if y is not None else pick_year(ctx.anchor, mo, None, 0, ctx.tense)
        return month_value(year, mo)

    return _cand(m, m.start(), "DATE", build)


def _part_year(m: re.Match[str], text: str) -> Candidate | None:
    v = Resolved(m["y"], "year")
    return _cand(m, m.start(), "DATE", lambda ctx: v)


def _part_century(m: re.Match[str], text: str) -> Candidate | None:
    if m["c"]:
        n = int(m["c"]) if m["c"].isdigit() else _roman(m["c"])
        if not n or n > 21:
            return None
        r = Resolved(f"{n - 1:02d}", "century")
    else:
        y = m["y"] if len(m["y"]) == 4 else "19" + m["y"]
        r = Resolved(y[:3], "decade")
    return _cand(m, m.start(), "DATE", lambda ctx: r)


def _part_rel(m: re.Match[str], text: str) -> Candidate | None:
    unit = _key(m["u"])
    direction = _direction(m["dir"])
    start = m.start("pos") if m["art"] and _key(m["art"]) == "en" else m.start()
    return _cand(m, start, "DATE", lambda ctx: _relative_unit(ctx, unit, direction))


_ORDINAL = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2, "troisième": 3,
            "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4}


def _quarter(m: re.Match[str], text: str) -> Candidate | None:
    unit = "Q" if _key(m["u"]) == "trimestre" else "H"
    last = 4 if unit == "Q" else 2
    k = last if _key(m["n"]) == "dernier" else _ORDINAL[_key(m["n"])]
    if k > last:
        return None
    y = int(m["y"]) if m["y"] else None

    def build(ctx: Context) -> Resolved | None:
        year = y if y is not None else ctx.anchor.year
        return Resolved(f"{year:04d}-{unit}{k}" if year else f"XXXX-{unit}{k}", "month")

    return _cand(m, m.start(), "DATE", build)


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday(m: re.Match[str], text: str) -> Candidate | None:
    rule = _lookup("holiday", m["h"])
    y = int(m["y"]) if m["y"] else None
    start = m.start("art") if m["art"] else (m.start("feast") if m["feast"] else m.start("h"))
    if m["eve"]:
        start = m.start("eve") if not m["art"] else start
    shift = -1 if m["eve"] else 0
    direction = -1 if m["lead"] == "depuis" else 0

    def on(year: int) -> date:
        if rule.startswith("E+"):
            return easter(year) + timedelta(days=int(rule[2:]) + shift)
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day) + timedelta(days=shift)

    def build(ctx: Context) -> Resolved | None:
        year = y
        if year is None:
            if ctx.anchor.year is None:
                if rule.startswith("E+"):
                    return Resolved("XXXX-XX-XX", "unknown")
                d = date(2001, *(int(x) for x in rule.split("-"))) + timedelta(days=shift)
                return Resolved(f"XXXX-{d.month:02d}-{d.day:02d}", "day")
            probe = on(ctx.anchor.year)
            year = pick_year(ctx.anchor, probe.month, probe.day, direction, ctx.tense)
            if year is None:
                return None
        return Resolved(_ymd(on(year)), "day")

    return _cand(m, start, "DATE", build)


def _relative_unit(ctx: Context, unit: str, k: int) -> Resolved | None:
    """This/last/next week, weekend, month or year from the publication date."""
    a = ctx.anchor
    if unit in ("semaine", "week-end", "week end"):
        d = a.date
        suffix = "-WE" if unit != "semaine" else ""
        if d is None:
            if a.year and a.month and k == 0:
                return Resolved(f"{a.year:04d}-{a.month:02d}", "month")
            return Resolved(f"XXXX-WXX{suffix}", "unknown")
        return Resolved(_iso_week(d + timedelta(weeks=k)) + suffix, "week")
    if unit == "mois":
        if a.year and a.month:
            y, mo = _shift_months(a.year, a.month, k)
            return Resolved(f"{y:04d}-{mo:02d}", "month")
        return Resolved("XXXX-XX", "unknown")
    if unit in ("an", "année"):
        return Resolved(f"{a.year + k:04d}", "year") if a.year else Resolved("XXXX", "unknown")
    season = lexicon().get("season").get(unit)
    if season:
        if a.year is None:
            return Resolved(f"XXXX-{season}", "unknown")
        return Resolved(f"{a.year + k:04d}-{season}", "month")
    return None


def _relday(m: re.Match[str], text: str) -> Candidate | None:
    delta = int(_lookup("relday", m["w"]))
    part = _lookup("daypart", m["part"]) if m["part"] else None

    def build(ctx: Context) -> Resolved | None:
        r = day_from_anchor(ctx.anchor, delta)
        if part and r.precision == "day":
            return Resolved(r.value + _clock_part(part), "day")
        if part:
            return Resolved(_x_date(r) + _clock_part(part), r.precision)
        return r

    return _cand(m, m.start(), "TIME" if part else "DATE", build)


_REFDAY = {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2, "même jour": 0}


def _refday(m: re.Match[str], text: str) -> Candidate | None:
    delta = _REFDAY[_key(m["w"])]
    part = _lookup("daypart", m["part"]) if m["part"] else None

    def build(ctx: Context) -> Resolved | None:
        if ctx.ref is None:
            r = day_from_anchor(ctx.anchor, 0)
            r = Resolved(r.value, r.precision) if r.precision != "day" else r
        else:
            r = Resolved(_ymd(ctx.ref + timedelta(days=delta)), "day")
        if part:
            return Resolved((r.value if r.precision == "day" else _x_date(r)) + _clock_part(part),
                            r.precision)
        return r

    return _cand(m, m.start(), "TIME" if part else "DATE", build)


def _night_of(m: re.Match[str], text: str) -> Candidate | None:
    wd = int(_lookup("weekday", m["wd"]))

    def build(ctx: Context) -> Resolved | None:
        r, _ = weekday_from_anchor(ctx.anchor, wd, 0, ctx.tense)
        if r.precision == "day":
            return Resolved(r.value + "TNI", "day")
        return Resolved(r.value if r.precision == "unknown" else _x_date(r) + "TNI", r.precision)

    return _cand(m, m.start("art"), "TIME", build)


def _x_date(r: Resolved) -> str:
    """A partial date value padded to YYYY-MM-DD with X for the unknown parts."""
    parts = r.value.split("-")
    while len(parts) < 3:
        parts.append("XX")
    return "-".join(parts[:3])


def _clock_part(part: str) -> str:
    return "T12:00" if part == "MI" else f"T{part}"


def _this_part(m: re.Match[str], text: str) -> Candidate | None:
    part = _lookup("daypart", m["part"])

    def build(ctx: Context) -> Resolved | None:
        r = day_from_anchor(ctx.anchor, 0)
        return Resolved((r.value if r.precision == "day" else _x_date(r)) + _clock_part(part),
                        r.precision)

    return _cand(m, m.start(), "TIME", build)


def _vague_part(m: re.Match[str], text: str) -> Candidate | None:
    part = _lookup("daypart", m["part"])
    return _cand(m, m.start("art"), "TIME", lambda ctx: time_on(ctx, _clock_part(part)))


_SINCE_PHRASE = re.compile(r"\bdepuis(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)


def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    wd = int(_lookup("weekday", m["wd"]))
    # "dénoncent depuis jeudi", "depuis son malaise jeudi": what began is in the past
    since = -1 if _SINCE_PHRASE.search(text[max(0, m.start() - 60):m.start()]) else 0
    direction = _direction(m["dir1"] or m["dir2"]) or since
    part = _lookup("daypart", m["part"]) if m["part"] else None
    this_week = bool(m["art"]) and _key(m["art"]) == "ce"

    def build(ctx: Context) -> Resolved | None:
        r, _ = weekday_from_anchor(ctx.anchor, wd, direction, ctx.tense, this_week)
        if not part:
            return r
        clock = _clock_part(part)
        if r.precision == "day":
            return Resolved(r.value + clock, "day")
        if r.precision in ("month", "year"):
            return Resolved(_x_date(r) + clock, r.precision)
        return Resolved(r.value + clock, r.precision)

    return _cand(m, m.start(), "TIME" if part else "DATE", build)


def _rel_unit(m: re.Match[str], text: str) -> Candidate | None:
    art = _key(m["art"])
    unit = _key(m["u"]).replace("week end", "week-end")
    has_ci = text[m.end() - 3:m.end()].lower() == "-ci"
    if m["dir"] is None and not has_ci and art not in ("cette", "ce", "cet"):
        return None
    if art in ("ce", "cet", "cette") and m["dir"] and _key(m["dir"]) != "en cours":
        return None
    direction = _direction(m["dir"])

    def build(ctx: Context) -> Resolved | None:
        d = ctx.anchor.date
        if unit == "week-end" and direction == 0 and d is not None and d.isoweekday() <= 5 \
                and ctx.tense == "past":
            return _relative_unit(ctx, unit, -1)  # "ce week-end" told on a weekday, in the past
        return _relative_unit(ctx, unit, direction)

    return _cand(m, m.start(), "DATE", build)


def _season_year(m: re.Match[str], text: str) -> Candidate | None:
    v = Resolved(f"{m['y']}-{_lookup('season', m['s'])}", "month")
    return _cand(m, m.start(), "DATE", lambda ctx: v)


def _unit_code(text: str) -> str:
    return _lookup("unit", text)


def _ago(m: re.Match[str], text: str) -> Candidate | None:
    lead = _key(m["lead"])
    sign = 1 if lead in ("dans", "d'ici") else -1
    n = number_value(m["n"])
    unit = _unit_code(m["u"])
    if lead == "d'ici":
        return None  # "d'ici deux ans" is a deadline; the duration rule reads it
    start = m.start()

    def build(ctx: Context) -> Resolved | None:
        if n is None:
            return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF", "unknown")
        return _shift(ctx.anchor, unit, sign * n)

    return _cand(m, start, "DATE", build)


def _shift(a: Anchor, unit: str, k: int) -> Resolved | None:
    """The publication date moved by k units, at the unit's precision."""
    if unit in ("D", "W") and a.date is not None:
        return Resolved(_ymd(a.date + timedelta(days=k if unit == "D" else 7 * k)), "day")
    if unit in ("D", "W"):
        return day_from_anchor(a, 0) if a.year else Resolved("XXXX-XX-XX", "unknown")
    if unit in ("M", "Q", "SE"):
        months = k * {"M": 1, "Q": 3, "SE": 6}[unit]
        if a.year and a.month:
            y, mo = _shift_months(a.year, a.month, months)
            return Resolved(f"{y:04d}-{mo:02d}", "month")
        return Resolved("XXXX-XX", "unknown")
    if unit in ("Y", "DE", "CE", "ML"):
        years = k * {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[unit]
        return Resolved(f"{a.year + years:04d}", "year") if a.year else Resolved("XXXX", "unknown")
    return None  # hours and minutes ago: a clock time we cannot tell


def _duration_value(n: str, unit: str) -> str:
    if unit.startswith("T"):
        return f"PT{n}{unit[1:]}"
    if unit == "Q":
        return f"P{n}Q"
    if unit == "SE":
        return f"P{int(n) * 6}M" if n.isdigit() else f"P{n}M"
    return f"P{n}{unit}"


def _duration(m: re.Match[str], text: str) -> Candidate | None:
    unit = _unit_code(m["u"])
    if m["n"] is not None:
        n = number_value(m["n"])
        if n is None or n == 0:
            return None
        u_word = _key(m["u"])
        if u_word in ("an", "année", "jour", "journée", "semaine", "heure", "minute", "seconde",
                      "siècle", "décennie", "trimestre", "semestre") and n > 1:
            return None  # "trois an" is not French; "le deux juin"-like readings
        if unit == "TH" and _prev_word(text, m.start()) in ("à", "vers", "dès", "avant", "après",
                                                           "jusqu'à", "entre", "de", "et") \
                and n <= 24:
            return None  # a clock time: "à 20 heures"
        if re.match(r"\s*(?:ème|e|è)\b", text[m.end():m.end() + 4]):
            return None
        if n == 1 and unit == "D" and m["mod"] is None and _prev_word(text, m.start()) not in _SPAN_LEADS:
            return None  # "un jour, ..." is some day, not a duration
        if unit == "Y" and m["n"].isdigit() and _is_age(text, m.start(), m.end()):
            return None
        if unit in ("Y",) and _prev_word(text, m.start()) in ("les", "des") and m["mod"] is None \
                and m["n"].isdigit() and len(m["n"]) == 2:
            return None  # "les années 90" is a decade
        qty = str(n)
        decimal = re.search(r"[,.](\d+)$", m["n"])
        if decimal and len(decimal.group(1)) != 3:  # "30,4 secondes", "4.8 secondes"
            qty = m["n"].replace(",", ".").replace(" ", "")
        if m["half"]:
            qty = f"{n}.5"
    elif m["v"] is not None:
        v = _key(m["v"])
        if v == "des" and _key(m["u"]) in ("jours", "mois", "heures", "semaines"):
            return None  # "des jours fériés", "des mois de" are rarely durations
        qty = "X"
    else:
        qty = lexicon().get("approx")[_key(m["approx"])]
    if unit == "CE" and qty.isdigit():
        value = f"P{int(qty) * 100}Y"
    elif unit == "DE" and qty.isdigit():
        value = f"P{int(qty) * 10}Y"
    else:
        value = _duration_value(qty, unit)
    start = m.start("mod") if m["mod"] else m.start()
    r = Resolved(value, "unknown")
    return _cand(m, start, "DURATION", lambda ctx: r)


_SPAN_LEADS = {"pendant", "durant", "depuis", "en", "pour", "dans", "de", "d'", "sur", "après", "avant",
               "plus", "moins", "que", "qu'", "d'un", "d'une", "par", "environ"}
_AGE_BEFORE = {"à", "de", "d'", "a", "ai", "as", "avait", "avais", "aura", "ont", "avaient", "âgé", "âgée",
               "âgés", "âgées"}


def _is_age(text: str, start: int, end: int) -> bool:
    """An age ("un homme de 35 ans", "Paul, 35 ans,") rather than a duration ("une peine
    de 2 ans de prison", "sur 15 ans")."""
    after = text[end:end + 4]
    if re.match(r"\s+d(?:e\b|['’])", after):
        return False
    before = text[max(0, start - 2):start].strip()
    if before == "(":
        return True
    if before == "," and re.match(r"\s*[,)]", after):
        return True
    return _prev_word(text, start) in _AGE_BEFORE


def _last_n(m: re.Match[str], text: str) -> Candidate | None:
    number = m["n"] or m["n2"]
    n = number_value(number) if number else None
    if number and n is None:
        return None
    r = Resolved(_duration_value(str(n) if n else "X", _unit_code(m["u"])), "unknown")
    return _cand(m, m.start(), "DURATION", lambda ctx: r)


def _fraction(m: re.Match[str], text: str) -> Candidate | None:
    r = Resolved(_lookup("fraction", m["f"]), "unknown")
    return _cand(m, m.start(), "DURATION", lambda ctx: r)


def _clock(m: re.Match[str], text: str) -> Candidate | None:
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    if h > 24 or (h == 24 and mi):
        return None
    zone = ""
    z = m.groupdict().get("z")
    if z and _key(z) in ("gmt", "utc", "tu"):
        zone = "Z"
    clock = f"T{h:02d}:{mi:02d}{zone}"
    return _cand(m, m.start("h"), "TIME", lambda ctx: time_on(ctx, clock))


def _noon(m: re.Match[str], text: str) -> Candidate | None:
    h = 12 if _key(m["w"]) == "midi" else 0
    mi_text = _key(m["mi"]) if m["mi"] else ""
    mi = {"et demie": 30, "trente": 30, "quinze": 15, "": 0}.get(mi_text)
    if mi is None:
        mi = int(mi_text)
    clock = f"T{h:02d}:{mi:02d}" if h or mi else "T24:00"
    return _cand(m, m.start("w"), "TIME", lambda ctx: time_on(ctx, clock))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _century(m: re.Match[str], text: str) -> Candidate | None:
    n = int(m["n"]) if m["n"].isdigit() else _roman(m["n"])
    if not n or n > 21:
        return None
    start = m.start("n") if m["art"] and _key(m["art"]) in ("au", "du") else m.start()
    r = Resolved(f"{n - 1:02d}", "century")
    return _cand(m, start, "DATE", lambda ctx: r)


def _decade(m: re.Match[str], text: str) -> Candidate | None:
    y = m["y"]
    if len(y) == 2:
        century = "19"  # "les années 60": the twentieth century unless written in full
        y = century + y
    if len(y) != 4:
        return None
    start = m.start("art") if m["art"] and _key(m["art"]) == "les" else m.start("y") - len("années ")
    r = Resolved(y[:3], "decade")
    return _cand(m, start, "DATE", lambda ctx: r)


_SET_UNITS = {"jour": "P1D", "semaine": "P1W", "mois": "P1M", "an": "P1Y", "année": "P1Y",
              "matin": "TMO", "soir": "TEV", "nuit": "TNI", "heure": "PT1H",
              "week-end": "XXXX-WXX-WE", "été": "XXXX-SU", "hiver": "XXXX-WI"}


def _set(m: re.Match[str], text: str) -> Candidate | None:
    u = _key(m["u"])
    singular = u[:-1] if u.endswith("s") and u not in ("mois",) else u
    n = number_value(m["n"]) if m.groupdict().get("n") else None
    if singular in lexicon().get("weekday"):
        value = f"XXXX-WXX-{lexicon().get('weekday')[singular]}"
    elif singular in ("matin", "soir", "nuit"):
        value = f"XXXX-XX-XX{_SET_UNITS[singular]}"
    elif n and singular in ("an", "année", "jour", "mois", "semaine"):
        value = _SET_UNITS[singular].replace("1", str(n))
    else:
        value = _SET_UNITS.get(singular, "")
    if not value:
        return None
    r = Resolved(value, "unknown")
    return _cand(m, m.start(), "SET", lambda ctx: r)


def _setword(m: re.Match[str], text: str) -> Candidate | None:
    r = Resolved(_lookup("setword", m["w"]), "unknown")
    return _cand(m, m.start(), "SET", lambda ctx: r)


def _reference(m: re.Match[str], text: str) -> Candidate | None:
    r = Resolved(_lookup("reference", m["r"]), "unknown")
    return _cand(m, m.start(), "DATE", lambda ctx: r)


# --------------------------------------------------------------------------- tense from text

_FUTURE = re.compile(
    r"(?<![\w-])(?:aura\s+lieu|auront\s+lieu|\w{2,}(?:era|eront|erai|erons|erez|ira|iront|dra|dront|ura|uront|ra|ront)|"
    r"doit|doivent|devra|devront|devrait|devraient|va|vont|prévue?s?|programmée?s?|"
    r"à\s+venir|attendue?s?|prochaine?s?|annoncée?s?\s+pour)(?![\w-])",
    re.IGNORECASE)
_NOT_FUTURE = {"contra", "extra", "opéra", "caméra", "tiara", "ultra", "sierra", "vera",
               "cobra", "sutra", "mantra", "quatre", "entra", "contre", "outre", "autre"}
_PAST = re.compile(
    r"(?<![\w-])(?:(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent)\s+"
    r"(?:(?:déjà|été|pas|encore|notamment|alors|aussi|également|bien|même|en\s+effet|ensuite)\s+)*"
    r"\w+(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ite|ert|int|ait|ont)|\w{3,}(?:ait|aient)|hier)(?![\w-])",
    re.IGNORECASE)
_CLAUSE = re.compile(r"[.!?;\n]")


def tense_from_text(text: str, start: int, end: int) -> Tense | None:
    """A guess at the tense governing an expression from the words of its sentence."""
    lo = max(0, start - 200)
    left = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=lo)
    right_m = _CLAUSE.search(text, end, min(len(text), end + 200))
    right = right_m.start() if right_m else min(len(text), end + 200)
    best: tuple[int, Tense] | None = None
    markers: tuple[tuple[re.Pattern[str], Tense], ...] = ((_FUTURE, "future"), (_PAST, "past"))
    for pattern, tense in markers:
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            word = m.group(0).lower()
            if tense == "future" and (word in _NOT_FUTURE or word.endswith(("tra", "bra"))):
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None


# --------------------------------------------------------------------------- driver


_WINDOW = 70  # characters searched on each side of a trigger word (expressions are shorter)


def _lower(text: str) -> str:
    """The text in lower case, with the same length (so that offsets carry over)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@lru_cache(maxsize=1)
def _trigger_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Trigger word -> indices of the rules it triggers; and the rules digits trigger."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules()):
        for word in rule.triggers:
            index.setdefault(word, []).append(i)
    digits = tuple(index.pop("#", []))
    return {w: tuple(v) for w, v in index.items()}, digits


def find(text: str, windowed: bool = True) -> list[Candidate]:
    """Recognised expressions, non-overlapping (longest first), sorted by start.

    Each pattern runs only around the words that can belong to its matches (month names
    for "day_month", digits for "year"...), which keeps the pass cheap; ``windowed=False``
    runs every pattern over the whole text (same result, slower: for tests).
    """
    low = _lower(text)
    n = len(low)
    index, digit_rules = _trigger_index()
    windows: dict[int, list[list[int]]] = {}
    for tok in _TOKEN.finditer(low):
        w = tok.group()
        hit = digit_rules if (w[0].isdigit() or w[-1].isdigit()) else index.get(w)
        if not hit:
            continue
        lo, hi = max(0, tok.start() - _WINDOW), min(n, tok.end() + _WINDOW)
        for i in hit:
            spans = windows.setdefault(i, [])
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    all_rules = rules()
    if not windowed:
        windows = {i: [[0, n]] for i in range(len(all_rules))}
    cands: list[Candidate] = []
    for i, spans in windows.items():
        rule = all_rules[i]
        seen: set[int] = set()
        for lo, hi in spans:
            for m in rule.pattern.finditer(low, lo, hi):
                if m.start() in seen:
                    continue
                seen.add(m.start())
                full = rule.pattern.match(low, m.start())  # the match on the whole text
                if full is None:
                    continue
                c = rule.make(full, text)
                if c is not None and c.end > c.start:
                    cands.append(c)
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def normalise(text: str, pubdate: str | None, tense_of: TenseOf | None = None) -> list[Timex]:
    """Temporal expressions of ``text`` with TIMEX3 values against ``pubdate``, by start.

    ``tense_of(start, end)`` gives the tense governing an expression (the stage reads it
    from the parse); without it the tense is guessed from the words of the sentence.
    """
    anchor = Anchor.parse(pubdate)
    guess = tense_of or (lambda s, e: tense_from_text(text, s, e))
    ref = anchor.date
    ref_end = 0  # where the last day mentioned ends
    out: list[Timex] = []
    for c in find(text):
        ref_before = ref_end > 0 and _CLAUSE.search(text, ref_end, c.start) is not None
        ctx = Context(anchor, ref, partial(guess, c.start, c.end), ref_before)
        r = c.build(ctx)
        if r is None:
            continue
        t = Timex(Span(c.start, c.end, text[c.start:c.end]), r.value, c.kind, r.precision, STAGE)
        if out and (merged := _merge(text, out[-1], t)) is not None:
            out[-1] = t = merged
        else:
            out.append(t)
        if t.kind in ("DATE", "TIME") and t.precision == "day" and _DAY_VALUE.fullmatch(t.value) \
                and not _names_occasion(text, t.span.start):
            ref = date.fromisoformat(t.value[:10])
            ref_end = t.span.end
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")
# "les élections du 9 août", "l'explosion du 4 août": a day that names an occasion after a noun
_OCCASION_DAY = re.compile(r"\b(?!(?:partir|lors|cours|fin|début|depuis|jour|journée|soir|matin|nuit|"
                           r"semaine|week-end|mois|date)\b)[^\W\d_]{3,}\s+du\s*$", re.IGNORECASE)


def _names_occasion(text: str, start: int) -> bool:
    """Whether a day names an occasion ("les élections du 9 août n'étaient ni libres ni justes") rather
    than the time of the narration: such a day is no reference for a later "dans la soirée"."""
    return _OCCASION_DAY.search(text[max(0, start - 40):start]) is not None


_GAP_AFTER_CLOCK = re.compile(r"[\s,]*")


def _merge(text: str, a: Timex, b: Timex) -> Timex | None:
    """A clock time and the day right after it as one TIME ("4 h mardi", "15 h, hier").

    A day before its time ("samedi à 8 h") stays two expressions, as TimeML writes them;
    the time takes the day anyway, since it is the last one mentioned."""
    day, clock = b, a
    if day.kind != "DATE" or clock.kind != "TIME" or "T" not in clock.value:
        return None
    if day.precision != "day" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.value):
        return None
    gap = text[a.span.end:b.span.start]
    if not _GAP_AFTER_CLOCK.fullmatch(gap):
        return None
    value = day.value + clock.value[clock.value.index("T"):]
    return Timex(Span(a.span.start, b.span.end, text[a.span.start:b.span.end]), value, "TIME",
                 "day", STAGE)
