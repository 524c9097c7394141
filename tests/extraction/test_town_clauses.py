"""A summary's town lines joined by a comma, each opening with "in" and its town ("У Гуляйполі
загинула жінка, у Комишувасі поранено двох чоловіків"): each town keeps its own toll, as with
a semicolon between them. Sentences are ours (``dateline.extraction.rules.town_tolls``)."""

from dateline.models import Document


def events_of(engine, text, lang, published="2025-06-14"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


def test_uk_town_lines_after_a_comma_keep_their_tolls(engine):
    text = ("Російські війська в четвер обстріляли 9 населених пунктів Запорізької області, повідомила ОВА. "
            "У Гуляйполі загинула жінка, у Комишувасі поранено двох чоловіків.")
    tolls = {e.location: (e.fatalities or 0, e.injured or 0) for e in events_of(engine, text, "uk")}
    assert tolls.get("Hulyaypole") == (1, 0)
    assert tolls.get("Komyshuvakha") == (0, 2)


def test_ru_town_lines_after_a_comma_keep_their_tolls(engine):
    text = ("ВСУ в среду обстреляли несколько населенных пунктов Белгородской области, сообщил губернатор. "
            "В Шебекино погиб мужчина, в Грайвороне ранены три женщины.")
    tolls = {e.location: (e.fatalities or 0, e.injured or 0) for e in events_of(engine, text, "ru")}
    assert tolls.get("Shebekino") == (1, 0)
    assert tolls.get("Grayvoron") == (0, 3)
