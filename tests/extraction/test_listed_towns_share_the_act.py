"""Towns listed with a comma or a conjunction ("в Хасавюрте и в Кизляре") share the act the
list is told with: the last town's part of the sentence is not only the words after it, so its
victims do not become the attackers (``rules/frame_dates.py`` ``place_window``, ``list_head``).
Sentences are ours."""

PUBLISHED = "2024-06-26"  # a Wednesday


def _sides(events) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((e.location, e.actor1.split(" (")[0], e.actor2.split(" (")[0]) for e in events)


def test_the_second_town_of_a_russian_list_keeps_the_attackers(events_of):
    text = "Боевики напали в среду на посты полиции в Хасавюрте и в Кизляре, погибли двое полицейских."
    assert _sides(events_of(text, "ru", PUBLISHED)) == [
        ("Khasavyurt", "Unidentified Armed Group", "Police Forces of Russia"),
        ("Kizlyar", "Unidentified Armed Group", "Police Forces of Russia")]


def test_the_second_town_of_a_ukrainian_list_keeps_the_attackers(events_of):
    text = "Бойовики в середу напали на пости поліції в Сумах і в Конотопі, поліцейські загинули."
    assert _sides(events_of(text, "uk", PUBLISHED)) == [
        ("Konotop", "Unidentified Armed Group", "Police Forces of Ukraine"),
        ("Sumy", "Unidentified Armed Group", "Police Forces of Ukraine")]


def test_a_march_from_one_town_to_another_is_no_list(events_of):
    text = "Сотні студентів у четвер вирушили маршем протесту із Белграда до Нового Саду."
    events = events_of(text, "uk", "2025-03-13")
    assert all(e.sub_event_type == "Peaceful protest" for e in events)
