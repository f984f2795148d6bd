"""Events stage: an event noun the parser did not make the subject of the occurrence verb after it."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_protest_ending_in_clashes_after_a_list_of_cities(make_doc) -> None:
    doc = coded(make_doc("D'autres manifestations étaient prévues dans la journée à Copenhague, Bruxelles, "
                         "Glasgow et Londres où samedi une manifestation pacifique de milliers de personnes "
                         "s'est terminée par des échauffourées."),
                {}, places={"Copenhague": "DNK", "Bruxelles": "BEL", "Glasgow": "GBR", "Londres": "GBR"})
    assert asserted(doc) == [("PROTEST", ("GBR",), ("GBR",))]


def test_a_place_left_is_not_where_the_relative_happens(make_doc) -> None:
    doc = coded(make_doc("L'ex-président est désormais autorisé à quitter la Belgique, où il était assigné "
                         "à résidence depuis son acquittement."),
                {"ex-président": "CIV"}, places={"Belgique": "BEL"})
    assert asserted(doc) == []
