"""Events stage: strikes aimed by aircraft, suicide bombers' targets, truces kept, crowds' violence,
counterfactuals in quoted words, acts a relative clause or a coordination carries."""

from __future__ import annotations

from eventcoding import asserted, coded, span_of, statuses, typed, types

from veille.model import Quote


def test_aircraft_aiming_at_positions_is_a_strike_on_their_owner(make_doc) -> None:
    doc = coded(make_doc("Des drones turcs ont visé mardi les positions des rebelles kurdes en Syrie."),
                {"turcs": "TUR"}, places={"Syrie": "SYR"})
    assert ("ASSAULT", ("TUR",), ("SYR",)) in asserted(doc)


def test_aim_taken_in_a_series_of_strikes_is_a_strike(make_doc) -> None:
    doc = coded(make_doc("Des avions ont ciblé des dépôts du Hezbollah dans une série de frappes, a indiqué "
                         "l'armée israélienne."), {"Hezbollah": "LBN", "israélienne": "ISR"})
    assert ("ASSAULT", ("ISR",), ("LBN",)) in asserted(doc)


def test_a_speaker_aiming_at_a_rival_strikes_no_one(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a visé son rival lors du débat à Paris."), {"français": "FRA"},
                places={"Paris": "FRA"})
    assert "ASSAULT" not in types(doc)
    plan = coded(make_doc("Ce plan du gouvernement français vise à réduire la dette."), {"français": "FRA"})
    assert "ASSAULT" not in types(plan)


def test_troops_targeted_by_rockets_are_attacked_where_they_are(make_doc) -> None:
    doc = coded(make_doc("Les soldats américains ont été visés par deux roquettes jeudi à Bagdad."),
                {"américains": "USA"}, places={"Bagdad": "IRQ"})
    assert ("ASSAULT", ("IRQ",), ("USA",)) in asserted(doc)


def test_an_army_telling_strikes_on_its_own_base_is_not_their_author(make_doc) -> None:
    doc = coded(make_doc("Des drones ont visé la base russe, a indiqué l'armée russe."), {"russe": "RUS"})
    assert all(s != ("RUS",) for s, _, _ in typed(doc, "ASSAULT"))


def test_suicide_bombers_hit_the_place_they_blow_themselves_up_in(make_doc) -> None:
    text = "Trois kamikazes s'étaient fait exploser à l'aéroport et dans une station de métro de la capitale afghane."
    doc = coded(make_doc(text), {"afghane": "AFG"})
    assert [(s, t) for s, t, st in typed(doc, "ASSAULT") if st == "asserted"] == [(("AFG",), ("AFG",))]


def test_a_truce_kept_is_a_ceasefire(make_doc) -> None:
    doc = coded(make_doc("Les rebelles houthis ont respecté une trêve de cinq jours au Yémen."), {},
                places={"Yémen": "YEM"})
    assert [(e.type, e.mode, e.status) for e in doc.events] == [("RETREAT", "ceasefire", "asserted")]
    broken = coded(make_doc("Les rebelles houthis n'ont pas respecté la trêve au Yémen."), {},
                   places={"Yémen": "YEM"})
    assert "RETREAT" not in types(broken)


def test_a_counterfactual_in_quoted_words_did_not_happen(make_doc) -> None:
    text = '"Ailleurs, le ministre français aurait démissionné depuis longtemps", a dit le député.'
    doc = make_doc(text)
    quoted = span_of(text, "Ailleurs, le ministre français aurait démissionné depuis longtemps")
    doc = doc.with_layer("q", quotes=(Quote(quoted, "le député", speaker_code="FRA"),))
    doc = coded(doc, {"ministre français": "FRA"})
    assert statuses(doc, "RETREAT") == ["hypothetical"]
    told = coded(make_doc("Le ministre français aurait démissionné lundi, selon la presse."),
                 {"ministre français": "FRA"})
    assert statuses(told, "RETREAT") == ["asserted"]


def test_tear_gas_after_an_attack_is_a_second_act(make_doc) -> None:
    doc = coded(make_doc("Des policiers ont attaqué le cortège à Oran, la police a fait usage de gaz lacrymogène."),
                {}, places={"Oran": "DZA"})
    assert sorted(e.mode or "" for e in doc.events if e.type == "ASSAULT") == ["", "crowd-control"]


def test_a_crowd_attacking_a_police_station_riots(make_doc) -> None:
    doc = coded(make_doc("Des manifestants ont attaqué un commissariat à Lagos."), {}, places={"Lagos": "NGA"})
    assert [(e.type, e.mode) for e in doc.events] == [("PROTEST", "riot")]
    beaten = coded(make_doc("Des manifestants ont été attaqués par la police à Lagos."), {},
                   places={"Lagos": "NGA"})
    assert "PROTEST" not in types(beaten)


def test_beaten_then_arrested_by_the_police_shares_the_agent(make_doc) -> None:
    doc = coded(make_doc("Des étudiants ont été frappés puis arrêtés mardi soir par la police kényane."),
                {"police kényane": "KEN"}, timexes={"mardi": "2022-01-11"})
    assert [s for s, _, st in typed(doc, "ASSAULT") if st == "asserted"] == [("KEN",)]
    assert ("COERCE", ("KEN",), ("KEN",)) in asserted(doc)


