"""A Nigerian or Myanmar village named in Cyrillic or Arabic script after a settlement word is
found among its country's villages, which the village sources name in Latin letters only
(Rugaliman and Dorayu of Sokoto State, Kwiamawa of Bauchi State, Kyaikdon of Kayin State).

Villages are many, so the lookup is guarded: the settlement word right before the name, a
story about the village's country, and one village name only that the spelling reads as. The
negative cases check each guard: the same village word and name in a story about another
country, a common word after the village word, a name no village of the country bears.
All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-12"

NIGERIA = {
    "ru": "Вооруженные бандиты напали на село Ругалиман в штате Сокото на севере Нигерии, убив "
          "семерых жителей, сообщила полиция в среду.",
    "uk": "Озброєні бандити напали на село Ругаліман у штаті Сокото на півночі Нігерії, вбивши "
          "сімох мешканців, повідомила поліція в середу.",
    "ar": "هاجم مسلحون قرية روغاليمان في ولاية سوكوتو شمال نيجيريا، ما أسفر عن مقتل سبعة من "
          "السكان، وفق ما أعلنته الشرطة يوم الأربعاء.",
}

NIGERIA_DECLINED = {  # the name in an oblique case, the vowels of a foreign name written out
    "ru": "Боевики убили пятерых фермеров в деревне Дораю на северо-западе Нигерии во вторник, "
          "сообщили местные власти.",
    "uk": "Бойовики вбили п'ятьох фермерів у селі Дораю на північному заході Нігерії у вівторок, "
          "повідомила місцева влада.",
    "ar": "قتل مسلحون خمسة مزارعين في قرية دورايو شمال غربي نيجيريا يوم الثلاثاء، بحسب السلطات المحلية.",
}

MYANMAR = {
    "ru": "Армия Мьянмы нанесла авиаудар по деревне Чайкдон в среду, погибли четыре мирных жителя, "
          "сообщили местные СМИ.",
    "uk": "Унаслідок авіаудару армії М'янми по селу Чайкдон у середу загинули четверо мирних жителів, "
          "повідомили місцеві ЗМІ.",
    "ar": "شن جيش ميانمار غارة جوية على قرية كيايكدون جنوب شرقي البلاد، ما أدى إلى مقتل أربعة "
          "مدنيين، بحسب وسائل إعلام محلية يوم الأربعاء.",
}


def _places(events) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.location, e.country_code) for e in events if e.location]


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_a_nigerian_village_named_in_another_script(events_of, lang: str) -> None:
    assert ("Rugaliman", "NG") in _places(events_of(NIGERIA[lang], lang, PUBLISHED))


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_a_nigerian_village_declined_or_with_its_vowels(events_of, lang: str) -> None:
    assert ("Dorayu", "NG") in _places(events_of(NIGERIA_DECLINED[lang], lang, PUBLISHED))


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_a_myanmar_village_named_in_another_script(events_of, lang: str) -> None:
    """"Чайкдон": Russian and Ukrainian write Burmese "ky" as "ч"."""
    assert ("Kyaikdon", "MM") in _places(events_of(MYANMAR[lang], lang, PUBLISHED))


OTHER_COUNTRY = {  # the Nigerian village's name in a story about Sudan: no Sudanese village
    "ru": "Силы быстрого реагирования атаковали село Ругалиман в Северном Дарфуре на западе Судана, "
          "погибли девять человек, сообщили активисты в среду.",
    "uk": "Сили швидкого реагування атакували село Ругаліман у Північному Дарфурі на заході Судану, "
          "загинули дев'ятеро людей, повідомили активісти в середу.",
    "ar": "هاجمت قوات الدعم السريع قرية روغاليمان في شمال دارفور غربي السودان، ما أسفر عن مقتل "
          "تسعة أشخاص، وفق ناشطين يوم الأربعاء.",
}


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_no_village_of_a_country_the_story_is_not_about(events_of, lang: str) -> None:
    places = _places(events_of(OTHER_COUNTRY[lang], lang, PUBLISHED))
    assert places and all(code != "NG" for _name, code in places)


COMMON_WORD = {  # the village word followed by an adjective, or by a name no village bears
    "ru": "Бандиты напали на деревню Большие Ключи в штате Замфара на северо-западе Нигерии, убив "
          "шестерых, сообщила полиция в пятницу.",
    "uk": "Бандити напали на село Великі Ключі у штаті Замфара на північному заході Нігерії, вбивши "
          "шістьох, повідомила поліція в п'ятницю.",
    "ar": "هاجم مسلحون قرية صغيرة في ولاية زامفارا شمال غربي نيجيريا، ما أسفر عن مقتل ستة أشخاص، "
          "وفق الشرطة يوم الجمعة.",
}


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_a_common_word_after_the_village_word_is_no_village(events_of, lang: str) -> None:
    places = _places(events_of(COMMON_WORD[lang], lang, PUBLISHED))
    assert places and all(name == "Zamfara" or code != "NG" for name, code in places), places


def test_a_word_opening_longer_names_is_no_village_by_its_consonants(events_of) -> None:  # type: ignore[no-untyped-def]
    """"بلدة برج زيتون": "برج" (tower) opens many names of two words; its consonants alone are
    those of Barja, another Lebanese village, which this unknown town is not."""
    text = ("قتل شخصان في غارة إسرائيلية استهدفت منزلا في بلدة برج زيتون جنوب لبنان يوم الثلاثاء، "
            "بحسب وزارة الصحة اللبنانية.")
    places = _places(events_of(text, "ar", PUBLISHED))
    assert places and ("Barja", "LB") not in places
