"""The article's main country, which uncoded roles and people fall back on: regions weigh for
their state, a known surname after another first name weighs for no one, and a tie goes to the
state named as more than a place."""

from __future__ import annotations

from mentionfinding import find

DATE = "2022-03-15"


def test_regions_named_again_make_their_state_the_main_country(actors) -> None:
    ms = actors("Le Manitoba a présenté lundi son plan pour le Grand Nord. Le gouvernement du Manitoba "
                "veut attirer des capitaux venus de France et de Chine. Le ministre Paul Tremblay a "
                "défendu le projet devant la presse.")
    assert find(ms, "Paul Tremblay").actor.code == "CAN"


def test_one_passing_region_makes_no_main_country(actors) -> None:
    ms = actors("Le groupe a fini par se faire connaître au Texas. Le chanteur Paul Tremblay a "
                "remercié son public.")
    assert find(ms, "Paul Tremblay").actor.code is None


def test_known_surname_after_another_first_name_weighs_for_no_state(actors) -> None:
    ms = actors("Le député Kris Austin a critiqué le budget du Nouveau-Brunswick. Kris Austin a "
                "réclamé un vote au Nouveau-Brunswick. Le ministre Dominic Cardy a répondu.")
    assert find(ms, "Dominic Cardy").actor.code == "CAN"


def test_tie_goes_to_the_state_that_acts_over_the_one_only_placed(actors) -> None:
    ms = actors("Le groupe Vidéotron a présenté ses résultats. Aux Etats-Unis, le service compte des "
                "millions d'abonnés. Vidéotron a salué la décision d'Ottawa et annoncé une offre "
                "canadienne.")
    assert find(ms, "Vidéotron").actor.code == "CAN"
