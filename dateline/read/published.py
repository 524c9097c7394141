"""Publication dates from headers, JSON fields and feeds, checked and normalised.

A publication date is kept as ISO text: ``YYYY-MM-DD`` when the day is known, ``YYYY-MM``
when only the month is. Anything that is not a real date is an :class:`InvalidDateError`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from ..errors import InvalidDateError

_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
EARLIEST_YEAR = 1900


def normalize_published(value: object, *, path: str = "", line: int | None = None) -> str | None:
    """ISO date text for ``value`` (date, datetime, ISO text, RFC 2822 text) or None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidDateError(f"published must be a date string, got {type(value).__name__}",
                               path=path, line=line)
    text = value.strip()
    if match := _ISO_DAY.match(text):
        return _checked_day(*map(int, match.groups()), raw=text, path=path, line=line).isoformat()
    if match := _ISO_MONTH.match(text):
        year, month = map(int, match.groups())
        _checked_day(year, month, 1, raw=text, path=path, line=line)
        return f"{year:04d}-{month:02d}"
    if match := _ISO_DATETIME.match(text):
        return normalize_published(match.group(1), path=path, line=line)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat()
    raise InvalidDateError(f"published date {text!r} is not an ISO date (YYYY-MM-DD)",
                           path=path, line=line)


def _checked_day(year: int, month: int, day: int, *, raw: str, path: str,
                 line: int | None) -> dt.date:
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        raise InvalidDateError(f"impossible date {raw!r}", path=path, line=line) from None
    if year < EARLIEST_YEAR:
        raise InvalidDateError(f"implausible date {raw!r} (before {EARLIEST_YEAR})",
                               path=path, line=line)
    return day_value
