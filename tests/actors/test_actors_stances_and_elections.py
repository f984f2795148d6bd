"""The actors stage: a stance named by "opposition" and the European elections name no actor."""

from __future__ import annotations

DATE = "2020-06-10"


def test_a_stance_against_something_is_not_the_opposition(actors) -> None:
    ms = actors("La Russie a fait savoir son opposition résolue à toute prolongation de l'embargo.")
    assert [m.actor.code for m in ms] == ["RUS"]
    assert not any(m.actor.sector == "OPP" for m in ms)


def test_the_opposition_a_government_represses_is_still_an_actor(actors) -> None:
    ms = actors("Le président biélorusse réprime son opposition depuis des mois.")
    assert any(m.span.text == "opposition" and m.actor.sector == "OPP" and m.actor.code == "BLR" for m in ms)


def test_the_european_elections_are_not_the_union(actors) -> None:
    ms = actors("Après l'échec des Européennes, Nicolas Sarkozy doit rencontrer Laurent Wauquiez.")
    assert "EU" not in {m.actor.code for m in ms}
    assert {m.actor.code for m in ms} == {"FRA"}


def test_the_ruling_power_acting_is_the_state(actors) -> None:
    ms = actors("Au Bélarus, le pouvoir a réprimé les manifestations.")
    assert any(m.span.text == "pouvoir" and m.actor.code == "BLR" and m.actor.sector == "GOV" for m in ms)


def test_power_seized_or_purchasing_power_is_no_actor(actors) -> None:
    for text in ("Au Mali, les militaires ont pris le pouvoir.", "En Algérie, le pouvoir d'achat recule."):
        assert not any(m.span.text == "pouvoir" for m in actors(text))
