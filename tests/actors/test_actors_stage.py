"""The actors stage over parsed sentences: mentions, codes, roles, coreference."""

from __future__ import annotations

from mentionfinding import find


def test_layer_and_provenance(make_doc, stage) -> None:
    doc = stage(make_doc("La Russie et les Etats-Unis ont discuté lundi."))
    assert "actors.kb.v17" in doc.provenance
    assert [m.actor.code for m in doc.mentions] == ["RUS", "USA"]
    assert all(m.stage == "actors.kb.v17" for m in doc.mentions)


def test_spans_align_with_tokens(make_doc, stage) -> None:
    text = ("Le secrétaire général de l'Otan Jens Stoltenberg a rencontré à Bruxelles les "
            "ministres britannique et français. Des manifestants ont défilé.")
    doc = stage(make_doc(text))
    assert doc.mentions
    starts = [m.span.start for m in doc.mentions]
    assert starts == sorted(starts)
    for m in doc.mentions:
        assert text[m.span.start:m.span.end] == m.span.text
        assert doc.parse.char_span(m.span.start, m.span.end) is not None


def test_names_capitals_and_demonyms(actors) -> None:
    ms = actors("Moscou a répondu à Washington. Les Russes accusent le Kremlin et "
                "la Maison Blanche de bloquer les discussions avec l'Ukraine.")
    assert find(ms, "Moscou").actor.code == "RUS"
    assert find(ms, "Washington").actor.code == "USA"
    assert find(ms, "Russes").actor.code == "RUS"
    assert find(ms, "Kremlin").actor.code == "RUS"
    assert find(ms, "Maison Blanche").actor.code == "USA"
    assert find(ms, "Ukraine").actor.code == "UKR"
    # Moscou, les Russes and le Kremlin are one entity: the Russian state.
    assert find(ms, "Moscou").entity == find(ms, "Russes").entity


def test_capital_after_a_is_a_place(actors) -> None:
    ms = actors("Les négociateurs se sont retrouvés à Moscou mardi.")
    assert all(m.span.text != "Moscou" for m in ms)


def test_organisations_and_groups(actors) -> None:
    ms = actors("L'Otan et l'UE ont condamné l'attaque revendiquée par l'Etat islamique, "
                "selon Amnesty International et la Cédéao.")
    codes = {m.span.text: m.actor.code for m in ms}
    assert codes["Otan"] == "NATO" and codes["UE"] == "EU"
    assert codes["Etat islamique"] == "ISM"
    assert codes["Amnesty International"] == "NGO"
    assert codes["Cédéao"] == "IGO"


def test_a_jihadist_attack_names_its_movement(actors) -> None:
    ms = actors("L'attaque jihadiste a fait dix morts au Mali.")
    assert find(ms, "jihadiste").actor.code == "ISM"


def test_role_apposition_before_name(actors) -> None:
    ms = actors("Le vice-ministre russe des Affaires étrangères Sergueï Riabkov a parlé lundi.")
    m = find(ms, "Sergueï Riabkov")
    assert m.actor.kind == "person" and m.actor.code == "RUS"
    assert m.actor.name == "Sergueï Riabkov"
    assert m.actor.role == "vice-ministre des Affaires étrangères"


def test_role_of_organisation(actors) -> None:
    ms = actors("Le secrétaire général de l'Otan Jens Stoltenberg a appelé au dialogue.")
    m = find(ms, "Jens Stoltenberg")
    assert m.actor.code == "NATO" and m.actor.kind == "person"
    assert len([x for x in ms if x.actor.code == "NATO"]) == 1  # l'Otan is part of the person


def test_role_after_name(actors) -> None:
    ms = actors("Selon Ian Kelly, porte-parole du département d'Etat, la réunion est prévue.")
    m = find(ms, "Ian Kelly")
    assert m.actor.code == "USA" and m.actor.name == "Ian Kelly"


def test_role_without_name_takes_the_office_holder(actors) -> None:
    ms = actors("Le président turc a reçu son homologue.", "2021-03-01")
    m = find(ms, "président turc")
    assert m.actor.code == "TUR" and m.actor.name == "Recep Tayyip Erdogan"


