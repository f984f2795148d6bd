"""Events stage: offers between two actors of one state, promises obtained, protests named as a scene."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_talks_offered_to_a_rival_of_the_same_state_keep_their_target(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement colombien s'est dit prêt à débuter des négociations avec les FARC."),
                {"gouvernement colombien": "COL", "FARC": "COL"})
    assert ("AGREE", ("COL",), ("COL",)) in asserted(doc)


def test_hand_held_out_is_an_offer(make_doc) -> None:
    doc = coded(make_doc("Le président turc a tendu la main à l'Union européenne."),
                {"président turc": "TUR", "Union européenne": "EU"})
    assert ("AGREE", ("TUR",), ("EU",)) in asserted(doc)
    help_up = coded(make_doc("Le policier lui a tendu la main pour l'aider à se relever."), {})
    assert "AGREE" not in types(help_up)


def test_common_ground_found_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("Le Chili et l'Argentine ont trouvé un terrain d'entente sur la frontière."),
                {"Chili": "CHL", "Argentine": "ARG"})
    assert any(t == "AGREE" and set(s) | set(g) == {"CHL", "ARG"} for t, s, g in asserted(doc))


def test_promise_obtained_is_made_by_the_possessor(make_doc) -> None:
    doc = coded(make_doc("Après des entretiens avec les dirigeants maliens, le ministre français a obtenu leur "
                         "promesse que des élections auraient lieu."),
                {"dirigeants maliens": "MLI", "ministre français": "FRA"})
    assert ("AGREE", ("MLI",), ("FRA",)) in asserted(doc)
    own = coded(make_doc("Les ministres maliens ont reçu leur invitation au sommet."), {"ministres maliens": "MLI"})
    assert not any(t == "AGREE" and s != ("MLI",) for t, s, _ in asserted(own))


def test_protest_named_as_the_scene_of_arrests_took_place(make_doc) -> None:
    doc = coded(make_doc("Dix étudiants ont été arrêtés mardi lors d'une manifestation à Khartoum."), {},
                timexes={"mardi": "2022-01-11"}, places={"Khartoum": "SDN"})
    assert ("PROTEST", ("SDN",), ("SDN",)) in asserted(doc)


def test_protest_scene_of_old_violence_or_sports_is_not_the_day_s_protest(make_doc) -> None:
    old = coded(make_doc("Le policier a été condamné pour des violences commises lors d'une manifestation en "
                         "2018 à Khartoum."), {}, timexes={"2018": "2018"}, places={"Khartoum": "SDN"})
    assert "PROTEST" not in types(old)
    sport = coded(make_doc("Il a pris la parole mardi lors d'une manifestation sportive à Khartoum."), {},
                  timexes={"mardi": "2022-01-11"}, places={"Khartoum": "SDN"})
    assert "PROTEST" not in types(sport)
    known = coded(make_doc("Dix étudiants ont été arrêtés mardi lors des manifestations à Khartoum."), {},
                  timexes={"mardi": "2022-01-11"}, places={"Khartoum": "SDN"})
    assert "PROTEST" not in types(known)


def test_uncoded_person_met_in_a_one_country_text_is_a_domestic_meeting(make_doc) -> None:
    doc = coded(make_doc("Le président Joe Biden s'est entretenu avec le gouverneur Andy Beshear."),
                {"président Joe Biden": "USA"}, persons=("président Joe Biden",))
    assert ("CONSULT", ("USA",), ("USA",)) in asserted(doc)
    abroad = coded(make_doc("Le président Joe Biden s'est entretenu avec le gouverneur Andy Beshear, puis a appelé "
                            "la Chine à agir."), {"président Joe Biden": "USA", "Chine": "CHN"},
                   persons=("président Joe Biden",))
    assert ("CONSULT", ("USA",), ("USA",)) not in asserted(abroad)
