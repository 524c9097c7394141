"""Foreign names the gazetteer knows in Latin letters only, written in Cyrillic with a hyphen or
a space and a one-letter last word ("Мраук-У", "Ньяунг У"): found by their Latin spelling, the
capital letter read as part of the name, not as the preposition "у". Sentences are ours."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def places_of(events):
    return sorted((e.country_code, e.location) for e in events)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("uk", "У вівторок у місті Мраук-У на заході М'янми військовий літак скинув бомбу на ринок, загинули "
           "п'ятеро людей.", ("MM", "Mrauk-U")),
    ("ru", "Во вторник в городе Ньяунг У в Мьянме военный самолет сбросил бомбу на рынок, погибли пять "
           "человек.", ("MM", "Nyaung-U")),
    ("ru", "Во вторник в городе Ньяунг-У в Мьянме военный самолет сбросил бомбу на рынок, погибли пять "
           "человек.", ("MM", "Nyaung-U")),
])
def test_a_name_known_in_latin_letters_with_a_one_letter_word(events_of, lang, text, place):
    assert places_of(events_of(text, lang, PUBLISHED)) == [place]


def test_the_preposition_after_a_town_stays_a_preposition(events_of):
    assert places_of(events_of("Військові обстріляли ринок у Сагайні у вівторок, загинули троє людей.",
                               "uk", PUBLISHED)) \
        == [("MM", "Sagaing")]


@pytest.mark.parametrize(("lang", "text", "province"), [
    ("uk", "У четвер у Белуджистані на південному заході Пакистану бойовики обстріляли блокпост, загинули двоє "
           "поліцейських.", ("PK", "Balochistan")),
    ("uk", "У четвер у пакистанській провінції Сінд невідомі обстріляли автобус, загинули двоє людей.",
     ("PK", "Sindh")),
    ("uk", "У четвер у Пакистані, у провінції Пенджаб, невідомі обстріляли автобус, загинули двоє людей.",
     ("PK", "Punjab")),
    ("ru", "В четверг в индийском штате Пенджаб неизвестные обстреляли автобус, погибли два человека.",
     ("IN", "Punjab")),
    ("ru", "В четверг в Пакистане в провинции Хайбер-Пахтунхва боевики обстреляли блокпост, погибли двое "
           "полицейских.", ("PK", "Khyber Pakhtunkhwa")),
])
def test_a_province_spelled_in_cyrillic_is_found_by_its_consonants(events_of, lang, text, province):
    """"дж" writes the "ch" of Balochistan and "в" the "w" of Pakhtunkhwa: the vowels differ too
    much for a near spelling, the consonants match a province of the story's country."""
    events = events_of(text, lang, "2025-03-12")
    assert [(e.country_code, e.admin1) for e in events] == [province]


@pytest.mark.parametrize(("lang", "text", "district"), [
    ("ru", "В среду в пограничном районе Мохманд на северо-западе Пакистана боевики обстреляли блокпост, погибли "
           "двое полицейских.", ("PK", "Mohmand")),
    ("uk", "У середу в прикордонному районі Оракзай бойовики обстріляли блокпост, загинули двоє поліцейських.",
     ("PK", "Orakzai")),
])
def test_a_former_tribal_district_after_a_district_word_is_that_region(events_of, lang, text, district):
    """Districts the division sources lack are curated regions; "районі" before one says which
    district, not a part of a city."""
    assert places_of(events_of(text, lang, PUBLISHED)) == [district]


def test_a_word_alone_spells_no_name_of_two(events_of):
    """"Уночі" (at night) opening a sentence spells "Ono shi", a Japanese city's name with its
    word for city; a word alone is no transliteration of a name of two words."""
    events = events_of("Уночі російські дрони атакували Дніпро, поранено трьох людей.", "uk", "2025-03-11")
    assert [(e.country_code, e.location) for e in events] == [("UA", "Dnipro")]


def test_gazetteer_spells_one_word_names_only_with_one_word(gazetteer):
    assert not any(p.country_code == "JP" for p in gazetteer.transliterated("уночі"))
    assert any(p.name == "Borno" for p in gazetteer.transliterated("борно"))