def test_known_people_alone_and_dates(actors) -> None:
    ms = actors("Poutine a téléphoné à Macron.", "2020-05-05")
    assert find(ms, "Poutine").actor.code == "RUS"
    assert find(ms, "Poutine").actor.name == "Vladimir Poutine"
    assert find(ms, "Macron").actor.code == "FRA"
    ms = actors("Medvedev a reçu le ministre.", "2010-05-05")
    assert find(ms, "Medvedev").actor.role == "président"


def test_coreference_mme_and_la_diplomate(actors) -> None:
    ms = actors("La numéro 2 du département d'Etat, Wendy Sherman, a rencontré Sergueï Riabkov. "
                "Mme Sherman a jugé la rencontre utile. La diplomate a ensuite quitté Genève.")
    sherman = find(ms, "Wendy Sherman")
    mme = find(ms, "Mme Sherman")
    dip = find(ms, "diplomate")
    assert sherman.actor.code == "USA"
    assert mme.entity == sherman.entity == dip.entity
    assert mme.actor.name == "Wendy Sherman" and dip.actor.name == "Wendy Sherman"
    assert find(ms, "Sergueï Riabkov").entity != sherman.entity


def test_coreference_m_surname(actors) -> None:
    ms = actors("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé. "
                "M. Lavrov a refusé de commenter.")
    assert find(ms, "M. Lavrov").entity == find(ms, "Sergueï Lavrov").entity


def test_coreference_subject_pronoun(actors) -> None:
    ms = actors("Antony Blinken a rencontré les journalistes lundi. Il a rejeté toute concession.")
    il = [m for m in ms if m.span.text == "Il"]
    assert il and il[0].entity == find(ms, "Antony Blinken").entity
    assert il[0].actor.code == "USA"


def test_pronoun_with_wrong_gender_is_left(actors) -> None:
    ms = actors("Antony Blinken a rencontré les journalistes lundi. Elle a rejeté toute concession.")
    assert all(m.span.text != "Elle" for m in ms)


def test_domestic_nouns_with_adjective(actors) -> None:
    ms = actors("L'armée russe a bombardé la ville. La police ukrainienne a arrêté des suspects.")
    army = find(ms, "armée russe")
    police = find(ms, "police ukrainienne")
    assert (army.actor.code, army.actor.sector) == ("RUS", "MIL")
    assert (police.actor.code, police.actor.sector) == ("UKR", "COP")


def test_domestic_noun_with_complement(actors) -> None:
    ms = actors("Le gouvernement de Kiev a rejeté l'offre.")
    m = find(ms, "gouvernement")
    assert (m.actor.code, m.actor.sector) == ("UKR", "GOV")


def test_domestic_nouns_take_the_main_country(actors) -> None:
    ms = actors("Des milliers de manifestants ont défilé vendredi à Alger contre le pouvoir. "
                "La police a arrêté des dizaines de personnes en Algérie.")
    protesters = find(ms, "manifestants")
    police = find(ms, "police")
    assert (protesters.actor.code, protesters.actor.sector) == ("DZA", "CVL")
    assert (police.actor.code, police.actor.sector) == ("DZA", "COP")


def test_unknown_actors_are_kept(actors) -> None:
    ms = actors("Jean Dupontel, un chercheur, a écrit au groupe Zorbatex Industries.")
    person = find(ms, "Jean Dupontel")
    assert person.actor.kind == "person" and person.actor.name == "Jean Dupontel"
    assert person.actor.code is None


def test_compound_adjective_gives_both_states(actors) -> None:
    ms = actors("Le sommet franco-allemand s'est ouvert.")
    codes = sorted(m.actor.code for m in ms if m.span.text == "franco-allemand")
    assert codes == ["DEU", "FRA"]


def test_chefs_d_etat_is_not_a_state_mention(actors) -> None:
    ms = actors("Les chefs d'Etat russe et américain se retrouveront en juillet.")
    assert all(m.span.text != "Etat russe" for m in ms)


def test_westerners_stand_for_usa_eu_nato(actors) -> None:
    ms = actors("Les Occidentaux accusent la Russie de préparer une offensive.")
    codes = sorted(m.actor.code for m in ms if m.span.text == "Occidentaux")
    assert codes == ["EU", "NATO", "USA"]


