"""Russian "семь"/"семи" (seven) share their stem with "семья" (family, a civilians word): the
family's forms are matched as exact words (``dateline/data/ru/actors.toml``), so "погибли семь
полицейских" counts seven police, not civilians. Sentences are ours."""

PUBLISHED = "2024-09-12"  # a Thursday


def test_seven_police_killed_are_the_police(events_of):
    events = events_of("В результате нападения в Кизляре погибли семь полицейских.", "ru", PUBLISHED)
    assert [(e.actor2.split(" (")[0], e.fatalities) for e in events] == [("Police Forces of Russia", 7)]


def test_an_attack_on_a_police_post_with_seven_dead_police(events_of):
    events = events_of("При нападении на пост полиции в Хасавюрте в среду погибли семь полицейских.", "ru", PUBLISHED)
    assert [(e.actor1, e.actor2.split(" (")[0]) for e in events] == [
        ("Unidentified Armed Group (Russia)", "Police Forces of Russia")]


def test_seven_soldiers_of_the_genitive_are_soldiers(events_of):
    events = events_of("Боевики обстреляли колонну под Буйнакском, ранены семь военных.", "ru", PUBLISHED)
    assert events and all(not e.actor2.startswith("Civilians") for e in events)


def test_a_family_is_still_civilians(events_of):
    events = events_of("В Буйнакске в среду неизвестные расстреляли семью из четырех человек.", "ru", PUBLISHED)
    assert [e.actor2 for e in events] == ["Civilians (Russia)"]
