"""Events stage: an act "sans" another ("est reparti sans rencontrer X") leaves that other act undone; it is
no refusal, unlike "a refusé de rencontrer X" or "ne rencontrera pas X"."""

from __future__ import annotations

from eventcoding import coded, typed, types


def test_left_without_meeting_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Le président brésilien a quitté Lima sans rencontrer le président péruvien."),
                {"président brésilien": "BRA", "président péruvien": "PER"})
    assert "REJECT" not in types(doc)
    assert typed(doc, "CONSULT") == [(("BRA",), ("PER",), "negated")]


def test_a_refusal_to_meet_stays_a_refusal(make_doc) -> None:
    doc = coded(make_doc("Le président brésilien ne rencontrera pas le président péruvien."),
                {"président brésilien": "BRA", "président péruvien": "PER"})
    assert typed(doc, "REJECT") == [(("BRA",), ("PER",), "asserted")]
