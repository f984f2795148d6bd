"""Publication dates given by input files, normalised to "YYYY-MM-DD" or "YYYY-MM"."""

from __future__ import annotations

import datetime as dt
import re

# ISO dates, optionally with a time and a zone; the zone is not applied: the date part is
# the date the outlet printed.
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_YMD_SLASH = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})")
# French day-first dates as spreadsheets write them: 12/01/2022, 12.01.2022, 12-01-2022.
_DMY = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?")


def normalise_date(value: object) -> str | None:
    """"YYYY-MM-DD" or "YYYY-MM" from a date given by an input; None when absent.

    Raises ValueError for a string that is not a date or an impossible one (2022-02-30),
    TypeError for a value that is not a string.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    for pattern in (_ISO, _YMD_SLASH, _DMY):
        m = pattern.fullmatch(text)
        if m:
            return _checked(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None, value)
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD or YYYY-MM)")


def _checked(year: int, month: int, day: int | None, value: str) -> str:
    try:
        date = dt.date(year, month, day or 1)
    except ValueError:
        raise ValueError(f"{value!r} is not a possible date") from None
    return date.isoformat() if day is not None else date.isoformat()[:7]


__all__ = ["normalise_date"]
