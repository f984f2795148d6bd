"""Events stage: a ruling that blocks a law is no protest, pulling on a thread is no shot, and a country that
receives no more tourists refuses no visit."""

from __future__ import annotations

from eventcoding import coded, types


def test_a_ruling_that_blocked_a_law_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Le procureur du Texas a demandé d'annuler le jugement qui bloquait l'application de la loi."),
                {"Texas": "USA"})
    assert "PROTEST" not in types(doc)
    crowd = coded(make_doc("Des manifestants qui bloquaient la route ont été dispersés par la police française."),
                  {"police française": "FRA"})
    assert "PROTEST" in types(crowd)


def test_pulling_on_a_thread_is_no_shot(make_doc) -> None:
    doc = coded(make_doc("La juge québécoise dit qu'elle tire sur un fil pour comprendre le système."),
                {"québécoise": "CAN"})
    assert "ASSAULT" not in types(doc)


def test_receiving_no_more_tourists_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("L'Égypte ne reçoit quasiment plus aucun touriste depuis le coup d'Etat."), {"Égypte": "EGY"})
    assert not types(doc)
