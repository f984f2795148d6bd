"""Events stage: material events (protests, force, coercion, aid, withdrawals, deployments, sanctions)."""

from __future__ import annotations

from eventcoding import asserted, coded, types

from veille.events import merge
from veille.model import Event, Span


def test_protesters_moving_to_a_square_protest(make_doc) -> None:
    doc = coded(make_doc("Des milliers de manifestants ont rallié la place centrale de Minsk."), {},
                places={"Minsk": "BLR"})
    assert ("PROTEST", ("BLR",), ("BLR",)) in asserted(doc)
    other = coded(make_doc("Le ministre biélorusse a rallié la majorité à Minsk."), {"biélorusse": "BLR"},
                  places={"Minsk": "BLR"})
    assert "PROTEST" not in types(other)


def test_police_charge_is_force_but_chargé_de_is_not(make_doc) -> None:
    doc = coded(make_doc("La police a chargé les manifestants à Minsk."), {}, places={"Minsk": "BLR"})
    assert ("ASSAULT", ("BLR",), ("BLR",)) in asserted(doc)
    other = coded(make_doc("Le ministre russe chargé de l'économie a rencontré son homologue ukrainien."),
                  {"russe": "RUS", "ukrainien": "UKR"})
    assert "ASSAULT" not in types(other)


def test_a_crowd_dispersing_itself_is_no_coercion(make_doc) -> None:
    doc = coded(make_doc("A Minsk, la foule s'est dispersée dans le calme."), {}, places={"Minsk": "BLR"})
    assert "COERCE" not in types(doc)
    other = coded(make_doc("La police a dispersé la foule à Minsk."), {}, places={"Minsk": "BLR"})
    assert ("COERCE", ("BLR",), ("BLR",)) in asserted(other)


def test_police_blocking_protesters_is_coercion(make_doc) -> None:
    doc = coded(make_doc("La police a bloqué les manifestants près du palais à Minsk."), {},
                places={"Minsk": "BLR"})
    assert "COERCE" in types(doc) and "PROTEST" not in types(doc)


def test_act_hung_on_the_one_asked_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Le président libanais a demandé à Emmanuel Macron de lui fournir des armes."),
                {"libanais": "LBN", "Emmanuel Macron": "FRA"})
    assert "AID" not in types(doc)
    assert ("REQUEST", ("LBN",), ("FRA",)) in asserted(doc)


def test_supplying_evidence_is_no_aid(make_doc) -> None:
    doc = coded(make_doc("La Russie a fourni des preuves à l'Allemagne."), {"Russie": "RUS", "Allemagne": "DEU"})
    assert "AID" not in types(doc)
    other = coded(make_doc("La Russie a fourni des armes à la Syrie."), {"Russie": "RUS", "Syrie": "SYR"})
    assert ("AID", ("RUS",), ("SYR",)) in asserted(other)


def test_calling_for_sanctions_asks_for_them(make_doc) -> None:
    doc = coded(make_doc("L'Ukraine a appelé à de nouvelles sanctions contre la Russie."),
                {"Ukraine": "UKR", "Russie": "RUS"})
    assert "SANCTION" not in types(doc)
    assert ("REQUEST", ("UKR",), ("RUS",)) in asserted(doc)
    strike = coded(make_doc("Les syndicats ont appelé à une grève générale à Paris."), {}, places={"Paris": "FRA"})
    assert "PROTEST" in types(strike)


def test_firing_needs_a_projectile(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe a tiré la sonnette d'alarme sur l'Ukraine."),
                {"russe": "RUS", "Ukraine": "UKR"})
    assert "ASSAULT" not in types(doc)
    other = coded(make_doc("Des soldats russes ont tiré sur des civils ukrainiens."), {"russes": "RUS", "ukrainiens": "UKR"})
    assert ("ASSAULT", ("RUS",), ("UKR",)) in asserted(other)


