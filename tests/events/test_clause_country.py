"""The country of unnamed protesters is where their clause happens: the place a relative clause
in "où" hangs on, a place the parser left without its "A", the lead's place of its own clause
rather than the place of a happening a noun of the lead explains."""

from __future__ import annotations

from eventcoding import coded, typed


def test_relative_where_clause_places_protesters(make_doc) -> None:
    doc = coded(make_doc("La vague de colère née de la mort d'un étudiant aux Etats-Unis continuait de "
                         "s'étendre samedi en France où des manifestations se sont tenues dans plusieurs villes."),
                {}, places={"Etats-Unis": "USA", "France": "FRA"})
    assert [s for s, _, status in typed(doc, "PROTEST") if status == "asserted"] == [("FRA",)]


def test_lead_place_of_the_clause_wins_over_the_place_of_a_noun(make_doc) -> None:
    doc = coded(make_doc("L'émotion suscitée par la mort d'un jeune homme aux Etats-Unis s'est propagée "
                         "dimanche en France. Des milliers de personnes se sont rassemblées dans le calme."),
                {}, places={"Etats-Unis": "USA", "France": "FRA"})
    assert {s for s, _, status in typed(doc, "PROTEST") if status == "asserted"} == {("FRA",)}


def test_capital_a_without_accent_places_the_clause(make_doc) -> None:
    doc = coded(make_doc("Je veux rentrer aux Etats-Unis, a dit une manifestante.\n\nA Lyon, plusieurs milliers "
                         "de personnes se sont rassemblées dans le centre-ville."),
                {}, places={"Etats-Unis": "USA", "Lyon": "FRA"})
    assert {s for s, _, status in typed(doc, "PROTEST") if status == "asserted"} == {("FRA",)}
