"""Events stage: constructions of criticism, refusal, threat, demand and solidarity."""

from __future__ import annotations

import pytest
from eventcoding import asserted, coded, typed


@pytest.mark.parametrize("text, actors, expected", [
    # "susciter / provoquer les critiques, la colère de X": X criticises the subject's actor
    ("Le projet de la Pologne a suscité les critiques de la Commission européenne.",
     {"Pologne": "POL", "Commission européenne": "EU"}, ("ACCUSE", ("EU",), ("POL",))),
    ("La décision du Japon a provoqué la colère de la Chine.",
     {"Japon": "JPN", "Chine": "CHN"}, ("ACCUSE", ("CHN",), ("JPN",))),
    # "être la cible de critiques, d'attaques virulentes de la part de X"
    ("L'OMS est la cible de critiques virulentes de la part du président américain.",
     {"OMS": "WHO", "président américain": "USA"}, ("ACCUSE", ("USA",), ("WHO",))),
    ("Pyongyang a multiplié les attaques verbales contre Séoul.",
     {"Pyongyang": "PRK", "Séoul": "KOR"}, ("ACCUSE", ("PRK",), ("KOR",))),
    ("Le ministre turc a rejeté la faute sur la Grèce.",
     {"ministre turc": "TUR", "Grèce": "GRC"}, ("ACCUSE", ("TUR",), ("GRC",))),
    ("Le gouvernement iranien a pointé la responsabilité des Etats-Unis dans la crise.",
     {"gouvernement iranien": "IRN", "Etats-Unis": "USA"}, ("ACCUSE", ("IRN",), ("USA",))),
    ("Le président allemand a témoigné sa solidarité au peuple italien.",
     {"président allemand": "DEU", "italien": "ITA"}, ("SUPPORT", ("DEU",), ("ITA",))),
    ("Le président français a exprimé dans un communiqué sa solidarité aux autorités équatoriennes.",
     {"président français": "FRA", "autorités équatoriennes": "ECU"}, ("SUPPORT", ("FRA",), ("ECU",))),
    ("Le chef du gouvernement a adressé un message de soutien au peuple libanais.",
     {"chef du gouvernement": "FRA", "libanais": "LBN"}, ("SUPPORT", ("FRA",), ("LBN",))),
])
def test_statement_constructions(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_rejecting_all_responsibility_is_a_denial(make_doc) -> None:
    doc = coded(make_doc("Les rebelles ont rejeté toute responsabilité dans l'attaque contre la base turque."),
                {"rebelles": "SYR", "turque": "TUR"})
    assert not typed(doc, "ACCUSE")


def test_provoked_clashes_name_no_statement(make_doc) -> None:
    doc = coded(make_doc("La décision du Japon a provoqué des affrontements avec la police chinoise."),
                {"Japon": "JPN", "police chinoise": "CHN"})
    assert not [e for e in asserted(doc) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, actors, expected, wrong", [
    # the one who investigates, accuses or strikes is addressed, not what the act is about or aimed at
    ("La Russie dénonce les sanctions européennes contre la Syrie.",
     {"Russie": "RUS", "européennes": "EU", "Syrie": "SYR"}, ("EU",), "SYR"),
    ("Pyongyang a condamné les exercices militaires américains en Corée du Sud.",
     {"Pyongyang": "PRK", "américains": "USA", "Corée du Sud": "KOR"}, ("USA",), "KOR"),
    ("Moscou a rejeté les accusations de Londres sur son rôle en Ukraine.",
     {"Moscou": "RUS", "Londres": "GBR", "Ukraine": "UKR"}, ("GBR",), "UKR"),
])
def test_criticised_act_addresses_its_author(make_doc, text, actors, expected, wrong) -> None:
    events = [e for e in coded(make_doc(text), actors).events if e.type in ("ACCUSE", "REJECT")]
    assert [e.target for e in events] == [expected]
    assert all(wrong not in e.target for e in events)


def test_criticised_inquiry_is_not_aimed_at_its_topic(make_doc) -> None:
    doc = coded(make_doc("Le président américain dénonce l'enquête sur l'affaire ukrainienne."),
                {"président américain": "USA", "ukrainienne": "UKR"})
    assert not [e for e in typed(doc, "ACCUSE") if "UKR" in e[1]]


def test_attack_blamed_on_an_actor_named_apart(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ont imputé l'attaque informatique à la Russie."),
                {"Etats-Unis": "USA", "Russie": "RUS"})
    assert ("ACCUSE", ("USA",), ("RUS",)) in asserted(doc)


def test_condemned_for_a_death_is_no_sentence(make_doc) -> None:
    doc = coded(make_doc("Le président iranien a condamné les Etats-Unis pour la mort du général."),
                {"président iranien": "IRN", "Etats-Unis": "USA"})
    assert ("ACCUSE", ("IRN",), ("USA",)) in asserted(doc)
    assert not typed(doc, "COERCE") and not typed(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Le président français n'a pas hésité à critiquer la Turquie.",
    "Le président français n'a pas manqué de critiquer la Turquie.",
])
def test_litotes_assert_what_they_govern(make_doc, text) -> None:
    doc = coded(make_doc(text), {"président français": "FRA", "Turquie": "TUR"})
    assert ("ACCUSE", ("FRA",), ("TUR",)) in asserted(doc)


