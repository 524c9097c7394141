"""A terminal table of events for people (rich); untrusted text is escaped, never markup."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Event


def events_table(events: Iterable[Event], *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for name, options in (("date", {"no_wrap": True}), ("type", {}), ("place", {}),
                          ("actors", {}), ("killed", {"justify": "right"}),
                          ("hurt", {"justify": "right"}), ("doc", {"overflow": "fold"})):
        table.add_column(name, **options)
    for event in events:
        place = ", ".join(p for p in (event.location, event.country_code) if p)
        actors = event.actor1 + (f" vs {event.actor2}" if event.actor2 else "")
        kind = event.sub_event_type + (" (intercepted)" if event.intercepted else "")
        table.add_row(
            event.event_date.isoformat(), escape(kind), escape(place), escape(actors),
            _number(event.fatalities), _number(event.injured), escape(event.doc_id),
        )
    return table


def print_events(events: Iterable[Event], console: Console, *, title: str | None = None) -> int:
    rows = list(events)
    console.print(events_table(rows, title=title))
    return len(rows)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
