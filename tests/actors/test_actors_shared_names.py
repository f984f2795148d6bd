"""Names that need the story to say which actor they stand for: an adjective two states share
("congolais"), and short names of organisations ("l'Alliance", "la Cour") that also open the
names of other bodies."""

from __future__ import annotations

import pytest
from mentionfinding import find

DATE = "2021-03-10"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Le gouvernement a publié un décret à Brazzaville. Des écrivains congolais ont écrit au ministre.",
     "congolais", "COG"),
    ("Le gouvernement a publié un décret à Kinshasa. Des écrivains congolais ont écrit au ministre.",
     "congolais", "COD"),
    ("Des écrivains congolais ont écrit une lettre ouverte.", "congolais", "COD"),
    ("La ministre congolaise a reçu Denis Sassou Nguesso à Brazzaville.", "ministre congolaise", "COG"),
])
def test_shared_adjective_stands_for_the_state_the_story_names(actors, text: str, phrase: str,
                                                               code: str) -> None:
    assert find(actors(text), phrase).actor.code == code


def test_office_holder_keeps_the_state_of_a_shared_adjective(actors) -> None:
    ms = actors("Le président congolais Denis Sassou Nguesso a prononcé un discours devant les députés.")
    assert find(ms, "Denis Sassou Nguesso").actor.code == "COG"


@pytest.mark.parametrize("text", [
    "L'Otan a averti Moscou. L'Alliance des commerçants du quartier a dénoncé la fermeture des marchés.",
    "L'Otan a averti Moscou. L'Alliance écologiste indépendante a dénoncé la fermeture des marchés.",
    "L'Otan a averti Moscou. L'Alliance pour la démocratie a dénoncé la fermeture des marchés.",
])
def test_name_opening_with_alliance_is_another_body(actors, text: str) -> None:
    assert find(actors(text), "Alliance").actor.code != "NATO"


def test_head_of_another_alliance_is_not_nato(actors) -> None:
    ms = actors("Le chef de l'Alliance des gens de la vallée, Paul Tremblay, a approuvé la demande.")
    assert find(ms, "Paul Tremblay").actor.code != "NATO"


def test_alliance_alone_after_nato_is_nato(actors) -> None:
    ms = actors("L'Otan a averti Moscou. L'Alliance a dénoncé mardi les manoeuvres russes.")
    assert find(ms, "Alliance").actor.code == "NATO"


def test_court_of_appeal_is_not_the_icc(actors) -> None:
    ms = actors("La CPI a émis un mandat d'arrêt. La Cour d'appel de Paris a condamné mardi l'ancien ministre.")
    assert [m.span.text for m in ms if m.actor.code == "ICC"] == ["CPI"]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Le parti d'extrême droite Vox a dénoncé mardi la politique du gouvernement.", "Vox", "ESP"),
    ("Le parti néonazi Aube dorée a été condamné par la justice.", "Aube dorée", "GRC"),
    ("En Afrique du Sud, l'ANC a désigné un nouveau président.", "ANC", "ZAF"),
])
def test_parties_and_movements_of_one_country(actors, text: str, phrase: str, code: str) -> None:
    assert find(actors(text), phrase).actor.code == code


def test_acronym_shared_with_a_common_term_needs_its_country(actors) -> None:
    ms = actors("La voiture dispose d'un système de réduction du bruit (ANC) très efficace.")
    assert not [m for m in ms if m.actor.code == "ZAF"]
