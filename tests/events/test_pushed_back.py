"""Events stage: "repousser" turns down an offer or a proposal (REJECT); a person or an attack pushed back
and a vote put off are no refusal."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_an_offer_pushed_back_is_a_refusal(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement chilien a repoussé l'offre de l'Argentine."),
                {"gouvernement chilien": "CHL", "Argentine": "ARG"})
    assert asserted(doc) == [("REJECT", ("CHL",), ("ARG",))]


def test_people_attacks_and_votes_pushed_back_are_no_refusal(make_doc) -> None:
    for text in ("La ministre chilienne a repoussé un manifestant qui s'approchait.",
                 "L'armée chilienne a repoussé une attaque argentine.",
                 "Le gouvernement chilien a repoussé les élections à juin."):
        doc = coded(make_doc(text), {"ministre chilienne": "CHL", "armée chilienne": "CHL",
                                     "gouvernement chilien": "CHL", "argentine": "ARG"})
        assert "REJECT" not in types(doc), text
