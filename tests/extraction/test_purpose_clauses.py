"""What a crowd marches for is not what happened there, on sentences we wrote: the places and
the dead of a purpose ("to demand justice for a student killed in custody") are not the event's."""

import pytest

PUBLISHED = "2025-04-12"  # a Saturday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "NAIROBI, April 12 - Hundreds of students marched in Nairobi on Saturday to demand justice for a "
           "colleague killed in custody, and police fired tear gas to disperse them."),
    ("fr", "DAKAR, 12 avril – Des centaines de jeunes ont manifesté samedi à Dakar pour dénoncer la mort de deux "
           "étudiants tués par balles la semaine dernière, et la police a dispersé le cortège à coups de gaz "
           "lacrymogène."),
])
def test_the_dead_a_crowd_marches_for_are_not_its_dead(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"
    assert not event.fatalities


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "LONDON, April 12 - Tens of thousands of people marched through central London on Saturday to demand "
           "an end to the war in Sudan, organisers said."),
    ("fr", "PARIS, 12 avril – Plusieurs milliers de personnes ont manifesté samedi à Paris pour réclamer la fin des "
           "bombardements sur Gaza, selon les organisateurs."),
])
def test_the_war_a_crowd_marches_against_is_no_event_of_the_story(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"
    assert event.country in ("United Kingdom", "France")


def test_the_dead_of_force_used_on_the_crowd_still_count(events_of):
    text = ("LAGOS, April 12 - Police opened fire on protesters demanding an end to fuel shortages in Lagos on "
            "Saturday, killing three people, witnesses said.")
    (event,) = events_of(text, "en", PUBLISHED)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 3
