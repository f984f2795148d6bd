"""TIMEX3 date values as day intervals (shared by the stages that compare dates)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

Interval = tuple[int, int]  # first and last day (proleptic ordinals), both included


def interval(value: str | None) -> Interval | None:
    """First and last day a TIMEX3 value covers ("2022", "2022-01", "2022-W02", "2022-01-10")."""
    if not value:
        return None
    value = value.strip()
    try:
        week = _WEEK.fullmatch(value)
        if week:
            start = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return start.toordinal(), start.toordinal() + 6
        match = _DATE.fullmatch(value[:10])
        if not match:
            return None
        year, month, day = int(match.group(1)), match.group(2), match.group(3)
        if day:
            ordinal = dt.date(year, int(month), int(day)).toordinal()
            return ordinal, ordinal
        if month:
            last = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), 1).toordinal(), dt.date(year, int(month), last).toordinal()
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    except ValueError:
        return None