def test_withdrawal_of_forces_not_of_a_reform(make_doc) -> None:
    actors = {"Russie": "RUS", "russe": "RUS", "ukrainienne": "UKR", "France": "FRA", "Etats-Unis": "USA"}
    doc = coded(make_doc("La Russie a retiré ses troupes de la frontière ukrainienne."), actors)
    assert "RETREAT" in types(doc)
    assert "RETREAT" not in types(coded(make_doc("La France a retiré sa réforme des retraites."), actors))
    assert "RETREAT" not in types(coded(make_doc("Les Etats-Unis se sont retirés de l'accord de Paris."), actors))
    left = coded(make_doc("L'armée russe s'est retirée de Kherson."), actors, places={"Kherson": "UKR"})
    assert [e.source for e in left.events if e.type == "RETREAT"] == [("RUS",)]  # a reflexive is active


def test_release_of_prisoners_is_retreat(make_doc) -> None:
    doc = coded(make_doc("L'Iran a libéré un otage français."), {"Iran": "IRN", "français": "FRA"})
    assert ("RETREAT", ("IRN",), ("FRA",)) in asserted(doc)


def test_state_of_emergency_decreed(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement équatorien a décrété l'état d'urgence."), {"équatorien": "ECU"})
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "martial-law")]


def test_sending_troops_mobilises_sending_arms_aids(make_doc) -> None:
    actors = {"Etats-Unis": "USA", "Pologne": "POL", "Ukraine": "UKR"}
    doc = coded(make_doc("Les Etats-Unis ont envoyé 3000 soldats en Pologne."), actors)
    assert ("MOBILIZE", ("USA",), ("POL",)) in asserted(doc)
    other = coded(make_doc("Les Etats-Unis ont envoyé des armes à l'Ukraine."), actors)
    assert ("AID", ("USA",), ("UKR",)) in asserted(other)


def test_deployment_counted_in_thousands_and_forces_standing_somewhere(make_doc) -> None:
    actors = {"Russie": "RUS", "ukrainienne": "UKR"}
    doc = coded(make_doc("La Russie a déployé lundi des milliers de soldats près de la frontière ukrainienne."), actors)
    assert "MOBILIZE" in types(doc)
    other = coded(make_doc("Vingt manifestants ont été interpellés par les forces antiémeutes déployées à Minsk."), {},
                  places={"Minsk": "BLR"})
    assert "MOBILIZE" not in types(other) and "COERCE" in types(other)


def test_ban_on_protesting_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Il a été verbalisé pour interdiction de manifester à Paris."), {}, places={"Paris": "FRA"})
    assert "PROTEST" not in types(doc)


def test_event_noun_as_a_purpose_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Ce poison a déjà été utilisé par les services russes pour l'attaque contre un opposant."),
                {"russes": "RUS"})
    assert "ASSAULT" not in types(doc)


def test_aid_with_no_recipient_goes_where_it_is_sent(make_doc) -> None:
    doc = coded(make_doc("Des centaines de secouristes japonais ont été dépêchés à Katmandou."), {"japonais": "JPN"},
                places={"Katmandou": "NPL"})
    assert ("AID", ("JPN",), ("NPL",)) in asserted(doc)


