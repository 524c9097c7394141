"""Cyrillic case forms and country names in many languages find their places (``dateline.geo``)."""

import pytest

from dateline.extraction.places import PlaceResolver
from dateline.geo.keys import name_keys, query_keys
from dateline.geo.sources import cldr_name_forms
from dateline.normalize import fold_key
from dateline.packs import load_pack


@pytest.mark.parametrize(("written", "name"), [
    ("Нигерии", "Нигерия"), ("Нигерией", "Нигерия"), ("Нігерії", "Нігерія"), ("Колумбии", "Колумбия"),
    ("Дохе", "Доха"), ("Газе", "Газа"), ("Гомі", "Гома"), ("Досі", "Доха"), ("Празі", "Прага"),
    ("Костянтинівці", "Костянтинівка"), ("Нових Санжарах", "Нові Санжари"), ("Донеччині", "Донеччина"),
])
def test_a_case_form_meets_its_name(written, name):
    assert set(query_keys(fold_key(written))) & name_keys(name)


def test_an_adjective_names_its_city_and_a_noun_itself():
    """"Рязанський завод" is in Ryazan; "у Слов'янську" is Sloviansk, not a city "Слов'ян"."""
    assert query_keys(fold_key("Рязанський"))[1] == "рязан"
    assert query_keys(fold_key("Слов'янську"))[1] == "слов'янськ"


def test_an_oblique_country_is_not_its_neighbour():
    """"в Нигерии" is Nigeria: the ending "-ии" keeps the stem's "и", so it never reads "Нигер"."""
    assert not set(query_keys(fold_key("Нигерии"))) & name_keys("Нигер")
    assert not set(query_keys(fold_key("России"))) & name_keys("Россо")


def test_cldr_names_give_the_parts_news_writes():
    assert cldr_name_forms("Мьянма (Бирма)") == {"Мьянма (Бирма)", "Мьянма"}
    assert "Congo" in cldr_name_forms("Congo - Kinshasa")
    assert "США" not in cldr_name_forms("Віргінські Острови (США)")


@pytest.mark.parametrize(("lang", "written", "country", "kind"), [
    ("ru", "нигерии", "NG", "country"), ("ru", "мьянме", "MM", "country"), ("uk", "м'янмі", "MM", "country"),
    ("en", "congo", "CD", "country"), ("de", "kongo", "CD", "country"), ("ar", "الكونغو", "CD", "country"),
    ("en", "democratic republic of congo", "CD", "country"), ("en", "congo brazzaville", "CG", "country"),
    ("uk", "донеччині", "UA", "admin1"), ("ru", "харьковщине", "UA", "admin1"),
    ("ru", "борно", "NG", "admin1"), ("uk", "сагаінг", "MM", "admin1"),
])
def test_names_in_the_languages_of_the_news(gazetteer, lang, written, country, kind):
    places = PlaceResolver(gazetteer, load_pack(lang)).lookup(written)
    assert any(p.country_code == country and p.kind == kind for p in places), places
    if kind == "country":
        assert {p.country_code for p in places if p.kind == "country"} == {country}


def test_a_press_spelling_of_g_finds_the_place(gazetteer):
    """"بلجراد" (Egyptian press, ج for the "g") and "بلغراد" are Belgrade."""
    resolver = PlaceResolver(gazetteer, load_pack("ar"))
    assert any(p.name == "Belgrade" for p in resolver.lookup("بلجراد"))


def test_every_word_of_a_declined_name_may_open_it(gazetteer):
    """"Нових" (genitive of "Нові") opens "Нові Санжари" in a sentence."""
    resolver = PlaceResolver(gazetteer, load_pack("uk"))
    assert resolver.finder._opens_name("нових")


@pytest.mark.parametrize(("name", "aliases", "english"), [
    ("Texas", ["Estado de Texas", "Kekeka", "State of Texas", "Tejas"], "Texas"),
    ("Wisconsin", ["Estado de Wisconsin", "State of Wisconsin", "Wikonekina"], "Wisconsin"),
    ("Nord-Kivu", ["Kivu ya Node", "Mkoa wa Kivu Kaskazini", "North Kivu"], "North Kivu"),
    ("Al Anbār", ["Al-Anbar Governorate", "Anbar", "Anbar Governorate", "Anbar Province"], "Anbar"),
    ("Rostovskaya oblast'", ["Rostov", "Rostov vilayəti", "Ростовская Область"], "Rostov"),
    ("Dagestan, Respublika", ["Dagestan Republic", "Republic of Dagestan"], "Dagestan"),
])
def test_a_province_is_named_in_plain_english(name, aliases, english):
    from dateline.geo.sources import english_admin_name

    assert english_admin_name(name, aliases) == english


def test_a_country_has_its_capital(gazetteer):
    assert gazetteer.capital("HT").name == "Port-au-Prince"
    assert gazetteer.capital("US").name == "Washington"


def test_arabic_city_word_before_a_name_is_also_city_spelled_after_it() -> None:
    # the sources write "مدينة غواتيمالا"; a press spells "Guatemala City" out: "غواتيمالا سيتي"
    keys = name_keys("مدينة غواتيمالا")
    assert "غواتيمالا سيتي" in keys and "غواتيمالا ستي" in keys
    # only a one-word name after the city word, and never a Latin name
    assert not any(k.endswith("سيتي") for k in name_keys("مدينة الملك عبدالله"))
    assert name_keys("Guatemala City") == {"guatemala city"}


def test_a_city_spelled_with_english_city_finds_it(gazetteer):
    """"غواتيمالا سيتي" is the city the sources call "مدينة غواتيمالا", not the country."""
    resolver = PlaceResolver(gazetteer, load_pack("ar"))
    assert any(p.name == "Guatemala City" for p in resolver.lookup("غواتيمالا سيتي"))


def test_a_name_with_an_adjective_in_ii_is_found_in_its_other_cases():
    """"у Куп'янську-Вузловому", "в Нижнем Новгороде": the adjective's cases share its stem
    without "-ий", which the stem of a noun in "-ия" keeps."""
    from dateline.geo.keys import name_keys, query_keys

    for name, written in (("Куп'янськ-Вузловий", "куп'янську вузловому"), ("Нижний Новгород", "нижнем новгороде"),
                          ("Старий Крим", "старому криму")):
        assert set(name_keys(name)) & set(query_keys(written)), (name, written)
