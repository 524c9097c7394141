"""Ukrainian: what is an event and what only surrounds one. Sentences written for these tests."""


def test_an_order_to_lay_down_arms_is_no_surrender(events_of):
    """An ultimatum ("наказали скласти зброю") is a threat, not a change of the army's activity."""
    text = "Бойовики в Кідалі наказали солдатам гарнізону скласти зброю до п'ятниці."
    assert events_of(text, "uk", "2025-02-03") == []


def test_a_total_told_on_a_day_is_no_event_of_that_day(events_of):
    """The day before "заявляв, що" is when the total was told; the total itself has no day."""
    text = ("12 березня речник Генштабу заявляв, що з початку контрнаступу сили оборони звільнили 90 км² "
            "на Запоріжжі.")
    assert events_of(text, "uk", "2025-03-20") == []


def test_a_blow_to_someone_is_no_strike(events_of):
    """"стало ударом для економіки" is a figure of speech (a blow to), not a strike."""
    text = "Закриття порту в Одесі у вівторок стало серйозним ударом для економіки."
    assert events_of(text, "uk", "2025-06-02") == []