def test_plain_negation_still_negates(make_doc) -> None:
    doc = coded(make_doc("Le président français n'a pas critiqué la Turquie."),
                {"président français": "FRA", "Turquie": "TUR"})
    assert typed(doc, "ACCUSE") == [(("FRA",), ("TUR",), "negated")]


def test_stressed_pronoun_taken_for_the_verb(make_doc) -> None:
    text = "Son homologue allemand a lui, pour la première fois de la part de Berlin, mis en cause l'Etat russe."
    doc = coded(make_doc(text), {"homologue allemand": "DEU", "Berlin": "DEU", "Etat russe": "RUS"})
    assert ("ACCUSE", ("DEU",), ("RUS",)) in asserted(doc)


def test_stressed_pronoun_is_no_object(make_doc) -> None:
    text = "L'Iran a critiqué le Japon. La France a elle aussi condamné les frappes russes."
    doc = coded(make_doc(text), {"Iran": "IRN", "Japon": "JPN", "France": "FRA", "russes": "RUS"})
    assert [e.target for e in doc.events if e.type == "ACCUSE" and e.source == ("FRA",)] == [("RUS",)]


@pytest.mark.parametrize("text", [
    "L'Allemagne va entamer des discussions sur de possibles sanctions contre la Russie si Moscou ne coopère pas.",
    "Les Etats-Unis ont annoncé de possibles sanctions contre la Russie.",
])
def test_possible_sanctions_are_a_threat(make_doc, text) -> None:
    doc = coded(make_doc(text), {"Allemagne": "DEU", "Etats-Unis": "USA", "Russie": "RUS", "Moscou": "RUS"})
    threats = typed(doc, "THREATEN")
    assert len(threats) == 1 and threats[0][1] == ("RUS",) and threats[0][2] == "asserted"
    assert not typed(doc, "SANCTION")


def test_possible_sanctions_against_no_one_named_are_no_threat(make_doc) -> None:
    doc = coded(make_doc("Le ministre n'a donné aucune précision sur d'éventuelles sanctions."),
                {"ministre": "FRA"})
    assert not typed(doc, "THREATEN")


def test_scepticism_towards_accusations_answers_the_accuser(make_doc) -> None:
    doc = coded(make_doc('Le ministre russe a dit accueillir avec "une bonne dose de scepticisme" les accusations de Berlin.'),
                {"ministre russe": "RUS", "Berlin": "DEU"})
    assert ("REJECT", ("RUS",), ("DEU",)) in asserted(doc)


def test_denied_accusations_answer_the_one_accuser(make_doc) -> None:
    text = "Le ministre allemand a accusé la Russie d'avoir empoisonné l'opposant. Moscou a démenti les accusations."
    doc = coded(make_doc(text), {"ministre allemand": "DEU", "Russie": "RUS", "Moscou": "RUS"})
    assert ("REJECT", ("RUS",), ("DEU",)) in asserted(doc)
    two = text + " La France a critiqué la Russie."
    doc = coded(make_doc(two), {"ministre allemand": "DEU", "Russie": "RUS", "Moscou": "RUS", "France": "FRA"})
    assert ("REJECT", ("RUS",), ()) in asserted(doc)  # two accusers: none is chosen


def test_refusing_the_investigators_questions(make_doc) -> None:
    doc = coded(make_doc("Mme Durand est repartie en refusant de répondre aux questions des enquêteurs à Minsk."),
                {"Mme Durand": "BLR"}, places={"Minsk": "BLR"})
    assert ("REJECT", ("BLR",), ("BLR",)) in asserted(doc)


def test_refusing_the_journalists_questions_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le ministre, arrivé à Rome, a refusé de répondre aux questions des journalistes. La France regrette."),
                {"ministre": "ITA", "France": "FRA"}, places={"Rome": "ITA"})
    assert not typed(doc, "REJECT")


def test_demanded_arrests_are_asked_of_the_state(make_doc) -> None:
    text = ("Le président libanais a réclamé une vague d'arrestations. "
            "Le Premier ministre a lancé un appel similaire. La France a félicité l'Italie.")
    doc = coded(make_doc(text), {"président libanais": "LBN", "Premier ministre": "LBN", "France": "FRA",
                                 "Italie": "ITA"})
    assert [e for e in asserted(doc) if e[0] == "REQUEST"] == [("REQUEST", ("LBN",), ("LBN",))] * 2


def test_pronoun_in_a_fronted_phrase_takes_the_subject_after_it(make_doc) -> None:
    text = ("L'Ukraine est au coeur de l'affaire. "
            "Face aux sénateurs qui les accusent de mentir, les députés se disent sereins.")
    doc = coded(make_doc(text), {"Ukraine": "UKR", "sénateurs": "USA", "députés": "USA"})
    assert [e.target for e in doc.events if e.type == "ACCUSE"] == [("USA",)]
