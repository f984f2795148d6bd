"""Find place names in a parsed article and resolve them against the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from veille.model import Place, Span
from veille.places.gazetteer import HOME_COUNTRY, Context, Entry, Gazetteer, Resolution, normalise

#: Words after which a capitalised name is a place ("à Genève", "dans le Donbass").
LOCATIVE = frozenset({"à", "au", "aux", "en", "dans", "depuis", "vers", "via", "près", "sur"})
#: "de" also introduces places ("près de Kiev", "la région de Donetsk"), but also authors,
#: makers and owners ("la mort d'Adama"): a weaker cue.
DE = frozenset({"de", "d'", "d’", "du", "des"})
INDEFINITE = frozenset({"un", "une"})
QUOTES = frozenset('"«»“”')
#: Nouns that name a street, station or religious house after a place or saint: the name
#: that follows ("gare Saint-Lazare", "rue de Paris", "oratoire Saint-Joseph") is not a place.
STREET_NOUNS = frozenset({
    "rue", "avenue", "boulevard", "place", "quai", "cours", "allée", "impasse", "square",
    "gare", "station", "métro", "porte", "pont", "parc", "jardin", "stade", "oratoire",
    "église", "basilique", "cathédrale", "chapelle", "paroisse", "congrégation", "abbaye",
    "lycée", "collège", "école", "hôtel", "villa", "résidence", "cité", "salle", "théâtre",
    "canal", "bassin", "tunnel", "viaduc", "musée",
})
#: Institutions and bodies named after their seat: the town after "de" in "le tribunal de
#: Bobigny", "la cour d'appel de Paris", "le Parlement européen de Strasbourg" is a place.
INSTITUTION_NOUNS = frozenset({
    "parlement", "tribunal", "cour", "université", "conseil", "assemblée", "mairie",
    "préfecture", "parquet", "procureur", "procureure", "prison", "maison", "centre",
    "hôpital", "commissariat", "gendarmerie", "ambassade", "consulat", "sommet", "institut",
    "académie", "diocèse", "archevêché", "évêché", "barreau", "aéroport", "port", "campus",
    "faculté", "palais", "siège", "bureau", "agence", "chambre", "sous-préfecture", "rectorat",
})
#: Words between an institution noun and "de": adjectives and the nouns of its title
#: ("cour d'appel", "tribunal administratif", "cour d'assises", "centre pénitentiaire").
_INSTITUTION_GAP = 3
#: Nouns that say the name after "de" is a town: "dans la ville de", "la localité de".
TOWN_NOUNS = frozenset({"ville", "localité", "commune", "village", "bourgade", "municipalité"})
#: Nouns that name an area below the country the gazetteer may lack ("le secteur de Hinggan").
AREA_NOUNS = frozenset({"secteur", "district", "comté", "canton", "préfecture"})
#: spaCy tags unknown small towns as places or, often, as persons.
SMALL_TOWN_LABELS = frozenset({"LOC", "GPE", "PER", "PERSON"})
#: Lowercase particles inside foreign or regional place names ("Beg ar Scaf").
PARTICLES = frozenset({"ar", "an", "el", "al", "del", "do", "da", "dos", "das", "di", "van",
                       "von", "der", "den", "am", "im", "los", "las"})
_CONTRACTED = {"au": "le", "du": "le", "aux": "les", "des": "les"}
ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
#: Entity labels that, when they reach beyond a name, make it part of a person or an
#: organisation ("Florence Parly", "Banque de France", "Washington Post").
NON_PLACE_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC"})
PLACE_LABELS = frozenset({"LOC", "GPE"})
#: The longest name tried, in tokens ("Provence-Alpes-Côte d'Azur", "Saint-Christophe-et-Niévès").
MAX_TOKENS = 7
#: Entries this heavy (capitals, large cities; countries and regions always) are places even
#: without a preposition: "Moscou a dénoncé", "selon Washington".
STRONG_WEIGHT = 7.5

_AGENCY = r"AFP|Reuters|AP|Belga|ATS|ANSA|DPA|EFE|Xinhua|Interfax|Tass|TASS|APS|MAP|IRNA|Anadolu"
DATELINE = re.compile(
    r"^(?P<lead>\s*)(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.\-/]*(?:[ ][\w'’.\-/]+){0,4}?)\s*"
    r"(?:,\s*(?P<date>(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?)\s*)?"
    r"(?:\((?P<agency>(?:" + _AGENCY + r")[^()\n]{0,20})\)\s*)?"
    r"(?P<dash>[-–—])\s",
)
_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l) ")
#: What follows a name inside a longer place entity when the name is only its first part.
_CONTINUES = re.compile(r"[ \-]+(?!et\b|ou\b)[\w]")
#: Between a town and the unit that locates it: "Vienne (Isère)", "Vienne, en Isère",
#: "La Trinité, dans les Alpes-Maritimes".
_NEAR = re.compile(r"^\s*(?:\(|,\s*(?:en|au|aux|dans)(?:\s+(?:le|la|les|l['’]))?)\s*$")
#: A capitalised dateline glued to the first word: "ALGER-L'Algérie a enregistré...".
DATELINE_GLUED = re.compile(
    r"^(?P<lead>\s*)(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. ]{2,40}?)(?P<dash>[-–—])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’])"
)
_STATE_CUE = re.compile(r"\b[EÉ]tat(?:\s+américain)?\s+(?:de\s+(?:la\s+)?|d['’])$", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A name in the text that the gazetteer knows, before resolution."""

    start: int
    end: int
    text: str
    key: str
    entries: tuple[Entry, ...]
    state_cue: bool = False
    dateline: bool = False
    date: str | None = None
    header_end: int = 0  # for a dateline: where the dateline (agency and dash included) ends
    article: str = ""  # "le"/"les" contracted into the preceding "au", "du", "aux", "des"
    articled: bool = False  # an article precedes: a region or country rather than a city
    unit: bool = False  # in parentheses after another place: "Fréjus (Var)" names a unit
    country_cue: str | None = None  # an unknown town's country, from a demonym next to it


