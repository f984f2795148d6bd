"""Closing borders with a state and withdrawing a status are reduced relations (SANCTION); an
announced intention to cooperate is an AGREE."""

from __future__ import annotations

from eventcoding import coded, typed


def test_closing_borders_with_a_state_is_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Les voisins de la Bolivie ont décidé de fermer leurs frontières avec le Pérou."),
                {"voisins de la Bolivie": "IGO", "Pérou": "PER"})
    assert typed(doc, "SANCTION") == [(("IGO",), ("PER",), "asserted")]


def test_decided_closure_of_borders_with_a_state_is_a_sanction(make_doc) -> None:
    doc = coded(make_doc("L'Union africaine a décidé lundi la fermeture des frontières avec le Tchad."),
                {"Union africaine": "AU", "Tchad": "TCD"})
    assert typed(doc, "SANCTION") == [(("AU",), ("TCD",), "asserted")]


def test_closing_borders_naming_no_state_is_no_sanction(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement chilien a décidé de fermer les frontières pour freiner l'épidémie."),
                {"gouvernement chilien": "CHL"})
    assert typed(doc, "SANCTION") == []


def test_closing_something_else_is_no_sanction(make_doc) -> None:
    doc = coded(make_doc("La mairie de Lyon a fermé les parcs jeudi."), {"mairie de Lyon": "FRA"})
    assert typed(doc, "SANCTION") == []


def test_revoked_status_after_a_participle_is_a_sanction(make_doc) -> None:
    doc = coded(make_doc("Anticipant le vote du Sénat, Ottawa avait déjà révoqué la veille le statut spécial "
                         "accordé à Taïwan."),
                {"Ottawa": "CAN", "Taïwan": "TWN"})
    assert typed(doc, "SANCTION") == [(("CAN",), ("TWN",), "asserted")]


def test_announced_wish_to_negotiate_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("Madrid a annoncé vouloir négocier avec Rabat."), {"Madrid": "ESP", "Rabat": "MAR"})
    assert [s for s, _, st in typed(doc, "AGREE") if st == "asserted"] == [("ESP",)]


def test_accepting_that_observers_come_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("Ankara a accepté que des observateurs de l'ONU se rendent à la frontière."),
                {"Ankara": "TUR", "ONU": "UN"})
    assert (("TUR",), ("UN",), "asserted") in typed(doc, "AGREE")
