"""Events stage: acts named inside a noun phrase (context, not events), the cause "pour avoir fait", trips and
ending up somewhere that are no gathering, admissions in an incise, verbs of criticism and praise, a verbal
attack, a boycott in any field, party members as domestic actors, and leaving office."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, types


def test_a_measure_named_with_its_decree_is_context(make_doc) -> None:
    doc = coded(make_doc("Un assouplissement du confinement décrété le 23 mars par le gouvernement britannique est "
                         "délicat."),
                {"gouvernement britannique": "GBR"}, timexes={"23 mars": "2020-03-23"})
    assert "COERCE" not in types(doc)


def test_a_decree_signed_named_as_subject_is_no_endorsement(make_doc) -> None:
    doc = coded(make_doc("Le décret signé par Donald Trump mardi protège les monuments."),
                {"Donald Trump": "USA"}, timexes={"mardi": "2022-01-11"}, persons=("Donald Trump",))
    assert "SUPPORT" not in types(doc)


def test_people_arrested_on_a_day_are_still_an_arrest(make_doc) -> None:
    doc = coded(make_doc("Parmi les 370 personnes arrêtées mercredi par la police hongkongaise, dix l'ont été pour "
                         "violation de la loi."),
                {"police hongkongaise": "HKG"}, timexes={"mercredi": "2022-01-12"})
    assert "COERCE" in types(doc)


def test_a_person_killed_in_a_raid_is_still_an_attack(make_doc) -> None:
    doc = coded(make_doc("La mort du général iranien Qassem Soleimani, tué dans un raid américain à Bagdad, a "
                         "suscité une vague d'inquiétude."),
                {"Qassem Soleimani": "IRN", "américain": "USA"}, places={"Bagdad": "IRQ"},
                persons=("Qassem Soleimani",))
    assert ("ASSAULT", ("USA",), ("IRN",)) in asserted(doc)


def test_a_reaction_summed_up_in_an_apposition_is_reported(make_doc) -> None:
    doc = coded(make_doc("L'île n'acceptera jamais une domination chinoise, a estimé mercredi la présidente "
                         "taïwanaise, un discours rejeté d'emblée par la Chine."),
                {"taïwanaise": "TWN", "chinoise": "CHN", "Chine": "CHN"}, timexes={"mercredi": "2022-01-12"})
    assert ("REJECT", ("CHN",), ("TWN",)) in asserted(doc)


def test_what_one_is_blamed_for_having_done_was_done(make_doc) -> None:
    doc = coded(make_doc("Le ministre allemand s'est attiré des critiques pour avoir accusé les travailleurs "
                         "roumains."),
                {"ministre allemand": "DEU", "roumains": "ROU"})
    assert ("ACCUSE", ("DEU",), ("ROU",)) in asserted(doc)


def test_an_attack_one_sends_troops_for_is_still_to_come(make_doc) -> None:
    doc = coded(make_doc("La France a envoyé des troupes pour attaquer les jihadistes."),
                {"France": "FRA", "jihadistes": "ISM"})
    assert statuses(doc, "ASSAULT") == ["hypothetical"]


def test_a_person_who_went_to_a_market_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Une personne qui s'était rendue au marché de Xinfadi a été testée positive à Pékin."),
                {}, places={"Pékin": "CHN"})
    assert "PROTEST" not in types(doc)


def test_protesters_who_oppose_a_convoy_still_protest(make_doc) -> None:
    doc = coded(make_doc("Des manifestants se sont opposés samedi à Tripoli au passage de camions vers la Syrie."),
                {"Syrie": "SYR"}, timexes={"samedi": "2022-01-08"}, places={"Tripoli": "LBN"})
    assert "PROTEST" in types(doc)


def test_people_who_end_up_homeless_meet_no_one(make_doc) -> None:
    doc = coded(make_doc("Des centaines de personnes se retrouvent sans-abris en Sierra Leone."),
                {}, places={"Sierra Leone": "SLE"})
    assert not types(doc)


def test_leaders_who_meet_on_a_day_still_meet(make_doc) -> None:
    doc = coded(make_doc("Les dirigeants russe et turc se retrouvent jeudi à Sotchi."),
                {"russe": "RUS", "turc": "TUR"}, timexes={"jeudi": "2022-01-13"}, places={"Sotchi": "RUS"})
    assert {"CONSULT", "AGREE"} & {e.type for e in doc.events}


def test_an_admission_in_an_incise_is_no_recognition(make_doc) -> None:
    doc = coded(make_doc("La Toscane, a reconnu Matteo Salvini, \"a été une bataille très dure\"."),
                {"Toscane": "ITA", "Matteo Salvini": "ITA"}, persons=("Matteo Salvini",))
    assert "SUPPORT" not in types(doc)


def test_a_state_recognising_another_still_supports_it(make_doc) -> None:
    doc = coded(make_doc("Le Maroc a reconnu Israël jeudi."), {"Maroc": "MAR", "Israël": "ISR"},
                timexes={"jeudi": "2022-01-13"})
    assert ("SUPPORT", ("MAR",), ("ISR",)) in asserted(doc)


def test_a_reflexive_participle_tagged_as_an_adjective_is_still_the_verb(make_doc) -> None:
    doc = coded(make_doc("Le président russe s'est insurgé contre Donald Trump."),
                {"président russe": "RUS", "Donald Trump": "USA"}, persons=("Donald Trump",))
    assert ("ACCUSE", ("RUS",), ("USA",)) in asserted(doc)


def test_mockery_and_indignation_are_criticism(make_doc) -> None:
    for text, names in (("Le ministre turc a ironisé sur les menaces de la France.",
                         {"ministre turc": "TUR", "France": "FRA"}),
                        ("Le gouvernement iranien s'est scandalisé de la décision américaine.",
                         {"gouvernement iranien": "IRN", "américaine": "USA"})):
        doc = coded(make_doc(text), names)
        assert [e for e in asserted(doc) if e[0] == "ACCUSE"], text


def test_praise_and_rallying_are_support_and_a_boast_is_not(make_doc) -> None:
    doc = coded(make_doc("Le président américain a vanté les mérites de son homologue brésilien."),
                {"président américain": "USA", "brésilien": "BRA"})
    assert ("SUPPORT", ("USA",), ("BRA",)) in asserted(doc)
    doc = coded(make_doc("Kamala Harris s'était ralliée à Joe Biden en mars."),
                {"Kamala Harris": "USA", "Joe Biden": "USA"}, persons=("Kamala Harris", "Joe Biden"))
    assert "SUPPORT" in types(doc)
    doc = coded(make_doc("Israël s'est vanté de sa gestion de la pandémie."), {"Israël": "ISR"})
    assert "SUPPORT" not in types(doc)


def test_protesters_rallying_a_square_still_march(make_doc) -> None:
    doc = coded(make_doc("Plusieurs dizaines de manifestants ont rallié une place centrale à Tripoli."),
                {}, places={"Tripoli": "LBN"})
    assert "PROTEST" in types(doc)


def test_an_attack_made_with_virulence_is_criticism(make_doc) -> None:
    doc = coded(make_doc("Joe Biden a attaqué avec virulence Donald Trump lors du débat."),
                {"Joe Biden": "USA", "Donald Trump": "USA"}, persons=("Joe Biden", "Donald Trump"))
    assert "ACCUSE" in types(doc)
    assert "ASSAULT" not in types(doc)


def test_rebels_attacking_a_base_still_assault(make_doc) -> None:
    doc = coded(make_doc("Les rebelles maliens ont attaqué une base militaire."), {"maliens": "MLI"})
    assert "ASSAULT" in types(doc)
    assert "ACCUSE" not in types(doc)


def test_a_diplomatic_boycott_is_a_boycott(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ont annoncé un boycott diplomatique des Jeux de Pékin."),
                {"Etats-Unis": "USA", "Pékin": "CHN"})
    assert ("PROTEST", ("USA",), ("CHN",)) in asserted(doc)


def test_an_offensive_in_the_courts_is_still_no_attack(make_doc) -> None:
    doc = coded(make_doc("Le président américain a lancé une offensive judiciaire contre la Chine."),
                {"président américain": "USA", "Chine": "CHN"})
    assert "ASSAULT" not in types(doc)


def test_party_members_take_the_country_of_their_place(make_doc) -> None:
    doc = coded(make_doc("Les indépendantistes ont manifesté samedi à Barcelone."),
                {}, timexes={"samedi": "2022-01-08"}, places={"Barcelone": "ESP"})
    assert ("PROTEST", ("ESP",), ("ESP",)) in asserted(doc)


def test_leaving_the_government_is_a_resignation(make_doc) -> None:
    doc = coded(make_doc("Le ministre français de l'Économie a annoncé son départ du gouvernement."),
                {"ministre français de l'Économie": "FRA"})
    assert "RETREAT" in types(doc)


def test_a_departure_by_air_is_no_resignation(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a annoncé son départ pour Moscou."), {"ministre français": "FRA"},
                places={"Moscou": "RUS"})
    assert "RETREAT" not in types(doc)


def test_set_phrases_of_looking_up_raising_funds_and_going_back_over_are_no_events(make_doc) -> None:
    for text, names in (("La Russie a levé les yeux au ciel.", {"Russie": "RUS"}),
                        ("L'ONU a levé 1,35 milliard de dollars pour le Yémen.", {"ONU": "UN", "Yémen": "YEM"}),
                        ("Le ministre belge revient sur la mort de son frère en Syrie.",
                         {"ministre belge": "BEL", "Syrie": "SYR"}),
                        ("Le Premier ministre irlandais a annoncé dimanche convoquer le Parlement.",
                         {"Premier ministre irlandais": "IRL"})):
        doc = coded(make_doc(text), names)
        assert not types(doc), text


def test_lifted_sanctions_and_a_summoned_envoy_are_still_events(make_doc) -> None:
    doc = coded(make_doc("La Russie a levé les sanctions contre la Turquie."), {"Russie": "RUS", "Turquie": "TUR"})
    assert ("CONCEDE", ("RUS",), ("TUR",)) in asserted(doc)
    doc = coded(make_doc("Le ministère iranien a convoqué l'ambassadeur de France."),
                {"ministère iranien": "IRN", "France": "FRA"})
    assert ("ACCUSE", ("IRN",), ("FRA",)) in asserted(doc)


def test_measures_against_an_epidemic_are_no_coercion_nor_their_end_a_concession(make_doc) -> None:
    for text, names in (("Hong Kong a assoupli vendredi ses restrictions contre le Covid-19.", {"Hong Kong": "HKG"}),
                        ("Le gouvernement français a décrété l'état d'urgence sanitaire.",
                         {"gouvernement français": "FRA"}),
                        ("L'Arabie saoudite a levé dimanche le couvre-feu imposé contre l'épidémie.",
                         {"Arabie saoudite": "SAU"})):
        doc = coded(make_doc(text), names)
        assert not types(doc) & {"COERCE", "CONCEDE"}, text


def test_a_curfew_against_riots_and_a_ban_on_protests_during_an_epidemic_still_coerce(make_doc) -> None:
    doc = coded(make_doc("Le maire de New York a imposé un couvre-feu face aux émeutes."), {"New York": "USA"})
    assert "COERCE" in types(doc)
    doc = coded(make_doc("En pleine épidémie, le gouvernement algérien a interdit les manifestations de "
                         "l'opposition."), {"gouvernement algérien": "DZA"})
    assert "COERCE" in types(doc)


def test_what_one_had_to_do_was_done_and_what_one_should_have_done_was_not(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a dû démissionner en 2019."), {"ministre français": "FRA"},
                timexes={"2019": "2019"})
    assert statuses(doc, "RETREAT") == ["asserted"]
    doc = coded(make_doc("Le ministre français aurait dû démissionner."), {"ministre français": "FRA"})
    assert statuses(doc, "RETREAT") == ["hypothetical"]


def test_a_leader_arriving_in_a_foreign_capital_visits_its_state(make_doc) -> None:
    doc = coded(make_doc("Emmanuel Macron est arrivé jeudi à Beyrouth."), {"Emmanuel Macron": "FRA"},
                timexes={"jeudi": "2022-01-13"}, places={"Beyrouth": "LBN"}, persons=("Emmanuel Macron",))
    assert ("CONSULT", ("FRA",), ("LBN",)) in asserted(doc)
    doc = coded(make_doc("Emmanuel Macron s'est rendu dans la capitale libanaise."),
                {"Emmanuel Macron": "FRA", "libanaise": "LBN"}, persons=("Emmanuel Macron",))
    assert ("CONSULT", ("FRA",), ("LBN",)) in asserted(doc)


def test_troops_arriving_or_a_leader_arriving_home_pay_no_visit(make_doc) -> None:
    doc = coded(make_doc("Les premières troupes françaises sont arrivées au Mali."), {"françaises": "FRA"},
                places={"Mali": "MLI"})
    assert "CONSULT" not in types(doc)
    doc = coded(make_doc("Le président russe est arrivé mardi à Moscou."), {"président russe": "RUS"},
                timexes={"mardi": "2022-01-11"}, places={"Moscou": "RUS"})
    assert "CONSULT" not in types(doc)


_DOMESTIC = ("Les démocrates ont critiqué la Maison Blanche. Le Congrès américain a voté mardi. Les républicains "
             "soutiennent Washington. Le Sénat américain siège. Le Canada observe. ")


def test_in_a_story_about_one_country_its_leader_refusing_with_no_one_named_refuses_at_home(make_doc) -> None:
    text = _DOMESTIC + "Le président américain a refusé de s'engager à garantir un transfert pacifique du pouvoir."
    names = {"démocrates": "USA", "Maison Blanche": "USA", "Congrès américain": "USA", "républicains": "USA",
             "Washington": "USA", "Sénat américain": "USA", "Canada": "CAN", "président américain": "USA"}
    doc = coded(make_doc(text), names)
    assert ("REJECT", ("USA",), ("USA",)) in asserted(doc)


def test_a_private_person_quoted_in_such_a_story_is_left_out(make_doc) -> None:
    text = _DOMESTIC + "Un commerçant de Chicago, Tom Smith, a refusé de payer."
    names = {"démocrates": "USA", "Maison Blanche": "USA", "Congrès américain": "USA", "républicains": "USA",
             "Washington": "USA", "Sénat américain": "USA", "Canada": "CAN", "Tom Smith": "USA"}
    doc = coded(make_doc(text), names, persons=("Tom Smith",))
    assert "REJECT" not in types(doc)


def test_a_sentence_with_no_verb_tells_the_act_of_its_participle(make_doc) -> None:
    doc = coded(make_doc("Des propos toutefois démentis sur BFMTV par l'Elysée."), {"Elysée": "FRA"})
    assert "REJECT" in types(doc)
