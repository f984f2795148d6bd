"""Events stage: word senses that name no event (ending up somewhere, an admission, an uncompromising
judgement, a civic mobilisation)."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_one_who_ends_up_somewhere_meets_no_one(make_doc) -> None:
    doc = coded(make_doc("L'Espagne se retrouve dans la ligne de mire des marchés."), {"Espagne": "ESP"})
    assert "CONSULT" not in types(doc)


def test_two_delegations_that_meet_again_still_meet(make_doc) -> None:
    doc = coded(make_doc("Les délégations russe et américaine se sont retrouvées mardi à Genève."),
                {"russe": "RUS", "américaine": "USA"}, timexes={"mardi": "2022-01-11"}, places={"Genève": "CHE"})
    assert "CONSULT" in types(doc)


def test_admitting_to_have_done_something_is_no_recognition(make_doc) -> None:
    doc = coded(make_doc("Le ministre Laurent Joffrin a reconnu sur le site de Libération avoir \"un peu repatouillé\" "
                         "l'introduction du livre de l'ex-président français."),
                {"Laurent Joffrin": "FRA", "français": "FRA"}, persons=("Laurent Joffrin",))
    assert "SUPPORT" not in types(doc)


def test_a_state_recognising_a_government_still_supports_it(make_doc) -> None:
    doc = coded(make_doc("La France a reconnu le nouveau gouvernement libyen."),
                {"France": "FRA", "gouvernement libyen": "LBY"})
    assert ("SUPPORT", ("FRA",), ("LBY",)) in asserted(doc)


def test_an_uncompromising_judgement_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Le dernier jugement exprimé par Donald Trump sur la France est sans concession."),
                {"Donald Trump": "USA", "France": "FRA"}, persons=("Donald Trump",))
    assert "REJECT" not in types(doc)


def test_a_call_to_a_civic_mobilisation_moves_no_troops(make_doc) -> None:
    doc = coded(make_doc("Le président Emmanuel Macron a lancé vendredi un appel à la mobilisation internationale "
                         "dans la lutte contre le sida."), {"Emmanuel Macron": "FRA"}, persons=("Emmanuel Macron",))
    assert "MOBILIZE" not in types(doc)


def test_a_general_mobilisation_moves_troops(make_doc) -> None:
    doc = coded(make_doc("L'Arménie a décrété la mobilisation générale face à l'Azerbaïdjan."),
                {"Arménie": "ARM", "Azerbaïdjan": "AZE"})
    assert "MOBILIZE" in types(doc)


def test_a_crowd_counted_in_the_singular_still_gathers(make_doc) -> None:
    doc = coded(make_doc("Un demi-millier de personnes se sont retrouvées à Christchurch, en Nouvelle-Zélande."),
                {"Nouvelle-Zélande": "NZL"}, places={"Christchurch": "NZL"})
    assert "PROTEST" in types(doc)
