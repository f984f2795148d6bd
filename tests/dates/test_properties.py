"""Laws of normalise: spans inside the text and equal to its slices, idempotence."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dates import normalise
from veille.dates.rules import find

PIECES = ["le 12 janvier 2022", "hier soir", "lundi prochain", "à 10H00 (09H00 GMT)",
          "les 19 et 20 mai", "fin janvier", "il y a deux ans", "pendant trois jours",
          "les années 1990", "le XXe siècle", "2008", "12/01/2022", "mardi", "chaque année",
          "un demi siècle", "avant hier", "HIER SOIR", "du vendredi 3 au dimanche 5 juillet",
          "4,8 secondes", "premier trimestre", "ce week-end", "l'été 2021", "à midi", "mi-juin",
          "Le ministre", "a déclaré", "doivent se réunir", ", ", ". ", "\n", " ", "’", "-", "İ"]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=12).map(
    " ".join)
pubdates = st.one_of(st.none(), st.sampled_from(["2022-01-12", "2022-01", "2021-12-31",
                                                 "2020-02-29", "1999-05-17"]))


@settings(max_examples=200, deadline=None)
@given(texts, pubdates)
def test_spans_are_slices_of_the_text(text: str, pubdate: str | None) -> None:
    found = normalise(text, pubdate)
    for t in found:
        assert 0 <= t.span.start < t.span.end <= len(text)
        assert text[t.span.start:t.span.end] == t.span.text
        assert t.value
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))


@settings(max_examples=100, deadline=None)
@given(texts, pubdates)
def test_normalise_is_idempotent(text: str, pubdate: str | None) -> None:
    assert normalise(text, pubdate) == normalise(text, pubdate)


@settings(max_examples=100, deadline=None)
@given(texts, pubdates)
def test_a_following_paragraph_does_not_move_earlier_spans(text: str, pubdate: str | None) -> None:
    before = [(t.span.start, t.span.end) for t in normalise(text, pubdate)]
    after = [(t.span.start, t.span.end) for t in normalise(text + "\n\nFin.", pubdate)]
    assert after[:len(before)] == before


@settings(max_examples=150, deadline=None)
@given(texts)
def test_trigger_windows_find_what_a_full_scan_finds(text: str) -> None:
    def spans(windowed: bool) -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.kind) for c in find(text, windowed=windowed)]

    assert spans(True) == spans(False)
