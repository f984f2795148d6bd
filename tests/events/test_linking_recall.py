"""Recall rules for events that several reports of one happening state: denials by branding,
announced intentions, revoked statuses."""

from __future__ import annotations

from eventcoding import coded, typed


def test_branding_a_claim_false_is_a_rejection(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement iranien a qualifié de totalement fausses les affirmations de Washington."),
                {"gouvernement iranien": "IRN", "Washington": "USA"})
    assert ("IRN",) in [s for s, _, _ in typed(doc, "REJECT")]
    assert typed(doc, "ACCUSE") == []


def test_branding_accusations_a_rumour_is_a_rejection(make_doc) -> None:
    doc = coded(make_doc("Le ministre turc a qualifié de rumeur les accusations de la Grèce."),
                {"ministre turc": "TUR", "Grèce": "GRC"})
    assert typed(doc, "REJECT") == [(("TUR",), ("GRC",), "asserted")]


def test_branding_a_choice_ridiculous_stays_a_disapproval(make_doc) -> None:
    doc = coded(make_doc("Le ministre turc a qualifié de ridicule la décision de la Grèce."),
                {"ministre turc": "TUR", "Grèce": "GRC"})
    assert typed(doc, "REJECT") == []


def test_announced_intention_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("Le Canada a annoncé mardi son intention d'accueillir davantage de réfugiés syriens."),
                {"Canada": "CAN", "syriens": "SYR"})
    assert (("CAN",), ("SYR",), "asserted") in typed(doc, "AGREE")


def test_revoking_a_visa_is_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Le Canada a révoqué le visa du diplomate russe."),
                {"Canada": "CAN", "diplomate russe": "RUS"})
    assert typed(doc, "SANCTION") == [(("CAN",), ("RUS",), "asserted")]


def test_revoking_an_official_is_not_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement malien a révoqué le préfet de Kidal."),
                {"gouvernement malien": "MLI"})
    assert typed(doc, "SANCTION") == []


def test_striking_hard_is_not_an_attack(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement allemand a décidé de frapper fort contre la fraude fiscale."),
                {"gouvernement allemand": "DEU"})
    assert typed(doc, "ASSAULT") == []


def test_state_calling_on_governors_acts_at_home(make_doc) -> None:
    doc = coded(make_doc("Le président brésilien a appelé les gouverneurs à rouvrir les écoles. "
                         "L'Argentine et le Chili ont fermé leurs frontières."),
                {"président brésilien": "BRA", "Argentine": "ARG", "Chili": "CHL"})
    assert (("BRA",), ("BRA",), "asserted") in typed(doc, "REQUEST")


def test_threat_to_send_the_army_is_domestic(make_doc) -> None:
    doc = coded(make_doc("Le président brésilien a menacé de recourir à l'armée pour mater la rue. "
                         "L'Argentine et le Chili ont fermé leurs frontières."),
                {"président brésilien": "BRA", "Argentine": "ARG", "Chili": "CHL"})
    assert typed(doc, "THREATEN") == [(("BRA",), ("BRA",), "asserted")]


def test_call_on_a_foreign_country_s_army_stays_out(make_doc) -> None:
    doc = coded(make_doc("La France a appelé l'armée malienne à rendre le pouvoir aux civils à Bamako."),
                {"France": "FRA", "armée malienne": "MLI", "Bamako": "MLI"})
    assert (("FRA",), ("FRA",), "asserted") not in typed(doc, "REQUEST")
