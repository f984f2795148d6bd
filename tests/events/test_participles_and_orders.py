"""A participle that elaborates a statement is that statement; what an actor is pressed or ordered to do
is not reported as done."""

from __future__ import annotations

from eventcoding import asserted, coded, typed


def test_participle_after_a_place_takes_the_main_subject(make_doc) -> None:
    doc = coded(make_doc("L'opposant Ivan Petrov a été hospitalisé. Son entourage a immédiatement dénoncé une tentative "
                         "d'empoisonnement et bataillé pour un transfert en Allemagne, soupçonnant les médecins russes "
                         "de camoufler le crime."),
                {"Ivan Petrov": "RUS", "Allemagne": "DEU", "médecins russes": "RUS"}, places={"Allemagne": "DEU"},
                persons=("Ivan Petrov",))
    assert [(s, t) for s, t, st in typed(doc, "ACCUSE") if st == "asserted"] == [(("RUS",), ("RUS",))]


def test_two_finite_denials_stay_two(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement cubain réfute l'existence de prisonniers politiques et nie toute présence "
                         "militaire au Venezuela."),
                {"gouvernement cubain": "CUB", "Venezuela": "VEN"}, places={"Venezuela": "VEN"})
    assert len([1 for _, _, st in typed(doc, "REJECT") if st == "asserted"]) == 2


def test_act_a_state_is_pressed_to_do_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Les pays occidentaux ont pressé jeudi la Russie d'enquêter sur la tentative "
                         "d'empoisonnement de l'opposant Ivan Petrov."),
                {"pays occidentaux": "WST", "Russie": "RUS", "Ivan Petrov": "RUS"})
    assert asserted(doc) == [("REQUEST", ("WST",), ("RUS",))]


def test_act_a_court_orders_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Le Conseil constitutionnel a ordonné au gouvernement de lever l'interdiction de manifester."),
                {"Conseil constitutionnel": "FRA", "gouvernement": "FRA"})
    assert [st for _, _, st in typed(doc, "CONCEDE")] == ["hypothetical"]
