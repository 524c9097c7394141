"""Russian: what is an event and what only surrounds one. Sentences written for these tests."""

from ..examples import events_of


def test_earlier_reports_are_background(engine):
    assert events_of(engine, "ru", "Ранее министр сообщал, что на переговорах в Стамбуле стороны договорились об "
                                   "обмене пленными.", "2025-08-24") == []
