"""Events stage: a tribute to the victims or the dead of an attack is mourning, no support; a tribute to a
leader or to a people is praise (SUPPORT)."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_a_tribute_to_victims_is_no_support(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a rendu hommage aux victimes de l'attentat."),
                {"président chilien": "CHL"})
    assert "SUPPORT" not in types(doc)


def test_a_tribute_to_a_foreign_leader_is_support(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a rendu hommage à l'ancien président argentin."),
                {"président chilien": "CHL", "président argentin": "ARG"})
    assert asserted(doc) == [("SUPPORT", ("CHL",), ("ARG",))]
