"""Every pack's own examples (``dateline/data/<lang>/examples.toml``) run through the engine."""

import pytest

from dateline.models import Document
from dateline.packs import available_languages, read_data_file


def _examples():
    for lang in available_languages():
        for number, example in enumerate(read_data_file(lang, "examples.toml").get("example", []), start=1):
            yield pytest.param(lang, example, id=f"{lang}-{number}")


def test_every_pack_has_examples():
    assert all(read_data_file(lang, "examples.toml").get("example") for lang in available_languages())


@pytest.mark.parametrize("lang, example", list(_examples()))
def test_pack_example(engine, lang, example):
    doc = Document(id="example", text=example["text"], published=example["published"], lang=lang)
    events = engine.extract(doc).events
    if "events" in example:
        assert len(events) == example["events"], [e.sub_event_type for e in events]
        return
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    record = events[0].model_dump(mode="json")
    for field, expected in example["expect"].items():
        assert record[field] == expected, (field, record[field], expected)
