"""Events stage: a warning about an epidemic or a disaster threatens no one, and an act asked about in a
yes-no question is not asserted (a question asking why or how presupposes it)."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, types

from veille.events.grammar import yes_no_question


def test_warning_of_an_epidemic_is_no_threat(make_doc) -> None:
    doc = coded(make_doc("L'institut sanitaire norvégien a prévenu mardi qu'il fallait s'attendre à une deuxième "
                         "vague de contamination."), {"norvégien": "NOR"})
    assert "THREATEN" not in types(doc)


def test_warning_of_an_act_during_an_epidemic_is_a_threat(make_doc) -> None:
    doc = coded(make_doc("Le ministre norvégien a averti que l'armée interviendrait contre les pillards pendant "
                         "l'épidémie."), {"ministre norvégien": "NOR"})
    assert "THREATEN" in types(doc)
    threat = coded(make_doc("Le président turc a averti la France de ne pas chercher querelle à la Turquie."),
                   {"président turc": "TUR", "France": "FRA", "Turquie": "TUR"})
    assert ("THREATEN", ("TUR",), ("FRA",)) in asserted(threat)


def test_an_act_asked_about_is_not_asserted(make_doc) -> None:
    doc = coded(make_doc("Le Chili doit-il reprendre le dialogue avec le gouvernement bolivien ?"),
                {"Chili": "CHL", "gouvernement bolivien": "BOL"})
    assert asserted(doc) == []
    said = coded(make_doc("Le Chili a repris le dialogue avec le gouvernement bolivien."),
                 {"Chili": "CHL", "gouvernement bolivien": "BOL"})
    assert asserted(said)


def test_est_ce_que_asks(make_doc) -> None:
    doc = coded(make_doc("Est-ce que le gouvernement chilien a condamné l'attaque contre la Bolivie ?"),
                {"gouvernement chilien": "CHL", "Bolivie": "BOL"})
    assert statuses(doc, "ACCUSE") == ["hypothetical"]


def test_a_question_asking_why_presupposes_the_act(make_doc) -> None:
    why = make_doc("Pourquoi le gouvernement chilien a-t-il condamné l'attaque ?").parse
    whether = make_doc("Le gouvernement chilien a-t-il condamné l'attaque ?").parse
    verb = next(t for t in why if t.lower_ == "condamné")
    assert not yes_no_question(verb)
    assert yes_no_question(next(t for t in whether if t.lower_ == "condamné"))


def test_a_matter_under_discussion_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le Maroc n'y figure pas selon Matignon, qui précise que c'est en discussion."),
                {"Maroc": "MAR", "Matignon": "FRA"})
    assert "CONSULT" not in types(doc)
    talks = coded(make_doc("Le ministre marocain était en discussion avec le gouvernement espagnol."),
                  {"ministre marocain": "MAR", "gouvernement espagnol": "ESP"})
    assert "CONSULT" in types(talks)


def test_a_danger_posed_is_no_threat_made(make_doc) -> None:
    doc = coded(make_doc("\"Cette élection pose une menace existentielle pour notre démocratie\", estime le "
                         "chercheur américain."), {"américain": "USA"})
    assert "THREATEN" not in types(doc)
    threat = coded(make_doc("Le Hamas a brandi la menace de représailles contre Israël."),
                   {"Hamas": "PSE", "Israël": "ISR"})
    assert ("THREATEN", ("PSE",), ("ISR",)) in asserted(threat)


def test_a_misfortune_deplored_blames_no_one(make_doc) -> None:
    doc = coded(make_doc("Le président américain a déploré samedi l'une des pires tornades de l'histoire des "
                         "Etats-Unis."), {"président américain": "USA", "Etats-Unis": "USA"})
    assert "ACCUSE" not in types(doc)
    blame = coded(make_doc("Le président français a déploré l'attaque russe contre l'Ukraine."),
                  {"président français": "FRA", "russe": "RUS", "Ukraine": "UKR"})
    assert "ACCUSE" in types(blame)


def test_a_visit_to_a_region_is_still_a_visit(make_doc) -> None:
    doc = coded(make_doc("Le président sud-africain s'est rendu en visite officielle dans quatre pays d'Afrique "
                         "de l'Ouest."), {"président sud-africain": "ZAF"})
    assert "CONSULT" in types(doc)
