"""Events stage: arrests, bans and street protests in no country the text names; arrests a police
body reports; the wounded of an attack; an attack taken up again by a participle."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_an_arrest_the_police_reports_is_its_state_s(make_doc) -> None:
    doc = coded(make_doc("Quatre étudiants ont été interpellés jeudi, a indiqué la police géorgienne."),
                {"géorgienne": "GEO"})
    assert ("COERCE", ("GEO",), ("GEO",)) in asserted(doc)


def test_an_arrest_according_to_prosecutors_is_their_state_s(make_doc) -> None:
    doc = coded(make_doc("Un journaliste a été placé en garde à vue mardi, selon le parquet kényan."),
                {"kényan": "KEN"})
    assert ("COERCE", ("KEN",), ("KEN",)) in asserted(doc)


def test_a_government_telling_of_its_nationals_arrested_is_not_the_arrester(make_doc) -> None:
    doc = coded(make_doc("Deux Canadiens ont été arrêtés, a annoncé le gouvernement canadien."),
                {"Canadiens": "CAN", "canadien": "CAN"})
    assert not any(e.type == "COERCE" and "CAN" in e.source for e in doc.events)


def test_an_arrest_in_no_named_country_is_coded_with_no_state(make_doc) -> None:
    doc = coded(make_doc("Le militant a été interpellé mercredi soir."), {})
    assert ("COERCE", (), ()) in asserted(doc)


def test_an_arrest_by_a_passer_by_is_no_state_act(make_doc) -> None:
    doc = coded(make_doc("Le voleur a été interpellé par un passant."), {})
    assert "COERCE" not in types(doc)


def test_house_arrest_one_was_under_is_a_state_not_an_act(make_doc) -> None:
    doc = coded(make_doc("Il a quitté la ville où il était assigné à résidence."), {})
    assert "COERCE" not in types(doc)


def test_a_ban_by_the_authorities_needs_no_country(make_doc) -> None:
    doc = coded(make_doc("Les autorités ont interdit les rassemblements."), {})
    assert ("COERCE", (), ()) in asserted(doc)


def test_a_young_man_calling_on_deputies_arrests_no_one(make_doc) -> None:
    doc = coded(make_doc("Un jeune homme a interpellé les députés sur la réforme."), {})
    assert "COERCE" not in types(doc)


def test_a_march_in_no_named_country_is_still_a_protest(make_doc) -> None:
    doc = coded(make_doc("Des milliers de personnes ont défilé samedi contre la réforme."), {})
    assert ("PROTEST", (), ()) in asserted(doc)


def test_protests_that_go_on_need_no_country(make_doc) -> None:
    doc = coded(make_doc("Les manifestations se sont poursuivies mercredi dans plusieurs villes."), {})
    assert ("PROTEST", (), ()) in asserted(doc)


def test_onlookers_gathering_in_no_named_country_do_not_protest(make_doc) -> None:
    doc = coded(make_doc("Des centaines de curieux se sont rassemblés pour voir l'éclipse."), {})
    assert "PROTEST" not in types(doc)


def test_witnesses_coming_forward_do_not_demonstrate(make_doc) -> None:
    doc = coded(make_doc("Plusieurs témoins se sont manifestés auprès des enquêteurs à Lyon."), {},
                places={"Lyon": "FRA"})
    assert "PROTEST" not in types(doc)


def test_the_truth_brought_to_light_is_no_demonstration(make_doc) -> None:
    doc = coded(make_doc("L'avocat attend la manifestation de la vérité à Lyon."), {}, places={"Lyon": "FRA"})
    assert "PROTEST" not in types(doc)


def test_people_wounded_in_clashes_are_the_clashes_toll(make_doc) -> None:
    doc = coded(make_doc("Vingt personnes ont été blessées lors d'affrontements entre policiers et manifestants "
                         "à Conakry."), {}, places={"Conakry": "GIN"})
    assert ("ASSAULT", ("GIN",), ("GIN",)) in asserted(doc)


def test_people_wounded_with_no_attack_named_are_only_a_toll(make_doc) -> None:
    doc = coded(make_doc("Deux policiers ont été blessés à Conakry."), {}, places={"Conakry": "GIN"})
    assert "ASSAULT" not in types(doc)


def test_a_participle_taking_up_a_dated_shooting_is_that_shooting(make_doc) -> None:
    doc = coded(make_doc("Le Marocain Karim B., abattu mardi à Lyon par la police française, était recherché. "
                         "L'homme abattu à Lyon par la police française portait un couteau."),
                {"Marocain": "MAR", "française": "FRA"}, timexes={"mardi": "2020-06-09"}, places={"Lyon": "FRA"})
    assaults = [e for e in asserted(doc) if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("FRA",), ("MAR",))]


def test_one_an_inquiry_targets_is_investigated_by_its_state(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe est visé par une enquête du parquet ukrainien."),
                {"russe": "RUS", "ukrainien": "UKR"})
    assert ("ACCUSE", ("UKR",), ("RUS",)) in asserted(doc)


def test_an_inquiry_with_no_investigator_named_is_the_local_state_s(make_doc) -> None:
    doc = coded(make_doc("À Nairobi, le gouverneur est visé par une enquête pour corruption."), {},
                places={"Nairobi": "KEN"})
    assert ("ACCUSE", ("KEN",), ("KEN",)) in asserted(doc)


def test_an_inquiry_someone_is_known_for_is_no_new_event(make_doc) -> None:
    doc = coded(make_doc("Le député, visé par une enquête pour fraude, a quitté Nairobi mardi."), {},
                places={"Nairobi": "KEN"})
    assert "ACCUSE" not in types(doc)


def test_an_attack_aimed_at_a_convoy_is_by_the_group_named(make_doc) -> None:
    doc = coded(make_doc("Le convoi irakien a été visé par une attaque de l'Etat islamique près de Mossoul."),
                {"irakien": "IRQ", "Etat islamique": "ISM"}, places={"Mossoul": "IRQ"})
    assert ("ASSAULT", ("ISM",), ("IRQ",)) in asserted(doc)


def test_people_who_died_in_an_attack_tell_the_attack(make_doc) -> None:
    doc = coded(make_doc("Quatre gendarmes sont morts dans une attaque à Kidal."), {}, places={"Kidal": "MLI"})
    assert ("ASSAULT", ("MLI",), ("MLI",)) in asserted(doc)


def test_the_dead_of_an_attack_its_noun_ties_to_a_state(make_doc) -> None:
    doc = coded(make_doc("Trois bergers ont péri lors d'un raid turc à Kidal."), {"turc": "TUR"},
                places={"Kidal": "MLI"})
    assert ("ASSAULT", ("TUR",), ("MLI",)) in asserted(doc)


def test_dying_in_an_accident_is_no_attack(make_doc) -> None:
    doc = coded(make_doc("Deux randonneurs sont morts dans un accident à Kidal."), {}, places={"Kidal": "MLI"})
    assert "ASSAULT" not in types(doc)
