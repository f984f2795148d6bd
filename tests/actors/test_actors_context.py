"""Actors coded from the story's context: colonial powers, stateless peoples, territories,
legislatures near a foreign one, and bodies after a possessive."""

from __future__ import annotations

import pytest

from veille.model import Mention

DATE = "2020-07-02"  # publication date of the sentences below


def by_text(mentions: list[Mention], text: str) -> Mention:
    hits = [m for m in mentions if m.span.text == text]
    assert hits, [m.span.text for m in mentions]
    return hits[0]


@pytest.mark.parametrize(("text", "title", "phrase", "code"), [
    ("Au Mali, la junte a libéré le président déchu. L'ex-puissance coloniale a salué ce geste.",
     None, "ex-puissance coloniale", "FRA"),
    ("Le Conseil législatif de Hong Kong a été dissous. L'ancienne puissance coloniale a protesté.",
     None, "ancienne puissance coloniale", "GBR"),
    (("Le roi a exprimé ses regrets pour les violences commises au Congo. Des militants demandent "
      "que l'ancienne puissance coloniale présente des excuses."),
     "La Belgique face à son passé", "ancienne puissance coloniale", "BEL"),
])
def test_former_colonial_power(actors, text: str, title: str | None, phrase: str,
                               code: str) -> None:
    assert by_text(actors(text, title=title), phrase).actor.code == code


def test_colonial_power_in_apposition_is_left_to_the_name(actors) -> None:
    ms = actors("Au Sénégal, la France, ancienne puissance coloniale, a réagi.")
    assert not [m for m in ms if "coloniale" in m.span.text]
    assert by_text(ms, "France").actor.code == "FRA"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Dans le nord de la Syrie, les forces kurdes ont repoussé l'assaut.", "forces kurdes", "SYR"),
    ("Ankara bombarde dans le nord de l'Irak des rebelles kurdes de Turquie.",
     "rebelles kurdes de Turquie", "TUR"),
    ("Ankara a frappé en Syrie des combattants kurdes syriens.", "combattants kurdes syriens",
     "SYR"),
])
def test_armed_groups_of_stateless_peoples_take_the_country(actors, text: str, phrase: str,
                                                            code: str) -> None:
    m = by_text(actors(text), phrase)
    assert m.actor.code == code
    assert m.actor.sector == "REB"


def test_story_about_a_territory_codes_its_protesters(actors) -> None:
    text = ("Pékin a imposé à Hong Kong une loi sur la sécurité nationale, dénoncée par les "
            "Hongkongais. La Chine rejette les critiques. A Hong Kong, la loi est entrée en "
            "vigueur mercredi.\n\nDix manifestants ont été inculpés jeudi.")
    ms = actors(text, title="Pékin impose sa loi")
    assert by_text(ms, "manifestants").actor.code == "HKG"
    assert by_text(ms, "Pékin").actor.code == "CHN"


def test_bare_chamber_near_a_foreign_one(actors) -> None:
    text = ("Pékin a dénoncé une ingérence américaine dans les affaires chinoises. Le Congrès "
            "américain a voté une loi de sanctions. Le Sénat, dominé par les républicains, a "
            "approuvé le texte jeudi.")
    ms = actors(text, title="La Chine dénonce une ingérence")
    assert by_text(ms, "Sénat").actor.code == "USA"
    assert by_text(ms, "républicains").actor.code == "USA"


def test_bare_chamber_of_the_story_country_stays(actors) -> None:
    ms = actors("Le texte a été adopté par le Sénat mardi.", title="Réforme des retraites en France")
    assert by_text(ms, "Sénat").actor.code == "FRA"


def test_possessed_body_is_the_possessor_country(actors) -> None:
    text = ("Le Premier ministre australien Scott Morrison a annoncé que son gouvernement "
            "accueillerait des réfugiés.")
    m = by_text(actors(text, title="La Chine menace le Royaume-Uni"), "gouvernement")
    assert m.actor.code == "AUS"
    assert m.explicit


def test_party_name_needs_its_capitals(actors) -> None:
    ms = actors("Les républicains ont bloqué le texte au Sénat américain.")
    m = next(m for m in ms if "républicains" in m.span.text)
    assert m.actor.code == "USA"
    assert by_text(actors("Les Républicains ont désigné leur candidat."),
                   "Les Républicains").actor.code == "FRA"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Les incendies ont ravagé le sud de l'île-continent.", "île-continent", "AUS"),
    ("Le pays du Matin calme a protesté contre le tir.", "pays du Matin calme", "KOR"),
    ("Le plat pays a rappelé son ambassadeur.", "plat pays", "BEL"),
])
def test_periphrases_of_states(actors, text: str, phrase: str, code: str) -> None:
    assert by_text(actors(text), phrase).actor.code == code


def test_stateless_people_outside_their_states_take_one_of_them(actors) -> None:
    text = ("Paris a condamné l'offensive turque en Syrie. Emmanuel Macron a reçu à Paris des "
            "représentants des forces kurdes.")
    m = by_text(actors(text, title="La France soutient les combattants"), "forces kurdes")
    assert m.actor.code in ("SYR", "TUR")
    assert not m.explicit
