"""Events stage: criticism voiced with "émettre" or "se fendre de"; an agreement reached between two
parties of one state; a warning of a disaster is no threat."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_criticism_one_side_issues_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("La Corée du Nord s'est fendue de critiques cinglantes à l'égard des Etats-Unis."),
                {"Corée du Nord": "PRK", "Etats-Unis": "USA"})
    assert asserted(doc) == [("ACCUSE", ("PRK",), ("USA",))]
    doc = coded(make_doc("Le Japon a émis des critiques sévères contre la Chine."), {"Japon": "JPN", "Chine": "CHN"})
    assert asserted(doc) == [("ACCUSE", ("JPN",), ("CHN",))]


def test_an_agreement_reached_by_two_parties_of_one_state_is_domestic(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement espagnol et les syndicats sont arrivés à un accord mardi."),
                {"gouvernement espagnol": "ESP", "syndicats": "ESP"}, timexes={"mardi": "2020-06-09"})
    assert asserted(doc) == [("AGREE", ("ESP",), ("ESP",))]


def test_a_promise_of_one_party_stays_without_a_target(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement espagnol a promis un accord aux syndicats."), {"gouvernement espagnol": "ESP"})
    assert all(e[2] != ("ESP",) for e in asserted(doc))


def test_a_warning_of_a_flood_is_no_threat(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement canadien a lancé des avertissements d'inondation mercredi."),
                {"gouvernement canadien": "CAN"}, timexes={"mercredi": "2020-06-10"})
    assert asserted(doc) == []


def test_an_act_judged_unacceptable_is_condemned_and_a_demand_rejected(make_doc) -> None:
    doc = coded(make_doc("Paris a jugé \"inacceptable\" l'arrestation de l'opposante bélarusse."),
                {"Paris": "FRA", "bélarusse": "BLR"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("BLR",))]
    doc = coded(make_doc("Moscou a jugé inacceptables les exigences de Washington."),
                {"Moscou": "RUS", "Washington": "USA"})
    assert asserted(doc) == [("REJECT", ("RUS",), ("USA",))]
