"""Events stage: lexicon, arguments from the parse, status, merging, date and place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from eventcoding import asserted, coded, span_of

from veille.errors import ConfigError
from veille.events import EventsStage, load_lexicon, merge
from veille.events.lexicon import parse_triggers
from veille.model import PLOVER_TYPES, Actor, Document, Event, Mention, Place, Span, Timex


def test_lexicon_covers_all_types() -> None:
    lex = load_lexicon()
    assert lex.types == set(PLOVER_TYPES)
    assert any(t.type == "ACCUSE" for t in lex.lookup("condamner"))
    assert lex.lookup("dément")[0].type == "REJECT"  # alternate surface forms are indexed
    assert lex.is_a("support", "procéder")


def test_bad_lexicon_row_is_an_error() -> None:
    with pytest.raises(ConfigError):
        parse_triggers([(3, ["rencontrer", "VERB", "MEET", "-", "-", "-", "x"])])


def test_subject_and_object(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine mardi."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert asserted(doc) == [("ACCUSE", ("RUS",), ("UKR",))]
    assert doc.events[0].trigger.text == "condamné"
    assert doc.events[0].stage == "events.rules.v52"


def test_coordinated_subjects_and_avec(make_doc) -> None:
    doc = coded(make_doc("La France et l'Allemagne ont discuté avec la Chine."),
                {"France": "FRA", "Allemagne": "DEU", "Chine": "CHN"})
    (event,) = doc.events
    assert event.type == "CONSULT"
    assert set(event.source) == {"FRA", "DEU"} and event.target == ("CHN",)


def test_contre_target(make_doc) -> None:
    doc = coded(make_doc("Le Hamas a tiré des roquettes contre Israël."), {"Hamas": "PSE", "Israël": "ISR"})
    assert ("ASSAULT", ("PSE",), ("ISR",)) in asserted(doc)


def test_passive_agent(make_doc) -> None:
    doc = coded(make_doc("L'ambassadeur turc a été convoqué par la France."),
                {"turc": "TUR", "France": "FRA"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("TUR",))]


def test_passive_arrest_without_agent_is_by_the_state(make_doc) -> None:
    doc = coded(make_doc("A Minsk, des manifestants bélarusses ont été interpellés mercredi."),
                {"bélarusses": "BLR"}, places={"Minsk": "BLR"})
    assert asserted(doc) == [("COERCE", ("BLR",), ("BLR",))]


def test_passive_arrest_nowhere_stated_has_no_state(make_doc) -> None:
    # the arresting state is where the arrest happened; a text that does not say leaves it unknown (the
    # arrest is still told), it does not take the state of the ones arrested
    doc = coded(make_doc("Des manifestants bélarusses ont été interpellés mercredi."), {"bélarusses": "BLR"})
    assert asserted(doc) == [("COERCE", (), ("BLR",))]


def test_nominal_trigger_with_support_verb(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne a procédé à des arrestations."), {"tunisienne": "TUN"})
    assert asserted(doc) == [("COERCE", ("TUN",), ("TUN",))]


def test_bare_noun_phrase_is_background(make_doc) -> None:
    doc = coded(make_doc("Après des exercices militaires russes, l'Ukraine a protesté."),
                {"russes": "RUS", "Ukraine": "UKR"})
    assert all(e.type != "MOBILIZE" for e in doc.events)


def test_conditional_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("La Russie pourrait attaquer l'Ukraine."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert [e.status for e in doc.events if e.type == "ASSAULT"] == ["hypothetical"]


def test_negation(make_doc) -> None:
    doc = coded(make_doc("La Chine n'a pas condamné la Russie."), {"Chine": "CHN", "Russie": "RUS"})
    assert [(e.type, e.status) for e in doc.events] == [("ACCUSE", "negated")]


def test_journalistic_conditional_is_asserted(make_doc) -> None:
    doc = coded(make_doc("Des manifestants iraniens auraient été arrêtés par la police à Téhéran."),
                {"iraniens": "IRN"}, places={"Téhéran": "IRN"})
    assert [(e.type, e.status) for e in doc.events] == [("COERCE", "asserted")]


def test_refusal_to_negotiate_is_reject(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ne négocieront pas avec la Russie."), {"Etats-Unis": "USA", "Russie": "RUS"})
    assert asserted(doc) == [("REJECT", ("USA",), ("RUS",))]


def test_planned_meeting_is_agree(make_doc) -> None:
    doc = coded(make_doc("Les Russes et les Américains se sont vus lundi. "
                         "Les deux délégations doivent se retrouver mardi."),
                {"Russes": "RUS", "Américains": "USA"})
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 1 and set(agree[0].source) == {"RUS", "USA"}
    assert agree[0].status == "asserted"


def test_repeated_mentions_merge(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine. Moscou a vivement condamné l'Ukraine."),
                {"Russie": "RUS", "Moscou": "RUS", "Ukraine": "UKR"})
    assert asserted(doc) == [("ACCUSE", ("RUS",), ("UKR",))]
    assert doc.events[0].evidence.text.startswith("La Russie")


def test_date_and_place_from_the_clause(make_doc) -> None:
    doc = coded(make_doc("La Russie et les Etats-Unis ont discuté lundi à Genève."),
                {"Russie": "RUS", "Etats-Unis": "USA"}, timexes={"lundi": "2022-01-10"},
                places={"Genève": "CHE"})
    (event,) = doc.events
    assert event.date == "2022-01-10" and event.date_precision == "day" and event.date_stated is True
    assert event.place is not None and event.place.name == "Genève" and event.place.country == "CHE"


def test_days_news_takes_publication_date(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine.", date="2022-01-12"), {"Russie": "RUS", "Ukraine": "UKR"})
    assert doc.events[0].date == "2022-01-12" and doc.events[0].place is None
    assert doc.events[0].date_stated is False  # the publication's, not the text's


def test_no_actor_no_event(make_doc) -> None:
    doc = coded(make_doc("Quelqu'un a condamné cette idée."), {})
    assert doc.events == ()


def test_planned_meeting_is_dated_when_announced(make_doc) -> None:
    doc = coded(make_doc("De nouvelles discussions sont prévues jeudi dans le cadre de l'OSCE.", date="2022-01-12"),
                {"OSCE": "OSCE"}, timexes={"jeudi": "2022-01-13"})
    assert [(e.type, e.status, e.date) for e in doc.events] == [("AGREE", "asserted", "2022-01-12")]


def test_gathering_of_protesters_is_a_protest(make_doc) -> None:
    doc = coded(make_doc("A Minsk, un millier de protestataires bélarusses se sont réunis dimanche."),
                {"bélarusses": "BLR"})
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_consequence_of_a_hypothesis_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Si la France refuse, le Liban demandera de l'aide à la Chine."),
                {"France": "FRA", "Liban": "LBN", "Chine": "CHN"})
    assert all(e.status != "asserted" for e in doc.events if e.type == "REQUEST")


def test_reader_addressed_imperative_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Retrouvez les dirigeants russes sur notre site."), {"russes": "RUS"})
    assert doc.events == ()


def test_statement_with_no_identifiable_target_is_no_event(make_doc) -> None:
    # no guess from the article's other party: a demand addressed to no one named is not coded
    doc = coded(make_doc("La Russie discute avec l'Ukraine. Le Kremlin a exigé des explications."),
                {"Russie": "RUS", "Ukraine": "UKR", "Kremlin": "RUS"})
    assert all(e.type != "REQUEST" for e in doc.events)


def test_object_pronoun_takes_the_other_actor(make_doc) -> None:
    doc = coded(make_doc("La Grèce a rencontré la Turquie. Le président grec l'a accusée de provocation."),
                {"Grèce": "GRC", "Turquie": "TUR", "grec": "GRC"})
    assert ("ACCUSE", ("GRC",), ("TUR",)) in asserted(doc)


def test_meeting_named_in_a_frame_took_place(make_doc) -> None:
    doc = coded(make_doc("Lors d'un entretien téléphonique avec le président italien, le président russe a "
                         "dénoncé les sanctions."), {"italien": "ITA", "russe": "RUS"})
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert [(e.source, e.target, e.mode, e.status) for e in consult] == [(("RUS",), ("ITA",), "phone", "asserted")]


def test_visit_in_a_frame_targets_the_host(make_doc) -> None:
    doc = coded(make_doc("En visite au Japon, le Premier ministre indien a signé un accord."),
                {"indien": "IND"}, places={"Japon": "JPN"})
    assert ("CONSULT", ("IND",), ("JPN",)) in asserted(doc)


def test_press_conference_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Lors d'une conférence de presse, le ministre allemand a salué la France."),
                {"allemand": "DEU", "France": "FRA"})
    assert all(e.type != "CONSULT" for e in doc.events)
    assert ("SUPPORT", ("DEU",), ("FRA",)) in asserted(doc)


def test_evaluation_is_the_holders_accusation(make_doc) -> None:
    doc = coded(make_doc("Le ministre grec a estimé que le gouvernement turc avait des comportements inadmissibles."),
                {"grec": "GRC", "turc": "TUR"})
    assert ("ACCUSE", ("GRC",), ("TUR",)) in asserted(doc)


def test_evaluation_with_selon_holder(make_doc) -> None:
    doc = coded(make_doc("Pour l'Union européenne, les demandes russes sont inacceptables."),
                {"Union européenne": "EU", "russes": "RUS"})
    assert asserted(doc) == [("REJECT", ("EU",), ("RUS",))]


def test_evaluation_without_judged_actor_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Selon le Japon, ce décès est honteux."), {"Japon": "JPN"})
    assert asserted(doc) == []


def test_warning_cue_complement_is_the_target(make_doc) -> None:
    doc = coded(make_doc("Le Hamas a mis en garde Israël contre son projet d'annexion de la Cisjordanie."),
                {"Hamas": "PSE", "Israël": "ISR", "Cisjordanie": "PSE"})
    assert ("THREATEN", ("PSE",), ("ISR",)) in asserted(doc)


def test_warning_that_reports_a_refusal_is_no_threat(make_doc) -> None:
    doc = coded(make_doc("La diplomate a prévenu que les Etats-Unis ne discuteraient pas avec la Russie."),
                {"Etats-Unis": "USA", "Russie": "RUS"})
    types = [e.type for e in doc.events if e.status == "asserted"]
    assert "THREATEN" not in types and "REJECT" in types


def test_heading_run_into_the_sentence_is_not_its_subject(make_doc) -> None:
    doc = coded(make_doc("TROUPES\n\nLa Russie a massé des soldats à sa frontière avec l'Ukraine."),
                {"Russie": "RUS", "Ukraine": "UKR"})
    assert ("MOBILIZE", ("RUS",), ("UKR",)) in asserted(doc)


def test_owner_of_a_building_is_not_the_place(make_doc) -> None:
    doc = coded(make_doc("La Russie a discuté lundi avec l'Ukraine à l'ambassade de France à Genève."),
                {"Russie": "RUS", "Ukraine": "UKR", "France": "FRA"}, timexes={"lundi": "2022-01-10"},
                places={"France": "FRA", "Genève": "CHE"})
    (event,) = [e for e in doc.events if e.type == "CONSULT"]
    assert event.place is not None and event.place.name == "Genève"


def _consult(source: tuple[str, ...], start: int, place: str) -> Event:
    span = Span(start, start + 5, "x" * 5)
    return Event("CONSULT", source, (), span, span, date="2022-01-10", place=Place(span, place, "CHE"))


def test_partial_mention_of_a_meeting_merges() -> None:
    # the same day, the same place, a subset of the parties: one meeting
    merged = merge([_consult(("RUS", "USA"), 0, "Genève"), _consult(("USA",), 50, "Genève")])
    assert [e.source for e in merged] == [("RUS", "USA")]
    apart = merge([_consult(("RUS", "USA"), 0, "Genève"), _consult(("USA",), 50, "Vienne")])
    assert len(apart) == 2


def test_uncoded_person_targeted_where_it_happens_is_domestic(make_doc) -> None:
    doc = coded(make_doc("A Minsk, la justice bélarusse a ouvert des poursuites contre Pavel Latouchko."),
                {"bélarusse": "BLR"}, places={"Minsk": "BLR"})
    assert ("ACCUSE", ("BLR",), ("BLR",)) in asserted(doc)


def test_apology_is_a_concession(make_doc) -> None:
    doc = coded(make_doc("Le dirigeant japonais a présenté des excuses à la Corée."), {"japonais": "JPN", "Corée": "KOR"})
    assert ("CONCEDE", ("JPN",), ("KOR",)) in asserted(doc)


def test_deploying_efforts_is_no_mobilisation(make_doc) -> None:
    doc = coded(make_doc("Les Chinois déploient des trésors d'ingéniosité."), {"Chinois": "CHN"})
    assert all(e.type != "MOBILIZE" for e in doc.events)
    doc = coded(make_doc("La Chine a déployé des navires face à Taïwan."), {"Chine": "CHN", "Taïwan": "TWN"})
    assert ("MOBILIZE", ("CHN",), ("TWN",)) in asserted(doc)


def test_things_that_block_do_not_protest(make_doc) -> None:
    doc = coded(make_doc("A Lyon, la crise sanitaire a bloqué la production."), {}, places={"Lyon": "FRA"})
    assert all(e.type != "PROTEST" for e in doc.events)


def test_stopping_a_trial_is_no_arrest(make_doc) -> None:
    doc = coded(make_doc("A Genève, l'OMS a décidé d'arrêter les essais cliniques."), {"OMS": "WHO"},
                places={"Genève": "CHE"})
    assert all(e.type != "COERCE" for e in doc.events)


def test_coordinated_passive_arrest(make_doc) -> None:
    doc = coded(make_doc("A Pékin, des parents d'élèves ont été frappés puis arrêtés lundi."), {},
                places={"Pékin": "CHN"})
    assert ("COERCE", ("CHN",), ("CHN",)) in asserted(doc)


def test_promise_to_no_one_named_has_no_target(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement français a promis de poursuivre ses efforts."), {"français": "FRA"})
    assert asserted(doc) == [("AGREE", ("FRA",), ())]


def test_assurance_to_someone_is_agree(make_doc) -> None:
    doc = coded(make_doc("Le président américain a assuré à la Russie qu'il n'installerait pas de missiles."),
                {"américain": "USA", "Russie": "RUS"})
    assert ("AGREE", ("USA",), ("RUS",)) in asserted(doc)


def test_what_is_intended_is_not_done(make_doc) -> None:
    doc = coded(make_doc("La Russie a l'intention de lancer une offensive contre l'Ukraine."),
                {"Russie": "RUS", "Ukraine": "UKR"})
    assert all(e.status != "asserted" for e in doc.events if e.type == "ASSAULT")


def test_demands_name_their_target_inside(make_doc) -> None:
    doc = coded(make_doc("La Russie a présenté des exigences parmi lesquelles figure le retrait de l'Otan."),
                {"Russie": "RUS", "Otan": "NATO"})
    assert ("REQUEST", ("RUS",), ("NATO",)) in asserted(doc)


def test_two_statements_of_one_type_stay_apart(make_doc) -> None:
    doc = coded(make_doc("La France a déploré l'attitude de la Russie. Paris accuse la Russie de mentir."),
                {"France": "FRA", "Paris": "FRA", "Russie": "RUS"})
    assert [e.type for e in doc.events if e.status == "asserted"].count("ACCUSE") == 2


def test_arrest_and_chase_are_two_acts(make_doc) -> None:
    doc = coded(make_doc("A Minsk, la police a pourchassé des manifestants. La police a arrêté des manifestants."),
                {}, places={"Minsk": "BLR"})
    assert sorted(e.mode or "" for e in doc.events if e.type == "COERCE") == ["arrest", "restrict"]


def test_interview_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Dans un entretien au journal Le Monde, le président français a critiqué la Chine."),
                {"français": "FRA", "Chine": "CHN"})
    assert all(e.type != "CONSULT" for e in doc.events)


def test_receiving_a_thing_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le Botswana a reçu des dons."), {"Botswana": "BWA"})
    assert all(e.type != "CONSULT" for e in doc.events)


def test_attack_hits_the_country_where_it_happens(make_doc) -> None:
    doc = coded(make_doc("Le groupe Etat islamique a attaqué un mariage à Kaboul."), {"Etat islamique": "ISM"},
                places={"Kaboul": "AFG"})
    assert ("ASSAULT", ("ISM",), ("AFG",)) in asserted(doc)


def test_decree_in_the_passive_is_by_the_state(make_doc) -> None:
    doc = coded(make_doc("L'état d'urgence a été décrété au Pérou."), {}, places={"Pérou": "PER"})
    assert ("COERCE", ("PER",), ("PER",)) in asserted(doc)


def test_denunciation_saying_what_a_protest_is_about(make_doc) -> None:
    doc = coded(make_doc("A Madrid, des milliers de personnes se sont rassemblées, dénonçant la mort de George Floyd."),
                {}, places={"Madrid": "ESP"})
    assert [e.type for e in doc.events if e.status == "asserted"] == ["PROTEST"]


def test_willingness_to_talk_is_agree(make_doc) -> None:
    doc = coded(make_doc("La Chine a l'intention de négocier avec l'Inde."), {"Chine": "CHN", "Inde": "IND"})
    assert ("AGREE", ("CHN",), ("IND",)) in asserted(doc)
    assert all(e.type != "CONSULT" or e.status != "asserted" for e in doc.events)


def test_meeting_noun_announced_as_planned_is_agree(make_doc) -> None:
    doc = coded(make_doc("Les résultats seront connus à l'issue du sommet prévu entre la Chine et l'Inde."),
                {"Chine": "CHN", "Inde": "IND"})
    assert [(e.type, set(e.source) | set(e.target)) for e in doc.events if e.status == "asserted"] == \
        [("AGREE", {"CHN", "IND"})]


def test_demands_of_protesters_named_before_are_their_protest(make_doc) -> None:
    doc = coded(make_doc("A Hong Kong, des manifestants ont défilé dimanche. Ils réclament la démission de la "
                         "dirigeante alliée de la Chine."), {"Chine": "CHN"}, places={"Hong Kong": "HKG"})
    assert all(e.type != "REQUEST" for e in doc.events)


def test_partner_of_a_framing_call_is_not_the_target(make_doc) -> None:
    doc = coded(make_doc("Dans un appel au président américain, le roi saoudien a condamné un crime abominable."),
                {"américain": "USA", "saoudien": "SAU"})
    assert ("ACCUSE", ("SAU",), ("USA",)) not in asserted(doc)


def test_allegiance_is_support(make_doc) -> None:
    doc = coded(make_doc("Le chef rebelle a fait allégeance au groupe Etat islamique."),
                {"rebelle": "SYR", "Etat islamique": "ISM"})
    assert ("SUPPORT", ("SYR",), ("ISM",)) in asserted(doc)


def test_not_taking_seriously_is_reject(make_doc) -> None:
    doc = coded(make_doc("La Russie ne prend pas au sérieux la position de l'Otan."), {"Russie": "RUS", "Otan": "NATO"})
    assert ("REJECT", ("RUS",), ("NATO",)) in asserted(doc)


def test_promise_of_reprisals_is_a_threat(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement libanais a promis des représailles contre Israël."),
                {"libanais": "LBN", "Israël": "ISR"})
    assert asserted(doc) == [("THREATEN", ("LBN",), ("ISR",))]


def test_story_place_is_not_given_to_background(make_doc) -> None:
    doc = coded(make_doc("A Minsk, la police a arrêté des manifestants lundi. En 2015, la police avait arrêté "
                         "des opposants.", date="2020-08-26"),
                {}, timexes={"lundi": "2020-08-24", "En 2015": "2015"}, places={"Minsk": "BLR"})
    by_date = {e.date: e.place.name if e.place else None for e in doc.events if e.type == "COERCE"}
    assert by_date.get("2020-08-24") == "Minsk"
    assert by_date.get("2015", "absent") in (None, "absent")


def test_one_state_planning_talks_alone_is_no_agreement(make_doc) -> None:
    doc = coded(make_doc("L'Allemagne va entamer des discussions sur de possibles sanctions."), {"Allemagne": "DEU"})
    assert all(e.type != "AGREE" for e in doc.events if e.status == "asserted")


def test_what_another_actor_must_do_is_a_demand(make_doc) -> None:
    doc = coded(make_doc("La Russie doit retirer ses troupes, a déclaré le ministre allemand."),
                {"Russie": "RUS", "allemand": "DEU"})
    assert ("REQUEST", ("DEU",), ("RUS",)) in asserted(doc)


def test_a_schedule_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("Les Russes et les Américains doivent se retrouver mardi, a précisé la diplomate américaine."),
                {"Russes": "RUS", "Américains": "USA", "américaine": "USA"})
    assert all(e.type != "REQUEST" for e in doc.events)


def test_lacking_support_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Les indigènes du Brésil n'ont pas de soutien du gouvernement brésilien."),
                {"Brésil": "BRA", "brésilien": "BRA"})
    assert all(e.type != "REJECT" for e in doc.events)


def test_trip_abroad_is_a_visit_to_the_host(make_doc) -> None:
    doc = coded(make_doc("Le président français s'est rendu lundi à Pékin."), {"français": "FRA"},
                places={"Pékin": "CHN"})
    assert ("CONSULT", ("FRA",), ("CHN",)) in asserted(doc)
    doc = coded(make_doc("Le président français s'est rendu compte de son erreur."), {"français": "FRA"})
    assert doc.events == ()


def test_phone_call_with_a_leader_is_consult(make_doc) -> None:
    doc = coded(make_doc("Lors d'un appel téléphonique avec le président turc, le chancelier allemand a salué "
                         "l'accord."), {"turc": "TUR", "allemand": "DEU"})
    assert [(e.type, e.mode) for e in doc.events if e.type == "CONSULT"] == [("CONSULT", "phone")]


def test_necessity_about_another_actor_is_a_demand(make_doc) -> None:
    doc = coded(make_doc("Il faut clarifier les objectifs de l'Otan, a affirmé le président français."),
                {"Otan": "NATO", "français": "FRA"})
    assert ("REQUEST", ("FRA",), ("NATO",)) in asserted(doc)


def test_bringing_a_case_is_no_seizure(make_doc) -> None:
    doc = coded(make_doc("A Paris, deux associations ont saisi la justice."), {}, places={"Paris": "FRA"})
    assert all(e.type != "COERCE" for e in doc.events)


def test_meeting_someone_uncoded_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le chanteur américain avait rencontré son ami en 1957."), {"américain": "USA"})
    assert all(e.type != "CONSULT" for e in doc.events)


def test_clock_time_dates_the_event_by_its_day(make_doc) -> None:
    doc = make_doc("Vendredi soir, la Russie a condamné l'Ukraine.", date="2022-01-15")
    text = doc.text
    tx = (Timex(span_of(text, "Vendredi soir"), "2022-01-14TEV", kind="TIME", precision="day"),)
    mentions = tuple(Mention(span_of(text, w), Actor(code=c, name=w), entity=n)
                     for n, (w, c) in enumerate((("Russie", "RUS"), ("Ukraine", "UKR"))))
    (event,) = EventsStage()(doc.with_layer("test", mentions=mentions, timexes=tx)).events
    assert event.date == "2022-01-14"


def _with_mentions(doc: Document, mentions: list[tuple[str, str, bool]]) -> Document:
    """Hand-made mentions (word, code, explicit), several allowed on one word."""
    found = []
    for n, (word, code, explicit) in enumerate(mentions):
        start = doc.text.index(word)
        found.append(Mention(Span(start, start + len(word), word), Actor(code=code, name=word), entity=n,
                             explicit=explicit))
    found.sort(key=lambda m: m.span.start)
    return EventsStage()(doc.with_layer("test", mentions=tuple(found), timexes=(), places=()))


def test_every_actor_on_one_span_is_kept(make_doc) -> None:
    doc = _with_mentions(make_doc("Les Alliés ont condamné la Serbie jeudi."),
                         [("Alliés", "USA", True), ("Alliés", "GBR", True), ("Serbie", "SRB", True)])
    assert asserted(doc) == [("ACCUSE", ("USA", "GBR"), ("SRB",))]


def test_explicit_actor_wins_over_a_fallback_on_onespan_of(make_doc) -> None:
    doc = _with_mentions(make_doc("Le pays a condamné la Serbie jeudi."),
                         [("pays", "FRA", False), ("pays", "ITA", True), ("Serbie", "SRB", True)])
    assert asserted(doc) == [("ACCUSE", ("ITA",), ("SRB",))]


def test_one_group_of_codes_is_one_party(make_doc) -> None:
    # "les Alliés" stands for several states but is one party: their promise is made to no one named
    doc = _with_mentions(make_doc("Les Alliés ont promis de négocier."),
                         [("Alliés", "USA", True), ("Alliés", "GBR", True)])
    agree = [e for e in doc.events if e.type == "AGREE" and e.status == "asserted"]
    assert [(set(e.source), e.target) for e in agree] == [({"USA", "GBR"}, ())]


def test_talks_opened_after_a_day_name(make_doc) -> None:
    doc = coded(make_doc("Le Chili et le Pérou ont entamé mardi des négociations avec la Bolivie à Lima."),
                {"Chili": "CHL", "Pérou": "PER", "Bolivie": "BOL"}, timexes={"mardi": "2024-03-05"})
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert consult and consult[0].status == "asserted"
    assert set(consult[0].source) | set(consult[0].target) == {"CHL", "PER", "BOL"}


def test_resignation_is_retreat(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre péruvien a démissionné dimanche soir."), {"Premier ministre péruvien": "PER"})
    assert asserted(doc) == [("RETREAT", ("PER",), ())]
    doc = coded(make_doc("Les manifestants réclament la démission du Premier ministre péruvien."),
                {"Premier ministre péruvien": "PER"})
    assert not any(e.type == "RETREAT" for e in doc.events)


def test_fallback_protesters_take_the_place_the_text_names(make_doc) -> None:
    doc = make_doc("Des centaines de manifestants ont protesté samedi à Lima contre la réforme.")
    start = doc.text.index("manifestants")
    place = doc.text.index("Lima")
    fallback = Mention(Span(start, start + 12, "manifestants"), Actor(code="CHL", name="manifestants"), entity=0,
                       explicit=False)
    doc = EventsStage()(doc.with_layer("test", mentions=(fallback,), timexes=(),
                                       places=(Place(Span(place, place + 4, "Lima"), "Lima", "PER", feature="city"),)))
    protest = [e for e in doc.events if e.type == "PROTEST"]
    assert protest and protest[0].source == ("PER",)


def test_denial_of_a_claim_taken_up_by_ce_que(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis accusent la Chine d'espionner leurs entreprises, ce que Pékin dément."),
                {"Etats-Unis": "USA", "Chine": "CHN", "Pékin": "CHN"})
    assert ("REJECT", ("CHN",), ("USA",)) in asserted(doc)
    assert ("ACCUSE", ("USA",), ("CHN",)) in asserted(doc)


def test_first_group_forms_find_their_infinitive() -> None:
    from veille.events.coder import _first_group

    assert _first_group("réclame") == ("réclamer",)
    assert _first_group("dénoncent") == ("dénoncer",)
    assert _first_group("condamnée") == ("condamner",)
    assert _first_group("a") == ()


def test_gerund_takes_the_main_subject_not_the_object(make_doc) -> None:
    doc = coded(make_doc("L'Iran a forcé les Européens à discuter en déployant des navires de guerre dans le détroit."),
                {"Iran": "IRN", "Européens": "EU"})
    mobilize = [e for e in doc.events if e.type == "MOBILIZE"]
    assert mobilize and mobilize[0].source == ("IRN",)


def test_frame_through_a_measure_noun(make_doc) -> None:
    doc = coded(make_doc("À l'issue de trois jours de discussions avec la Bolivie, le Pérou a annoncé une baisse de ses tarifs."),
                {"Bolivie": "BOL", "Pérou": "PER"})
    assert ("CONSULT", ("PER",), ("BOL",)) in asserted(doc)


def _reparsed(doc: Document, word: str, dep: str, head: str) -> Document:
    """The same parse with one word re-attached (to test a misparse the model makes on other texts)."""
    from dataclasses import replace as _replace

    from spacy.tokens import Doc

    p = doc.parse
    heads = [t.head.i for t in p]
    deps = [t.dep_ for t in p]
    i = next(t.i for t in p if t.text == word)
    heads[i] = next(t.i for t in p if t.text == head)
    deps[i] = dep
    new = Doc(p.vocab, words=[t.text for t in p], spaces=[bool(t.whitespace_) for t in p], heads=heads, deps=deps,
              pos=[t.pos_ for t in p], lemmas=[t.lemma_ for t in p], morphs=[str(t.morph) for t in p])
    return _replace(doc, parse=new)


def test_second_subject_after_the_verb_is_its_object(make_doc) -> None:
    doc = make_doc("Lundi, les soldats ont arrêté le président Ndayishimiye à Gitega.")
    doc = _reparsed(doc, "président", "nsubj", "arrêté")
    assert next(t for t in doc.parse if t.text == "président").dep_ == "nsubj"
    doc = coded(doc, {"soldats": "BDI", "président Ndayishimiye": "BDI"})
    assert ("COERCE", ("BDI",), ("BDI",)) in asserted(doc)


def test_demonstrative_takes_the_actors_of_the_same_noun_before(make_doc) -> None:
    doc = coded(make_doc("Le plan américain prévoit l'annexion de la vallée. Les dirigeants jordaniens ont dénoncé ce plan mardi."),
                {"américain": "USA", "jordaniens": "JOR"})
    assert ("ACCUSE", ("JOR",), ("USA",)) in asserted(doc)
    # a demonstrative on an event noun takes up the event, not an actor
    doc = coded(make_doc("Le Chili négocie avec la Bolivie. Le Pérou a salué ces négociations mardi."),
                {"Chili": "CHL", "Bolivie": "BOL", "Pérou": "PER"})
    assert not any(e.source == ("PER",) and e.target for e in doc.events if e.type == "CONSULT")


def test_ceux_qui_takes_the_subject_of_its_clause(make_doc) -> None:
    doc = coded(make_doc("Les Canadiens figurent parmi ceux qui ont aussitôt reconnu le nouveau gouvernement bolivien."),
                {"Canadiens": "CAN", "gouvernement bolivien": "BOL"})
    assert ("SUPPORT", ("CAN",), ("BOL",)) in asserted(doc)


def test_verbs_built_with_etre_are_not_passive(make_doc) -> None:
    doc = make_doc("Le Pérou et la Bolivie sont tombés d'accord sur le tracé de la frontière.")
    doc = _reparsed(_reparsed(doc, "sont", "aux:pass", "tombés"), "Pérou", "nsubj:pass", "tombés")
    doc = coded(doc, {"Pérou": "PER", "Bolivie": "BOL"})
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and set(agree[0].source) | set(agree[0].target) == {"PER", "BOL"}


def test_participle_hung_on_a_day_takes_the_clause_subject(make_doc) -> None:
    doc = make_doc("Les autorités boliviennes ont durci le ton lundi, menaçant le Pérou de sanctions.")
    doc = _reparsed(doc, "menaçant", "acl", "lundi")
    doc = coded(doc, {"autorités boliviennes": "BOL", "Pérou": "PER"}, timexes={"lundi": "2024-03-04"})
    assert ("THREATEN", ("BOL",), ("PER",)) in asserted(doc)


def test_trigger_noun_under_a_measure_noun(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne a imposé un nouveau train de sanctions à la Biélorussie."),
                {"Union européenne": "EU", "Biélorussie": "BLR"})
    assert ("SANCTION", ("EU",), ("BLR",)) in asserted(doc)


def test_city_wins_over_country_in_one_clause(make_doc) -> None:
    doc = make_doc("En Bolivie, des centaines de manifestants ont défilé samedi à Cochabamba.")
    text = doc.text
    places = (Place(span_of(text, "Bolivie"), "Bolivie", "BOL", feature="country"),
              Place(span_of(text, "Cochabamba"), "Cochabamba", "BOL", feature="city"))
    doc = EventsStage()(doc.with_layer("test", mentions=(), timexes=(), places=places))
    protest = [e for e in doc.events if e.type == "PROTEST"]
    assert protest and protest[0].place is not None and protest[0].place.name == "Cochabamba"


def test_call_whose_complement_hangs_on_the_object(make_doc) -> None:
    doc = make_doc("Le parti d'opposition a appelé le président Saied au dialogue afin de sortir de la crise.")
    doc = _reparsed(doc, "dialogue", "nmod", "président")
    doc = coded(doc, {"parti d'opposition": "TUN", "président Saied": "TUN"})
    assert any(e.type == "REQUEST" and e.trigger.text == "appelé" and e.target == ("TUN",) for e in doc.events)


def test_place_named_as_a_party_is_not_the_place(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ont négocié lundi avec Moscou au siège de l'Otan à Bruxelles."),
                {"Etats-Unis": "USA", "Moscou": "RUS"}, timexes={"lundi": "2022-01-10"},
                places={"Moscou": "RUS", "Bruxelles": "BEL"})
    (event,) = [e for e in doc.events if e.status == "asserted"]
    assert event.place is not None and event.place.name == "Bruxelles"


def test_country_as_recipient_is_not_the_place(make_doc) -> None:
    doc = make_doc("La Grèce a demandé lundi à la Turquie de retirer ses navires.")
    text = doc.text
    doc = coded(doc, {"Grèce": "GRC", "Turquie": "TUR"}, timexes={"lundi": "2022-01-10"})
    doc = doc.with_layer("test", places=(Place(span_of(text, "Turquie"), "Turquie", "TUR", feature="country"),))
    doc = EventsStage()(doc)
    events = [e for e in doc.events if e.type == "REQUEST"]
    assert events and all(e.place is None for e in events)


def test_seat_of_power_places_the_event_in_its_city(make_doc) -> None:
    doc = coded(make_doc("Le président américain a reçu lundi à la Maison Blanche son homologue kenyan."),
                {"président américain": "USA", "homologue kenyan": "KEN"}, timexes={"lundi": "2022-01-10"})
    events = [e for e in doc.events if e.status == "asserted"]
    assert events and events[0].place is not None
    assert (events[0].place.name, events[0].place.country) == ("Washington", "USA")


def test_seats_lexicon_is_read() -> None:
    assert load_lexicon().seats["Kremlin"] == ("Moscou", "RUS")


def test_merged_mentions_keep_the_city_over_the_country(make_doc) -> None:
    text = "La police a arrêté des opposants en Biélorussie. La police a arrêté des opposants à Minsk."
    doc = make_doc(text)
    doc = coded(doc, {"police": "BLR", "opposants": "BLR"})
    places = (Place(span_of(text, "Biélorussie"), "Biélorussie", "BLR", feature="country"),
              Place(span_of(text, "Minsk"), "Minsk", "BLR", feature="city"))
    doc = EventsStage()(doc.with_layer("test", places=places))
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert len(coerce) == 1 and coerce[0].place is not None and coerce[0].place.name == "Minsk"


def test_time_opening_the_previous_sentence_dates_the_next(make_doc) -> None:
    text = "Lundi soir, la tension restait vive dans la capitale. La police a arrêté des opposants."
    doc = coded(make_doc(text, date="2022-01-12"), {"police": "BLR", "opposants": "BLR"},
                timexes={"Lundi soir": "2022-01-10"})
    (event,) = [e for e in doc.events if e.type == "COERCE"]
    assert event.date == "2022-01-10"


def test_time_of_another_paragraph_does_not_carry_over(make_doc) -> None:
    text = "Lundi soir, la tension restait vive dans la capitale.\n\nLa police a arrêté des opposants."
    doc = coded(make_doc(text, date="2022-01-12"), {"police": "BLR", "opposants": "BLR"},
                timexes={"Lundi soir": "2022-01-10"})
    (event,) = [e for e in doc.events if e.type == "COERCE"]
    assert event.date == "2022-01-12"


def test_cities_named_together_give_their_country(make_doc) -> None:
    text = "Des manifestations ont secoué le Liban lundi. La police a arrêté lundi des manifestants à Beyrouth et Tripoli."
    doc = make_doc(text)
    doc = coded(doc, {"police": "LBN", "manifestants": "LBN"}, timexes={"lundi": "2022-01-10"})
    places = (Place(span_of(text, "Liban"), "Liban", "LBN", feature="country"),
              Place(span_of(text, "Beyrouth"), "Beyrouth", "LBN", feature="city"),
              Place(span_of(text, "Tripoli"), "Tripoli", "LBN", feature="city"))
    doc = EventsStage()(doc.with_layer("test", places=places))
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert coerce and coerce[0].place is not None and coerce[0].place.name == "Liban"


def test_one_city_stays_the_place(make_doc) -> None:
    text = "Des manifestations ont secoué le Liban lundi. La police a arrêté lundi des manifestants à Beyrouth."
    doc = make_doc(text)
    doc = coded(doc, {"police": "LBN", "manifestants": "LBN"}, timexes={"lundi": "2022-01-10"})
    places = (Place(span_of(text, "Liban"), "Liban", "LBN", feature="country"),
              Place(span_of(text, "Beyrouth"), "Beyrouth", "LBN", feature="city"))
    doc = EventsStage()(doc.with_layer("test", places=places))
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert coerce and coerce[0].place is not None and coerce[0].place.name == "Beyrouth"


def test_country_owning_a_title_is_not_the_place(make_doc) -> None:
    doc = coded(make_doc("Le porte-parole de la Turquie a condamné lundi la Grèce."),
                {"Turquie": "TUR", "Grèce": "GRC"}, timexes={"lundi": "2022-01-10"}, places={"Turquie": "TUR"})
    events = [e for e in doc.events if e.type == "ACCUSE"]
    assert events and all(e.place is None for e in events)


def test_local_institution_places_the_event(make_doc) -> None:
    doc = coded(make_doc("Des opposants ont manifesté lundi devant le parlement de Minsk.", date=None),
                {"Minsk": "BLR", "opposants": "BLR"}, timexes={"lundi": "2022-01-10"}, places={"Minsk": "BLR"})
    events = [e for e in doc.events if e.type == "PROTEST"]
    assert events and events[0].place is not None and events[0].place.name == "Minsk"


def test_statement_takes_the_place_where_its_speaker_spoke(make_doc) -> None:
    text = ("Le président turc a accusé la Grèce de provocation. \"Nous ne céderons pas\", "
            "a déclaré le président turc lors d'un discours à Ankara.")
    doc = coded(make_doc(text), {"président turc": "TUR", "Grèce": "GRC"}, places={"Ankara": "TUR"})
    events = [e for e in doc.events if e.type == "ACCUSE"]
    assert events and events[0].place is not None and events[0].place.name == "Ankara"


def test_speaker_place_does_not_reach_background(make_doc) -> None:
    text = ("Le président turc avait accusé la Grèce de provocation en 2019. \"Nous ne céderons pas\", "
            "a déclaré le président turc lors d'un discours à Ankara.")
    doc = coded(make_doc(text), {"président turc": "TUR", "Grèce": "GRC"}, timexes={"2019": "2019"},
                places={"Ankara": "TUR"})
    events = [e for e in doc.events if e.type == "ACCUSE"]
    assert events and all(e.place is None for e in events)


def test_bare_ne_on_pouvoir_negates_its_infinitive(make_doc) -> None:
    doc = coded(make_doc("Le Japon ne pouvait accepter la proposition de la Chine."), {"Japon": "JPN", "Chine": "CHN"})
    assert ("REJECT", ("JPN",), ("CHN",)) in asserted(doc)
    doc = coded(make_doc("Le Japon ne peut que saluer la décision de la Chine."), {"Japon": "JPN", "Chine": "CHN"})
    assert not any(e.type == "REJECT" for e in doc.events)  # "ne ... que" is a restriction


def test_faire_marche_arriere_is_no_march(make_doc) -> None:
    doc = coded(make_doc("Le Japon ne peut pas faire marche arrière face à la Chine, a dit le ministre."),
                {"Japon": "JPN", "Chine": "CHN"})
    assert not any(e.type == "PROTEST" for e in doc.events)
    assert ("REJECT", ("JPN",), ("CHN",)) in asserted(doc)


def test_promised_arrests_threaten_the_own_population(make_doc) -> None:
    doc = coded(make_doc("Les autorités marocaines ont promis des arrestations pour les pillages."),
                {"autorités marocaines": "MAR"})
    assert [(e.type, e.mode, e.source, e.target) for e in doc.events] == [("THREATEN", "arrest", ("MAR",), ("MAR",))]


def test_participle_on_a_modal_noun_stays_asserted(make_doc) -> None:
    doc = coded(make_doc("Le projet allemand, critiqué par la France, a été adopté mardi."),
                {"allemand": "DEU", "France": "FRA"})
    assert ("ACCUSE", ("FRA",), ("DEU",)) in asserted(doc)
    plan = coded(make_doc("Le gouvernement russe a pour projet de sanctionner l'Ukraine."),
                 {"russe": "RUS", "Ukraine": "UKR"})
    assert [e.status for e in plan.events if e.type == "SANCTION"] == ["hypothetical"]


def test_granting_verbs_carry_noun_triggers(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne a débloqué une aide d'urgence pour le Liban."),
                {"Union européenne": "EU", "Liban": "LBN"})
    assert ("AID", ("EU",), ("LBN",)) in asserted(doc)
    doc = coded(make_doc("La France a accordé son soutien à l'Ukraine."), {"France": "FRA", "Ukraine": "UKR"})
    assert ("SUPPORT", ("FRA",), ("UKR",)) in asserted(doc)


def test_a_date_the_text_gives_wins_over_the_publication_date() -> None:
    # a story dated to the month: the headline's mention takes the month, the body's "lundi" a day
    headline = replace(_consult(("RUS", "USA"), 0, "Genève"), date="2022-01")
    body = replace(_consult(("RUS", "USA"), 50, "Genève"), date="2022-01-10")
    (merged,) = merge([body, headline], dated={id(body)})
    assert merged.date == "2022-01-10" and merged.date_stated is True
    # the day's news (publication day) and a happening the text dates two days before: two
    news = replace(headline, date="2022-01-12")
    assert len(merge([news, body], dated={id(body)})) == 2
    assert [e.date_stated for e in merge([news, body], dated={id(body)})] == [False, True]


def test_a_text_naming_one_country_keeps_its_state_s_acts_inside_it(make_doc) -> None:
    # no other actor named: the demand is made to people inside the country
    doc = coded(make_doc("Le président algérien a exigé des réformes rapides."), {"algérien": "DZA"})
    assert ("REQUEST", ("DZA",), ("DZA",)) in asserted(doc)
    # another state named: the target is not guessed; a demand to no one found is no event
    doc = coded(make_doc("La France a exigé des explications. La Russie reste silencieuse."),
                {"France": "FRA", "Russie": "RUS"})
    assert not [e for e in asserted(doc) if e[0] == "REQUEST" and e[2] == ("FRA",)]


def test_green_light_is_support(make_doc) -> None:
    doc = coded(make_doc("Le Conseil de sécurité a donné son feu vert à la Russie."),
                {"Conseil de sécurité": "UN", "Russie": "RUS"})
    assert ("SUPPORT", ("UN",), ("RUS",)) in asserted(doc)
    doc = coded(make_doc("Les pompiers ont maîtrisé le feu à Moscou."), {"Moscou": "RUS"})
    assert not [e for e in asserted(doc) if e[0] == "SUPPORT"]


def test_speech_in_an_incise_or_a_question_is_no_event(make_doc) -> None:
    mentions = {"française": "FRA", "militant": "FRA"}
    doc = coded(make_doc('"Nous avons tout perdu", poursuit la militante française.'), mentions)
    assert not [e for e in asserted(doc) if e[0] == "ACCUSE"]
    doc = coded(make_doc("La justice française poursuit le militant pour diffamation."), mentions)
    assert ("ACCUSE", ("FRA",), ("FRA",)) in asserted(doc)
    doc = coded(make_doc("On demandait au ministre russe s'il soutenait l'Ukraine."),
                {"ministre russe": "RUS", "Ukraine": "UKR"})
    assert not [e for e in asserted(doc) if e[0] == "REQUEST"]


def test_an_interview_given_to_a_paper_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Dans un entretien aux Echos, le ministre français a critiqué la Russie."),
                {"ministre français": "FRA", "Russie": "RUS"})
    assert not [e for e in asserted(doc) if e[0] == "CONSULT"]
    assert ("ACCUSE", ("FRA",), ("RUS",)) in asserted(doc)


def test_calling_a_meeting_is_no_summons(make_doc) -> None:
    doc = coded(make_doc("Le président libanais a convoqué une réunion du gouvernement libanais."),
                {"président libanais": "LBN", "gouvernement libanais": "LBN"})
    assert not [e for e in asserted(doc) if e[0] == "ACCUSE"]
    doc = coded(make_doc("Le Maroc a convoqué l'ambassadeur d'Algérie."), {"Maroc": "MAR", "Algérie": "DZA"})
    assert ("ACCUSE", ("MAR",), ("DZA",)) in asserted(doc)


@pytest.mark.parametrize("text, mentions, expected", [
    ("Un homme d'affaires russe a promis de ruiner l'opposant Navalny.",
     {"russe": "RUS", "opposant Navalny": "RUS"}, ("THREATEN", ("RUS",), ("RUS",))),
    ("Le chef du Pentagone s'est publiquement désolidarisé du président américain.",
     {"chef du Pentagone": "USA", "président américain": "USA"}, ("ACCUSE", ("USA",), ("USA",))),
    ("La Cédéao a décidé des sanctions contre le Mali.", {"Cédéao": "IGO", "Mali": "MLI"},
     ("SANCTION", ("IGO",), ("MLI",))),
])
def test_promised_harm_disapproval_and_decided_measures(make_doc, text, mentions, expected) -> None:
    assert expected in asserted(coded(make_doc(text), mentions))
