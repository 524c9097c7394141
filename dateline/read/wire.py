"""The wire dateline that opens an agency story: place, day and agency.

``MOSOUL, Irak, 9 novembre (Reuters) –`` gives the place (Mosoul, in Irak), the day (9
November) and the agency. Month names come from every installed language pack, so a
dateline in any of them is understood whatever the article's detected language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..models import WireDateline
from ..normalize import fold_key
from ..packs import available_languages, folded_index, pack_dates

_OPENING = re.compile(
    r"^\s*(?P<head>[^\n()]{2,100}?(?:\s*\([^()\n]{2,40}\)[^\n()]{0,60}?)?)\s*"
    r"\((?P<source>[^()\n]{2,60})\)\s*\.?\s*[-\u2013\u2014:]+\s*"
)
# "PARIS, 4 mars –": no agency named; only with a day and a month is it taken for a dateline
_OPENING_WITHOUT_SOURCE = re.compile(r"^\s*(?P<head>[^\n()\u2013\u2014:]{4,80}?)\s+[-\u2013\u2014]+\s+")
_BRACKETED = re.compile(r"\s*\(([^()]+)\)\s*")
_SEGMENTS = re.compile(r"\s*[,\u060c]\s*")
_NUMBER = re.compile(r"\d{1,4}")


def month_names() -> dict[str, int]:
    """Month names of every installed pack (only their dates.toml is read)."""
    return _month_names(tuple(available_languages()))


@functools.cache
def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in languages:
        names.update(folded_index(pack_dates(lang).months))
    return names


def parse_wire_dateline(body: str, *, months: dict[str, int] | None = None) -> WireDateline | None:
    """The dateline at the start of ``body``, or None when the article does not open with one."""
    match = _OPENING.match(body[:300])
    unattributed = match is None
    if match is None:
        match = _OPENING_WITHOUT_SOURCE.match(body[:300])
        if match is None:
            return None
    months = month_names() if months is None else months
    head = match.group("head").strip()
    bracketed = _BRACKETED.search(head)  # "الفاشر (السودان)، 14 أيلول" / "GOMA (RD Congo), 2 mai"
    if bracketed:
        head = head[:bracketed.start()] + ", " + bracketed.group(1) + head[bracketed.end():]
    segments = [s for s in _SEGMENTS.split(head) if s]
    if not segments or len(segments) > 4:
        return None
    day = month = year = None
    places: list[str] = []
    for segment in segments:
        found = _parse_date_segment(segment, months)
        if found:
            day, month, year = found
        else:
            places.append(segment.strip(" -"))
    if places and not _looks_like_place(places[0]):
        return None
    if month is None and not (places and _is_shouted(places[0])):
        return None
    if unattributed and (day is None or month is None or not places):
        return None  # "Breaking - ..." is no dateline; "PARIS, 4 mars -" is
    return WireDateline(
        place=_title_case(places[0]) if places else None,
        region=places[1] if len(places) > 1 else None,
        day=day, month=month, year=year,
        source="" if unattributed else match.group("source").strip(),
        start=match.start("head"), end=match.end(),
    )


def _parse_date_segment(segment: str, months: dict[str, int]) -> tuple[int | None, int, int | None] | None:
    folded = fold_key(segment.replace(".", " "))
    words = [w for w in re.split(r"[\s/]+", folded) if w and w != "de"]
    month = None
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            candidate = " ".join(words[i:i + size])
            if candidate in months:
                month = months[candidate]
                break
        if month:
            break
    if month is None:
        return None
    numbers = [int(n) for n in _NUMBER.findall(folded)]
    day = next((n for n in numbers if 1 <= n <= 31), None)
    year = next((n for n in numbers if n >= 1900), None)
    if len(words) > 5:
        return None
    return day, month, year


def _looks_like_place(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and (text[0].isupper() or not text[0].isascii()) and not any(
        ch.isdigit() for ch in text)


def _is_shouted(text: str) -> bool:
    """Without a date, only a wire-style capitalised place (``PARIS``) makes a dateline."""
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return (not cased and len(text.split()) <= 3) or (bool(cased) and text.isupper())


def _title_case(place: str) -> str:
    """Wires shout the place (``MOSOUL``); keep other casings as written."""
    return place.title() if place.isupper() else place


def most_recent_day(month: int, day: int, not_after: dt.date) -> dt.date | None:
    """The latest ``day``/``month`` on or before ``not_after`` (a dateline without a year:
    a story is filed after it happened, and 29 February may be up to eight years back)."""
    for year in range(not_after.year, not_after.year - 9, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= not_after:
            return candidate
    return None


def resolve_published(header_date: str | None, dateline: WireDateline | None) -> str | None:
    """Combine a header date (maybe month-only) with the dateline's day into the best ISO date."""
    if dateline is None or dateline.month is None or dateline.day is None:
        return header_date
    if header_date and len(header_date) >= 10:
        return header_date
    year = dateline.year
    if year is None and header_date:
        header_year, header_month = int(header_date[:4]), int(header_date[5:7])
        year = header_year
        if dateline.month - header_month > 6:  # "31 December" in a January archive
            year -= 1
        elif header_month - dateline.month > 6:
            year += 1
    if year is None:
        return header_date
    try:
        return dt.date(year, dateline.month, dateline.day).isoformat()
    except ValueError:
        return header_date