def test_understanding_is_no_seizure(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe a saisi que l'Ukraine ne céderait pas."), {"russe": "RUS", "Ukraine": "UKR"})
    assert "COERCE" not in types(doc)


def test_extradition_is_judicial_cooperation(make_doc) -> None:
    doc = coded(make_doc("La Turquie a extradé un militant vers la Russie."), {"Turquie": "TUR", "Russie": "RUS"})
    assert ("COOPERATE", ("TUR",), ("RUS",)) in asserted(doc)


def test_participle_tagged_as_adjective_is_the_verb(make_doc) -> None:
    doc = coded(make_doc("Washington a gelé les avoirs de plusieurs oligarques russes."),
                {"Washington": "USA", "russes": "RUS"})
    assert ("SANCTION", ("USA",), ("RUS",)) in asserted(doc)


def test_opening_fire_is_not_hidden_by_another_sense_of_the_noun(make_doc) -> None:
    doc = coded(make_doc("L'armée birmane a ouvert le feu sur la foule à Rangoun."), {"birmane": "MMR"},
                places={"Rangoun": "MMR"})
    assert ("ASSAULT", ("MMR",), ("MMR",)) in asserted(doc)


def test_being_on_strike_and_crowds_protesting(make_doc) -> None:
    doc = coded(make_doc("Les chauffeurs de taxi sont en grève à Madrid."), {}, places={"Madrid": "ESP"})
    assert [(e.type, e.mode) for e in doc.events] == [("PROTEST", "strike")]
    crowd = coded(make_doc("Des milliers de Géorgiens ont protesté devant le Parlement à Tbilissi."),
                  {"Géorgiens": "GEO"}, places={"Tbilissi": "GEO"})
    assert "PROTEST" in types(crowd) and "ACCUSE" not in types(crowd)


def test_verbal_attacks_are_no_assault(make_doc) -> None:
    doc = coded(make_doc("Sur France 2, le ministre Gérald Darmanin a vivement attaqué Jean-Luc Mélenchon."),
                {"Gérald Darmanin": "FRA", "Jean-Luc Mélenchon": "FRA"})
    assert "ASSAULT" not in types(doc)
    other = coded(make_doc("Le Hamas a attaqué Israël samedi."), {"Hamas": "PSE", "Israël": "ISR"})
    assert ("ASSAULT", ("PSE",), ("ISR",)) in asserted(other)


def test_calling_upon_someone_is_no_arrest(make_doc) -> None:
    doc = coded(make_doc("L'adjointe à la maire de Paris interpelle le président français."), {"français": "FRA"},
                places={"Paris": "FRA"})
    assert "COERCE" not in types(doc)
    other = coded(make_doc("Dix personnes ont été interpellées dimanche à Tunis."), {}, places={"Tunis": "TUN"})
    assert ("COERCE", ("TUN",), ("TUN",)) in asserted(other)


def test_expressing_discontent_is_no_demonstration(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis manifestent leur mécontentement."), {"Etats-Unis": "USA"})
    assert "PROTEST" not in types(doc)


def test_police_mobilised_is_a_mobilisation(make_doc) -> None:
    doc = coded(make_doc("Plus de 13.000 policiers et gendarmes sont mobilisés à Biarritz."), {},
                places={"Biarritz": "FRA"})
    assert [e.type for e in doc.events] == ["MOBILIZE"]


def test_helping_needs_a_political_actor(make_doc) -> None:
    doc = coded(make_doc("J'aide les gens à déménager à Paris."), {}, places={"Paris": "FRA"})
    assert "AID" not in types(doc)
    other = coded(make_doc("La France aide le Liban depuis l'explosion."), {"France": "FRA", "Liban": "LBN"})
    assert ("AID", ("FRA",), ("LBN",)) in asserted(other)


def test_sanction_at_home_is_coercion(make_doc) -> None:
    doc = coded(make_doc("Le diplomate français a été suspendu de ses fonctions par le ministère français."),
                {"français": "FRA"})
    assert "SANCTION" not in types(doc)


def test_withdrawal_noun_needs_forces_or_a_place(make_doc) -> None:
    actors = {"Washington": "USA", "américaines": "USA", "américain": "USA", "Afghanistan": "AFG"}
    doc = coded(make_doc("Washington a annoncé le retrait des troupes américaines d'Afghanistan."), actors)
    assert "RETREAT" in types(doc)
    other = coded(make_doc("Washington a annoncé le retrait américain du traité Ciel ouvert."), actors)
    assert "RETREAT" not in types(other)


def test_cleft_is_not_a_passive(make_doc) -> None:
    doc = coded(make_doc("C'est au nom de cette idéologie qu'un Australien a assassiné 51 personnes à Christchurch."),
                {"Australien": "AUS"}, places={"Christchurch": "NZL"})
    assert ("ASSAULT", ("AUS",), ("NZL",)) in asserted(doc)


def test_infinitive_has_no_subject_of_its_own(make_doc) -> None:
    doc = coded(make_doc("Washington a annoncé avoir éliminé son chef Qassim al-Rimi."),
                {"Washington": "USA", "Qassim al-Rimi": "ISM"})
    assert ("ASSAULT", ("USA",), ("ISM",)) in asserted(doc)


def test_places_aimed_at(make_doc) -> None:
    doc = coded(make_doc("L'Algérie a rappelé son ambassadeur à Paris."), {"Algérie": "DZA"}, places={"Paris": "FRA"})
    assert ("SANCTION", ("DZA",), ("FRA",)) in asserted(doc)
    attack = coded(make_doc("L'armée russe a lancé une offensive contre Kharkiv."), {"russe": "RUS"},
                   places={"Kharkiv": "UKR"})
    assert ("ASSAULT", ("RUS",), ("UKR",)) in asserted(attack)
    figure = coded(make_doc("La Maison Blanche a engagé une offensive judiciaire contre la Russie."),
                   {"Maison Blanche": "USA", "Russie": "RUS"})
    assert "ASSAULT" not in types(figure)


def test_dispatch_of_aid_and_of_troops(make_doc) -> None:
    actors = {"Japon": "JPN", "Népal": "NPL", "Washington": "USA", "Pologne": "POL"}
    doc = coded(make_doc("Le Japon a annoncé l'envoi d'une aide au Népal."), actors)
    assert ("AID", ("JPN",), ("NPL",)) in asserted(doc)
    troops = coded(make_doc("Washington a annoncé l'envoi de 3000 soldats en Pologne."), actors)
    assert ("MOBILIZE", ("USA",), ("POL",)) in asserted(troops)


def test_leaving_and_taking_need_forces_and_people(make_doc) -> None:
    actors = {"américaines": "USA", "Afghanistan": "AFG", "français": "FRA", "nigérians": "NGA"}
    doc = coded(make_doc("Les troupes américaines ont quitté l'Afghanistan."), actors)
    assert ("RETREAT", ("USA",), ("AFG",)) in asserted(doc)
    assert "RETREAT" not in types(coded(make_doc("Le président français a quitté l'Afghanistan."), actors))
    taken = coded(make_doc("Des rebelles nigérians ont enlevé vingt élèves."), actors)
    assert "ASSAULT" in types(taken)
    cleared = coded(make_doc("Des policiers nigérians ont enlevé les barricades."), actors)
    assert "ASSAULT" not in types(cleared)


def test_first_person_reflexive_is_no_arrest(make_doc) -> None:
    doc = coded(make_doc("Je me suis arrêté devant le palais à Paris."), {}, places={"Paris": "FRA"})
    assert "COERCE" not in types(doc)


def test_lawsuits_knocks_sales_and_tolls_are_no_attack_or_aid(make_doc) -> None:
    doc = coded(make_doc("Le chanteur brésilien l'a attaqué en justice à Rio."), {"brésilien": "BRA"},
                places={"Rio": "BRA"})
    assert "ASSAULT" not in types(doc)
    knock = coded(make_doc("Des manifestants frappaient aux vitres du ministère à Paris."), {}, places={"Paris": "FRA"})
    assert "ASSAULT" not in types(knock)
    toll = coded(make_doc("Deux policiers ont tenté d'interpeller l'homme et ont été blessés à Nice."), {},
                 places={"Nice": "FRA"})
    assert "ASSAULT" not in types(toll)
    fine = coded(make_doc("Le juge brésilien a frappé la société d'une amende à Brasilia."), {"brésilien": "BRA"},
                 places={"Brasilia": "BRA"})
    assert "ASSAULT" not in types(fine) and "COERCE" in types(fine)


def test_attack_named_by_its_noun_is_context(make_doc) -> None:
    doc = coded(make_doc("Un an après les attentats qui ont frappé Paris, un suspect a été arrêté."), {},
                places={"Paris": "FRA"})
    assert "ASSAULT" not in types(doc)


def test_crowds_invading_streets_and_gathering_for_a_match(make_doc) -> None:
    doc = coded(make_doc("Des manifestants ont envahi le Parlement à Bagdad."), {}, places={"Bagdad": "IRQ"})
    assert "PROTEST" in types(doc) and "ASSAULT" not in types(doc)
    fans = coded(make_doc("Trois mille personnes se sont réunies dimanche à Copenhague pour le derby."), {},
                 places={"Copenhague": "DNK"})
    assert "PROTEST" not in types(fans)


def test_suspending_needs_a_party(make_doc) -> None:
    doc = coded(make_doc("Le procès a été suspendu jeudi par la cour d'assises de Paris."), {}, places={"Paris": "FRA"})
    assert not types(doc) & {"SANCTION", "COERCE"}
    other = coded(make_doc("L'Union européenne a suspendu sa coopération avec le Mali."),
                  {"Union européenne": "EU", "Mali": "MLI"})
    assert ("SANCTION", ("EU",), ("MLI",)) in asserted(other)


def test_missiles_fired_at_no_one_are_a_show_of_force(make_doc) -> None:
    doc = coded(make_doc("La Corée du Nord a tiré deux missiles de courte portée dans la mer jeudi."),
                {"Corée du Nord": "PRK"})
    assert [e.type for e in doc.events if e.status == "asserted"] == ["MOBILIZE"]
    aimed = coded(make_doc("Des roquettes ont été tirées sur Tel-Aviv depuis Gaza."), {"Gaza": "PSE"},
                  places={"Tel-Aviv": "ISR"})
    assert ("ASSAULT", ("PSE",), ("ISR",)) in asserted(aimed)


def test_people_described_as_detained_are_no_arrest(make_doc) -> None:
    doc = coded(make_doc("Téhéran a appelé Washington à libérer les Iraniens détenus aux Etats-Unis."),
                {"Téhéran": "IRN", "Washington": "USA", "Iraniens": "IRN", "Etats-Unis": "USA"})
    assert "COERCE" not in types(doc)
    assert "COERCE" in types(coded(make_doc("Treize personnes ont été arrêtées mardi en Belgique."), {},
                                   places={"Belgique": "BEL"}))


def test_suspended_sentence_is_no_detention(make_doc) -> None:
    doc = coded(make_doc("L'opposant russe a été condamné à trois mois de prison avec sursis à Moscou."),
                {"russe": "RUS"}, places={"Moscou": "RUS"})
    assert "COERCE" not in types(doc) and "SANCTION" in types(doc)


def test_attack_noun_subject_of_its_effect(make_doc) -> None:
    doc = coded(make_doc("Une frappe aérienne américaine a tué 42 personnes à Kunduz."), {"américaine": "USA"},
                places={"Kunduz": "AFG"})
    assert asserted(doc) == [("ASSAULT", ("USA",), ("AFG",))]


def test_agent_hung_on_the_day_still_acts(make_doc) -> None:
    doc = coded(make_doc("Quatre suspects ont été arrêtés jeudi par la police italienne."), {"police italienne": "ITA"})
    assert ("COERCE", ("ITA",), ("ITA",)) in asserted(doc)


def test_arrests_counted_in_dozens_are_arrests(make_doc) -> None:
    doc = coded(make_doc("A Lyon, la police a procédé à plusieurs dizaines d'interpellations."), {"police": "FRA"},
                places={"Lyon": "FRA"})
    assert ("COERCE", ("FRA",), ("FRA",)) in asserted(doc)


def test_relief_goods_sent_abroad_are_aid(make_doc) -> None:
    doc = coded(make_doc("Le Japon a envoyé cinq tonnes de matériel médical au Népal."),
                {"Japon": "JPN", "Népal": "NPL"})
    assert ("AID", ("JPN",), ("NPL",)) in asserted(doc)
    other = coded(make_doc("Le Japon a envoyé un message au Népal."), {"Japon": "JPN", "Népal": "NPL"})
    assert "AID" not in types(other)


def test_bombers_flying_over_are_a_show_of_force(make_doc) -> None:
    doc = coded(make_doc("Deux bombardiers russes ont survolé la mer du Nord mardi."), {"russes": "RUS"})
    assert "MOBILIZE" in types(doc)
    other = coded(make_doc("Un drone de la police a survolé la prison de Fresnes."), {}, places={"Fresnes": "FRA"})
    assert "MOBILIZE" not in types(other)


def test_troop_reduction_is_a_concession(make_doc) -> None:
    doc = coded(make_doc("Le Canada a réduit sa présence militaire en Lettonie."), {"Canada": "CAN", "Lettonie": "LVA"})
    assert ("CONCEDE", ("CAN",), ("LVA",)) in asserted(doc)


def test_answering_with_strikes_is_an_attack(make_doc) -> None:
    doc = coded(make_doc("L'armée syrienne a répondu par des frappes sur Idleb."), {"armée syrienne": "SYR"},
                places={"Idleb": "SYR"})
    assert "ASSAULT" in types(doc)
    other = coded(make_doc("Le ministre syrien a répondu aux critiques de la Turquie."),
                  {"syrien": "SYR", "Turquie": "TUR"})
    assert "ACCUSE" not in types(other)


def test_unnamed_gunmen_attack_inside_their_country(make_doc) -> None:
    doc = coded(make_doc("Des hommes armés ont attaqué un poste de police à Peshawar."), {},
                places={"Peshawar": "PAK"})
    assert ("ASSAULT", ("PAK",), ("PAK",)) in asserted(doc)
    other = coded(make_doc("Le joueur a frappé le ballon à Peshawar."), {}, places={"Peshawar": "PAK"})
    assert "ASSAULT" not in types(other)


def test_forces_sent_face_to_a_state_aim_at_it(make_doc) -> None:
    doc = coded(make_doc("L'Italie a renforcé sa présence militaire en mer, en soutien à Chypre, face à la Turquie."),
                {"Italie": "ITA", "Chypre": "CYP", "Turquie": "TUR"})
    assert ("MOBILIZE", ("ITA",), ("TUR",)) in asserted(doc)


def test_joint_operation_is_cooperation(make_doc) -> None:
    doc = coded(make_doc("Jeudi, les policiers français et allemands ont mené une opération conjointe près de Strasbourg."),
                {"français": "FRA", "allemands": "DEU"})
    assert [e for e in asserted(doc) if e[0] == "COOPERATE" and set(e[1] + e[2]) == {"FRA", "DEU"}]
    other = coded(make_doc("Jeudi, les policiers français ont mené une opération près de Strasbourg."),
                  {"français": "FRA"})
    assert "COOPERATE" not in types(other)


def test_inquiry_led_jointly_is_cooperation(make_doc) -> None:
    doc = coded(make_doc("L'enquête, menée conjointement par les polices belge et néerlandaise, a abouti à dix arrestations."),
                {"belge": "BEL", "néerlandaise": "NLD"})
    assert [e for e in asserted(doc) if e[0] == "COOPERATE" and set(e[1] + e[2]) == {"BEL", "NLD"}]
    other = coded(make_doc("L'étude menée conjointement par deux universités révèle une hausse."), {})
    assert "COOPERATE" not in types(other)


def test_fighting_alongside_forces_is_cooperation_with_them(make_doc) -> None:
    doc = coded(make_doc("Au Mali, les soldats français combattent les jihadistes aux côtés des forces maliennes."),
                {"français": "FRA", "maliennes": "MLI", "jihadistes": "ISM"})
    assert ("COOPERATE", ("FRA",), ("MLI",)) in asserted(doc)
    other = coded(make_doc("Les soldats français combattent les jihadistes au Mali."),
                  {"français": "FRA", "jihadistes": "ISM"})
    assert "COOPERATE" not in types(other)



def _assault(start: int, trigger: str, source_names: tuple[str, ...], target_names: tuple[str, ...]) -> Event:
    return Event(type="ASSAULT", source=("USA",), target=("USA",), evidence=Span(start, start + 50, "x" * 50),
                 trigger=Span(start + 5, start + 5 + len(trigger), trigger), source_names=source_names,
                 target_names=target_names, date="2020-06-02")


def test_police_wounded_and_police_dispersing_protesters_are_two_acts() -> None:
    wounded = _assault(0, "blessés", ("",), ("policiers",))
    dispersing = _assault(100, "dispersait", ("police",), ("manifestants",))
    assert len(merge([wounded, dispersing])) == 2
    again = _assault(200, "chargé", ("forces de l'ordre",), ("manifestants",))
    assert len(merge([dispersing, again])) == 1  # the same protesters: one act told twice
