"""Events stage: phrases a comma sets apart ("X, le mieux placé, a menacé", "..., un thème porteur")."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_name_opening_the_sentence_is_the_subject_of_its_apposition(make_doc) -> None:
    doc = coded(make_doc('Mitt Romney, le mieux placé dans la course à la nomination du "Grand Old Party", '
                         "a menacé de traîner les Chinois devant l'OMC."),
                {"Mitt Romney": "USA", "Grand Old Party": "USA", "Chinois": "CHN", "OMC": "WTO"})
    assert ("THREATEN", ("USA",), ("CHN",)) in asserted(doc)


def test_a_phrase_set_apart_after_the_complement_is_no_target(make_doc) -> None:
    doc = coded(make_doc("Le sénateur américain a menacé de sanctionner les Chinois, un thème porteur "
                         "en Amérique."),
                {"sénateur américain": "USA", "Chinois": "CHN", "Amérique": "USA"})
    assert ("THREATEN", ("USA",), ("CHN",)) in asserted(doc)
    assert ("THREATEN", ("USA",), ("USA",)) not in asserted(doc)


def test_objects_listed_with_commas_are_all_targets(make_doc) -> None:
    doc = coded(make_doc('Les élus français ont condamné "un mépris", "un irrespect" pour les soldats français.'),
                {"élus français": "FRA", "soldats français": "FRA"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("FRA",))]
