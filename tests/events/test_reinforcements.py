"""Events stage: reinforcements a state moves to a region or a border are its own forces mobilised
(MOBILIZE); reinforcements sent to another state's army or to help it are aid."""

from __future__ import annotations

from eventcoding import coded, typed, types


def test_reinforcements_moved_to_a_border_are_a_mobilisation(make_doc) -> None:
    doc = coded(make_doc("Le Pakistan a envoyé des renforts militaires à la frontière afghane."),
                {"Pakistan": "PAK", "afghane": "AFG"}, places={"frontière": "AFG"})
    assert "AID" not in types(doc)
    assert [s for s, _, _ in typed(doc, "MOBILIZE")] == [("PAK",)]


def test_reinforcements_sent_to_another_army_are_aid(make_doc) -> None:
    doc = coded(make_doc("Le Pakistan a envoyé des renforts à l'armée afghane."), {"Pakistan": "PAK", "armée afghane": "AFG"})
    assert typed(doc, "AID") == [(("PAK",), ("AFG",), "asserted")]