def test_brussels_is_the_eu_only_in_eu_stories(actors) -> None:
    with_eu = actors("L'UE prépare des sanctions. Bruxelles a prévenu Moscou.")
    assert find(with_eu, "Bruxelles").actor.code == "EU"
    without = actors("Bruxelles a accueilli un festival de musique samedi.")
    assert all(m.span.text != "Bruxelles" for m in without)


def test_alliance_after_nato(actors) -> None:
    ms = actors("L'Otan tient un sommet. L'Alliance a promis son soutien à Kiev.")
    assert find(ms, "Alliance").actor.code == "NATO"
    assert find(ms, "Alliance").entity == find(ms, "Otan").entity


def test_news_agencies_are_media_without_state_code(actors) -> None:
    ms = actors("La police a tiré, selon un photographe de l'AFP.")
    afp = find(ms, "AFP")
    assert afp.actor.code is None and afp.actor.sector == "MED" and afp.actor.country is None


def test_phrases_that_are_not_actors(actors) -> None:
    ms = actors("Des renforts arrivent d'Amérique latine après le coup d'Etat au Mali.")
    assert all(m.actor.code != "USA" for m in ms)
    assert find(ms, "Mali").actor.code == "MLI"


def test_pronoun_takes_the_previous_subject(actors) -> None:
    ms = actors("La police algérienne a bloqué le cortège. Elle a fait usage de gaz lacrymogène.")
    elle = [m for m in ms if m.span.text == "Elle"]
    assert elle and elle[0].actor.code == "DZA"
    assert elle[0].entity == find(ms, "police algérienne").entity


def test_plural_pronoun(actors) -> None:
    ms = actors("Les Américains n'ont fait aucune concession. Ils ont toutefois formulé des "
                "propositions.")
    ils = [m for m in ms if m.span.text == "Ils"]
    assert ils and ils[0].actor.code == "USA"


def test_head_of_state_anaphora_prefers_the_named_one(actors) -> None:
    ms = actors("Emmanuel Macron a reçu des journalistes. Les Etats-Unis ont réagi. "
                "Le chef de l'Etat a jugé la situation grave.", "2019-11-07")
    chef = find(ms, "chef de l'Etat")
    assert chef.actor.name == "Emmanuel Macron" and chef.actor.code == "FRA"
    assert chef.entity == find(ms, "Emmanuel Macron").entity


def test_role_with_local_complement_is_not_the_head_of_state(actors) -> None:
    ms = actors("Des manifestants ont bloqué Minsk. Le Bélarus est en crise. "
                "Le président du comité de grève a été arrêté.", "2020-08-27")
    m = find(ms, "président du comité de grève")
    assert m.actor.code == "BLR"
    assert "Loukachenko" not in m.actor.name


def test_person_with_role_but_no_code_takes_the_main_country(actors) -> None:
    ms = actors("Au Liban, la crise s'aggrave. Le Premier ministre Hassan Diab a appelé au calme.")
    m = find(ms, "Hassan Diab")
    assert m.actor.code == "LBN" and m.actor.role == "Premier ministre"


def test_dative_capital_is_an_actor(actors) -> None:
    ms = actors("Moscou a répondu à Washington par une note.")
    assert find(ms, "Washington").actor.code == "USA"


def test_capital_addressed_by_a_present_left_unlemmatised_is_an_actor(actors) -> None:
    ms = actors("Le Kremlin reproche à Kiev de ne pas appliquer les accords.")
    assert find(ms, "Kiev").actor.code == "UKR"
    assert not [m for m in actors("Le ministre se promène à Kiev.") if m.span.text == "Kiev"]


def test_capital_addressed_by_a_noun_is_an_actor(actors) -> None:
    ms = actors("Berlin a fixé un ultimatum à Moscou.")
    assert find(ms, "Moscou").actor.code == "RUS"
    assert not [m for m in actors("Des milliers de personnes ont manifesté à Moscou.") if m.span.text == "Moscou"]


