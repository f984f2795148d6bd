"""Dyad timelines: counts per type and the cooperation–conflict score, both directions."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.link import Happening, dyad_svg, dyad_timeline, weights, write_dyad_csv, write_dyad_svg
from veille.model import PLOVER_TYPES


def hap(id_: str, type_: str, source: tuple[str, ...], target: tuple[str, ...], date: str | None) -> Happening:
    return Happening(id_, type_, source, target, date, date, None, None, 2, 2, ((id_, "e"),))


HAPPENINGS = [
    hap("h1", "CONSULT", ("USA",), ("RUS",), "2022-01-10"),
    hap("h2", "ACCUSE", ("USA",), ("RUS",), "2022-01-12"),
    hap("h3", "REJECT", ("RUS",), ("USA",), "2022-01-13"),
    hap("h4", "MOBILIZE", ("RUS",), ("UKR",), "2022-01-13"),  # another dyad
    hap("h5", "THREATEN", ("RUS",), ("USA",), "2022-02-02"),
    hap("h6", "ACCUSE", ("USA",), ("RUS",), "2022-02"),
    hap("h7", "ACCUSE", ("USA",), ("RUS",), None),
]


def test_every_plover_type_has_a_weight_on_the_goldstein_scale() -> None:
    table = weights()
    assert set(table) == set(PLOVER_TYPES)
    assert all(-10 <= w.weight <= 10 for w in table.values())
    assert table["ASSAULT"].weight < table["ACCUSE"].weight < 0 < table["CONSULT"].weight < table["AID"].weight


def test_monthly_counts_and_scores_in_both_directions() -> None:
    rows = dyad_timeline(HAPPENINGS, "USA", "RUS", "month")
    by = {(r.period, r.source, r.target): r for r in rows}
    assert set(by) == {("2022-01", "USA", "RUS"), ("2022-01", "RUS", "USA"),
                       ("2022-02", "USA", "RUS"), ("2022-02", "RUS", "USA")}
    jan = by["2022-01", "USA", "RUS"]
    assert (jan.n, jan.count("CONSULT"), jan.count("ACCUSE")) == (2, 1, 1)
    assert jan.score == pytest.approx(1.0 - 2.0)
    assert by["2022-01", "RUS", "USA"].score == pytest.approx(-4.0)
    assert by["2022-02", "USA", "RUS"].count("ACCUSE") == 1  # month-dated: fits a month
    assert by["2022-02", "RUS", "USA"].mean == pytest.approx(-6.0)


def test_daily_timeline_fills_empty_days_and_leaves_out_coarser_dates() -> None:
    rows = dyad_timeline(HAPPENINGS, "RUS", "USA", "day")
    periods = sorted({r.period for r in rows})
    assert periods[0] == "2022-01-10" and periods[-1] == "2022-02-02" and len(periods) == 24
    assert sum(r.n for r in rows) == 4  # the month-dated and undated happenings are left out
    assert all(r.n == 0 and r.score == 0 for r in rows if r.period == "2022-01-11")


def test_weekly_periods_are_iso_weeks() -> None:
    rows = dyad_timeline(HAPPENINGS, "USA", "RUS", "week")
    assert rows[0].period == "2022-W02"
    with pytest.raises(ConfigError):
        dyad_timeline(HAPPENINGS, "USA", "RUS", "year")  # type: ignore[arg-type]


def test_csv_and_svg_writers(tmp_path: Path) -> None:
    rows = dyad_timeline(HAPPENINGS, "USA", "RUS", "month")
    write_dyad_csv(rows, tmp_path / "d.csv")
    with open(tmp_path / "d.csv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 4 and table[0]["period"] == "2022-01" and table[0]["CONSULT"] == "1"
    write_dyad_svg(rows, tmp_path / "d.svg", title="USA – RUS")
    root = ET.parse(tmp_path / "d.svg").getroot()
    bars = [e for e in root.iter("{http://www.w3.org/2000/svg}rect") if e.find("{http://www.w3.org/2000/svg}title") is not None]
    assert len(bars) == 4
    assert "USA – RUS" in dyad_svg(rows, "USA – RUS")
