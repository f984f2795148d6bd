"""Dates of events: claims, layers of the past, one speech over several sentences, closing clauses."""

from __future__ import annotations

from eventcoding import coded


def test_claim_does_not_date_the_act_it_claims(make_doc) -> None:
    doc = coded(make_doc("Des rebelles ont attaqué samedi un convoi de l'armée malienne. "
                         "L'attaque a été revendiquée lundi par le groupe.", date="2022-01-11"),
                {"rebelles": "MLI", "armée malienne": "MLI", "groupe": "MLI"},
                timexes={"samedi": "2022-01-08", "lundi": "2022-01-10"})
    assert {e.date for e in doc.events if e.type == "ASSAULT"} == {"2022-01-08"}


def test_claimed_act_keeps_its_own_day(make_doc) -> None:
    doc = coded(make_doc("Le groupe a revendiqué lundi l'attaque menée dimanche contre l'armée malienne.",
                         date="2022-01-11"),
                {"groupe": "ISM", "armée malienne": "MLI"},
                timexes={"lundi": "2022-01-10", "dimanche": "2022-01-09"})
    assert [(e.type, e.date) for e in doc.events] == [("ASSAULT", "2022-01-09")]


def test_claimed_act_takes_the_day_its_earlier_mention_gives(make_doc) -> None:
    doc = coded(make_doc("Au lendemain de l'attentat perpétré mardi près du Parlement, la police a identifié "
                         "l'assaillant. Le groupe a revendiqué l'attentat.", date="2022-01-12"),
                {"police": "GBR", "groupe": "ISM", "Parlement": "GBR"}, timexes={"mardi": "2022-01-11"})
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2022-01-11"]


def test_relative_clause_does_not_take_the_pluperfect_day(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne, qui a arrêté douze manifestants, avait annoncé dès lundi "
                         "des contrôles renforcés.", date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN"}, timexes={"lundi": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-12"]


def test_relative_clause_in_the_same_layer_takes_the_main_day(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne, qui a arrêté douze manifestants, a annoncé lundi "
                         "des contrôles renforcés.", date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN"}, timexes={"lundi": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-10"]


def test_one_speech_over_several_sentences(make_doc) -> None:
    text = ("Le président Jair Bolsonaro a menacé samedi l'Argentine de représailles commerciales. "
            "Jair Bolsonaro a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"),
                {"Jair Bolsonaro": "BRA", "Argentine": "ARG"}, timexes={"samedi": "2022-01-08"},
                persons=("Jair Bolsonaro",))
    assert [(e.type, e.date) for e in doc.events] == [("THREATEN", "2022-01-08"), ("ACCUSE", "2022-01-08")]


def test_a_speaker_dated_on_two_days_keeps_the_publication_day(make_doc) -> None:
    text = ("Jair Bolsonaro a menacé vendredi l'Argentine de représailles commerciales. "
            "Jair Bolsonaro a critiqué samedi le Chili. "
            "Jair Bolsonaro a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"),
                {"Jair Bolsonaro": "BRA", "Argentine": "ARG", "Chili": "CHL"},
                timexes={"vendredi": "2022-01-07", "samedi": "2022-01-08"}, persons=("Jair Bolsonaro",))
    assert [e.date for e in doc.events if e.type == "ACCUSE" and e.target == ("ARG",)] == ["2022-01-09"]


def test_a_state_is_no_speaker_whose_day_carries_over(make_doc) -> None:
    text = ("Le Brésil a menacé samedi l'Argentine de représailles commerciales. "
            "Le Brésil a aussi accusé l'Argentine de protectionnisme.")
    doc = coded(make_doc(text, date="2022-01-09"), {"Brésil": "BRA", "Argentine": "ARG"},
                timexes={"samedi": "2022-01-08"})
    assert [(e.type, e.date) for e in doc.events] == [("THREATEN", "2022-01-08"), ("ACCUSE", "2022-01-09")]


