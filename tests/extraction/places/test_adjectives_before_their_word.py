"""A town's or a province's adjective before the word it qualifies names that town or province
(``dateline.extraction.places.adjectives``): "Курский аэропорт" is Kursk's airport (not Kure,
which the adjective read alone finds by taking the "-ск" off), "на Покровському напрямку" the
front sector of Pokrovsk (not Pokrov), "над Московским регионом" the Moscow region (not the
village Moshkovsky). Sentences are ours."""

import pytest

PUBLISHED = "2025-11-04"  # a Tuesday


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во вторник беспилотник атаковал Курский аэропорт, возник пожар."),
    ("uk", "У вівторок безпілотник атакував Курський аеропорт, виникла пожежа."),
    ("ru", "Во вторник беспилотники атаковали Курскую ТЭЦ, возник пожар."),
])
def test_a_towns_adjective_before_a_feature_word_is_the_town(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.location) for e in events] == [("RU", "Kursk")]


@pytest.mark.parametrize(("lang", "text", "town", "admin1"), [
    ("uk", "На Покровському напрямку російські війська обстріляли село, загинули двоє цивільних.",
     "Pokrovsk", "Donetsk"),
    ("ru", "На Покровском направлении российские войска обстреляли село, погибли двое мирных жителей.",
     "Pokrovsk", "Donetsk"),
    ("uk", "На Куп'янському напрямку російські війська обстріляли село, загинув цивільний.",
     "Kupyansk", "Kharkiv"),
    ("uk", "На Лиманському напрямку російські війська обстріляли село, загинули двоє цивільних.",
     "Lyman", "Donetsk"),
    ("uk", "На Краматорському напрямку окупанти обстріляли село, загинули двоє цивільних.",
     "Kramatorsk", "Donetsk"),
    ("uk", "На Курахівському напрямку окупанти обстріляли село, загинули двоє цивільних.",
     "Kurakhove", "Donetsk"),
    ("uk", "На Костянтинівському напрямку окупанти обстріляли село, загинули двоє цивільних.",
     "Kostyantynivka", "Donetsk"),
])
def test_an_axis_adjective_is_the_town_it_is_built_on(events_of, text, lang, town, admin1):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.location, e.admin1, e.geo_precision) for e in events] == [
        ("UA", town, admin1, 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во вторник над Московским регионом сбиты три беспилотника, погиб один человек."),
    ("ru", "Во вторник беспилотник атаковал склад в Московском регионе, погиб один человек."),
    ("uk", "У вівторок над Московським регіоном збили три дрони, загинула одна людина."),
])
def test_an_adjective_before_a_region_word_is_the_province(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.admin1, e.geo_precision) for e in events] == [("RU", "Moscow", 3)]


def test_a_district_word_is_no_region_word(events_of):
    events = events_of("Во вторник в Московском районе беспилотник атаковал автобус.", "ru", PUBLISHED)
    assert "Moscow" not in {e.admin1 for e in events}


@pytest.mark.parametrize(("text", "town"), [
    ("У вівторок дрон атакував Одеський порт, загинула одна людина.", "Odesa"),
    ("У вівторок дрон атакував Черкаський завод, загинула одна людина.", "Cherkasy"),
])
def test_a_ukrainian_adjective_of_a_town_in_s_keeps_its_s(events_of, text, town):
    """"Одеський", "Черкаський": the town's "с" and the adjective's "ький" (Russian doubles it:
    "Одесский"), so the adjective is the town without "ьк" (``adjective_suffixes``), not Odeskyi
    district."""
    events = events_of(text, "uk", PUBLISHED)
    assert [(e.country_code, e.location, e.geo_precision) for e in events] == [("UA", town, 1)]
