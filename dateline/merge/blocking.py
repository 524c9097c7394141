"""Blocking: which canonical events a report is compared with at all.

Comparing a report with every canonical event would cost more as the store grows; a report
is compared only with the canonical events of its block: the same country (and, for a
border fight between two states placed only in one of them, the other: see
:func:`~dateline.merge.match.across_border`), a date within the widest window either side's
date precision allows, and, when the report's place is precise, a bounding box around it
(or a canonical event with no precise place). Every
canonical event outside the block is one that :func:`~dateline.merge.match.compare` would
refuse anyway, so blocking changes the cost, never the result.

The store turns the same rules into range queries on an indexed
``(country_code, time_precision, event_date)``: :func:`date_ranges` gives them for a batch
of reports.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from .match import TAKING_WINDOW_DAYS, TAKINGS, Coded, across_border, date_window

# The widest date window of any report (month precision): nothing further apart can match.
WINDOW_DAYS = 31
# Half the side of the box around a precise place: about 110 km, wider than any distance
# limit of match.py (a canonical event further away cannot match).
BOX_DEGREES = 1.0
PRECISIONS = (1, 2, 3)  # day, week, month


def reach(report_precision: int, cluster_precision: int) -> int:
    """Days either side within which a report and a canonical event of these date precisions
    may be one event (the wider of the two windows)."""
    return _REACH.get((report_precision, cluster_precision)) or min(
        max(date_window(report_precision), date_window(cluster_precision)), WINDOW_DAYS)


def reach_of(report: Coded, cluster_precision: int) -> int:
    """:func:`reach` for this report: a week for the taking of a place (see ``match.TAKINGS``)."""
    days = reach(report.time_precision, cluster_precision)
    return max(days, TAKING_WINDOW_DAYS) if report.sub_event_type in TAKINGS else days


_REACH = {(a, b): min(max(date_window(a), date_window(b)), WINDOW_DAYS) for a in PRECISIONS for b in PRECISIONS}


@dataclass(frozen=True, slots=True)
class Box:
    """A latitude/longitude rectangle around a precise place."""

    lat_low: float
    lat_high: float
    lon_low: float
    lon_high: float

    def holds(self, latitude: float, longitude: float) -> bool:
        return self.lat_low <= latitude <= self.lat_high and self.lon_low <= longitude <= self.lon_high


def box(report: Coded) -> Box | None:
    """The box of a report with a precise place (town or nearer), or None: a report known only
    to its region or country may be any canonical event of its country."""
    if report.latitude is None or report.longitude is None or (report.geo_precision or 3) >= 3:
        return None
    half_width = BOX_DEGREES / max(math.cos(math.radians(report.latitude)), 0.2)
    return Box(report.latitude - BOX_DEGREES, report.latitude + BOX_DEGREES,
               report.longitude - half_width, report.longitude + half_width)


def countries(report: Coded) -> tuple[str, ...]:
    """The countries whose canonical events ``report`` is compared with."""
    other = across_border(report)
    return (report.country_code, other) if other else (report.country_code,)


def in_block(report: Coded, cluster: Coded, report_box: Box | None) -> bool:
    """Whether ``cluster`` is in the block of ``report`` (whose :func:`box` is ``report_box``)."""
    if cluster.country_code not in countries(report):
        return False
    if abs((cluster.event_date - report.event_date).days) > reach_of(report, cluster.time_precision):
        return False
    return in_box(report_box, cluster)


def in_box(report_box: Box | None, cluster: Coded) -> bool:
    """The place part of :func:`in_block`: inside the report's box, or no precise place on
    either side."""
    if report_box is None or cluster.latitude is None or cluster.longitude is None:
        return True
    if (cluster.geo_precision or 3) >= 3:  # a province or country (or not said): anywhere in it
        return True
    return report_box.holds(cluster.latitude, cluster.longitude)


@dataclass(frozen=True, slots=True)
class DateRange:
    """Canonical events of ``country`` with date precision ``precision`` dated ``low``..``high``."""

    country_code: str
    precision: int
    low: dt.date
    high: dt.date


def date_ranges(reports: Iterable[Coded]) -> list[DateRange]:
    """The ranges that hold the blocks of ``reports`` (overlapping ranges joined), for the
    store's candidate query."""
    days: dict[tuple[str, int, bool], set[int]] = {}
    for report in reports:
        taking = report.sub_event_type in TAKINGS
        for country in countries(report):
            days.setdefault((country, report.time_precision, taking), set()).add(report.event_date.toordinal())
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for (country, report_precision, taking), ordinals in days.items():
        for precision in PRECISIONS:
            width = reach(report_precision, precision)
            width = max(width, TAKING_WINDOW_DAYS) if taking else width
            spans.setdefault((country, precision), []).extend((day - width, day + width) for day in ordinals)
    ranges = []
    for (country, precision), found in sorted(spans.items()):
        found.sort()
        low, high = found[0]
        for start, end in found[1:]:
            if start > high + 1:
                ranges.append(DateRange(country, precision, dt.date.fromordinal(low), dt.date.fromordinal(high)))
                low, high = start, end
            else:
                high = max(high, end)
        ranges.append(DateRange(country, precision, dt.date.fromordinal(low), dt.date.fromordinal(high)))
    return ranges
