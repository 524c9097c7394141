"""In Cyrillic and Arabic, GeoNames gives no place its own name, so "Бенин" or "بنين" is an
alternate name of the country Benin and of Benin City alike, and the big town outscored the
country. A country's name is the country, unless the story is about the town's own country
(then "в Бенине, штат Эдо" is the Nigerian city) or the town is the capital of that name.
Sentences invented."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _places(events_of, lang, text):
    return [(e.location, e.country_code) for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во вторник боевики напали на армейский пост на севере Бенина, убив восемь солдат."),
    ("ru", "Во вторник боевики напали на армейский пост в Бенине, убив восемь солдат."),
    ("uk", "У вівторок бойовики напали на армійський пост у Беніні, вбивши вісьмох солдатів."),
    ("ar", "هاجم مسلحون الثلاثاء موقعا للجيش في شمال بنين وقتلوا ثمانية جنود."),
])
def test_benin_is_the_country_not_benin_city(events_of, lang, text):
    assert _places(events_of, lang, text) == [("Benin", "BJ")]


def test_a_story_about_nigeria_keeps_benin_city(events_of):
    text = "Во вторник в Бенине, столице нигерийского штата Эдо, полиция разогнала акцию протеста."
    assert _places(events_of, "ru", text) == [("Benin City", "NG")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во вторник в Колумбии боевики атаковали армейский пост, погибли трое военных."),
    ("ar", "هاجم مسلحون الثلاثاء موقعا للجيش في كولومبيا وقتلوا ثلاثة جنود."),
])
def test_colombia_is_not_a_town_called_columbia(events_of, lang, text):
    assert _places(events_of, lang, text) == [("Colombia", "CO")]
