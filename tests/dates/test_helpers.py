"""Helpers of the dates rules: numbers in words, tense from the text, the lexicon."""

from __future__ import annotations

import pytest

from veille.dates.rules import Anchor, lexicon, number_value, pick_year, tense_from_text


@pytest.mark.parametrize(("text", "value"), [
    ("trois", 3), ("vingt-trois", 23), ("soixante et onze", 71), ("soixante-dix-sept", 77),
    ("quatre-vingt-dix", 90), ("deux cents", 200), ("mille neuf cent", 1900), ("1 500", 1500),
    ("12", 12), ("1.500", 1500), ("bonjour", None),
])
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(("text", "tense"), [
    ("Le ministre se rendra jeudi à Berlin.", "future"),
    ("Le ministre doit se rendre jeudi à Berlin.", "future"),
    ("Le ministre s'est rendu jeudi à Berlin.", "past"),
    ("Le ministre a rencontré jeudi son homologue.", "past"),
    ("Jeudi à Berlin.", None),
])
def test_tense_from_text(text: str, tense: str | None) -> None:
    start = text.lower().index("jeudi")
    assert tense_from_text(text, start, start + 5) == tense


@pytest.mark.parametrize(("pubdate", "anchor"), [
    ("2022-01-12", Anchor(2022, 1, 12)), ("2022-01", Anchor(2022, 1)), (None, Anchor()),
    ("2022-01-12T10:30", Anchor(2022, 1, 12)), ("2022-02-30", Anchor(2022, 2)), ("inconnu", Anchor()),
])
def test_anchor_parse(pubdate: str | None, anchor: Anchor) -> None:
    assert Anchor.parse(pubdate) == anchor


def test_pick_year_without_publication_year_is_unknown() -> None:
    assert pick_year(Anchor(), 5, 20, 0, None) is None
    assert pick_year(Anchor(2022, 1, 12), 12, 20, 0, None) == 2021
    assert pick_year(Anchor(2022, 1, 12), 12, 20, 1, None) == 2022


def test_lexicon_has_every_category_the_rules_read() -> None:
    lx = lexicon()
    for category in ("month", "weekday", "daypart", "relday", "unit", "number", "direction",
                     "season", "reference", "setword", "fraction", "approx", "vague"):
        assert lx.get(category), category
    assert lx.get("month")["janvier"] == "1"
