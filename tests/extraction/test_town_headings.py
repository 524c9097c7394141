"""A live blog's item opens with its town alone ("09:52 Херсон.") and tells what happened there
in the next sentence with no place of its own: the heading places it (``rules/headings.py``), as
the town of that item, not one inherited that a later strike might absorb. Sentences are ours."""

PUBLISHED = "2026-05-14"  # a Thursday


def test_a_heading_town_places_its_item(events_of):
    text = ("Головне за ранок 14 травня\n\n"
            "09:52 Херсон. Російські війська атакували дроном маршрутний автобус. Загинув водій, двоє "
            "пасажирів поранені.\n\n"
            "08:47 Сумщина. Ворог скинув дві керовані авіабомби на Білопілля. Поранено чоловіка.")
    events = events_of(text, "uk", PUBLISHED)
    assert sorted((e.location, e.fatalities) for e in events) == [("Bilopillia", 0), ("Kherson", 1)]


def test_a_country_heads_nothing(events_of):
    events = events_of("Україна. Російський дрон атакував маршрутку, загинув водій.", "uk", PUBLISHED)
    assert all(e.geo_precision == 3 for e in events)


def test_a_sentence_with_an_act_is_no_heading(events_of):
    events = events_of("Вибухи в Сумах. Російський дрон атакував маршрутку в Охтирці, загинув водій.",
                       "uk", PUBLISHED)
    assert "Okhtyrka" in {e.location for e in events}
