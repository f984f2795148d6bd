"""An envoy to an organisation acts for the state that sends them, not for the organisation."""

from __future__ import annotations

from mentionfinding import find

DATE = "2020-06-10"


def test_ambassador_to_an_organisation_is_not_coded_to_it(actors) -> None:
    ms = actors("Le Brésil a critiqué le texte. L'ambassadeur à l'ONU Carlos Pereira a demandé un vote "
                "au Brésil.")
    assert find(ms, "Carlos Pereira").actor.code == "BRA"


def test_representative_to_the_union_is_not_coded_to_it(actors) -> None:
    ms = actors("La Pologne a rejeté le plan. Le représentant auprès de l'UE Jan Nowak a quitté la "
                "réunion en Pologne.")
    assert find(ms, "Jan Nowak").actor.code == "POL"


def test_head_of_an_organisation_is_still_coded_to_it(actors) -> None:
    ms = actors("Le secrétaire général de l'ONU Carlos Pereira a demandé un cessez-le-feu.")
    assert find(ms, "Carlos Pereira").actor.code == "UN"
