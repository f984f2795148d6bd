"""The most precise place of an event: a town closing a locative phrase, a town its country locates,
the region that "dans la région" stands for."""

from __future__ import annotations

import pytest

from veille.actors import ActorsStage
from veille.dates import DatesStage
from veille.events import EventsStage
from veille.model import Document, Event
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


def event(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def place(e: Event) -> tuple[str, str | None] | None:
    return (e.place.name, e.place.country) if e.place is not None else None


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
