"""Forces that flee fall back; a thing's state since a year does not date the act done to it."""

from __future__ import annotations

from eventcoding import asserted, coded, typed, types


def test_forces_that_flee_retreat(make_doc) -> None:
    doc = coded(make_doc("Les rebelles libyens se sont enfuis vers le sud."), {"libyens": "LBY"})
    assert "RETREAT" in types(doc)


def test_forces_falling_back_at_home_yield_to_their_own_country(make_doc) -> None:
    doc = coded(make_doc("À Syrte, des combattants libyens se sont enfuis."), {"libyens": "LBY"},
                places={"Syrte": "LBY"})
    assert ("RETREAT", ("LBY",), ("LBY",)) in asserted(doc)


def test_civilians_fleeing_the_fighting_retreat_from_no_one(make_doc) -> None:
    doc = coded(make_doc("Des milliers de civils syriens ont fui les combats."), {"syriens": "SYR"})
    assert "RETREAT" not in types(doc)


def test_a_statue_of_a_commander_removed_is_no_withdrawal(make_doc) -> None:
    doc = coded(make_doc("Le conseil municipal a retiré la statue d'un commandant britannique."),
                {"britannique": "GBR"})
    assert "RETREAT" not in types(doc)


def test_a_state_since_a_year_does_not_date_the_act(make_doc) -> None:
    doc = coded(make_doc("Les forces libyennes ont repris l'aéroport, hors-service depuis 2014.", date="2020-06-04"),
                {"libyennes": "LBY"}, timexes={"2014": "2014"})
    assert [date for date in (e.date for e in doc.events if e.type == "COERCE")] == ["2020-06-04"]
    assert typed(doc, "COERCE")
