"""Events stage: words that name no event in context (steps one stands on, a contest one is knocked out of,
what is usually done), counterfactuals, questions asked, and what a demand in the present asks for."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_steps_of_a_building_are_no_march(make_doc) -> None:
    doc = coded(make_doc("Il y a huit ans, un soir froid de novembre, nous vous avons accueillies sur les marches de la "
                         "Maison Blanche."),
                {"nous": "USA", "Maison Blanche": "USA"})
    assert "PROTEST" not in types(doc)


def test_a_march_on_a_capital_is_still_a_protest(make_doc) -> None:
    doc = coded(make_doc("Des milliers de manifestants américains ont organisé samedi une marche sur Washington."),
                {"américains": "USA", "Washington": "USA"}, places={"Washington": "USA"})
    assert "PROTEST" in types(doc)


def test_a_candidate_knocked_out_in_a_round_is_not_killed(make_doc) -> None:
    doc = coded(make_doc("François Fillon n'a pas su remporter la présidentielle, éliminé dès le premier tour."),
                {"François Fillon": "FRA"}, persons=("François Fillon",))
    assert "ASSAULT" not in types(doc)


def test_a_leader_eliminated_by_an_army_is_killed(make_doc) -> None:
    doc = coded(make_doc("L'armée américaine a éliminé le chef d'Al-Qaïda en Syrie."),
                {"armée américaine": "USA", "Al-Qaïda": "ISM"}, places={"Syrie": "SYR"})
    assert "ASSAULT" in types(doc)


def test_what_is_usually_banned_is_no_ban(make_doc) -> None:
    doc = coded(make_doc("Les grandes entreprises américaines interdisent généralement les relations entre un chef "
                         "et ses subordonnés."), {"américaines": "USA"})
    assert "COERCE" not in types(doc)


def test_a_ban_decided_is_coercion(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement américain a interdit les rassemblements."), {"gouvernement américain": "USA"})
    assert ("COERCE", ("USA",), ("USA",)) in asserted(doc)


def test_a_past_conditional_with_a_pluperfect_if_is_a_counterfactual(make_doc) -> None:
    doc = coded(make_doc("Le candidat républicain Donald Trump avait assuré qu'il aurait \"ouvert le feu\", le soir du "
                         "13 novembre s'il avait été au Bataclan."),
                {"Donald Trump": "USA"}, persons=("Donald Trump",))
    assert "ASSAULT" not in types(doc)


def test_a_journalistic_conditional_still_reports_a_fact(make_doc) -> None:
    doc = coded(make_doc("Selon Séoul, des soldats nord-coréens auraient tiré sur un fonctionnaire sud-coréen."),
                {"Séoul": "KOR", "nord-coréens": "PRK", "sud-coréen": "KOR"})
    assert ("ASSAULT", ("PRK",), ("KOR",)) in asserted(doc)


def test_a_question_asked_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("Le président Barack Obama a déclaré : \"Je leur ai demandé : et cette année, comment ça "
                         "s'est passé ?\""), {"Barack Obama": "USA"}, persons=("Barack Obama",))
    assert "REQUEST" not in types(doc)


def test_what_a_present_demand_asks_for_is_not_done(make_doc) -> None:
    doc = coded(make_doc("La France demande à la Russie de libérer les otages."), {"France": "FRA", "Russie": "RUS"})
    assert ("REQUEST", ("FRA",), ("RUS",)) in asserted(doc)
    assert "RETREAT" not in types(doc)


def test_asked_whether_is_a_question(make_doc) -> None:
    doc = coded(make_doc("\"J'avais déjà tout dit dans mon témoignage\", complète le témoin français lorsqu'on lui "
                         "demande si des fonds \"sont parvenus à Nicolas Sarkozy\"."),
                {"français": "FRA", "Nicolas Sarkozy": "FRA"}, persons=("Nicolas Sarkozy",))
    assert "REQUEST" not in types(doc)


def test_recognising_that_something_is_so_is_no_support(make_doc) -> None:
    doc = coded(make_doc("Une situation hors norme pour un porte-parole français dont le style divise plus que jamais. "
                         "Même dans son propre camp, on reconnaît qu'il est \"clivant\"."),
                {"porte-parole français": "FRA"})
    assert "SUPPORT" not in types(doc)
