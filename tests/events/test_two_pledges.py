"""Events stage: in one article, a pledge obtained from a party and a pledge made to it are two
happenings, not one agreement told twice; the same pledge repeated stays one."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_a_pledge_obtained_and_a_pledge_made_are_two(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a obtenu mardi l'engagement des dirigeants boliviens à rouvrir la "
                         "frontière. Le président chilien a promis de revenir en décembre en Bolivie."),
                {"président chilien": "CHL", "dirigeants boliviens": "BOL", "Bolivie": "BOL"})
    agreements = sorted((s, t) for kind, s, t in asserted(doc) if kind == "AGREE")
    assert agreements == [(("BOL",), ("CHL",)), (("CHL",), ("BOL",))]


def test_one_pledge_told_twice_is_one(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a promis mardi de revenir en Bolivie. Le président chilien a promis "
                         "de revenir en décembre en Bolivie."),
                {"président chilien": "CHL", "Bolivie": "BOL"})
    assert [e for e in asserted(doc) if e[0] == "AGREE"] == [("AGREE", ("CHL",), ("BOL",))]
