"""Demands, accusations, refusals and threats (REQUEST, ACCUSE, REJECT, THREATEN): constructions whose
source or target sits outside the verb's own arguments, and look-alikes that are none."""

from __future__ import annotations

from eventcoding import coded, typed


def test_condemned_decision_targets_its_author(make_doc) -> None:
    doc = coded(make_doc("La Russie a expulsé deux diplomates polonais, une mesure critiquée par la Pologne."),
                {"Russie": "RUS", "Pologne": "POL", "polonais": "POL"})
    assert (("POL",), ("RUS",), "asserted") in typed(doc, "ACCUSE")


def test_no_answer_to_an_ultimatum_hung_on_the_verb_is_a_refusal(make_doc) -> None:
    doc = coded(make_doc("Le Portugal n'a pas donné suite, lundi, à l'ultimatum posé par l'Espagne."),
                {"Portugal": "PRT", "Espagne": "ESP"})
    assert typed(doc, "REJECT") == [(("PRT",), ("ESP",), "asserted")]


def test_what_should_not_be_done_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Aucun dirigeant chilien ne devrait rencontrer le président péruvien avant le vote."),
                {"chilien": "CHL", "péruvien": "PER"})
    assert not [e for e in typed(doc, "REJECT") if e[2] == "asserted"]


def test_incise_speaker_is_the_source_not_the_quoted_state(make_doc) -> None:
    doc = coded(make_doc('"Le Chili viole le traité", a dénoncé le ministre péruvien des Affaires étrangères.'),
                {"Chili": "CHL", "péruvien": "PER"})
    assert (("PER",), ("CHL",), "asserted") in typed(doc, "ACCUSE")


def test_denial_after_ce_que_answers_the_accusers(make_doc) -> None:
    doc = coded(make_doc("Lima accuse Santiago de masser des troupes, ce que le Chili dément."),
                {"Lima": "PER", "Santiago": "CHL", "Chili": "CHL"})
    assert (("CHL",), ("PER",), "asserted") in typed(doc, "REJECT")


def test_demand_made_during_a_phone_call_goes_to_the_other_party(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a appelé à la libération de nos compatriotes lors d'un entretien "
                         "téléphonique avec le président péruvien."),
                {"chilien": "CHL", "péruvien": "PER"})
    assert (("CHL",), ("PER",), "asserted") in typed(doc, "REQUEST")

