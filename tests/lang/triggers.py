"""Checking that a sentence we wrote is coded with the expected sub-event type (the
``test_triggers.py`` of each ``tests/lang/<xx>/`` folder: the pack's vocabulary of acts)."""

from __future__ import annotations

from dateline.models import Event


def sub_types(events: list[Event]) -> list[str]:
    """The sub-event types of the events the engine read (the ``events_of`` fixture's)."""
    return [e.sub_event_type for e in events]
