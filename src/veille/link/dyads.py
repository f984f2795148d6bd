"""Dyad timelines: what two actors did to each other, period by period.

Each happening counts once (not once per report). Its cooperation–conflict weight comes
from ``cooperation_conflict.tsv``: the Goldstein scale (J. S. Goldstein, "A Conflict-
Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), 1992) as
CAMEO 1.1b3 (P. A. Schrodt, 2012) assigns it to its root codes, carried over to the PLOVER
type that takes each root's place: -10 (most conflictual) to +10 (most cooperative). A
period's ``score`` is the sum of the weights of its happenings, ``mean`` their average.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Literal

from veille.errors import ConfigError
from veille.link.linker import MEETING_TYPES, Happening
from veille.model import PLOVER_TYPES
from veille.model.intervals import interval

Freq = Literal["day", "week", "month"]


@dataclass(frozen=True)
class TypeWeight:
    """A PLOVER type's quad class and cooperation–conflict weight."""

    type: str
    quad: str  # verbal_cooperation, material_cooperation, verbal_conflict, material_conflict
    cameo: str
    weight: float


@dataclass(frozen=True)
class DyadRow:
    """Happenings of one direction of a dyad in one period."""

    period: str  # "2022-01-10", "2022-W02" or "2022-01"
    source: str
    target: str
    counts: tuple[int, ...]  # per PLOVER type, in the order of PLOVER_TYPES
    score: float  # sum of the weights of the period's happenings
    mean: float  # score / n (0.0 when there is none)

    @property
    def n(self) -> int:
        return sum(self.counts)

    def count(self, type_: str) -> int:
        """Happenings of one PLOVER type."""
        return self.counts[PLOVER_TYPES.index(type_)]


@lru_cache(maxsize=1)
def weights() -> dict[str, TypeWeight]:
    """PLOVER type → quad class and weight, from the packaged table."""
    table: dict[str, TypeWeight] = {}
    text = files("veille.link").joinpath("cooperation_conflict.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            type_, quad, cameo, weight = line.split("\t")[:4]
            table[type_] = TypeWeight(type_, quad, cameo, float(weight))
    return table


def _period(day: dt.date, freq: Freq) -> str:
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def _periods(first: dt.date, last: dt.date, freq: Freq) -> list[str]:
    out: list[str] = []
    day = first
    while day <= last:
        label = _period(day, freq)
        if not out or out[-1] != label:
            out.append(label)
        day += dt.timedelta(days=1)
    return out


def _direction(h: Happening, a: str, b: str) -> tuple[str, str] | None:
    if a in h.source and b in h.target:
        return a, b
    if b in h.source and a in h.target:
        return b, a
    if h.type in MEETING_TYPES and a in h.source and b in h.source:
        return a, b  # a joint meeting with both parties as source counts once, as a→b
    return None


def dyad_timeline(happenings: Iterable[Happening], a: str, b: str, freq: Freq = "month") -> list[DyadRow]:
    """Rows per period and direction (a→b, b→a) from the first to the last dated happening.

    A happening is placed by its first date; one whose date is coarser than a period
    (a month-dated happening in a daily timeline) or that has no date is left out.
    """
    if freq not in ("day", "week", "month"):
        raise ConfigError(f"unknown timeline frequency {freq!r}", hint="use day, week or month")
    table = weights()
    placed: list[tuple[str, tuple[str, str], str]] = []
    days: list[dt.date] = []
    for h in happenings:
        direction = _direction(h, a, b)
        span = interval(h.first_date)
        if direction is None or span is None or h.type not in table:
            continue
        first, last = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
        if _period(first, freq) != _period(last, freq):
            continue
        placed.append((_period(first, freq), direction, h.type))
        days.append(first)
    if not placed:
        return []
    rows: list[DyadRow] = []
    cells: dict[tuple[str, tuple[str, str]], list[str]] = {}
    for period, direction, type_ in placed:
        cells.setdefault((period, direction), []).append(type_)
    for period in _periods(min(days), max(days), freq):
        for direction in ((a, b), (b, a)):
            types = cells.get((period, direction), [])
            counts = tuple(types.count(t) for t in PLOVER_TYPES)
            score = round(sum(table[t].weight for t in types), 3)
            rows.append(DyadRow(period, direction[0], direction[1], counts, score,
                                round(score / len(types), 3) if types else 0.0))
    return rows


def write_dyad_csv(rows: Sequence[DyadRow], path: str | Path) -> None:
    """Write timeline rows as CSV: period, source, target, n, one column per type, score, mean."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["period", "source", "target", "n", *PLOVER_TYPES, "score", "mean"])
        for r in rows:
            writer.writerow([r.period, r.source, r.target, r.n, *r.counts, r.score, r.mean])


def dyad_svg(rows: Sequence[DyadRow], title: str = "") -> str:
    """An SVG bar chart of the score per period, one bar per direction (no dependency)."""
    periods = list(dict.fromkeys(r.period for r in rows))
    directions = list(dict.fromkeys((r.source, r.target) for r in rows))
    by = {(r.period, (r.source, r.target)): r for r in rows}
    width, height, left, right, top, bottom = 760, 360, 56, 16, 40, 70
    plot_w, plot_h = width - left - right, height - top - bottom
    extent = max([abs(r.score) for r in rows] + [1.0])
    zero = top + plot_h / 2
    scale = (plot_h / 2) / extent
    colours = ["#1f77b4", "#d62728"]
    slot = plot_w / max(len(periods), 1)
    bar = max(slot / (len(directions) + 1), 1.0)
    parts = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">'),
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="14">{escape(title)}</text>',
        f'<line x1="{left}" y1="{zero}" x2="{width - right}" y2="{zero}" stroke="#444"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#444"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{extent:g}</text>',
        f'<text x="{left - 4}" y="{zero + 4}" text-anchor="end">0</text>',
        f'<text x="{left - 4}" y="{top + plot_h + 4}" text-anchor="end">{-extent:g}</text>',
        (f'<text x="12" y="{zero}" transform="rotate(-90 12 {zero})" text-anchor="middle">'
         "cooperation (+) / conflict (−)</text>"),
    ]
    step = max(1, len(periods) // 12)
    for i, period in enumerate(periods):
        x0 = left + i * slot
        for j, direction in enumerate(directions):
            row = by.get((period, direction))
            if row is None or not row.n:
                continue
            y = zero - max(row.score, 0) * scale
            h = abs(row.score) * scale
            parts.append(
                f'<rect x="{x0 + (j + 0.5) * bar:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colours[j % 2]}"><title>{escape(period)} {escape(direction[0])}→'
                f'{escape(direction[1])}: {row.n} happenings, score {row.score:g}</title></rect>'
            )
        if i % step == 0:
            x = x0 + slot / 2
            parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" text-anchor="end" '
                         f'transform="rotate(-45 {x:.1f} {top + plot_h + 14})">{escape(period)}</text>')
    for j, direction in enumerate(directions):
        x = left + 10 + j * 150
        parts.append(f'<rect x="{x}" y="{height - 16}" width="10" height="10" fill="{colours[j % 2]}"/>')
        parts.append(f'<text x="{x + 14}" y="{height - 7}">{escape(direction[0])} → {escape(direction[1])}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def write_dyad_svg(rows: Sequence[DyadRow], path: str | Path, title: str = "") -> None:
    """Write the SVG chart of ``dyad_svg`` to a file."""
    Path(path).write_text(dyad_svg(rows, title), encoding="utf-8")
