"""Events stage: a court's sentence is no condemnation in words (also where the parser hangs the sentence
on the court, or where no sentence is told), and police or investigators sent to a scene bring no aid."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_sentence_hung_on_the_court_is_a_conviction(make_doc) -> None:
    doc = coded(make_doc("Le journaliste danois a été condamné mardi par un tribunal de Minsk à dix jours de "
                         "prison et à l'expulsion, a indiqué son avocat."),
                {"danois": "DNK", "Minsk": "BLR"})
    assert "ACCUSE" not in types(doc)
    assert ("COERCE", ("BLR",), ("DNK",)) in asserted(doc)


def test_people_condemned_with_no_one_named_are_convicted(make_doc) -> None:
    doc = coded(make_doc("Trois anciens ministres péruviens ont été condamnés."), {"péruviens": "PER"})
    assert "ACCUSE" not in types(doc)
    by_court = coded(make_doc("Deux policiers péruviens ont été condamnés par la justice."), {"péruviens": "PER"})
    assert "ACCUSE" not in types(by_court)


def test_a_life_sentence_is_a_sentence(make_doc) -> None:
    doc = coded(make_doc("L'ancien gouverneur chinois a été condamné à vie par un tribunal de Pékin."),
                {"chinois": "CHN", "Pékin": "CHN"})
    assert "COERCE" in types(doc) and "ACCUSE" not in types(doc)


def test_an_act_condemned_by_a_state_stays_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Le régime syrien a été condamné par le gouvernement turc."),
                {"syrien": "SYR", "turc": "TUR"})
    assert asserted(doc) == [("ACCUSE", ("TUR",), ("SYR",))]


def test_police_sent_to_a_scene_bring_no_aid(make_doc) -> None:
    police = coded(make_doc("Une vingtaine de gendarmes belges ont été dépêchés sur place."), {"belges": "BEL"})
    assert "AID" not in types(police)
    inquiry = coded(make_doc("Le ministère belge a dépêché un inspecteur sur les lieux afin d'enquêter."),
                    {"ministère belge": "BEL"})
    assert "AID" not in types(inquiry)


def test_forces_sent_after_a_disaster_bring_aid(make_doc) -> None:
    doc = coded(make_doc("Après le séisme, le gouvernement équatorien a dépêché des policiers et des médecins "
                         "sur place."), {"gouvernement équatorien": "ECU"})
    assert "AID" in types(doc)


def test_standing_up_lifts_no_restriction(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre belge se lève et prend le micro."), {"belge": "BEL"})
    assert "CONCEDE" not in types(doc)
    lifted = coded(make_doc("Le gouvernement belge a levé le couvre-feu."), {"gouvernement belge": "BEL"})
    assert "CONCEDE" in types(lifted)


def test_defending_oneself_supports_no_one(make_doc) -> None:
    doc = coded(make_doc("La dirigeante du parti belge se défend des accusations d'emploi fictif."),
                {"parti belge": "BEL"})
    assert "SUPPORT" not in types(doc)


def test_a_verb_of_delivery_in_an_incise_delivers_nothing(make_doc) -> None:
    doc = coded(make_doc("A Liège, le ministre belge était ému. \"Je n'avais pas pensé devenir ministre\", "
                         "a-t-il ensuite livré à Liège."), {"ministre belge": "BEL"}, places={"Liège": "BEL"})
    assert "AID" not in types(doc)


def test_called_out_by_passers_by_is_no_arrest(make_doc) -> None:
    street = coded(make_doc("Le président brésilien a été interpellé en pleine rue à Recife par deux hommes."),
                   {"président brésilien": "BRA"}, places={"Recife": "BRA"})
    assert "COERCE" not in types(street)
    house = coded(make_doc("La députée brésilienne a interpellé le ministre de la Santé."),
                  {"députée brésilienne": "BRA", "ministre de la Santé": "BRA"})
    assert "COERCE" not in types(house)
    police = coded(make_doc("Dix militants brésiliens ont été interpellés par des agents de la police fédérale."),
                   {"brésiliens": "BRA", "police fédérale": "BRA"})
    assert "COERCE" in types(police)


def test_forces_loading_a_weapon_charge_no_one(make_doc) -> None:
    doc = coded(make_doc("Des militaires congolais chargeaient un lance-roquettes monté sur un camion."),
                {"congolais": "COD"})
    assert "ASSAULT" not in types(doc)
    crowd = coded(make_doc("La police égyptienne a chargé les manifestants."), {"police égyptienne": "EGY"})
    assert "ASSAULT" in types(crowd)


def test_a_state_that_blocks_is_not_protesting(make_doc) -> None:
    doc = coded(make_doc("Le président ivoirien bloque la publication des résultats."),
                {"président ivoirien": "CIV"})
    assert "PROTEST" not in types(doc)
    street = coded(make_doc("Des manifestants ivoiriens bloquent la route de l'aéroport."), {"ivoiriens": "CIV"})
    assert "PROTEST" in types(street)


def test_standing_by_ones_words_signs_nothing(make_doc) -> None:
    doc = coded(make_doc("La maire socialiste persiste et signe face au gouvernement français."),
                {"socialiste": "FRA", "gouvernement français": "FRA"})
    assert "SUPPORT" not in types(doc)


def test_arrest_by_a_police_unit(make_doc) -> None:
    doc = coded(make_doc("Le suspect a été interpellé à Lyon par la brigade des stupéfiants."), {},
                places={"Lyon": "FRA"})
    assert "COERCE" in types(doc)


def test_a_first_person_reflexive_is_reflexive(make_doc) -> None:
    doc = coded(make_doc("\"Nous ne pouvons nous permettre un vide politique\", a déclaré le ministre japonais."),
                {"ministre japonais": "JPN"})
    assert "REJECT" not in types(doc)


def test_condemned_for_a_crime_is_a_conviction(make_doc) -> None:
    doc = coded(make_doc("Le suspect a reconnu avoir été condamné pour meurtre par le passé, selon la police "
                         "française."), {"police française": "FRA"})
    assert "ACCUSE" not in types(doc)


def test_thanking_god_praises_no_actor(make_doc) -> None:
    doc = coded(make_doc("Le migrant ivoirien remercie Dieu d'avoir placé le navire libyen sur son chemin."),
                {"ivoirien": "CIV", "libyen": "LBY"})
    assert "SUPPORT" not in types(doc)


def test_troops_that_leave_a_zone_retreat(make_doc) -> None:
    doc = coded(make_doc("Les troupes françaises ont quitté leur zone de responsabilité au Mali."),
                {"troupes françaises": "FRA", "Mali": "MLI"})
    assert "RETREAT" in types(doc)


def test_an_envoy_sent_is_no_aid(make_doc) -> None:
    doc = coded(make_doc("Le Chili a dépêché à Lima son ministre des Affaires étrangères."), {"Chili": "CHL"},
                places={"Lima": "PER"})
    assert "AID" not in types(doc)
    rescuers = coded(make_doc("Le Chili a dépêché des secouristes à Lima après le séisme."), {"Chili": "CHL"},
                     places={"Lima": "PER"})
    assert "AID" in types(rescuers)
