"""Arabic: a province named after a province word, and interceptions counted province by
province. Sentences written for these tests."""

import pytest

from dateline.extraction.places import PlaceResolver
from dateline.geo.keys import name_key
from dateline.packs import load_pack


@pytest.fixture(scope="module")
def resolver(gazetteer):  # type: ignore[no-untyped-def]
    return PlaceResolver(gazetteer, load_pack("ar"))


@pytest.mark.parametrize("word, province", [
    ("سمولينسك", "Smolenskaya oblast'"),  # the town the province is named after
    ("تامبوف", "Tambovskaya oblast'"),
    ("لفوف", "Lviv"),  # no town found: the province with its consonants, ف written for "v"
])
def test_a_name_after_a_province_word_may_be_the_province(resolver, word, province):
    key = name_key(word)
    names = {p.name for p in resolver.finder.provinces(key, resolver.lookup(key), ["RU", "UA"])}
    assert province in names


def test_interceptions_counted_province_by_province(events_of):
    events = events_of("أعلنت وزارة الدفاع الروسية صباح الأحد أن الدفاعات الجوية أسقطت 21 طائرة "
                       "مسيرة أوكرانية، 12 طائرة مسيرة فوق أراضي مقاطعة سمولينسك، و7 طائرات مسيرة "
                       "فوق أراضي مقاطعة تامبوف، وطائرتين فوق أراضي مقاطعة كيروف.", "ar", "2025-03-09")
    assert sorted(e.admin1 for e in events) == ["Kirov", "Smolenskaya oblast'", "Tambovskaya oblast'"]
    assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_a_total_over_several_provinces_is_no_province_s_own(events_of):
    assert not events_of("أسقطت الدفاعات الجوية الروسية ليل السبت 30 طائرة مسيرة أوكرانية فوق "
                         "مقاطعات سمولينسك وتامبوف وكيروف.", "ar", "2025-03-09")


@pytest.mark.parametrize("text, province", [
    ("قتل سبعة قرويين في هجوم لمسلحين في مقاطعة إيتوري شرقي الكونغو الديمقراطية، الجمعة.", "Ituri"),
    ("قتل خمسة رعاة في هجوم لمسلحين بإقليم إيتوري شرقي الكونغو الديمقراطية، الجمعة.", "Ituri"),
])
def test_a_province_of_two_consonants_after_a_province_word(events_of, text, province):
    """"مقاطعة إيتوري" ("tr"): too few consonants for the country-wide consonant index, but
    after a province word the country's own few provinces are searched, so the event is in
    Ituri, not placed at the country's centre."""
    (event,) = events_of(text, "ar", "2025-10-18")
    assert event.admin1 == province
    assert event.geo_precision == 3 and event.location != "Democratic Republic of Congo"


def test_an_unknown_town_of_a_province_the_sources_name_in_latin_only(events_of):
    """"بلدة ... في إقليم شمال كيفو": the town is unknown, North Kivu has no Arabic name in the
    sources; its curated name places the taking in the province rather than nowhere."""
    (event,) = events_of("سيطر متمردو حركة إم 23، الثلاثاء، على بلدة نياميليما في إقليم شمال كيفو "
                         "شرقي الكونغو الديمقراطية بعد معارك مع الجيش.", "ar", "2024-05-02")
    assert (event.admin1, event.geo_precision) == ("North Kivu", 3)
    assert event.sub_event_type == "Non-state actor overtakes territory"
