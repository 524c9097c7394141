"""Running a pack's own examples (``dateline/data/<lang>/examples.toml``) through the engine.

Each ``tests/lang/<xx>/`` folder runs its language's examples with these helpers, beside the
tests of that language's particulars."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.models import Document
from dateline.packs import read_pack_file, validate
from dateline.packs.schema import Example, Examples


def examples_of(lang: str) -> list[Any]:
    """The pack's examples as pytest parameters named ``<lang>-<number>``."""
    data = validate(Examples, read_pack_file(lang, "examples"), f"dateline/data/{lang}/examples.toml")
    assert data.example, f"the {lang} pack has no examples"
    return [pytest.param(example, id=f"{lang}-{number}") for number, example in enumerate(data.example, start=1)]


def check_example(engine: Any, lang: str, example: Example) -> None:
    """The sentence gives exactly the event its ``expect`` describes (or ``events`` of them)."""
    doc = Document(id="example", text=example.text, published=example.published, lang=lang)
    events = engine.extract(doc).events
    if example.events is not None:
        assert len(events) == example.events, [e.sub_event_type for e in events]
        return
    assert example.expect, "an example expects fields or a number of events"
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    record = events[0].model_dump(mode="json")
    for field, expected in example.expect.items():
        assert record[field] == expected, (field, record[field], expected)

