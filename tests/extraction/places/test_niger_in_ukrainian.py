"""Ukrainian "у Нігері" is Niger in the locative, though it spells the stem of Nigeria's name
("Нігерія", "у Нігерії"), which is never written bare. Sentences are ours."""

import pytest

PUBLISHED = "2025-01-15"  # a Wednesday


@pytest.mark.parametrize(("text", "country"), [
    ("У вівторок у Нігері бойовики атакували військовий табір, загинули 20 солдатів.", "NE"),
    ("У вівторок у Нігері бойовики атакували військових у регіоні Тіллабері, загинули 20 солдатів.", "NE"),
    ("У вівторок у Нігерії бойовики атакували військовий табір, загинули 20 солдатів.", "NG"),
])
def test_niger_and_nigeria(events_of, text, country):
    assert [e.country_code for e in events_of(text, "uk", PUBLISHED)] == [country]
