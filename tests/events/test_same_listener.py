"""Events stage: a second statement verb coordinated with one made to someone is made to the same listener."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_a_denial_after_an_assurance_answers_the_same_listener(make_doc) -> None:
    doc = coded(make_doc("Washington a assuré à Moscou ne pas avoir l'intention de positionner des armes "
                         "offensives en Ukraine, mais a démenti avoir l'intention de procéder à une "
                         "démilitarisation en Europe."),
                {"Washington": "USA", "Moscou": "RUS", "Ukraine": "UKR"}, places={"Moscou": "RUS", "Europe": "EU"})
    assert ("REJECT", ("USA",), ("RUS",)) in asserted(doc)


def test_a_place_of_speech_is_no_listener(make_doc) -> None:
    doc = coded(make_doc("Le ministre américain a déclaré à Genève que les discussions étaient utiles, "
                         "mais a démenti toute avancée."),
                {"ministre américain": "USA", "Genève": "CHE"}, places={"Genève": "CHE"})
    assert ("REJECT", ("USA",), ("CHE",)) not in asserted(doc)