def test_adjective_alone_is_not_a_domestic_noun(actors) -> None:
    ms = actors("Des laboratoires militaires russes ont été fermés.")
    assert all(m.actor.sector != "MIL" for m in ms)


def test_title_of_one_state(actors) -> None:
    ms = actors("En Turquie, la tension monte. Le ministre des Armées Jean Dupré a répondu à Ankara.")
    m = find(ms, "Jean Dupré")
    assert m.actor.code == "FRA" and m.actor.kind == "person"


def test_cities_tagged_as_persons_are_not_people(actors) -> None:
    ms = actors("Des milliers de personnes ont manifesté à Wellington, en Nouvelle-Zélande.")
    assert all(m.span.text != "Wellington" for m in ms)


def test_web_boilerplate_is_not_an_actor(actors) -> None:
    ms = actors("Le CAC 40 a reculé. Consultez les CGU du site.")
    assert all(m.span.text not in ("CAC", "CGU", "CAC 40") for m in ms)


def test_person_sent_by_a_state(actors) -> None:
    ms = actors("La Russie est représentée par son vice-ministre. La France a dépêché à Bruxelles "
                "Pierre Durandet, numéro deux du ministère des Affaires étrangères.")
    assert find(ms, "Pierre Durandet").actor.code == "FRA"


def test_bare_domestic_noun_follows_the_last_explicit_one(actors) -> None:
    ms = actors("L'aviation israélienne a frappé Gaza. Gaza est sous blocus et Gaza souffre. "
                "L'armée a indiqué avoir visé des positions.")
    army = [m for m in ms if m.span.text == "armée"]
    assert army and army[0].actor.code == "ISR"


def test_first_name_gives_gender_for_pronouns(actors) -> None:
    ms = actors("Le groupe emmené par George Busby a rejoint la mission. Elle partira lundi.")
    assert all(m.span.text != "Elle" or m.actor.name != "George Busby" for m in ms)
    ms = actors("Catherine Durandal a rejoint la mission. Elle partira lundi.")
    elle = [m for m in ms if m.span.text == "Elle"]
    assert elle and elle[0].actor.name == "Catherine Durandal"


def test_same_surname_other_person(actors) -> None:
    ms = actors("Jill Biden a visité une école.", "2022-01-12")
    m = find(ms, "Jill Biden")
    assert m.actor.name == "Jill Biden"


def test_chef_d_accusation_is_not_a_person(actors) -> None:
    ms = actors("Il a été acquitté du chef d'accusation d'espionnage aux Etats-Unis.")
    assert all(m.actor.kind != "person" or "accusation" not in m.span.text for m in ms)


def test_role_with_nationality_joins_the_person_introduced(actors) -> None:
    ms = actors("Vladimir Poutine a reçu son homologue. Le président russe a ensuite parlé.", None)
    assert find(ms, "président russe").entity == find(ms, "Vladimir Poutine").entity
    assert find(ms, "président russe").actor.name == "Vladimir Poutine"


def test_alias_words_keep_their_capitals(actors) -> None:
    ms = actors("Le maire de Paris a inauguré la place.", "2020-01-12")
    assert all("Le Maire" not in m.actor.name for m in ms)
    ms = actors("Bruno Le Maire a présenté le budget. M. Le Maire a ensuite parlé.", "2020-01-12")
    assert find(ms, "M. Le Maire").actor.name == "Bruno Le Maire"


def test_nationality_before_a_name(actors) -> None:
    ms = actors("En Italie, le Tunisien Karim Bensaïd a été abattu par la police italienne.")
    m = find(ms, "Karim Bensaïd")
    assert m.actor.code == "TUN" and m.actor.kind == "person"
    assert m.span.text.startswith("Tunisien")


def test_family_name_first(actors) -> None:
    ms = actors("Kim Jong Un a supervisé un tir de missile. M. Kim a salué un succès.")
    assert find(ms, "M. Kim").entity == find(ms, "Kim Jong Un").entity
    assert find(ms, "M. Kim").actor.code == "PRK"


def test_the_west(actors) -> None:
    ms = actors("Moscou accuse l'Occident de menacer sa sécurité.")
    assert sorted(m.actor.code for m in ms if m.span.text == "Occident") == ["EU", "NATO", "USA"]


