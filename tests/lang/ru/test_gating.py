"""Russian: what is an event and what only surrounds one. Sentences written for these tests."""


def test_earlier_reports_are_background(events_of):
    assert events_of("Ранее министр сообщал, что на переговорах в Стамбуле стороны договорились об "
                     "обмене пленными.", "ru", "2025-08-24") == []


def test_counts_per_region_are_one_interception_per_region(events_of):
    text = "Средства ПВО перехватили и уничтожили 19 беспилотников над Белгородом, 6 над Курском и 5 над Воронежем."
    events = events_of(text, "ru", "2026-01-15")
    assert sorted(e.location for e in events) == ["Belgorod", "Kursk", "Voronezh"]
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_one_total_over_a_list_of_regions_is_a_count(events_of):
    text = "Средства ПВО перехватили и уничтожили 30 беспилотников над Белгородом, Курском и Воронежем."
    assert events_of(text, "ru", "2026-01-15") == []


def test_an_order_to_lay_down_arms_is_no_surrender(events_of):
    """An ultimatum ("приказали сложить оружие до пятницы") is a threat, not a change of the
    army's activity."""
    text = "Боевики в Кидале приказали солдатам гарнизона сложить оружие до пятницы."
    assert events_of(text, "ru", "2025-02-03") == []


def test_a_total_told_on_a_day_is_no_event_of_that_day(events_of):
    """The day before "сообщал, что" is when the total was told; the total itself has no day."""
    text = "3 марта министр обороны сообщал, что с начала года войска заняли 40 сел в Запорожской области."
    assert events_of(text, "ru", "2025-03-10") == []


def test_a_blow_to_someone_is_no_strike(events_of):
    """"стало ударом для экономики" is a figure of speech (a blow to), not a strike."""
    text = "Закрытие порта в Одессе во вторник стало серьезным ударом для экономики."
    assert events_of(text, "ru", "2025-06-02") == []


def test_a_taking_of_the_town_told_before_is_a_taking(events_of):
    """"взяли под контроль этот город": the area word stands for the place told before."""
    text = "Боевики в Мопти в понедельник взяли под контроль этот город."
    assert [e.sub_event_type for e in events_of(text, "ru", "2025-06-02")] \
        == ["Non-state actor overtakes territory"]


def test_a_year_in_a_relative_clause_dates_its_noun_not_the_act(events_of):
    """"СБР, которые с 2019 года контролируют этот район, атаковали рынок": the clause's year is
    no day of the attack, and the attackers named before the clause are its authors."""
    text = ("В Судане \"Силы быстрого реагирования\", которые с 2019 года контролируют этот район, атаковали рынок "
            "в Эль-Обейде.")
    (event,) = events_of(text, "ru", "2025-06-02")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Rapid Support Forces")
