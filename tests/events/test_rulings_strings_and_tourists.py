"""Events stage: a ruling that blocks a law is no protest, pulling on a thread is no shot, a country that
receives no more tourists refuses no visit, a strike or a war that threatens or kills is no actor,
pursuing one's studies prosecutes no one, threats that make the headlines are news, and words hurt no one
in an assault."""

from __future__ import annotations

from eventcoding import coded, types


def test_a_ruling_that_blocked_a_law_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Le procureur du Texas a demandé d'annuler le jugement qui bloquait l'application de la loi."),
                {"Texas": "USA"})
    assert "PROTEST" not in types(doc)
    crowd = coded(make_doc("Des manifestants qui bloquaient la route ont été dispersés par la police française."),
                  {"police française": "FRA"})
    assert "PROTEST" in types(crowd)


def test_pulling_on_a_thread_is_no_shot(make_doc) -> None:
    doc = coded(make_doc("La juge québécoise dit qu'elle tire sur un fil pour comprendre le système."),
                {"québécoise": "CAN"})
    assert "ASSAULT" not in types(doc)


def test_receiving_no_more_tourists_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("L'Égypte ne reçoit quasiment plus aucun touriste depuis le coup d'Etat."), {"Égypte": "EGY"})
    assert not types(doc)


def test_a_strike_or_a_war_that_threatens_or_kills_is_no_actor(make_doc) -> None:
    doc = coded(make_doc("La grève des cheminots français menace de paralyser le pays."), {"cheminots français": "FRA"})
    assert "THREATEN" not in types(doc)
    doc = coded(make_doc("Le conflit afghan a tué des dizaines de milliers de personnes, dont des soldats américains."),
                {"afghan": "AFG", "soldats américains": "USA"})
    assert "ASSAULT" not in types(doc)
    doc = coded(make_doc("Le Hamas menace de frapper Israël."), {"Hamas": "PSE", "Israël": "ISR"})
    assert "THREATEN" in types(doc)


def test_pursuing_one_s_studies_is_no_prosecution(make_doc) -> None:
    doc = coded(make_doc("Les Marocains poursuivent leurs études en France."), {"Marocains": "MAR", "France": "FRA"})
    assert "ACCUSE" not in types(doc)
    doc = coded(make_doc("Le parquet français poursuit cinq militants écologistes."),
                {"parquet français": "FRA"})
    assert "ACCUSE" in types(doc)


def test_threats_that_make_the_headlines_are_news_not_a_threat(make_doc) -> None:
    doc = coded(make_doc("Les menaces extérieures sur la présidentielle américaine font la Une aux Etats-Unis."),
                {"américaine": "USA", "Etats-Unis": "USA"})
    assert "THREATEN" not in types(doc)


def test_hurting_someone_with_words_is_no_assault(make_doc) -> None:
    doc = coded(make_doc("Si j'ai blessé quelqu'un par mes paroles, j'en suis désolé, a déclaré le ministre français."),
                {"ministre français": "FRA"})
    assert "ASSAULT" not in types(doc)
    doc = coded(make_doc("Des policiers français ont blessé un manifestant avec une matraque."),
                {"policiers français": "FRA", "manifestant": "FRA"})
    assert "ASSAULT" in types(doc)