def test_next_sentence_goes_on_with_the_closing_clause(make_doc) -> None:
    text = ("D'autres rassemblements sont prévus à Lyon et à Lille, où samedi une marche de milliers de "
            "personnes s'est achevée par des heurts. La police tunisienne a chargé les manifestants.")
    doc = coded(make_doc(text, date="2022-01-09"), {"police tunisienne": "TUN", "manifestants": "TUN"},
                timexes={"samedi": "2022-01-08"})
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2022-01-08"]


def test_act_before_a_dated_clause_takes_its_day(make_doc) -> None:
    text = ("Le président malien a dû annoncer sa démission dans la nuit de mardi à mercredi, "
            "après avoir été arrêté par les militaires.")
    doc = coded(make_doc(text, date="2022-01-13"), {"président malien": "MLI", "militaires": "MLI"},
                timexes={"nuit de mardi à mercredi": "2022-01-11"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-11"]


def test_act_before_a_clause_dated_long_ago_keeps_the_publication_day(make_doc) -> None:
    text = ("Le président malien a dû annoncer sa démission dans la nuit du 3 au 4 mars, "
            "après avoir été arrêté par les militaires.")
    doc = coded(make_doc(text, date="2022-06-13"), {"président malien": "MLI", "militaires": "MLI"},
                timexes={"nuit du 3 au 4 mars": "2022-03-03"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-06-13"]


def test_immediately_ties_the_act_to_the_previous_sentence(make_doc) -> None:
    text = ("L'opposant russe a fait un malaise dans un avion jeudi.\n\n"
            "Ses proches ont immédiatement accusé le Kremlin de l'avoir empoisonné.")
    doc = coded(make_doc(text, date="2022-01-17"), {"proches": "RUS", "Kremlin": "RUS"},
                timexes={"jeudi": "2022-01-13"})
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2022-01-13"]


def test_without_a_tie_the_act_is_the_days_news(make_doc) -> None:
    text = ("L'opposant russe a fait un malaise dans un avion jeudi.\n\n"
            "Ses proches ont accusé le Kremlin de l'avoir empoisonné.")
    doc = coded(make_doc(text, date="2022-01-17"), {"proches": "RUS", "Kremlin": "RUS"},
                timexes={"jeudi": "2022-01-13"})
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2022-01-17"]


def test_pluperfect_goes_on_with_the_time_of_the_previous_pluperfect(make_doc) -> None:
    text = ("Lundi soir, le président américain avait annoncé l'envoi de soldats. "
            "Il avait aussi exhorté les gouverneurs à dominer les rues.")
    doc = coded(make_doc(text, date="2022-01-12"), {"président américain": "USA", "gouverneurs": "USA"},
                timexes={"Lundi soir": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "REQUEST"] == ["2022-01-10"]


def test_pluperfect_goes_on_across_one_paragraph_break(make_doc) -> None:
    text = ("Lundi soir, le président américain avait annoncé l'envoi de soldats.\n\n"
            "Il avait aussi exhorté les gouverneurs à dominer les rues.")
    doc = coded(make_doc(text, date="2022-01-12"), {"président américain": "USA", "gouverneurs": "USA"},
                timexes={"Lundi soir": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "REQUEST"] == ["2022-01-10"]


def test_pluperfect_after_a_present_sentence_keeps_no_scene(make_doc) -> None:
    text = ("Lundi soir, le président américain annonce l'envoi de soldats.\n\n"
            "Il avait exhorté les gouverneurs à dominer les rues.")
    doc = coded(make_doc(text, date="2022-01-12"), {"président américain": "USA", "gouverneurs": "USA"},
                timexes={"Lundi soir": "2022-01-10"})
    assert [e.date for e in doc.events if e.type == "REQUEST"] == [None]


def test_done_act_does_not_take_the_later_day_of_its_clause(make_doc) -> None:
    text = ("Des consultations se tiendront lundi au Liban pour désigner un nouveau Premier ministre, "
            "le gouvernement libanais ayant démissionné à la suite de l'explosion.")
    doc = coded(make_doc(text, date="2022-01-12"), {"gouvernement libanais": "LBN", "Liban": "LBN"},
                timexes={"lundi": "2022-01-17"})
    assert [(e.date, e.status) for e in doc.events if e.type == "RETREAT"] == [(None, "asserted")]


def test_also_adds_the_act_to_the_day_of_the_same_act_before(make_doc) -> None:
    text = ("La police tunisienne a arrêté lundi douze manifestants à Tunis. "
            "La police tunisienne a également arrêté trois syndicalistes.")
    doc = coded(make_doc(text, date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN", "syndicalistes": "TUN"},
                timexes={"lundi": "2022-01-10"})
    assert {e.date for e in doc.events if e.type == "COERCE"} == {"2022-01-10"}


def test_without_also_the_second_act_is_the_days_news(make_doc) -> None:
    text = ("La police tunisienne a arrêté lundi douze manifestants à Tunis. "
            "La police tunisienne a arrêté trois syndicalistes.")
    doc = coded(make_doc(text, date="2022-01-12"),
                {"police tunisienne": "TUN", "manifestants": "TUN", "syndicalistes": "TUN"},
                timexes={"lundi": "2022-01-10"})
    assert {e.date for e in doc.events if e.type == "COERCE"} == {"2022-01-10", "2022-01-12"}


def test_in_the_wake_ties_the_act_to_the_previous_sentence(make_doc) -> None:
    text = ("Des manifestants ont attaqué samedi un poste de police à Tunis. "
            "Dans la foulée, la police tunisienne a arrêté douze manifestants.")
    doc = coded(make_doc(text, date="2022-01-12"), {"police tunisienne": "TUN", "manifestants": "TUN"},
                timexes={"samedi": "2022-01-08"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-08"]


def test_tie_does_not_take_the_time_of_a_relative_clause(make_doc) -> None:
    text = ("Les autorités comptent douze malades, dont un touriste qui est décédé samedi. "
            "Dans la foulée, la police tunisienne a arrêté douze manifestants.")
    doc = coded(make_doc(text, date="2022-01-12"), {"police tunisienne": "TUN", "manifestants": "TUN"},
                timexes={"samedi": "2022-01-08"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-12"]


def test_background_in_the_pluperfect_takes_no_date(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement libanais avait démissionné quelques jours après l'explosion du port.",
                         date="2022-01-12"), {"gouvernement libanais": "LBN"})
    assert [(e.type, e.date) for e in doc.events] == [("RETREAT", None)]


def test_pluperfect_a_verb_of_the_story_reports_keeps_the_publication_day(make_doc) -> None:
    doc = coded(make_doc("Le président américain a annoncé que la Serbie et le Kosovo étaient tombés d'accord.",
                         date="2022-01-12"), {"président américain": "USA", "Serbie": "SRB", "Kosovo": "XKX"})
    assert [(e.type, e.date) for e in doc.events if e.type == "AGREE"] == [("AGREE", "2022-01-12")]


def test_pluperfect_tied_to_the_story_time_keeps_the_publication_day(make_doc) -> None:
    text = "La police algérienne avait arrêté plus tôt dix manifestants."
    doc = coded(make_doc(text, date="2022-01-12"), {"police algérienne": "DZA", "manifestants": "DZA"})
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2022-01-12"]


def test_pluperfect_takes_the_time_after_the_preposition_of_the_sentence_before(make_doc) -> None:
    text = ("En mai 2013, des islamistes bangladais avaient manifesté à Dacca. "
            "La police bangladaise avait tué une cinquantaine de manifestants.")
    doc = coded(make_doc(text, date="2022-01-12"),
                {"islamistes bangladais": "BGD", "police bangladaise": "BGD", "manifestants": "BGD"},
                timexes={"mai 2013": "2013-05"})
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2013-05"]


def test_undated_background_is_not_merged_with_a_dated_mention(make_doc) -> None:
    text = ("Les proches de l'opposant russe ont dénoncé jeudi un empoisonnement. "
            "L'opposant russe avait dénoncé un empoisonnement.")
    doc = coded(make_doc(text, date="2022-01-12"), {"proches de l'opposant russe": "RUS", "opposant russe": "RUS"},
                timexes={"jeudi": "2022-01-06"})
    assert sorted(str(e.date) for e in doc.events if e.type == "ACCUSE") == ["2022-01-06", "None"]


def test_tie_prefers_the_day_within_a_vaguer_time(make_doc) -> None:
    text = ("L'opposant russe a fait la semaine dernière un malaise dans l'avion du jeudi 6 janvier. "
            "Son entourage a immédiatement dénoncé un empoisonnement.")
    doc = coded(make_doc(text, date="2022-01-12"), {"opposant russe": "RUS", "entourage": "RUS"},
                timexes={"la semaine dernière": "2022-W01", "jeudi 6 janvier": "2022-01-06"})
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2022-01-06"]


def test_a_decade_gives_no_date_rather_than_the_publication_day(make_doc) -> None:
    # GUIDELINES.md: a background event with no date of its own takes none; a decade is no
    # date an event takes, and the publication day would link it with the day's news.
    text = "Le ministre a été incarcéré dans les années 1990. La police a arrêté lundi deux militants."
    doc = coded(make_doc(text, date="2022-01-12"), {"ministre": "FRA", "police": "FRA", "militants": "FRA"},
                timexes={"années 1990": "199", "lundi": "2022-01-10"})
    assert sorted((e.trigger.text, e.date) for e in doc.events if e.type == "COERCE") == [
        ("arrêté", "2022-01-10"), ("incarcéré", None)]
    # A verb in the present tells of today: the decade dates what it tells of, not the verb.
    text = "La journaliste accuse le ministre de l'avoir frappée au milieu des années 1990."
    doc = coded(make_doc(text, date="2022-01-12"), {"journaliste": "FRA", "ministre": "FRA"},
                timexes={"années 1990": "199"})
    assert [e.date for e in doc.events if e.type == "ACCUSE"] == ["2022-01-12"]


def test_a_date_closing_a_phrase_of_context_dates_no_event(make_doc) -> None:
    # "depuis l'explosion du 4 août", "après la mort de X le 25 mai": the day of what the phrase names.
    doc = coded(make_doc("Le président français est arrivé lundi soir à Beyrouth pour sa deuxième visite au Liban "
                         "depuis l'explosion du 4 août.", date="2020-09-01"),
                {"président français": "FRA", "Liban": "LBN"}, timexes={"lundi soir": "2020-08-31", "4 août": "2020-08-04"},
                places={"Beyrouth": "LBN"})
    assert [e.date for e in doc.events if e.type == "CONSULT"] == ["2020-08-31"]
    doc = coded(make_doc("Des milliers d'Américains ont manifesté après la mort de George Floyd le 25 mai.",
                         date="2020-06-07"),
                {"Américains": "USA"}, timexes={"25 mai": "2020-05-25"})
    assert [e.date for e in doc.events if e.type == "PROTEST"] == ["2020-06-07"]
    # A weekday in such a phrase is most likely the day of both: kept.
    doc = coded(make_doc("Après une manifestation dans l'après-midi de lundi, des centaines d'Américains ont lancé "
                         "des pierres sur la police.", date="2020-06-02"),
                {"Américains": "USA", "police": "USA"}, timexes={"lundi": "2020-06-01"})
    assert "2020-06-01" in [e.date for e in doc.events]


def test_a_phrase_of_context_naming_an_act_of_the_event_s_kind_dates_it(make_doc) -> None:
    # "détenu depuis son arrestation en juillet 2018": the arrest began the detention; the release is not
    # dated by it.
    actors = {"autorités iraniennes": "IRN", "Américain": "USA", "Iran": "IRN", "Michael White": "USA"}
    doc = coded(make_doc("Michael White, un Américain détenu par l'Iran depuis son arrestation en juillet 2018, a été "
                         "libéré.", date="2020-06-08"), actors, timexes={"juillet 2018": "2018-07"},
                persons=("Michael White",))
    assert [e.date for e in doc.events if e.type == "COERCE"] == ["2018-07"]
    doc = coded(make_doc("Les autorités iraniennes ont relâché Michael White, un Américain détenu depuis son arrestation "
                         "en juillet 2018.", date="2020-06-08"), actors, timexes={"juillet 2018": "2018-07"},
                persons=("Michael White",))
    assert [e.date for e in doc.events if e.type == "RETREAT"] == ["2020-06-08"]
