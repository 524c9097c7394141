""""В память о погибших" names whom a gathering remembers, not the event told: the memory cue
qualifies its own phrase (a background opener, ``cues.toml``), so the arrests at the gathering and
the gathering itself stay events. Sentences are ours."""

import pytest

PUBLISHED = "2026-02-12"  # a Thursday


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В среду в Санкт-Петербурге полиция задержала семь человек, пришедших с цветами в память "
           "о жертвах репрессий."),
    ("uk", "У середу в Києві поліція затримала трьох людей, які прийшли з квітами в пам'ять про загиблих."),
])
def test_arrests_at_a_commemoration_stay_events(events_of, lang, text):
    assert [e.sub_event_type for e in events_of(text, lang, PUBLISHED)] == ["Arrests"]


def test_a_commemorative_rally_is_a_protest_not_the_old_attack(events_of):
    events = events_of("В среду в Москве прошла акция в память о погибших в теракте 2004 года.", "ru", PUBLISHED)
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Peaceful protest", "2026-02-11")]
