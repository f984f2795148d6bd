"""Where an event happened: the place its clause names, its scene, a whole country, and what is no place."""

from __future__ import annotations

import pytest

from veille.actors import ActorsStage
from veille.dates import DatesStage
from veille.events import EventsStage
from veille.events.coder import _NATIONWIDE, _finer_place
from veille.model import Document, Event, Place, Span
from veille.places import PlacesStage
from veille.quotes import QuotesStage

pytestmark = pytest.mark.slow  # the spaCy model


@pytest.fixture(scope="module")
def stages() -> list:
    out = [ActorsStage(), DatesStage(), PlacesStage(), QuotesStage(), EventsStage()]
    for s in out:
        s.initialize()
    return out


def run(stages: list, doc: Document) -> Document:
    for s in stages:
        doc = s(doc)
    return doc


@pytest.fixture
def code(stages, make_doc):
    return lambda text, date="2022-01-12": run(stages, make_doc(text, date))


def event(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def place(e: Event) -> tuple[str, str | None] | None:
    return (e.place.name, e.place.country) if e.place is not None else None


def test_own_clause_place(code) -> None:
    doc = code("Des centaines de manifestants ont défilé mardi à Lyon contre la réforme des retraites.")
    assert place(event(doc, "défilé")) == ("Lyon", "FRA")


def test_unaccented_capital_a_is_a_locative(code) -> None:
    doc = code("Le gouvernement a réuni lundi les préfets à Paris.\n\n"
               "A Nantes, la police a interpellé mardi une dizaine de manifestants.")
    assert place(event(doc, "interpellé")) == ("Nantes", "FRA")


def test_seat_of_a_national_body(code) -> None:
    doc = code("Les élus démocrates ont accusé mercredi au Congrès américain le président de mentir.")
    assert place(event(doc, "accusé")) == ("Washington", "USA")


def test_continent_after_de_is_not_a_location(code) -> None:
    doc = code("Le chancelier allemand a salué lundi le rôle du père de l'Europe.")
    e = event(doc, "salué")
    assert e.place is None or e.place.name != "Europe"


def test_place_of_an_earlier_happening_is_not_the_event_place(code) -> None:
    doc = code("Le gouvernement français a présenté lundi son budget.\n\n"
               "Trois jours après la mort d'un jeune homme à Nantes, des milliers de manifestants ont "
               "défilé mercredi contre le gouvernement.")
    e = event(doc, "défilé")
    assert e.place is None or e.place.name != "Nantes"


def test_invitation_destination_is_not_where_it_was_made(code) -> None:
    doc = code("Le président américain a reçu vendredi à Washington son homologue serbe.\n\n"
               "Le dirigeant serbe a invité le président américain en Serbie.", "2020-09-04")
    e = event(doc, "invité")
    assert e.place is None or e.place.country != "SRB"


def test_nationwide_clause_gives_the_country(code) -> None:
    doc = code("L'Algérie traverse une grave crise politique depuis des semaines. "
               "Des milliers de manifestants ont défilé vendredi dans toutes les villes du pays.",
               "2019-03-01")
    e = event(doc, "défilé")
    assert place(e) == ("Algérie", "DZA")
    assert e.place is not None and e.place.reason.startswith(_NATIONWIDE)


def test_province_is_the_country_outside_its_capital(code) -> None:
    doc = code("Une manifestation a rassemblé des milliers de personnes vendredi à Alger, en Algérie. "
               "Les manifestations en province se sont déroulées dans le calme.", "2019-03-01")
    assert place(event(doc, "manifestations")) == ("Algérie", "DZA")


def test_crowd_of_nationals_protests_across_their_country(code) -> None:
    doc = code("Des milliers d'Espagnols ont défilé dimanche à Madrid contre le racisme.\n\n"
               "Des dizaines de milliers d'Américains ont manifesté dans les rues cette semaine.",
               "2020-06-07")
    e = event(doc, "manifesté")
    assert e.place is not None and e.place.country == "USA" and e.place.feature == "country"


def test_scene_of_the_previous_sentence(code) -> None:
    doc = code("Le ministre de l'Intérieur a réuni lundi les préfets à Paris.\n\n"
               "Des milliers de personnes ont manifesté samedi à Lyon contre la réforme. "
               "La police a interpellé dix manifestants.", "2022-01-16")
    assert place(event(doc, "interpellé")) == ("Lyon", "FRA")


def test_statement_does_not_take_the_scene(code) -> None:
    doc = code("Le ministre de l'Intérieur a réuni lundi les préfets à Paris.\n\n"
               "Des milliers de personnes ont manifesté samedi à Lyon contre la réforme. "
               "Le Premier ministre a condamné les violences.", "2022-01-16")
    e = event(doc, "condamné")
    assert e.place is None or e.place.name != "Lyon"


def _place(name: str, country: str, feature: str, reason: str = "") -> Place:
    return Place(Span(0, len(name), name), name, country, feature=feature, reason=reason)


def test_finer_place_takes_the_city_of_a_country() -> None:
    country, city = _place("Bélarus", "BLR", "country"), _place("Minsk", "BLR", "city")
    assert _finer_place(country, city) is city
    assert _finer_place(city, country) is city
    assert _finer_place(country, _place("Kiev", "UKR", "city")) is country


def test_finer_place_keeps_a_nationwide_country() -> None:
    nationwide = _place("Algérie", "DZA", "country", f"{_NATIONWIDE}; only entry")
    city = _place("Alger", "DZA", "city")
    assert _finer_place(nationwide, city) is nationwide
    assert _finer_place(city, nationwide) is nationwide


# the most precise place: a town closing a locative phrase, a town its country locates, the region
# that "dans la région" stands for
def test_town_closing_a_locative_phrase_hung_on_another_verb(stages, make_doc) -> None:
    doc = make_doc("La police a arrêté mardi des opposants en Géorgie.\n\nUn millier de protestataires se sont "
                   "réunis dans la soirée sur la place de la Liberté à Tbilissi, et une vingtaine d'entre eux "
                   "ont été interpellés.")
    words = {t.text: t for t in doc.parse}
    # the parser may hang the town on the next clause's verb; the phrase it closes is the rally's
    words["Tbilissi"].head = words["interpellés"]
    coded = run(stages, doc)
    assert place(event(coded, "réunis")) == ("Tbilissi", "GEO")


def test_town_closing_a_phrase_after_a_comma_is_not_taken_from_another_preposition(stages, make_doc) -> None:
    doc = run(stages, make_doc("La police a arrêté mardi des opposants en Géorgie.\n\nDes protestataires se sont "
                               "réunis mercredi devant le Parlement, pour dénoncer la visite du président "
                               "à Tbilissi."))
    assert place(event(doc, "réunis")) != ("Tbilissi", "GEO")


def test_town_its_country_locates(stages, make_doc) -> None:
    doc = run(stages, make_doc("Un kamikaze s'est fait exploser dimanche au cours d'une cérémonie organisée à "
                               "Jalalabad, en Afghanistan."))
    assert place(event(doc, "exploser")) == ("Jalalabad", "AFG")


def test_the_region_stands_for_the_one_named_before_under_its_fullest_name(stages, make_doc) -> None:
    doc = run(stages, make_doc("La Grèce et la Turquie se disputent des gisements de gaz en Méditerranée orientale. "
                               "Ankara a envoyé un navire de recherche en Méditerranée. Paris a déployé des "
                               "navires de guerre dans la région."))
    assert place(event(doc, "déployé")) == ("Méditerranée orientale", None)


def test_the_region_named_long_before_is_not_meant(stages, make_doc) -> None:
    doc = run(stages, make_doc("Le Sahel reste instable. Les élections ont été reportées. Le président a démissionné. "
                               "Le Premier ministre a été remplacé. La France a déployé des navires de guerre "
                               "dans la région."))
    e = event(doc, "déployé")
    assert e.place is None or e.place.name != "Sahel"


def test_a_possessive_stands_for_the_area_a_person_was_tied_to(stages, make_doc) -> None:
    doc = run(stages, make_doc("Des parents refusent d'envoyer leurs enfants à l'école en Mongolie-intérieure, "
                               "a déclaré un habitant du secteur de Zhambylaq. Dans son secteur, plusieurs écoles "
                               "ont été encerclées mardi par la police, a-t-il rapporté."))
    assert place(event(doc, "encerclées")) == ("Zhambylaq", "CHN")


def test_the_mayors_town_is_his_town(stages, make_doc) -> None:
    doc = run(stages, make_doc("La colère gagne la France. Le maire de Bordeaux a reçu lundi les commerçants. "
                               "Dans sa ville, la police a interpellé mardi une dizaine de manifestants."))
    assert place(event(doc, "interpellé")) == ("Bordeaux", "FRA")


def test_a_where_clause_after_a_list_is_about_the_last_name(stages, make_doc) -> None:
    doc = run(stages, make_doc("La colère gagne la France. Des rassemblements sont prévus dimanche à Lille, Nantes "
                               "et Lyon où samedi la police a interpellé une dizaine de manifestants.", "2020-06-07"))
    assert place(event(doc, "interpellé")) == ("Lyon", "FRA")
