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
