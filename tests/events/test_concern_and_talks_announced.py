"""Events stage: a concern voiced is a criticism; talks whose resumption is announced are an AGREE; a statement made during a call is about the actor it names."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_a_state_that_says_it_is_worried_criticises(make_doc) -> None:
    doc = coded(make_doc("Berlin se dit très inquiet de la situation en Biélorussie."),
                {"Berlin": "DEU", "Biélorussie": "BLR"})
    assert ("ACCUSE", ("DEU",), ("BLR",)) in asserted(doc)


def test_a_concern_expressed_with_a_possessive_criticises(make_doc) -> None:
    doc = coded(make_doc("Washington a exprimé son inquiétude face aux manœuvres militaires chinoises."),
                {"Washington": "USA", "chinoises": "CHN"})
    assert ("ACCUSE", ("USA",), ("CHN",)) in asserted(doc)


def test_people_described_as_worried_voice_nothing(make_doc) -> None:
    doc = coded(make_doc("Les habitants de Beyrouth sont inquiets pour leur avenir."), {"Beyrouth": "LBN"})
    assert "ACCUSE" not in types(doc)


def test_another_s_concerns_heard_are_no_criticism(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis écouteront les préoccupations de la Russie."),
                {"Etats-Unis": "USA", "Russie": "RUS"})
    assert "ACCUSE" not in types(doc)


def test_talks_whose_resumption_is_announced_are_agreed(make_doc) -> None:
    doc = coded(make_doc("L'ONU a annoncé mercredi la reprise de pourparlers avec les belligérants libyens."),
                {"ONU": "UN", "libyens": "LBY"}, timexes={"mercredi": "2020-06-03"})
    assert ("AGREE", ("UN",), ("LBY",)) in asserted(doc)
    assert "CONSULT" not in types(doc)


def test_a_summit_whose_holding_is_announced_is_agreed(make_doc) -> None:
    doc = coded(make_doc("Le Kremlin a annoncé la tenue d'un sommet avec la Chine."),
                {"Kremlin": "RUS", "Chine": "CHN"})
    assert "AGREE" in types(doc)
    assert "CONSULT" not in types(doc)


def test_talks_hung_on_the_place_before_them_are_still_framed(make_doc) -> None:
    doc = coded(make_doc("L'ONU a annoncé la reprise à Genève des négociations entre les Libyens."),
                {"ONU": "UN", "Libyens": "LBY"}, places={"Genève": "CHE"})
    assert [(etype, target) for etype, _, target in asserted(doc)] == [("AGREE", ("LBY",))]


def test_a_return_abroad_still_to_come_is_agreed(make_doc) -> None:
    doc = coded(make_doc("Emmanuel Macron reviendra au Liban en décembre."),
                {"Emmanuel Macron": "FRA", "Liban": "LBN"}, places={"Liban": "LBN"}, persons=("Emmanuel Macron",))
    assert ("AGREE", ("FRA",), ("LBN",)) in asserted(doc)


def test_coming_home_or_back_to_a_topic_is_no_visit(make_doc) -> None:
    doc = coded(make_doc("Le ministre français est revenu à Paris mardi. Il est revenu sur ses déclarations."),
                {"français": "FRA"}, timexes={"mardi": "2020-09-01"}, places={"Paris": "FRA"})
    assert not ({"CONSULT", "AGREE"} & types(doc))


def test_a_private_person_s_worry_is_a_mood(make_doc) -> None:
    doc = coded(make_doc("Leur mère, Tanya, se disait un peu inquiète de l'aspect sanitaire."), {"Tanya": "NZL"},
                persons=("Tanya",))
    assert "ACCUSE" not in types(doc)


def test_a_trip_abroad_framing_a_clause_is_a_visit(make_doc) -> None:
    doc = coded(make_doc("En déplacement jeudi à Ankara, le chef du gouvernement libyen a remercié la Turquie."),
                {"libyen": "LBY", "Turquie": "TUR"}, timexes={"jeudi": "2020-06-04"}, places={"Ankara": "TUR"})
    assert ("CONSULT", ("LBY",), ("TUR",)) in asserted(doc)


def test_a_trip_at_home_framing_a_clause_meets_no_one(make_doc) -> None:
    doc = coded(make_doc("En visite à Marseille, le président français a annoncé un plan."),
                {"français": "FRA"}, places={"Marseille": "FRA"})
    assert not ({"CONSULT", "AGREE"} & types(doc))


def test_people_displaced_make_no_visit(make_doc) -> None:
    doc = coded(make_doc("Les combats ont provoqué le déplacement de milliers de Soudanais."), {"Soudanais": "SDN"})
    assert "CONSULT" not in types(doc)


def test_a_trip_with_no_host_named_is_no_visit(make_doc) -> None:
    doc = coded(make_doc("Le ministre français, en déplacement dans une station balnéaire, a souligné que les plages "
                         "restent ouvertes."), {"français": "FRA"})
    assert "CONSULT" not in types(doc)


def test_what_causes_a_concern_is_its_target_not_its_agent(make_doc) -> None:
    doc = coded(make_doc("Moscou se dit préoccupé par les manœuvres de l'Otan."), {"Moscou": "RUS", "Otan": "NATO"})
    assert asserted(doc) == [("ACCUSE", ("RUS",), ("NATO",))]


def test_a_concern_voiced_during_a_call_is_about_the_actor_it_names(make_doc) -> None:
    doc = coded(make_doc("Au cours d'un entretien téléphonique avec le Premier ministre grec, Emmanuel Macron "
                         "a fait part de sa préoccupation au sujet des décisions de la Turquie."),
                {"grec": "GRC", "Emmanuel Macron": "FRA", "Turquie": "TUR"}, persons=("Emmanuel Macron",))
    assert ("ACCUSE", ("FRA",), ("TUR",)) in asserted(doc)
    assert ("CONSULT", ("FRA",), ("GRC",)) in asserted(doc)


def test_a_criticism_voiced_during_a_call_is_about_the_actor_it_names(make_doc) -> None:
    doc = coded(make_doc("Au cours d'un entretien avec le chancelier allemand, Emmanuel Macron a dénoncé les "
                         "décisions de la Turquie."),
                {"allemand": "DEU", "Emmanuel Macron": "FRA", "Turquie": "TUR"}, persons=("Emmanuel Macron",))
    assert ("ACCUSE", ("FRA",), ("TUR",)) in asserted(doc)


def test_a_demand_made_during_a_call_is_made_to_the_partner(make_doc) -> None:
    doc = coded(make_doc("Au cours d'un entretien téléphonique avec le président russe, Emmanuel Macron a "
                         "appelé à la libération des opposants bélarusses."),
                {"russe": "RUS", "Emmanuel Macron": "FRA", "bélarusses": "BLR"}, persons=("Emmanuel Macron",))
    assert any(etype == "REQUEST" and "RUS" in target for etype, _, target in asserted(doc))
