"""Russian "семь"/"семи" (seven) share their stem with "семья" (family, a civilians word): the
family's forms are matched as exact words (``dateline/data/ru/actors.toml``), so "погибли семь
полицейских" counts seven police, not civilians. Sentences are ours."""

from dateline.models import Document


def _events(engine, text: str):  # type: ignore[no-untyped-def]
    return engine.extract(Document(id="t", text=text, published="2024-09-12", lang="ru")).events


def test_seven_police_killed_are_the_police(engine):
    events = _events(engine, "В результате нападения в Кизляре погибли семь полицейских.")
    assert [(e.actor2.split(" (")[0], e.fatalities) for e in events] == [("Police Forces of Russia", 7)]


def test_an_attack_on_a_police_post_with_seven_dead_police(engine):
    events = _events(engine, "При нападении на пост полиции в Хасавюрте в среду погибли семь полицейских.")
    assert [(e.actor1, e.actor2.split(" (")[0]) for e in events] == [
        ("Unidentified Armed Group (Russia)", "Police Forces of Russia")]


def test_seven_soldiers_of_the_genitive_are_soldiers(engine):
    events = _events(engine, "Боевики обстреляли колонну под Буйнакском, ранены семь военных.")
    assert events and all(not e.actor2.startswith("Civilians") for e in events)


def test_a_family_is_still_civilians(engine):
    events = _events(engine, "В Буйнакске в среду неизвестные расстреляли семью из четырех человек.")
    assert [e.actor2 for e in events] == ["Civilians (Russia)"]
