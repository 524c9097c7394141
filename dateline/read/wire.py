"""The wire dateline that opens an agency story: place, day and agency.

``MOSOUL, Irak, 9 novembre (Reuters) –`` gives the place (Mosoul, in Irak), the day (9
November) and the agency. Month names come from every installed language pack, so a
dateline in any of them is understood whatever the article's detected language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from ..models import WireDateline
from ..normalize import fold_key
from ..packs import available_languages, folded_index, pack_dates, pack_meta

_OPENING = re.compile(
    r"^\s*(?P<head>[^\n()]{2,100}?(?:\s*\([^()\n]{2,40}\)[^\n()]{0,60}?)?)\s*"
    r"\((?P<source>[^()\n]{2,60})\)\s*(?:\.?\s*[-\u2013\u2014:]+|\.(?=\s+[^\W\d_]))\s*"
)  # "(Reuters) –", "(EFE).-", "(epd). Die Polizei"
# TASS: "БРЮССЕЛЬ, 18 декабря. /ТАСС/."
_SLASHED = re.compile(r"^\s*(?P<head>[^\n/]{2,80}?)\.?\s*/(?P<source>[^/\n]{2,25})/\s*\.?\s*")
# Latin America: "Zitácuaro, Mich., a 17 de noviembre de 2025.-", "SAN JUAN, Puerto Rico.- AP"
_DOT_DASH = re.compile(r"^\s*(?P<head>[^\n]{2,100}?)\s*\.\s*[-\u2013\u2014]\s*"
                       r"(?:(?P<source>[A-Z][A-Za-z]{1,12})(?=\s*(?:\n|$|[-\u2013\u2014])))?\s*[-\u2013\u2014]?\s*")
# a dated line of its own: "Dhaka, October 28"
_OWN_LINE = re.compile(r"^\s*(?P<head>[^\n]{4,60}?)[ \t]*\n")
# German papers: "Sanaa · Bei dem …", "Goma/Kinshasa · …"
_MIDDLE_DOT = re.compile(r"^\s*(?P<head>[^\W\d_][^\n\u00b7.,;:]{1,40}?)\s+\u00b7\s+")
# a dateline glued to the first word by a lost line break: "TiflisAus Furcht vor …"
_GLUED = re.compile(r"^\s*(?P<head>[^\W\d_a-z][^\W\d_A-Z]{3,20})(?=(?P<next>[^\W\d_a-z][^\W\d_A-Z]{1,12})\s)")
# "PARIS, 4 mars –": no agency named; only with a day and a month is it taken for a dateline
_OPENING_WITHOUT_SOURCE = re.compile(r"^\s*(?P<head>[^\n()\u2013\u2014:]{4,80}?)\s+[-\u2013\u2014]+\s+")
# Arabic papers and agencies: "رام الله - وفا:", "دمشق-سانا:", "غزة - الجزيرة نت:": a place, a dash,
# the outlet and a colon
_DASH_OUTLET = re.compile(r"^\s*(?P<head>[^\n()\-\u2013\u2014:\u00ab\u00bb\"]{2,40}?)\s*[-\u2013\u2014]\s*"
                          r"(?P<source>[^\n()\-\u2013\u2014:]{2,40}?)\s*:\s*")
# a line of its own in parts between colons, the place first: "ود مدني : السبت: 3فبراير 2024 : راديو دبنقا",
# "GOMA : lundi 5 mai 2025 : Radio Kivu"
_COLON_LINE = re.compile(r"^\s*(?P<head>[^\n:]{2,40}(?:\s*:\s*[^\n:]{2,40}){1,3}?)[ \t]*(?:\n|$)")
# South Asian papers: "RAIPUR: Twelve Maoists …", "DERA ISMAIL KHAN: Four policemen …": a shouted
# place of at most three words and a colon
_SHOUTED_COLON = re.compile(r"^\s*(?P<head>[^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_]+){0,2})\s*:[ \t]+(?=\S)")
# shouted labels that open a text as a dateline would, but name no place
_SHOUTED_LABELS = frozenset({"breaking", "breaking news", "update", "updated", "watch", "live", "exclusive",
                             "analysis", "opinion", "editorial", "note", "photo", "photos", "video", "read",
                             "also read", "fact check", "explainer", "file", "correction", "urgent", "flash"})
_GLUED_NUMBER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")  # "3فبراير", "mai2025"
_BRACKETED = re.compile(r"\s*\(([^()]+)\)\s*")
_SEGMENTS = re.compile(r"\s*[,\u060c]\s*")
_NUMBER = re.compile(r"\d{1,4}")
# news agencies whose name in brackets makes the words before it a dateline
_AGENCIES = frozenset({"dpa", "afp", "ap", "reuters", "epd", "kna", "apa", "sda", "ddp", "dts", "efe", "ansa",
                       "xinhua", "tass", "ria", "interfax", "ukrinform", "anadolu", "aa", "upi", "kyodo", "yonhap",
                       "pti", "ani", "ians", "nnn", "pana", "belga", "anp", "irna", "isna", "mena", "sana", "wafa",
                       "qna", "wam", "spa", "kuna", "bernama", "antara", "apa-afp", "dpa-afx"})
_LEAD_CHARS = 400  # a dateline after the headline is looked for this far into the body
_LEAD_LINES = 4  # ... and in this many lines


def month_names() -> dict[str, int]:
    """Month names of every installed pack (only their dates.toml is read)."""
    return _month_names(tuple(available_languages()))


@functools.cache
def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in languages:
        names.update(folded_index(pack_dates(lang).months))
    return names


def find_wire_dateline(body: str, *, months: dict[str, int] | None = None) -> WireDateline | None:
    """The dateline that opens ``body``, or one that opens the line after its headline
    ("Фермеры попытались…\\nБРЮССЕЛЬ, 18 декабря. /ТАСС/. Протестующие…"): offsets into ``body``."""
    found = parse_wire_dateline(body, months=months)
    if found is not None:
        return found
    offset = 0
    for line in body[:_LEAD_CHARS].split("\n")[:_LEAD_LINES]:
        if offset and line.strip():
            later = parse_wire_dateline(body[offset:], months=months, after_headline=True)
            if later is not None:
                return replace(later, start=offset + later.start, end=offset + later.end)
        offset += len(line) + 1
    return None


def parse_wire_dateline(body: str, *, months: dict[str, int] | None = None,
                        after_headline: bool = False) -> WireDateline | None:
    """The dateline at the start of ``body``, or None when the article does not open with one.
    After a headline only the unmistakable forms count (an agency named, a shouted place)."""
    months = month_names() if months is None else months
    start = body[:300]
    if _OPENING.match(start) is None:
        return _other_forms(start, months, after_headline)
    return _bracketed_source(start, months)


def _other_forms(start: str, months: dict[str, int], after_headline: bool) -> WireDateline | None:
    """Datelines that name no agency in brackets: TASS's, the Latin American ".-", the German
    "·", a place glued to the first word, a dated line of its own, "PARIS, 4 mars –"."""
    for pattern in (_SLASHED, _DOT_DASH, _MIDDLE_DOT, _OWN_LINE):
        match = pattern.match(start)
        if match is not None:
            dated = _from_match(match, months, shouted_or_dated=pattern is not _MIDDLE_DOT,
                                dated=pattern is _OWN_LINE)
            if dated is not None:
                return dated
    colons = _colon_line(start, months)
    if colons is not None:
        return colons
    if not after_headline:
        glued = _glued(start)
        if glued is not None:
            return glued
    outlet = _outlet_after_dash(start)
    if outlet is not None:
        return outlet
    shouted = _shouted_colon(start)
    if shouted is not None:
        return shouted
    match = _OPENING_WITHOUT_SOURCE.match(start)
    return _unbracketed(match, months) if match is not None else None


def _outlet_after_dash(start: str) -> WireDateline | None:
    """"رام الله - وفا: استشهد ...": a place of at most three words in a script without capitals
    (or shouted), a dash, an outlet of at most four words and a colon."""
    match = _DASH_OUTLET.match(start)
    if match is None:
        return None
    place, source = match.group("head").strip(), match.group("source").strip()
    if len(place.split()) > 3 or len(source.split()) > 4 or not _looks_like_place(place) \
            or (place[0].isascii() and not _is_shouted(place)):
        return None
    function_words = _function_words(tuple(available_languages()))
    if any(fold_key(word) in function_words for word in [*place.split(), source.split()[0]]):
        return None  # "قال المسؤول - وهو ضابط: ...": a sentence, not a dateline
    return WireDateline(place=_title_case(place), region=None, day=None, month=None, year=None, source=source,
                        start=match.start("head"), end=match.end())


def _shouted_colon(start: str) -> WireDateline | None:
    """"RAIPUR: Twelve Maoists were killed …": a shouted place of at most three words and a colon
    (the Indian and Pakistani papers' dateline); not a shouted label ("BREAKING: …", "UPDATE: …")."""
    match = _SHOUTED_COLON.match(start)
    if match is None:
        return None
    place = match.group("head").strip()
    if not _is_shouted(place) or not any(ch.isupper() for ch in place) or len(place) < 3 \
            or fold_key(place) in _SHOUTED_LABELS:
        return None
    return WireDateline(place=_title_case(place), region=None, day=None, month=None, year=None, source="",
                        start=match.start("head"), end=match.end())


def _colon_line(start: str, months: dict[str, int]) -> WireDateline | None:
    """"ود مدني : السبت: 3فبراير 2024 : راديو دبنقا": a line of its own whose parts, between
    colons, are a place (first), a weekday, a day with its month and an outlet. Only with a day
    and a month is it a dateline (a sentence has no such parts: "Le ministre : « … »")."""
    match = _COLON_LINE.match(start)
    if match is None:
        return None
    place, *parts = (part.strip() for part in match.group("head").split(":"))
    if not _looks_like_place(place) or len(place.split()) > 3:
        return None
    weekdays = _weekday_names(tuple(available_languages()))
    day = month = year = None
    sources = []
    for part in parts:
        dated = _parse_date_segment(part, months)
        if dated is not None and dated[0] is not None:
            day, month, year = dated
        elif fold_key(part) not in weekdays:
            sources.append(part)
    if day is None or month is None or len(sources) > 1 or any(len(s.split()) > 4 for s in sources):
        return None
    return WireDateline(place=_title_case(place), region=None, day=day, month=month, year=year,
                        source=sources[0] if sources else "", start=match.start("head"), end=match.end())


@functools.cache
def _weekday_names(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name for lang in languages for name in folded_index(pack_dates(lang).weekdays))


def _bracketed_source(start: str, months: dict[str, int]) -> WireDateline | None:
    """"MOSOUL, Irak, 9 novembre (Reuters) –", "Frankfurt a.M., Kinshasa (epd). Die Polizei"."""
    match = _OPENING.match(start)
    return _dateline(match, months, unattributed=False) if match is not None else None


def _unbracketed(match: re.Match[str], months: dict[str, int]) -> WireDateline | None:
    return _dateline(match, months, unattributed=True)


def _dateline(match: re.Match[str], months: dict[str, int], *, unattributed: bool) -> WireDateline | None:
    head = match.group("head").strip()
    bracketed = _BRACKETED.search(head)  # "الفاشر (السودان)، 14 أيلول" / "GOMA (RD Congo), 2 mai"
    if bracketed:
        head = head[:bracketed.start()] + ", " + bracketed.group(1) + head[bracketed.end():]
    parts = _head_parts(head, months)
    if parts is None:
        return None
    places, day, month, year = parts
    if places and not _looks_like_place(places[0]):
        return None
    named = not unattributed and (match.group(0).rstrip().endswith(".") or _agency(match.group("source"))) \
        and bool(places) and all(_looks_like_place(p) and len(p.split()) <= 3 for p in places)
    # "Kinshasa (epd). Die …", "Kairo/Khartum (dpa) - Bei …"
    if month is None and not (places and _is_shouted(places[0])) and not named:
        return None  # "Breaking (Update) - …" is no dateline; "Kinshasa (epd). …" is
    if unattributed and not places:
        return None
    shouted = bool(places) and _is_shouted(places[0]) and any(ch.isupper() for ch in places[0]) \
        and len(places[0]) > 2
    if unattributed and (day is None or month is None) and not shouted:
        return None  # "Breaking - ..." is no dateline; "PARIS, 4 mars -" and "DUBAI, United Arab Emirates –" are
    return WireDateline(
        place=_title_case(places[0]) if places else None,
        region=places[1] if len(places) > 1 else None,
        day=day, month=month, year=year,
        source="" if unattributed else match.group("source").strip(),
        start=match.start("head"), end=match.end(),
    )


def _from_match(match: re.Match[str], months: dict[str, int], *, shouted_or_dated: bool,
                dated: bool = False) -> WireDateline | None:
    """A dateline from a match of one of the agency forms: its head's place and day (a line of
    its own is a dateline only with both)."""
    parts = _head_parts(match.group("head").strip(), months)
    if parts is None:
        return None
    places, day, month, year = parts
    if dated and (day is None or month is None or len(places) != 1):
        return None
    if not places or not _looks_like_place(places[0]):
        return None
    if shouted_or_dated and month is None and not _is_shouted(places[0]) and len(places) < 2:
        return None  # "Nein.- …" is no dateline; "SAN JUAN, Puerto Rico.-" and "Zitácuaro, Mich., a 17 de …" are
    source = match.groupdict().get("source") or ""
    return WireDateline(place=_title_case(places[0]), region=places[1] if len(places) > 1 else None,
                        day=day, month=month, year=year, source=source.strip(),
                        start=match.start("head"), end=match.end())


def _head_parts(head: str, months: dict[str, int]) -> tuple[list[str], int | None, int | None, int | None] | None:
    """A dateline head's places and day: "MOSOUL, Irak, 9 novembre" → (["MOSOUL", "Irak"], 9, 11, None)."""
    segments = [segment for segment in _SEGMENTS.split(head) if segment]
    if not segments or len(segments) > 4:
        return None
    day = month = year = None
    places: list[str] = []
    for segment in segments:
        dated = _parse_date_segment(segment, months)
        if dated:
            day, month, year = dated
        else:
            for part in segment.split("/"):  # "Tel Aviv/Gaza": two bureaus, the first is the place
                places.append(part.strip(" -") if not part.rstrip().endswith(".") or len(places) else
                              part.strip(" -."))
    if len(places) > 4:
        return None
    return places, day, month, year


def _agency(source: str) -> bool:
    """Whether a bracketed source names a news agency ("dpa", "AFP/dpa", "Reuters"): then a
    place before it opens a dateline though no day is given ("Johannesburg (dpa) - …")."""
    return any(word in _AGENCIES for word in re.split(r"[\s/,-]+", source.lower()) if word)


def _glued(start: str) -> WireDateline | None:
    """"TiflisAus Furcht vor …": a place glued to a sentence's first word, which is a function
    word of some language (so "McDonald" or "DeutschlandTrend" are not datelines)."""
    match = _GLUED.match(start)
    if match is None or not match.group("next")[0].isupper() or not match.group("head")[1:].islower() \
            or fold_key(match.group("next")) not in _function_words(tuple(available_languages())):
        return None  # the classes above tell case in ASCII only: "Israël" is no "Isra" glued to "ël"
    return WireDateline(place=match.group("head"), region=None, day=None, month=None, year=None, source="",
                        start=match.start("head"), end=match.end("head"))


@functools.cache
def _function_words(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_key(word) for lang in languages for word in pack_meta(lang).stopwords)


def _parse_date_segment(segment: str, months: dict[str, int]) -> tuple[int | None, int, int | None] | None:
    folded = fold_key(_GLUED_NUMBER.sub(" ", segment.replace(".", " ")))
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