#: A headline is one short line; a dateline may open the paragraph after it.
_HEADLINE = re.compile(r"^[^\n]{1,250}\n\s*")


def find_dateline(text: str, gazetteer: Gazetteer) -> Candidate | None:
    """The place of a dateline opening the text or the paragraph after its headline
    ("GENEVE (Reuters) -", "Paris, 3 mars (AFP) -")."""
    found = _dateline_at(text, 0, gazetteer)
    if found is None:
        headline = _HEADLINE.match(text)
        if headline is not None:
            found = _dateline_at(text, headline.end(), gazetteer)
    return found


def _dateline_at(text: str, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """The dateline opening ``text[offset:]``, with offsets into the whole text."""
    rest = text[offset:offset + 200]
    match = DATELINE.match(rest) or DATELINE_GLUED.match(rest)
    if match is None:
        return None
    place = match.group("place").rstrip(" .")
    agency = match.groupdict().get("agency")
    if not (agency or (place.isupper() and len(place) >= 3)):
        return None
    # "PARIS/BERLIN": the first place is where the story was filed.
    place = re.split(r"\s*/\s*", place)[0]
    start = offset + match.start("place")
    key = normalise(place)
    if key in gazetteer.never:
        return None
    entries = gazetteer.index.get(key, ())
    if not entries:
        return None
    return Candidate(start, start + len(place), place, key, entries, dateline=True,
                     date=match.groupdict().get("date"), header_end=offset + match.end("dash"))


def find_candidates(parse: Any, text: str, gazetteer: Gazetteer, skip_until: int = 0,
                    skip_from: int = 0) -> list[Candidate]:
    """Names the gazetteer knows, filtered by the rules that keep persons and bodies out;
    the dateline (``skip_from`` to ``skip_until``) is read apart."""
    tokens = list(parse)
    ents = [(e.start_char, e.end_char, e.label_) for e in parse.ents]
    lower_heads = gazetteer.lower_heads
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if skip_from <= tok.idx < skip_until or not tok.text[:1].isalpha() or not (
                tok.text[:1].isupper() or tok.lower_ in lower_heads):
            i += 1
            continue
        contracted = _CONTRACTED.get(tokens[i - 1].lower_, "") if i else ""
        # "au Caire", "au Mans" name "Le Caire", "Le Mans": try the article first.
        hit = (_longest(tokens, i, text, gazetteer, contracted) if contracted else None) \
            or _longest(tokens, i, text, gazetteer)
        if hit is None:
            small = _small_town(tokens, i, text, gazetteer, ents) or _named_town(tokens, i, text, gazetteer, ents)
            if small is not None:
                found.append(small[1])
                i = small[0]
            else:
                i += 1
            continue
        j, key = hit
        start, end = tok.idx, tokens[j - 1].idx + len(tokens[j - 1].text)
        if _keep(tokens, i, j, key, text, gazetteer, ents):
            found.append(Candidate(start, end, text[start:end], key, gazetteer.index[key],
                                   state_cue=bool(_STATE_CUE.search(text[max(0, start - 30):start])),
                                   article=contracted, articled=_articled(tokens, i),
                                   unit=i > 0 and tokens[i - 1].text == "(" and _after_place(tokens, i)))
        i = j
    return found


def _small_town(tokens: Sequence[Any], i: int, text: str, gazetteer: Gazetteer,
                ents: list[tuple[int, int, str]]) -> tuple[int, Candidate] | None:
    """A town of the small-town index that the text introduces as one: a whole person or
    place entity right after "à" or "dans la ville/localité/commune de" ("à Plouzané")."""
    if not gazetteer.small or not tokens[i].text[:1].isupper() or not _introduces_town(tokens, i):
        return None
    start = tokens[i].idx
    span = next(((s, e) for s, e, label in ents if s == start
                 and label in SMALL_TOWN_LABELS), None)
    if span is None:
        return None
    end = span[1]
    key = normalise(text[start:end])
    entries = gazetteer.small.get(key)
    if not entries or key in gazetteer.never or key in gazetteer.demonyms \
            or not gazetteer.written_so(text[start:end]):
        return None
    j = i
    while j < len(tokens) and tokens[j].idx < end:
        j += 1
    return j, Candidate(start, end, text[start:end], key, entries)


def _named_town(tokens: Sequence[Any], i: int, text: str, gazetteer: Gazetteer,
                ents: list[tuple[int, int, str]]) -> tuple[int, Candidate] | None:
    """A town or area the gazetteer does not know, that the text names as one: "la localité de Horqin",
    "le village de Potrero Cubias", "la localité israélienne de Sdérot", "le secteur de Hinggan"."""
    if i < 3 or tokens[i - 1].lower_ not in DE or not tokens[i].text[:1].isupper():
        return None
    noun, cue = tokens[i - 2], None
    if noun.lower_ not in TOWN_NOUNS | AREA_NOUNS:
        cue = gazetteer.demonym_country.get(normalise(noun.text)) if noun.text.islower() else None
        noun = tokens[i - 3]
        if cue is None or noun.lower_ not in TOWN_NOUNS | AREA_NOUNS:
            return None
    if noun.i == 0 or tokens[noun.i - 1].lower_ not in ARTICLES | INDEFINITE | {"dans", "de"} | _CONTRACTED.keys():
        return None
    start = tokens[i].idx
    span = next(((s, e, label) for s, e, label in ents if s == start and label in SMALL_TOWN_LABELS), None)
    if span is None:
        return None
    end = span[1]
    surface = text[start:end]
    words = re.split(r"[\s\-‐]+", surface)
    if span[2] in NON_PLACE_LABELS and len(words) > 1 and "-" not in surface:
        return None  # "la ville d'Alain Juppé": a person
    if not all(w[:1].isupper() or w.lower() in PARTICLES | {"de", "du", "des", "la", "le", "les", "sur", "en"}
               for w in words if w):
        return None
    key = normalise(surface)
    if not key or key in gazetteer.index or key in gazetteer.never or key in gazetteer.demonyms \
            or surface[-1] in "'’" or text[end:end + 1].isalpha():
        return None  # cut inside a word ("Penmarc'h")
    j = i
    while j < len(tokens) and tokens[j].idx < end:
        j += 1
    if cue is None and j + 3 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower_ in INDEFINITE \
            and tokens[j + 2].lower_ in TOWN_NOUNS:
        # "Sdérot, une localité israélienne": the demonym after the noun
        cue = gazetteer.demonym_country.get(normalise(tokens[j + 3].text)) if tokens[j + 3].text.islower() else None
    return j, Candidate(start, end, surface, key, (), country_cue=cue)


def _introduces_town(tokens: Sequence[Any], i: int) -> bool:
    """Whether "à" or "dans la ville de" (localité, commune, village) precedes tokens[i]."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "à" or (prev.text == "A" and prev.is_sent_start):
        return True
    return prev.lower_ in DE and i >= 3 and tokens[i - 2].lower_ in TOWN_NOUNS \
        and tokens[i - 3].lower_ in ARTICLES | {"dans", "de"} | _CONTRACTED.keys()


def _longest(tokens: Sequence[Any], i: int, text: str, gazetteer: Gazetteer, article: str = ""
             ) -> tuple[int, str] | None:
    """The longest run of tokens from ``i`` that is a gazetteer name: (end token, key); with
    ``article``, the name written with that article ("le" + "Mans")."""
    first_upper = tokens[i].text[:1].isupper()
    for j in range(min(len(tokens), i + MAX_TOKENS), i, -1):
        last = tokens[j - 1]
        if not last.text[:1].isalnum():
            continue
        if any("\n" in t.text or "\n" in t.whitespace_ for t in tokens[i:j - 1]):
            continue
        surface = text[tokens[i].idx:last.idx + len(last.text)]
        if article:
            surface = f"{article.capitalize()} {surface}"
        key = normalise(surface)
        if key in gazetteer.index and (first_upper or key in gazetteer.lower_start) \
                and gazetteer.written_so(surface):
            # A single stop word ("La", "En") is never a place on its own.
            if j - i == 1 and tokens[i].is_stop and not tokens[i].text.isupper():
                continue
            return j, key
    return None


def _keep(tokens: Sequence[Any], i: int, j: int, key: str, text: str, gazetteer: Gazetteer,
          ents: list[tuple[int, int, str]]) -> bool:
    """Whether the name at tokens[i:j] is a place mention (precision first)."""
    entries = gazetteer.index[key]
    start, end = tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j] if j < len(tokens) else None
    if key in gazetteer.never or _LEADING_ARTICLE.sub("", key) in gazetteer.never:
        return False
    if prev is not None and prev.lower_ in ARTICLES and prev.text[:1].isupper() and \
            f"{normalise(prev.text)} {key}" in gazetteer.never:
        return False  # "La Provence", "La Montagne": newspapers
    # Demonyms ("les Russes", "Russe") are people; some are also alternate names of towns.
    if key in gazetteer.demonyms and all(e.feature == "city" for e in entries):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else None
                                                        ].strip(" .:"):
        return False  # a name alone on its line: page furniture ("Météo\n\nParis")
    if (start > 0 and text[start - 1] in "-‐") or (text[end:end + 1] in "-‐"
                                                     and text[end + 1:end + 2].isalpha()):
        return False  # half of a compound ("Hydro-Québec", "Bruxelles-midi", "Paris-Aurillac")
    if start > 0 and text[start - 1] in QUOTES and text[end:end + 1] in QUOTES:
        return False  # a quoted title ("Sire")
    in_place_entity = exact_other = inside_other = False
    for s, e, label in ents:
        if e <= start or s >= end:
            continue
        inner_s = s + _article_len(text[s:e])
        if label in NON_PLACE_LABELS:
            if label == "MISC" and text[inner_s:inner_s + 1].islower():
                continue  # "attentats de Paris", "accords de Minsk": the place is meant
            if inner_s < start or e > end:
                inside_other = True  # part of a longer person or organisation name?
            else:
                exact_other = True
        elif label in PLACE_LABELS:
            if e > end and _CONTINUES.match(text, end, e):
                return False  # part of a longer place ("Bab el-Oued", "San Miguel de los Bancos")
            in_place_entity = True
    if nxt is not None and nxt.text[:1].isalpha() and (
            tokens[j - 1].whitespace_ == "" or (nxt.text[:1].isupper() and not nxt.is_sent_start)):
        return False  # "Washington Post", "Paris Saint-Germain", or glued to a word
    if nxt is not None and nxt.text[:1].isdigit() and tokens[j - 1].whitespace_:
        return False  # "France 3", "France 24", "Paris 2024": channels and events
    if nxt is not None and nxt.lower_ in PARTICLES and j + 1 < len(tokens) \
            and tokens[j + 1].text[:1].isupper():
        return False  # "Beg ar Scaf", "Bab el Oued", "Rio de los Bancos": a longer name
    for n in (1, 2):
        if j + n <= len(tokens):
            longer = text[start:tokens[j + n - 1].idx + len(tokens[j + n - 1].text)]
            if normalise(longer) in gazetteer.never:
                return False  # "France insoumise", "Nations unies"
        if i - n >= 0 and normalise(text[tokens[i - n].idx:end]) in gazetteer.never:
            return False  # "Santé publique France", "Radio France"
    if prev is not None and prev.text[:1].isupper() and prev.text[:1].isalpha() \
            and not prev.is_sent_start and prev.lower_ not in ARTICLES:
        return False  # "George Washington", "Jean Vienne", "ZAC Saint-Vincent-de-Paul"
    if prev is not None and prev.lower_ in INDEFINITE:
        return False  # "un Toyota", "une Bentley": a product or a person
    locative, weak_locative, head = _before(tokens, i)
    if _institution(tokens, i) and any(e.feature == "city" for e in entries):
        return True  # "le Parlement européen de Strasbourg": the body's seat
    if head is not None and head.text[:1].isupper() and not head.is_sent_start \
            and normalise(head.text) not in {"etat", "etats"} and head.lower_ not in ARTICLES:
        return False  # "Banque de France", "Convention de Genève", "Rio de Paz": part of a name
    named = any(e.feature != "city" or e.source == "places_fr" for e in entries)
    if inside_other and not (named and _articled(tokens, i)):
        # "Banque de France", "Florence Parly" are names; "Président de la Russie", which
        # spaCy may call a person, still names the country after its article.
        return False
    street = _street(tokens, i)
    if street == "apposition" or (street == "de" and not named):
        return False  # "canal Saint-Martin", "rue de Paris"; "stade de Thaïlande" stays
    strong = named or any(e.weight >= STRONG_WEIGHT for e in entries)
    if exact_other and not (named or any(e.capital for e in entries)):
        # A person or body that shares its name with a town ("Otan", "Toyota", "Austin");
        # capitals stand for their governments ("Moscou a dénoncé"), so they stay.
        return False
    if tokens[i].text.isupper() and len(tokens[i].text) <= 5 and not named:
        return False  # acronyms ("RER", "ADN") that are alternate names of some town
    if _articled(tokens, i) and all(e.feature == "city" for e in entries) \
            and not key.startswith(("le ", "la ", "les ", "l ")):
        # French city names take no article: "le Turkestan oriental", "du Delta" are not
        # the towns of that name (names with their own article, "Le Caire", are keyed whole).
        return False
    if key in gazetteer.weak:
        return locative or weak_locative
    # spaCy calls many capitalised sentence openers LOC; a small town there needs more.
    if (i == 0 or tokens[i].is_sent_start) and not (locative or strong):
        return False  # a capitalised word opening a sentence ("Monté au jeu", "Paix fragile")
    if prev is not None and prev.text in QUOTES and not strong and not locative:
        return False  # the first word of a quotation or a title ("Surprise sur prise")
    if prev is not None and prev.text == "(" and not named and not _after_place(tokens, i):
        return False  # "(Anev)": an acronym or a gloss, not a town
    if strong or locative:
        return True
    # After "de" alone ("le constructeur de Crewe", "la mort d'Adama") a town needs spaCy's
    # agreement that it is a place.
    return in_place_entity


def _before(tokens: Sequence[Any], i: int) -> tuple[bool, bool, Any]:
    """Whether a locative preposition precedes the name (skipping an article): a strong one
    ("à", "dans"), or "de"; and the word "de" hangs on ("Banque" in "Banque de France")."""
    k = i - 1
    if k >= 0 and tokens[k].lower_ in ARTICLES:
        k -= 1
    if k < 0:
        return False, False, None
    word = tokens[k].lower_
    if tokens[k].text == "A" and tokens[k].is_sent_start:
        return True, False, None  # "A Manille": "À" written without its accent
    if word == "près" or (word in DE and k >= 1 and tokens[k - 1].lower_ == "près"):
        return True, False, None  # "près de Boutcha"
    if word in DE:
        # Only "X de Name" with no article makes a compound name ("Banque de France");
        # "l'Est de l'Ukraine", "le Président de la Russie" do not.
        return False, True, tokens[k - 1] if k >= 1 and k == i - 1 else None
    return word in LOCATIVE, False, None


def _institution(tokens: Sequence[Any], i: int) -> bool:
    """Whether the name follows "de" after an institution noun and lowercase words only:
    "tribunal de Bobigny", "cour d'appel de Paris", "Parlement européen de Strasbourg"."""
    if i < 2 or tokens[i - 1].lower_ not in DE:
        return False
    for k in range(i - 2, max(-1, i - 3 - _INSTITUTION_GAP), -1):
        word = tokens[k].lower_
        if word in INSTITUTION_NOUNS:
            return True
        if not tokens[k].text.islower() and tokens[k].text not in "'’":
            return False
    return False


def _after_place(tokens: Sequence[Any], i: int) -> bool:
    """Whether "(" at i-1 follows a capitalised name: "Fréjus (Var)", "Tours (Indre-et-Loire)"."""
    return i >= 2 and tokens[i - 2].text[:1].isupper()


def _articled(tokens: Sequence[Any], i: int) -> bool:
    """Whether an article, or a preposition fused with one ("au", "du"), precedes the name."""
    return i > 0 and (tokens[i - 1].lower_ in ARTICLES or tokens[i - 1].lower_ in _CONTRACTED)


def _street(tokens: Sequence[Any], i: int) -> str:
    """How the name follows a street or building noun: "apposition" ("gare Saint-Lazare"),
    "de" ("rue de Paris"), or "" when it does not."""
    if i >= 1 and tokens[i - 1].lower_ in STREET_NOUNS:
        return "apposition"
    if i >= 2 and tokens[i - 1].pos_ in ("ADJ", "NOUN") and tokens[i - 1].text.islower() \
            and tokens[i - 2].lower_ in STREET_NOUNS:
        return "apposition"  # "l'église copte Saint-Pierre"
    if i >= 2 and tokens[i - 1].lower_ in DE and tokens[i - 2].lower_ in STREET_NOUNS:
        return "de"
    return ""


def _article_len(entity_text: str) -> int:
    match = re.match(r"(?:l['’]|(?:le|la|les)\s+)", entity_text, re.IGNORECASE)
    return match.end() if match else 0


# --- resolution ------------------------------------------------------------------------


def resolve(candidates: Sequence[Candidate], gazetteer: Gazetteer,
            dateline_country: str | None = None, text: str = "") -> list[Resolution]:
    """Resolve each candidate with the article's other names as context."""
    # a town the text names but the gazetteer index lacks has no prior, whatever the key may match
    priors = [gazetteer.resolve(c.key) if c.entries else None for c in candidates]
    near: list[frozenset[tuple[str, str | None]]] = []
    for k, cand in enumerate(candidates):
        units: set[tuple[str, str | None]] = set()
        if k + 1 < len(candidates) and all(e.feature == "city" for e in cand.entries) \
                and _NEAR.match(text[cand.end:candidates[k + 1].start]):
            unit = priors[k + 1]
            if unit is not None and unit.entry.feature != "city" and unit.entry.country:
                units.add((unit.entry.country, unit.entry.admin))
        near.append(frozenset(units))
    countries: dict[str, set[str]] = {}  # country → keys that name it
    towns: dict[str, set[str]] = {}  # country → keys of its towns (unambiguous ones)
    admins: dict[tuple[str, str], set[str]] = {}
    for cand, prior in zip(candidates, priors):
        if prior is None:
            continue
        entry = prior.entry
        if entry.country and entry.feature != "city":
            countries.setdefault(entry.country, set()).add(cand.key)
        elif entry.country and entry.weight - max(
                (e.weight for e in cand.entries if e is not entry), default=float("-inf")) >= 1.5:
            towns.setdefault(entry.country, set()).add(cand.key)
        # Only named admin units (Isère, Texas) locate other names: a city's admin1 can be
        # as coarse as England.
        if entry.country and entry.admin and entry.feature != "city":
            admins.setdefault((entry.country, entry.admin), set()).add(cand.key)
    out: list[Resolution] = []
    for k, (cand, near_units) in enumerate(zip(candidates, near)):
        if not cand.entries:
            out.append(_unknown_town(cand, near_units, dateline_country, out,
                                     [p for p in priors[k + 1:] if p is not None]))
            continue
        context = Context(
            countries=frozenset(c for c, keys in countries.items() if keys - {cand.key}),
            admins=frozenset(a for a, keys in admins.items() if keys - {cand.key}),
            city_countries=frozenset(c for c, keys in towns.items() if keys - {cand.key}),
            dateline_country=None if cand.dateline else dateline_country,
            state_cue=cand.state_cue,
            articled=cand.articled and not cand.key.startswith(("le ", "la ", "les ", "l ")),
            near=near_units,
            unit=cand.unit,
        )
        resolution = gazetteer.resolve(cand.key, context)
        assert resolution is not None  # candidates come from the index
        if near_units and not any(resolution.entry.country == c for c, _ in near_units):
            # "La Trinité, dans les Alpes-Maritimes": the text locates a town the gazetteer
            # only knows elsewhere; trust the text for the country, drop the coordinates.
            country = min(near_units, key=str)[0]
            resolution = Resolution(
                Entry(name=cand.text, feature=resolution.entry.feature, country=country),
                f"country from the unit that follows it ({country}); not in the gazetteer there")
        out.append(resolution)
    return out


def _unknown_town(cand: Candidate, near_units: frozenset[tuple[str, str | None]],
                  dateline_country: str | None, before: Sequence[Resolution],
                  after: Sequence[Resolution]) -> Resolution:
    """A town the gazetteer lacks, placed in the country the text gives it ("une localité
    israélienne", "au Salvador"), else the dateline's, else the nearest place's around it."""
    if cand.country_cue:
        country, why = cand.country_cue, "the demonym next to it"
    elif near_units:
        country, why = min(near_units, key=str)[0], "the unit that follows it"
    elif dateline_country:
        country, why = dateline_country, "the dateline"
    else:
        known = [r.entry.country for r in reversed(before) if r.entry.country] + \
                [r.entry.country for r in after if r.entry.country]
        # with no other place named, a French-language article's town is a French one
        country, why = (known[0], "the nearest place named") if known else (HOME_COUNTRY, "the home country")
    return Resolution(Entry(name=cand.text, feature="city", country=country),
                      f"named as a town, not in the gazetteer; country from {why}")


def to_place(cand: Candidate, resolution: Resolution, gazetteer: Gazetteer, stage: str) -> Place:
    """The Place record for a resolved candidate."""
    entry = resolution.entry
    name = gazetteer.display(cand.text) if cand.text.isupper() else cand.text
    if cand.article and cand.key.startswith(cand.article + " "):
        # "au Caire" is "à" + "Le Caire": the name keeps its article.
        name = f"{cand.article.capitalize()} {name}"
    reason = resolution.reason
    if cand.dateline:
        reason = "dateline" + (f" dated {cand.date}" if cand.date else "") + f"; {reason}"
    return Place(span=Span(cand.start, cand.end, cand.text), name=name, country=entry.country,
                 lat=entry.lat, lon=entry.lon, feature=entry.feature, admin=entry.admin,
                 geonameid=entry.geonameid, reason=reason, dateline=cand.dateline, stage=stage)
