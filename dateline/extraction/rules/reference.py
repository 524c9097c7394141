"""The day relative dates ("jeudi", "hier", "last week") are counted from.

The publication day, when known. A publication date given as a month only (``2025-03``, as
some archives and the gold format allow) is no day: dates are resolved from the month's last
day (so that "le 20 mars" is this March's), relative ones are then said to be known to the
month only (``time_precision`` 3), and the rest of the engine (what is recent, what is
background) reasons from the middle of the month. An article of March 2025 never yields an
event dated this week. A wire dateline's day and month
with no year anywhere (a document built without the readers, which infer it themselves) is
the most recent such day. Only a document with no date at all falls back to today.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass

from ...models import Document, Event, WireDateline
from ...read.wire import most_recent_day, resolve_published
from .timex import TimeExpr

DAY, WEEK, MONTH = 1, 2, 3
# time expressions counted from the reference day (an explicit "9 novembre" is not)
_RELATIVE = frozenset({"weekday", "relative", "night", "period", "weekend"})
# why a frame has the day it has when its sentence does not give the event's own day
PUBLICATION_DAY = "publication day"
INHERITED_DAY = "inherited from context"
STATEMENT_DAY = "day of the statement"  # "police said on Thursday"
BEFORE_STATEMENT = "before the statement"  # "said on Thursday that it had struck"
REPORT_DAYS = frozenset({STATEMENT_DAY, BEFORE_STATEMENT})  # a day in the sentence, but not the event's
# date reasons of the frames that take the reference day itself, or the day before it
_FROM_REFERENCE = frozenset({PUBLICATION_DAY, BEFORE_STATEMENT})


@dataclass(frozen=True)
class Reference:
    day: dt.date
    precision: int  # DAY known; MONTH only the month; WEEK nothing (today, as before)
    reason: str

    @property
    def month_only(self) -> bool:
        return self.precision == MONTH

    @property
    def context_day(self) -> dt.date:
        """The day the engine measures recency from: the middle of a month-only date's month
        (any day of it is then at most a fortnight away), else the reference day itself."""
        return self.day.replace(day=15) if self.month_only else self.day


def publication_reference(doc: Document, dateline: WireDateline | None,
                          today: dt.date | None = None) -> Reference:
    today = today or dt.date.today()
    published = doc.published
    if dateline is not None and (published is None or len(published) < 10):
        published = resolve_published(published, dateline) or published
        if published is None and dateline.day and dateline.month:
            day = most_recent_day(dateline.month, dateline.day, today)
            if day is not None:
                return Reference(day, DAY, "wire dateline day and month; the year of the most recent such day")
    if published and len(published) >= 10:
        return Reference(dt.date.fromisoformat(published[:10]), DAY, "publication day")
    if published and len(published) == 7:
        year, month = int(published[:4]), int(published[5:7])
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return Reference(last, MONTH, f"published {published} (month only): relative dates resolved within "
                                      "that month, known to the month")
    return Reference(today, WEEK, "no publication date: today")


def dated_by_text(reference: Reference, explicit: list[dt.date]) -> Reference:
    """A month-only publication date refined by the text: a story that writes a day of that
    month with its weekday ("ce samedi 17 février 2018") tells it as its present, so relative
    dates ("vendredi soir") count from the latest such day. A date written alone may be one
    the story recalls ("le 15 avril, …"), and refines nothing."""
    if not reference.month_only:
        return reference
    days = [day for day in explicit if (day.year, day.month) == (reference.day.year, reference.day.month)]
    if not days:
        return reference
    return Reference(max(days), DAY, f"published {reference.day:%Y-%m} (month only); the latest day of it "
                                     "the text writes with its weekday")


def dated_by_weekdays(reference: Reference, told: list[dt.date]) -> Reference:
    """A month-only publication date with no day written: a story that tells its days by weekday
    ("Vendredi dernier, …", "Dimanche, ils ont ensuite attaqué…", "Mercredi matin, ils ont
    incendié…") tells them in order up to its present, the last one. That last weekday, counted
    from the month's end, is the day the others count back from (each resolved alone from the
    month's end, Friday and Sunday would fall after Wednesday). Still known to the month only."""
    if not reference.month_only or not told:
        return reference
    return Reference(told[-1], MONTH, f"published {reference.day:%Y-%m} (month only); weekdays counted back "
                                      "from the last one the text tells")


def within_month(times: list[TimeExpr], reference: Reference) -> list[TimeExpr]:
    """Relative expressions of a month-only document: known to the month, never finer."""
    if not reference.month_only:
        return times
    return [dataclasses.replace(t, precision=MONTH) if t.kind in _RELATIVE and t.precision < MONTH else t
            for t in times]


def events_within_month(events: list[Event], reference: Reference) -> list[Event]:
    """Events dated from the reference day itself (no date in their sentence) of a
    month-only document: known to the month only."""
    if not reference.month_only:
        return events
    for event in events:
        if event.provenance.get("date_reason") in _FROM_REFERENCE and event.time_precision < MONTH:
            event.time_precision = MONTH
        event.provenance["reference"] = reference.reason
    return events
