"""Russian news names countries and regions by names the sources lack or hold for a village
elsewhere: "Белоруссия" and "ЦАР" (``data/places/countries.toml``), "в Чечне", "в Подмосковье",
"на Кубани", "в ДНР" (``data/places/admin1.toml``), "в Нагорном Карабахе" (``sites.toml``). A
province by the name the news gives it outranks a village abroad that holds the name as its
own ("в Крыму" is Crimea, not Krym in Rostov oblast; "в Карелии" is not Kareli in India).
Sentences are ours."""

import pytest

PUBLISHED = "2025-03-09"  # a Sunday


def places_of(events):
    return [(e.country_code, e.admin1) for e in events]


@pytest.mark.parametrize(("text", "place"), [
    ("В субботу в Белоруссии прошла акция протеста фермеров.", ("BY", "")),
    ("В субботу в Молдавии прошла акция протеста пенсионеров.", ("MD", "")),
    ("В субботу в ЦАР боевики атаковали колонну миротворцев, погибли двое.", ("CF", "")),
    ("В субботу в ЮАР прошла акция протеста шахтеров.", ("ZA", "")),
])
def test_a_country_by_its_russian_name(events_of, text, place):
    assert places_of(events_of(text, "ru", PUBLISHED)) == [place]


@pytest.mark.parametrize(("text", "admin1"), [
    ("В субботу в Чечне боевики обстреляли пост полиции, ранены двое.", "Chechnya"),
    ("В субботу в Подмосковье прошла акция протеста дольщиков.", "Moscow"),
    ("В субботу на Кубани прошла акция протеста фермеров.", "Krasnodarskiy kray"),
    ("В субботу в ДНР при обстреле погиб мирный житель.", "Donetsk"),
    ("В субботу в Крыму сбиты три беспилотника.", "Crimea"),
    ("В субботу в Карелии прошла акция протеста лесорубов.", "Karelia"),
    ("В субботу на Белгородчине при атаке беспилотника ранен мужчина.", "Belgorodskaya oblast'"),
])
def test_a_region_by_its_news_name(events_of, text, admin1):
    assert [a for _c, a in places_of(events_of(text, "ru", PUBLISHED))] == [admin1]


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("ru", "В субботу в Нагорном Карабахе при обстреле погибли двое.", "AZ"),
    ("ru", "В субботу в Южной Осетии прошла акция протеста.", "GE"),
    ("uk", "У суботу в Придністров'ї пройшла акція протесту.", "MD"),
])
def test_a_disputed_region_is_coded_to_its_country(events_of, lang, text, country):
    assert [c for c, _a in places_of(events_of(text, lang, PUBLISHED))] == [country]


@pytest.mark.parametrize(("text", "admin1"), [
    ("У суботу дрони атакували Орловську область, пошкоджено нафтобазу.", "Orel"),
    ("У суботу дрони атакували Московську область, пошкоджено склад.", "Moscow"),
    ("У суботу у Воронезькій області після атаки дронів пошкоджено склад.", "Voronezh"),
    ("У суботу над Тульською областю збили три дрони.", "Tul'skaya oblast'"),
    ("У суботу дрони атакували Ярославську область, спалахнула пожежа на НПЗ.", "Yaroslavl"),
    ("У суботу у Нижньогородській області після атаки дронів спалахнула пожежа.", "Nizhny Novgorod"),
])
def test_a_russian_region_by_its_ukrainian_name(events_of, text, admin1):
    """Ukrainian news names the Russian regions its drones strike by names the sources lack;
    the adjective alone read a namesake town ("Орловську": Orlov; "Тульську": Toul in France)."""
    events = events_of(text, "uk", PUBLISHED)
    assert [(e.country_code, e.admin1, e.geo_precision) for e in events] == [("RU", admin1, 3)]
