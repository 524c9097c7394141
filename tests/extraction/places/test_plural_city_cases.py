"""Towns with a plural name ("Суми", "Сумы", "Бровари") in the dative and the instrumental
("по Сумам", "над Сумами") are found through their nominative plural
(``dateline/data/places/names.toml`` alternations); "Силами ПВО" stays no place. Sentences are ours."""

from dateline.geo.keys import query_keys
from dateline.models import Document


def test_the_dative_and_instrumental_plural_give_the_nominative():
    assert "суми" in query_keys("сумам")
    assert "суми" in query_keys("сумами")
    assert "сумы" in query_keys("сумам")
    assert "бровари" in query_keys("броварам")


def test_a_strike_on_a_plural_town_in_the_dative_ru(engine):
    text = ("Российская армия во вторник нанесла ракетный удар по Сумам, ранены четыре человека, "
            "сообщила областная администрация.")
    events = engine.extract(Document(id="t", text=text, published="2025-03-11", lang="ru")).events
    assert [(e.location, e.country_code, e.injured) for e in events] == [("Sumy", "UA", 4)]


def test_a_drone_attack_on_a_plural_town_in_the_dative_uk(engine):
    text = "Російські війська у середу атакували дронами по Сумам, загинула одна людина."
    events = engine.extract(Document(id="t", text=text, published="2025-04-16", lang="uk")).events
    assert [(e.location, e.country_code) for e in events] == [("Sumy", "UA")]


def test_the_instrumental_of_forces_is_no_place(engine):
    text = ("Силами противовоздушной обороны в ночь на пятницу над Брянской областью "
            "уничтожены семь беспилотников.")
    events = engine.extract(Document(id="t", text=text, published="2025-05-16", lang="ru")).events
    assert [e.country_code for e in events] == ["RU"]
    assert all(e.location != "Sealy" for e in events)
