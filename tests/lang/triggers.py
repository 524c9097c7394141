"""Checking that a sentence we wrote is coded with the expected sub-event type (the
``test_triggers.py`` of each ``tests/lang/<xx>/`` folder: the pack's vocabulary of acts)."""

from __future__ import annotations

from typing import Any

from dateline.models import Document


def sub_types(engine: Any, lang: str, text: str, published: str = "2025-03-11") -> list[str]:
    """The sub-event types the engine codes for ``text``."""
    doc = Document(id="t", text=text, published=published, lang=lang)
    return [e.sub_event_type for e in engine.extract(doc).events]