def test_a_role_opening_the_next_clause_is_no_apposition(make_doc, stage) -> None:
    # "avec Vladimir Poutine, le président français a demandé": the president is the subject of
    # the main clause, not a title of Poutine
    doc = stage(make_doc("Lors d'une rencontre à Moscou avec Vladimir Poutine, le président français a "
                         "demandé la libération de l'opposant.", date="2022-01-12"))
    assert find(list(doc.mentions), "Vladimir Poutine").actor.code == "RUS"
    assert find(list(doc.mentions), "président français").actor.code == "FRA"
    doc = stage(make_doc("Ian Kelly, porte-parole du département d'Etat, a déclaré que la Russie mentait."))
    assert find(list(doc.mentions), "Ian Kelly").actor.code == "USA"


def test_judges_of_an_international_court(actors) -> None:
    found = actors("La Cour pénale internationale juge un ancien chef de milice congolais. "
                   "Les juges ont refusé sa libération et la Cour a fixé la date du procès.")
    codes = {m.span.text: m.actor.code for m in found}
    assert codes.get("juges") == "ICC"
    assert codes.get("Cour") == "ICC"
    found = actors("La CPI juge un ancien chef de milice. Washington a sanctionné des membres de la juridiction.")
    assert [m.actor.code for m in found if m.span.text == "juridiction"] == ["ICC"]


def test_bare_court_is_no_organisation_without_it(actors) -> None:
    found = actors("A Lima, la Cour a rejeté le recours de l'ancien président péruvien.")
    assert all(m.actor.code != "ICC" for m in found)


def test_party_adjective_on_an_act(actors) -> None:
    found = actors("À Washington, le président américain a dénoncé les manœuvres démocrates au Congrès.")
    assert [m.actor.code for m in found if m.span.text == "démocrates"] == ["USA"]


def test_party_adjective_on_an_idea_is_no_actor(actors) -> None:
    found = actors("Le ministre français a défendu les principes républicains à Paris.")
    assert not [m for m in found if m.span.text == "républicains"]


def test_unknown_person_in_a_story_naming_no_state_takes_the_known_persons_state(actors) -> None:
    m = find(actors("Nicolas Sarkozy devrait rencontrer Laurent Wauquiez le 5 juin prochain."), "Laurent Wauquiez")
    assert (m.actor.code, m.explicit) == ("FRA", False)
    # a state the story names outweighs a known person
    m = find(actors("Au Mali, Nicolas Sarkozy a rencontré Amadou Traoré, puis il a quitté le Mali."), "Amadou Traoré")
    assert m.actor.code == "MLI"



def test_head_of_a_party_is_not_the_head_of_state(actors) -> None:
    ms = actors("La présidente du Rassemblement national a dénoncé la réforme. Le président turc a répondu.",
                date="2020-06-10")
    party = find(ms, "présidente du Rassemblement national")
    assert party.actor.code == "FRA" and party.actor.name != "Emmanuel Macron"
    assert find(ms, "président turc").actor.name == "Recep Tayyip Erdogan"


def test_a_namesake_is_not_the_known_person(actors) -> None:
    ms = actors("Elisabeth Moreno a été nommée ministre à Paris. Mme Moreno a promis des mesures. "
                "Lenín Moreno a quitté Quito.", date="2020-07-19")
    assert find(ms, "Elisabeth Moreno").actor.name == "Elisabeth Moreno"
    assert find(ms, "Mme Moreno").actor.name != "Lenín Moreno"
    assert find(ms, "Lenín Moreno").actor.code == "ECU"


def test_a_role_ending_a_fronted_phrase_is_not_the_subjects(actors) -> None:
    ms = actors("Dans un entretien avec son homologue allemand, Emmanuel Macron a évoqué la Libye.",
                date="2020-08-26")
    assert find(ms, "Emmanuel Macron").actor.code == "FRA"
    assert find(ms, "homologue allemand").actor.code == "DEU"
    apposed = actors("Le chef de la diplomatie russe, Sergueï Lavrov, a dénoncé les sanctions.", date="2020-08-26")
    assert find(apposed, "Sergueï Lavrov").actor.role is not None
