"""A summary's town lines joined by a comma, each opening with "in" and its town ("У Гуляйполі
загинула жінка, у Комишувасі поранено двох чоловіків"): each town keeps its own toll, as with
a semicolon between them. Sentences are ours (``dateline.extraction.rules.town_tolls``)."""

PUBLISHED = "2025-06-14"  # a Saturday


def test_uk_town_lines_after_a_comma_keep_their_tolls(events_of):
    text = ("Російські війська в четвер обстріляли 9 населених пунктів Запорізької області, повідомила ОВА. "
            "У Гуляйполі загинула жінка, у Комишувасі поранено двох чоловіків.")
    tolls = {e.location: (e.fatalities or 0, e.injured or 0) for e in events_of(text, "uk", PUBLISHED)}
    assert tolls.get("Hulyaypole") == (1, 0)
    assert tolls.get("Komyshuvakha") == (0, 2)


def test_ru_town_lines_after_a_comma_keep_their_tolls(events_of):
    text = ("ВСУ в среду обстреляли несколько населенных пунктов Белгородской области, сообщил губернатор. "
            "В Шебекино погиб мужчина, в Грайвороне ранены три женщины.")
    tolls = {e.location: (e.fatalities or 0, e.injured or 0) for e in events_of(text, "ru", PUBLISHED)}
    assert tolls.get("Shebekino") == (1, 0)
    assert tolls.get("Grayvoron") == (0, 3)


def test_towns_with_acts_of_their_own_keep_their_tolls(events_of):
    """Each town told with its own act: the casualties from one act up to the next are its own."""
    text = ("Warplanes struck the port of Hodeidah on Friday, killing four people and wounding 30, a day after "
            "a drone attack on Tel Aviv killed one man.")
    tolls = {e.location: (e.fatalities, e.injured) for e in events_of(text, "en", "2024-07-20")}
    assert tolls.get("Al Hudaydah") == (4, 30)
    assert tolls.get("Tel Aviv") == (1, None)


def test_a_town_with_an_act_and_no_toll_takes_none_of_the_others(events_of):
    text = "Jets bombed Idlib on Sunday, killing at least 11 people, as rebels who seized Aleppo pressed on."
    tolls = {e.location: e.fatalities for e in events_of(text, "en", "2024-12-02")}
    assert tolls.get("Idlib") == 11
    assert tolls.get("Aleppo") is None


def test_towns_of_one_act_share_its_toll(events_of):
    text = "Missiles hit Kharkiv, Odesa and Dnipro on Monday, killing at least seven people."
    assert all(e.fatalities is None for e in events_of(text, "en", "2024-05-07"))
