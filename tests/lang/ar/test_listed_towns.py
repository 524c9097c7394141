"""Arabic: towns listed after a colon ("بلدات حدودية، شملت: A، B") are each an event, and a
sentence listing several towns restates no event told before (sentences written for these tests)."""


_LISTED = "وفي بيان لاحق، أعلنت الجماعة شن هجمات على مواقع للجيش في بلدات حدودية، شملت: كايس، نيورو، يوم الأحد."


def test_a_border_word_before_the_colon_does_not_make_the_list_near(events_of):
    """"حدودية" (border) is a relative phrase, but the comma and the colon after it close it:
    the towns listed are where the attacks were, each its own event, placed exactly."""
    events = events_of(_LISTED, "ar", "2025-03-10")
    assert sorted(e.location for e in events) == ["Kayes", "Nioro"]
    assert {e.geo_precision for e in events} == {1}


def test_a_near_phrase_right_before_a_town_still_locates_it(events_of):
    (event,) = events_of("اشتبك مسلحون مع الجيش المالي يوم الأحد قرب كايس.", "ar", "2025-03-10")
    assert event.location == "Kayes" and event.geo_precision == 2


def test_listed_towns_are_no_restatement_of_an_earlier_fight(events_of):
    """A clash near Timbuktu, then a statement on attacks on two towns far from it, the same day:
    three events, not the first one retold."""
    text = "اشتبك مسلحون من جماعة نصرة الإسلام والمسلمين يوم الأحد مع الجيش المالي قرب تمبكتو. " + _LISTED
    events = events_of(text, "ar", "2025-03-10")
    assert sorted(e.location for e in events) == ["Kayes", "Nioro", "Timbuktu"]


def test_towns_told_one_by_one_with_their_own_dead_are_events_of_their_own(events_of):
    """A lead summing the day's strikes on the Gaza Strip, then each town with its own dead, a
    paragraph each: the towns are near one another (less than the distance a later detail may
    be from its lead), but each toll is a strike of its own; the summary's striker is theirs."""
    events = events_of("استشهد 19 فلسطينيا منذ فجر الأحد في غارات إسرائيلية على مناطق متفرقة من "
                       "قطاع غزة، وفق مصادر طبية.\n\nوفي مدينة دير البلح وسط القطاع، استشهد 6 "
                       "فلسطينيين في غارة على منزل.\n\nوفي شمال القطاع، استشهد 4 فلسطينيين في "
                       "غارة على مدرسة تؤوي نازحين في بلدة بيت لاهيا.", "ar", "2025-06-01")
    assert sorted((e.location, e.fatalities) for e in events) == [("Bayt Lahya", 4), ("Dayr al Balah", 6)]
    assert {e.actor1 for e in events} == {"Military Forces of Israel (2022-)"}
