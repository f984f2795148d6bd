"""Events stage: a past deed that a stated accusation names ("accusent X d'avoir massé des troupes") is
told as having happened, on the accuser's word; a suspect's charge, a deed still to come and a verbal
deed stay out of the asserted events."""

from __future__ import annotations

from eventcoding import coded, statuses


def test_a_deed_an_accusation_names_in_the_past_is_asserted(make_doc) -> None:
    doc = coded(make_doc("Le Japon accuse la Chine d'avoir déployé des navires de guerre près des îles."),
                {"Japon": "JPN", "Chine": "CHN"})
    assert statuses(doc, "ACCUSE") == ["asserted"]
    assert statuses(doc, "MOBILIZE") == ["asserted"]


def test_a_suspects_charge_is_not_a_deed_told(make_doc) -> None:
    doc = coded(make_doc("Le soldat chilien est accusé d'avoir tué deux manifestants."),
                {"soldat chilien": "CHL"})
    assert "asserted" not in statuses(doc, "ASSAULT")


def test_a_deed_an_accusation_names_ahead_stays_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le Japon accuse la Chine de vouloir déployer des navires de guerre près des îles."),
                {"Japon": "JPN", "Chine": "CHN"})
    assert "asserted" not in statuses(doc, "MOBILIZE")


def test_a_statement_an_accusation_names_is_not_told(make_doc) -> None:
    doc = coded(make_doc("Le Japon accuse la Chine d'avoir rejeté toutes les propositions."),
                {"Japon": "JPN", "Chine": "CHN"})
    assert "asserted" not in statuses(doc, "REJECT")
