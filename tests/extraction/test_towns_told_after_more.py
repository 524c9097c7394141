"""A town told after the act of another with "ще", "також", "ещё", "также" ("also in", "one more
in") is an event of its own, of the same act: in the same sentence the town struck keeps its
own event beside the one told with "in", and a next sentence telling only its dead goes on
with the act told before. Sentences are ours (``rules/event_places.py``, ``rules/frame_dates.py``,
``rules/summaries.py``)."""

import pytest

PUBLISHED = "2025-03-11"  # a Tuesday
DRONES = "Air/drone strike"
RUSSIA = "Military Forces of Russia (2000-)"


def _by_town(events):  # type: ignore[no-untyped-def]
    return {e.location: (e.sub_event_type, e.actor1, e.fatalities or 0, e.injured or 0) for e in events}


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Російські дрони у вівторок атакували Дніпро, поранено трьох людей, ще у Павлограді загинула жінка."),
    ("uk", "Російські дрони у вівторок атакували Дніпро, поранено трьох людей, також у Павлограді загинула жінка."),
    ("ru", "Российские дроны во вторник атаковали Днепр, ранены трое, ещё в Павлограде погибла женщина."),
    ("ru", "Российские дроны во вторник атаковали Днепр, ранены трое, также в Павлограде погибла женщина."),
])
def test_a_town_after_more_in_the_same_sentence_is_an_event_of_its_own(events_of, lang, text):
    assert _by_town(events_of(text, lang, PUBLISHED)) == {
        "Dnipro": (DRONES, RUSSIA, 0, 3), "Pavlohrad": (DRONES, RUSSIA, 1, 0)}


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Російські дрони у вівторок атакували Дніпро, поранено трьох людей. Ще у Павлограді загинула жінка."),
    ("uk", "Російські дрони у вівторок атакували Дніпро, поранено трьох людей. Також у Павлограді загинула жінка."),
    ("ru", "Российские дроны во вторник атаковали Днепр, ранены трое. Ещё один человек погиб в Павлограде."),
    ("ru", "Российские дроны во вторник атаковали Днепр, ранены трое. Также в Павлограде погибла женщина."),
])
def test_a_next_sentence_after_more_goes_on_with_the_act(events_of, lang, text):
    assert _by_town(events_of(text, lang, PUBLISHED)) == {
        "Dnipro": (DRONES, RUSSIA, 0, 3), "Pavlohrad": (DRONES, RUSSIA, 1, 0)}


def test_a_town_struck_and_towns_told_with_in_all_stay(events_of):
    """The struck town is kept beside a town told with "in"; no other name joins them."""
    text = "Російська армія у вівторок обстріляла Херсон, загинув чоловік, у Білозерці поранено жінку."
    assert set(_by_town(events_of(text, "uk", PUBLISHED))) == {"Kherson", "Bilozerka"}


def test_more_victims_in_the_same_town_stay_one_event(events_of):
    text = ("Российские дроны во вторник атаковали Днепр, ранены трое. Ещё один человек погиб в Днепре "
            "под завалами.")
    assert [e.location for e in events_of(text, "ru", PUBLISHED)] == ["Dnipro"]


def test_another_matter_is_no_more_of_the_act(events_of):
    """"من جهة أخرى" (on the other hand) holds a "more" word but turns to another matter: the
    killing told after it is no more of the strike before it."""
    text = ("استهدفت غارة إسرائيلية سيارة في مدينة النبطية جنوبي لبنان صباح الثلاثاء. من جهة أخرى، قتل شاب "
            "في مدينة صور.")
    by_town = {e.location: (e.sub_event_type, e.actor1) for e in events_of(text, "ar", PUBLISHED)}
    assert by_town.get("Tyre") == ("Attack", "Unidentified Armed Group (Lebanon)")
