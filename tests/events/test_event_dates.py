"""Dates of events: claims, layers of the past, one speech over several sentences, closing clauses."""

from __future__ import annotations

from eventcoding import coded


def test_claim_does_not_date_the_act_it_claims(make_doc) -> None:
    doc = coded(make_doc("Des rebelles ont attaqué samedi un convoi de l'armée malienne. "
                         "L'attaque a été revendiquée lundi par le groupe.", date="2022-01-11"),
                {"rebelles": "MLI", "armée malienne": "MLI", "groupe": "MLI"},
                timexes={"samedi": "2022-01-08", "lundi": "2022-01-10"})
    assert {e.date for e in doc.events if e.type == "ASSAULT"} == {"2022-01-08"}


def test_claimed_act_keeps_its_own_day(make_doc) -> None:
    doc = coded(make_doc("Le groupe a revendiqué lundi l'attaque menée dimanche contre l'armée malienne.",
                         date="2022-01-11"),
                {"groupe": "ISM", "armée malienne": "MLI"},
                timexes={"lundi": "2022-01-10", "dimanche": "2022-01-09"})
    assert [(e.type, e.date) for e in doc.events] == [("ASSAULT", "2022-01-09")]


def test_claimed_act_takes_the_day_its_earlier_mention_gives(make_doc) -> None:
    doc = coded(make_doc("Au lendemain de l'attentat perpétré mardi près du Parlement, la police a identifié "
                         "l'assaillant. Le groupe a revendiqué l'attentat.", date="2022-01-12"),
                {"police": "GBR", "groupe": "ISM", "Parlement": "GBR"}, timexes={"mardi": "2022-01-11"})
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2022-01-11"]


def test_relative_clause_does_not_take_the_pluperfect_day(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne, qui a arrêté douze manifestants, avait annoncé dès lundi "
                         "des contrôles renforcés.", date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN"}, timexes={"lundi": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-12"]


def test_relative_clause_in_the_same_layer_takes_the_main_day(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne, qui a arrêté douze manifestants, a annoncé lundi "
                         "des contrôles renforcés.", date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN"}, timexes={"lundi": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-10"]


def test_one_speech_over_several_sentences(make_doc) -> None:
    text = ("Le président Jair Bolsonaro a menacé samedi l'Argentine de représailles commerciales. "
            "Jair Bolsonaro a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"),
                {"Jair Bolsonaro": "BRA", "Argentine": "ARG"}, timexes={"samedi": "2022-01-08"},
                persons=("Jair Bolsonaro",))
    assert [(e.type, e.date) for e in doc.events] == [("THREATEN", "2022-01-08"), ("ACCUSE", "2022-01-08")]


def test_a_speaker_dated_on_two_days_keeps_the_publication_day(make_doc) -> None:
    text = ("Jair Bolsonaro a menacé vendredi l'Argentine de représailles commerciales. "
            "Jair Bolsonaro a critiqué samedi le Chili. "
            "Jair Bolsonaro a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"),
                {"Jair Bolsonaro": "BRA", "Argentine": "ARG", "Chili": "CHL"},
                timexes={"vendredi": "2022-01-07", "samedi": "2022-01-08"}, persons=("Jair Bolsonaro",))
    assert [e.date for e in doc.events if e.type == "ACCUSE" and e.target == ("ARG",)] == ["2022-01-09"]


def test_a_state_is_no_speaker_whose_day_carries_over(make_doc) -> None:
    text = ("Le Brésil a menacé samedi l'Argentine de représailles commerciales. "
            "Le Brésil a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"), {"Brésil": "BRA", "Argentine": "ARG"},
                timexes={"samedi": "2022-01-08"})
    assert [(e.type, e.date) for e in doc.events] == [("THREATEN", "2022-01-08"), ("ACCUSE", "2022-01-09")]


def test_next_sentence_goes_on_with_the_closing_clause(make_doc) -> None:
    text = ("D'autres rassemblements sont prévus à Lyon et à Lille, où samedi une marche de milliers de "
            "personnes s'est achevée par des heurts. La police tunisienne a chargé les manifestants.")
    doc = coded(make_doc(text, date="2022-01-09"), {"police tunisienne": "TUN", "manifestants": "TUN"},
                timexes={"samedi": "2022-01-08"})
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2022-01-08"]
