"""Events stage: an ambassador or a diplomatic mission withdrawn is a cut in relations (SANCTION withdraw),
not a withdrawal of forces; a reform withdrawn is neither, nor is a tax suspended."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_an_ambassador_withdrawn_is_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Le Mali a retiré son ambassadeur en Algérie."), {"Mali": "MLI", "Algérie": "DZA"})
    assert asserted(doc) == [("SANCTION", ("MLI",), ("DZA",))]
    mission = coded(make_doc("Le Mali a retiré sa mission diplomatique auprès de l'Union africaine."),
                    {"Mali": "MLI", "Union africaine": "AU"})
    assert asserted(mission) == [("SANCTION", ("MLI",), ("AU",))]


def test_a_reform_withdrawn_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement malien a retiré sa réforme."), {"gouvernement malien": "MLI"})
    assert not types(doc)


def test_a_tax_suspended_cuts_no_relation(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement malien a annoncé la suspension de la taxe sur le carburant."),
                {"gouvernement malien": "MLI"})
    assert not types(doc)
    cooperation = coded(make_doc("Le gouvernement malien a annoncé la suspension de sa coopération avec la France."),
                        {"gouvernement malien": "MLI", "France": "FRA"})
    assert asserted(cooperation) == [("SANCTION", ("MLI",), ("FRA",))]


def test_assets_frozen_are_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Le Chili a annoncé le gel des avoirs des dirigeants argentins."),
                {"Chili": "CHL", "argentins": "ARG"})
    assert asserted(doc) == [("SANCTION", ("CHL",), ("ARG",))]
    wages = coded(make_doc("Le Chili a annoncé le gel des salaires des fonctionnaires."), {"Chili": "CHL"})
    assert not types(wages)
