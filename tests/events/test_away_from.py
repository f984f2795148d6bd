"""Events stage: "se désolidariser de X", "se distancier de X" disapprove of X, named by "de"."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_one_a_minister_breaks_ranks_with_is_the_target(make_doc) -> None:
    doc = coded(make_doc("Le ministre péruvien s'est publiquement désolidarisé du président bolivien."),
                {"ministre péruvien": "PER", "président bolivien": "BOL"})
    assert asserted(doc) == [("ACCUSE", ("PER",), ("BOL",))]


def test_the_one_a_state_distances_itself_from_is_the_target(make_doc) -> None:
    doc = coded(make_doc("Le Danemark s'est distancié de l'Allemagne sur ce dossier."),
                {"Danemark": "DNK", "Allemagne": "DEU"})
    assert asserted(doc) == [("ACCUSE", ("DNK",), ("DEU",))]
