"""Events stage: a sentence sought in court is an accusation, an ordered dispersal or house arrest is
repression, a formal notice is a demand; the one accused "d'être derrière" an attack is the one accused,
an object parsed under a day is still the object, and the author of an act named by a participle
("pilotée par X", "imposées par X") is the one an accusation is aimed at."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_a_sentence_sought_against_someone_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Le procureur turc a requis mardi dix ans de prison contre le journaliste grec."),
                {"procureur turc": "TUR", "journaliste grec": "GRC"})
    assert asserted(doc) == [("ACCUSE", ("TUR",), ("GRC",))]


def test_what_a_situation_requires_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("La crise requiert une réponse rapide du gouvernement italien."),
                {"gouvernement italien": "ITA"})
    assert "ACCUSE" not in types(doc)


def test_an_ordered_dispersal_of_a_protest_is_repression(make_doc) -> None:
    doc = coded(make_doc("La police kényane a ordonné la dispersion du rassemblement."),
                {"police kényane": "KEN"})
    assert asserted(doc) == [("COERCE", ("KEN",), ("KEN",))]


def test_a_crowd_that_scatters_is_no_repression(make_doc) -> None:
    doc = coded(make_doc("Le ministre kényan a noté une plus grande dispersion des votes."),
                {"ministre kényan": "KEN"})
    assert "COERCE" not in types(doc)


def test_an_ordered_house_arrest_is_repression(make_doc) -> None:
    doc = coded(make_doc("La Cour suprême péruvienne a ordonné l'assignation à résidence de l'ancien président."),
                {"Cour suprême péruvienne": "PER"})
    assert ("COERCE", ("PER",), ("PER",)) in asserted(doc)


def test_a_formal_notice_is_a_demand(make_doc) -> None:
    doc = coded(make_doc("La Commission européenne a adressé une mise en demeure à la Hongrie."),
                {"Commission européenne": "EU", "Hongrie": "HUN"})
    assert asserted(doc) == [("REQUEST", ("EU",), ("HUN",))]


def test_accused_of_being_behind_an_attack(make_doc) -> None:
    doc = coded(make_doc("Le ministre indien a accusé un groupe de rebelles cachemiris d'être derrière l'attentat. "
                         "Les Etats-Unis ont appelé au calme."),
                {"ministre indien": "IND", "rebelles cachemiris": "IND", "Etats-Unis": "USA"})
    assert ("ACCUSE", ("IND",), ("IND",)) in asserted(doc)


def test_an_object_parsed_under_the_day(make_doc) -> None:
    doc = coded(make_doc("Le ministre indien a accusé vendredi des rebelles cachemiris d'être derrière l'attentat. "
                         "Les Etats-Unis ont appelé au calme."),
                {"ministre indien": "IND", "rebelles cachemiris": "IND", "Etats-Unis": "USA"},
                timexes={"vendredi": "2022-01-07"})
    assert ("ACCUSE", ("IND",), ("IND",)) in asserted(doc)


def test_the_author_of_an_act_named_by_a_participle(make_doc) -> None:
    doc = coded(make_doc("Le Caire a condamné les frappes menées par Israël."),
                {"Le Caire": "EGY", "Israël": "ISR"})
    assert asserted(doc) == [("ACCUSE", ("EGY",), ("ISR",))]


def test_the_author_after_a_comma(make_doc) -> None:
    doc = coded(make_doc("Le président serbe a dénoncé une campagne hostile, orchestrée par la Croatie."),
                {"président serbe": "SRB", "Croatie": "HRV"})
    assert asserted(doc) == [("ACCUSE", ("SRB",), ("HRV",))]
