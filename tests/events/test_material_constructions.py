"""Events stage: material acts in constructions the lexicon or the parse hid (treaties left, money
given, attacks named as a passive's agent, a complement the parser hung on a support verb)."""

from __future__ import annotations

from eventcoding import asserted, coded, typed, types


def test_a_state_leaving_a_treaty_is_a_sanction_with_no_target(make_doc) -> None:
    doc = coded(make_doc("Le Canada s'est retiré mardi du pacte commercial."), {"Canada": "CAN"})
    assert typed(doc, "SANCTION") == [(("CAN",), (), "asserted")]
    assert "RETREAT" not in types(doc)
    other = coded(make_doc("Le Canada a retiré son pays de la convention sur les mines."), {"Canada": "CAN"})
    assert typed(other, "SANCTION") == [(("CAN",), (), "asserted")]


def test_withdrawing_consent_or_troops_is_no_treaty_left(make_doc) -> None:
    doc = coded(make_doc("Le syndicat a retiré son accord au projet."), {"syndicat": "CAN"})
    assert "SANCTION" not in types(doc)
    troops = coded(make_doc("Le Canada a retiré ses troupes de la frontière conformément à l'accord."),
                   {"Canada": "CAN"})
    assert "SANCTION" not in types(troops)



def test_money_given_to_a_named_actor_is_aid(make_doc) -> None:
    doc = coded(make_doc("Le Japon a débloqué 10 millions de dollars pour le Népal."),
                {"Japon": "JPN", "Népal": "NPL"})
    assert ("AID", ("JPN",), ("NPL",)) in asserted(doc)


def test_a_budget_spent_at_home_is_no_aid(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement norvégien a débloqué 10 millions d'euros pour les hôpitaux."),
                {"gouvernement norvégien": "NOR"})
    assert "AID" not in types(doc)


def test_a_killing_by_an_attack_whose_author_the_noun_names(make_doc) -> None:
    doc = coded(make_doc("Un adolescent a été tué mercredi par un tir israélien."), {"israélien": "ISR"})
    assert [s for s, _, st in typed(doc, "ASSAULT") if st == "asserted"] == [("ISR",)]
    led = coded(make_doc("Seize combattants ont été tués par des bombardements menés par l'armée turque."),
                {"armée turque": "TUR"})
    assert [s for s, _, st in typed(led, "ASSAULT") if st == "asserted"] == [("TUR",)]


def test_a_shot_by_no_one_coded_is_no_attack(make_doc) -> None:
    doc = coded(make_doc("Un promeneur suédois a été tué par le tir d'un chasseur."), {"suédois": "SWE"})
    assert "ASSAULT" not in types(doc)


def test_a_state_of_things_is_no_attack(make_doc) -> None:
    doc = coded(make_doc("La Somalie est fréquemment frappée par des attaques des shebab."),
                {"Somalie": "SOM", "shebab": "ISM"})
    assert "ASSAULT" not in types(doc)


def test_an_attack_named_as_the_topic_of_an_inquiry_is_context(make_doc) -> None:
    doc = coded(make_doc("Les polices belge et néerlandaise ont mené une enquête sur les attentats de Bruxelles."),
                {"belge": "BEL", "néerlandaise": "NLD"})
    assert "ASSAULT" not in types(doc)
