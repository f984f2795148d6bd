"""A stateless people's forces that a state acts against are not that state's, when the story
names another of the people's states."""

from __future__ import annotations

from mentionfinding import find

DATE = "2020-06-10"


def test_forces_a_state_attacks_take_another_state_of_their_people(actors) -> None:
    ms = actors("La Turquie a lancé mercredi une opération militaire. Le président turc a mis en garde "
                "la Syrie. La Turquie mène depuis cinq jours une offensive contre les forces kurdes.")
    assert find(ms, "forces kurdes").actor.code == "SYR"


def test_forces_of_the_attacker_stay_when_no_other_state_is_named(actors) -> None:
    ms = actors("La Turquie a lancé mercredi une opération militaire. La Turquie mène depuis cinq jours "
                "une offensive contre les forces kurdes.")
    assert find(ms, "forces kurdes").actor.code == "TUR"


def test_stated_country_of_the_people_is_kept(actors) -> None:
    ms = actors("La Turquie a mis en garde la Syrie. Ankara mène une offensive contre des rebelles "
                "kurdes de Turquie.")
    assert find(ms, "rebelles kurdes de Turquie").actor.code == "TUR"
