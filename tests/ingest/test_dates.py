"""Publication dates from input files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.ingest import normalise_date


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-01-12", "2022-01-12"),
    ("2022-01", "2022-01"),
    ("2022-1-5", "2022-01-05"),
    ("2022-01-12T10:00:00Z", "2022-01-12"),
    ("2022-01-12T23:30:00+02:00", "2022-01-12"),
    ("2022-01-12T10:00", "2022-01-12"),
    ("2022-01-12 10:00:00.123", "2022-01-12"),
    ("2022/01/12", "2022-01-12"),
    ("12/01/2022", "2022-01-12"),
    ("12.01.2022", "2022-01-12"),
    (" 2022-01-12 ", "2022-01-12"),
    ("", None),
    (None, None),
])
def test_accepted_dates(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", [
    "2022-02-30", "2022-13", "2022-00-10", "31/02/2022", "hier", "12 janvier 2022", "2022",
    "2022-01-12 et 13",
])
def test_rejected_dates(value: str) -> None:
    with pytest.raises(ValueError, match="date"):
        normalise_date(value)


def test_non_string_dates_are_rejected() -> None:
    with pytest.raises(TypeError, match="int"):
        normalise_date(20220112)


@given(st.dates())
def test_iso_dates_round_trip(day) -> None:  # type: ignore[no-untyped-def]
    if day.year < 1000:
        return
    assert normalise_date(day.isoformat()) == day.isoformat()
    assert normalise_date(day.strftime("%d/%m/%Y")) == day.isoformat()