def test_a_hunger_strike_a_relative_clause_tells(make_doc) -> None:
    text = "Un opposant turc est mort après 100 jours d'une grève de la faim qu'il observait pour réclamer un procès."
    doc = coded(make_doc(text), {"opposant turc": "TUR"})
    assert [(e.mode, e.source, e.status) for e in doc.events if e.type == "PROTEST"] \
        == [("hunger", ("TUR",), "asserted")]


def test_a_ceasefire_a_relative_clause_declares(make_doc) -> None:
    doc = coded(make_doc("Le cessez-le-feu que les talibans ont décrété lundi en Afghanistan a pris fin."),
                {"talibans": "AFG"}, timexes={"lundi": "2022-01-10"}, places={"Afghanistan": "AFG"})
    assert [(e.type, e.source) for e in doc.events if e.status == "asserted"] == [("RETREAT", ("AFG",))]


def test_a_rally_restated_beside_the_verb_is_one_event(make_doc) -> None:
    text = "Des milliers de personnes ont manifesté samedi à Berlin, des rassemblements qui inquiètent le gouvernement."
    doc = coded(make_doc(text), {}, timexes={"samedi": "2022-01-08"}, places={"Berlin": "DEU"})
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 1


def test_a_march_on_an_earlier_day_a_relative_names_is_dated_by_it(make_doc) -> None:
    text = ("Dix mille personnes ont manifesté jeudi à Lyon, plus que le 3 mars, où cinq mille personnes "
            "avaient défilé.")
    doc = coded(make_doc(text), {}, timexes={"jeudi": "2022-01-06", "3 mars": "2021-03-03"},
                places={"Lyon": "FRA"})
    assert sorted(e.date or "" for e in doc.events if e.type == "PROTEST") == ["2021-03-03", "2022-01-06"]


def test_a_blockade_tightened_with_strikes_is_coercion(make_doc) -> None:
    doc = coded(make_doc("Israël a imposé un blocus sur la bande de Gaza."), {"Israël": "ISR", "Gaza": "PSE"})
    assert ("COERCE", ("ISR",), ("PSE",)) in asserted(doc)
    joined = coded(make_doc("Deux navires français participent au blocus naval."), {"français": "FRA"})
    assert "COERCE" not in types(joined)


def test_arrests_a_colon_lists_fall_on_the_nationals_listed(make_doc) -> None:
    text = "La police a mené dix perquisitions à Anvers, et huit personnes ont été arrêtées: six Albanais et deux Serbes."
    doc = coded(make_doc(text), {"Albanais": "ALB", "Serbes": "SRB"}, places={"Anvers": "BEL"})
    coerced = [(e.mode, e.source, e.target) for e in doc.events if e.type == "COERCE" and e.status == "asserted"]
    assert ("arrest", ("BEL",), ("ALB", "SRB")) in coerced
    assert any(mode == "seize" for mode, _, _ in coerced)


def test_patrols_stepped_up_by_the_police_are_at_home(make_doc) -> None:
    doc = coded(make_doc("La police norvégienne a augmenté le nombre de patrouilles."), {"police norvégienne": "NOR"})
    assert ("MOBILIZE", ("NOR",), ("NOR",)) in asserted(doc)


def test_a_truce_ended_or_broken_is_no_ceasefire(make_doc) -> None:
    ended = coded(make_doc("Les rebelles houthis ont mis fin à la trêve au Yémen."), {}, places={"Yémen": "YEM"})
    assert "RETREAT" not in types(ended)
    broken = coded(make_doc("Les rebelles houthis ont violé le cessez-le-feu décrété par l'ONU au Yémen."),
                   {"ONU": "UN"}, places={"Yémen": "YEM"})
    assert "RETREAT" not in types(broken) and "COERCE" not in types(broken)


def test_shot_dead_by_a_bullet_names_no_attacker(make_doc) -> None:
    doc = coded(make_doc("Un policier a été tué par balle à Paris."), {}, places={"Paris": "FRA"})
    assert "ASSAULT" not in types(doc)
    rockets = coded(make_doc("Un policier a été tué par deux roquettes à Kaboul."), {}, places={"Kaboul": "AFG"})
    assert ("ASSAULT", ("AFG",), ("AFG",)) in asserted(rockets)


def test_a_stone_s_throw_is_no_aircraft(make_doc) -> None:
    doc = coded(make_doc("Le procureur a été blessé par le jet d'un caillou à Metz."), {}, places={"Metz": "FRA"})
    assert "ASSAULT" not in types(doc)


def test_a_resignation_handed_in_aims_at_no_post_left(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a remis sa démission mardi."), {"ministre français": "FRA"})
    assert [(e.mode, e.source) for e in doc.events if e.type == "RETREAT"] == [("resign", ("FRA",))]
    left = coded(make_doc("Le ministre français a démissionné de la mission sur la Nouvelle-Calédonie."),
                 {"ministre français": "FRA", "Nouvelle-Calédonie": "NCL"})
    assert [e.target for e in left.events if e.type == "RETREAT"] == [()]
