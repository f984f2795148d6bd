"""Events stage: the other party of a treaty suspended, named by the treaty's relative clause."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_party_a_suspended_treaty_bound_is_the_target(make_doc) -> None:
    doc = coded(make_doc("L'Allemagne a décidé de suspendre le traité d'extradition qui la liait à Hong Kong."),
                {"Allemagne": "DEU", "Hong Kong": "HKG"})
    assert asserted(doc) == [("SANCTION", ("DEU",), ("HKG",))]
