"""Events stage: taking one's distance from someone, an indictment in words and criticism one comes out with
are criticism; a brawl ("s'en prendre à" passers-by), a summary drawn up ("dresser un bilan") and criticism
one is met with are not."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_taking_ones_distance_from_the_president_is_disapproval(make_doc) -> None:
    doc = coded(make_doc("Le ministre de la Défense Mark Esper a pris ses distances avec Donald Trump."),
                {"Mark Esper": "USA", "Donald Trump": "USA"}, persons=("Mark Esper", "Donald Trump"))
    assert ("ACCUSE", ("USA",), ("USA",)) in asserted(doc)


def test_an_indictment_drawn_up_against_a_president_is_criticism(make_doc) -> None:
    doc = coded(make_doc("Jim Mattis a dressé un réquisitoire contre Donald Trump."),
                {"Jim Mattis": "USA", "Donald Trump": "USA"}, persons=("Jim Mattis", "Donald Trump"))
    assert ("ACCUSE", ("USA",), ("USA",)) in asserted(doc)


def test_an_armed_man_setting_upon_passers_by_is_no_criticism(make_doc) -> None:
    doc = coded(make_doc("Un homme armé s'en est pris aux passants à Londres."), {}, places={"Londres": "GBR"})
    assert "ACCUSE" not in types(doc)


def test_a_summary_drawn_up_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement français a dressé un bilan de la situation."),
                {"gouvernement français": "FRA"})
    assert not types(doc)


def test_criticism_one_comes_back_with_is_one_s_own(make_doc) -> None:
    doc = coded(make_doc("Barack Obama est revenu sur la scène avec une critique virulente contre Donald Trump."),
                {"Barack Obama": "USA", "Donald Trump": "USA"}, persons=("Barack Obama", "Donald Trump"))
    assert ("ACCUSE", ("USA",), ("USA",)) in asserted(doc)


def test_criticism_one_is_met_with_is_not_one_s_own(make_doc) -> None:
    doc = coded(make_doc("Le président français a été accueilli avec une critique contre sa politique."),
                {"président français": "FRA"})
    assert "ACCUSE" not in types(doc)


def test_a_label_of_praise_is_no_criticism_however_parsed(make_doc) -> None:
    text = "Le président français a qualifié la rencontre avec Angela Merkel d'événement le plus inspirant de l'année."
    doc = coded(make_doc(text), {"président français": "FRA", "Angela Merkel": "DEU"}, persons=("Angela Merkel",))
    assert "ACCUSE" not in types(doc)
    blame = "Le président français a qualifié l'attitude de la Russie d'inacceptable."
    doc = coded(make_doc(blame), {"président français": "FRA", "Russie": "RUS"})
    assert ("ACCUSE", ("FRA",), ("RUS",)) in asserted(doc)
