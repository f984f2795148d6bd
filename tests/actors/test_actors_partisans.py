"""Partisans named with "pro-": the camp of a leader or a movement of one country takes its code."""

from __future__ import annotations

from veille.model import Mention


def codes_of(mentions: list[Mention], text: str) -> list[str | None]:
    return [m.actor.code for m in mentions if text in m.span.text.split()]


def test_partisans_of_a_known_leader_take_his_country(actors) -> None:
    assert codes_of(actors("Des commandants pro-Haftar se sont enfuis vers le sud."), "pro-Haftar") == ["LBY"]


def test_partisans_of_a_known_movement_take_its_country(actors) -> None:
    assert codes_of(actors("Les forces pro-GNA ont repris l'aéroport."), "pro-GNA") == ["LBY"]


def test_partisans_of_a_state_or_its_capital_are_not_coded_by_it(actors) -> None:
    mentions = actors("Les séparatistes pro-Moscou et les militants pro-UE se sont affrontés.")
    assert not codes_of(mentions, "pro-Moscou")
    assert not codes_of(mentions, "pro-UE")
