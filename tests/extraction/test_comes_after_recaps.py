""""The protest comes a week after a bus driver was killed in ...", on sentences we wrote: the
wire's formula that sets today's event against an earlier one ("comes … after", "intervient …
après", "se produce … después") tells no new event: not the earlier act (background), nor the
event of the story again at the earlier act's place."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("text", "lang"), [
    ("The attack comes just days after militants killed 12 soldiers in Djibo.", "en"),
    ("L'attaque intervient une semaine après la mort de douze soldats à Djibo.", "fr"),
    ("La protesta se produce una semana después del asesinato de un chofer de autobús en Arequipa.", "es"),
])
def test_comes_after_tells_no_event(events_of, text, lang):
    assert events_of(text, lang, PUBLISHED) == []


def test_the_story_event_stays_and_the_recap_adds_nothing(events_of):
    story = ("LIMA, 10 jun (EFE) - Miles de transportistas protestaron este martes en Lima contra la ola de "
             "extorsiones.\n\n"
             "La protesta se produce una semana después del asesinato de un chofer de autobús en Arequipa.")
    events = events_of(story, "es", PUBLISHED)
    assert [(e.location, e.sub_event_type) for e in events] == [("Lima", "Peaceful protest")]


def test_an_act_told_after_an_earlier_one_stays(events_of):
    (event,) = events_of("Gunmen killed five villagers in Djibo on Monday, hours after a market fire.", "en",
                         PUBLISHED)
    assert event.location == "Djibo"
