"""A ministry's tally by province writes the province word once ("восемь сбиты над
Воронежской областью, пять — над Липецкой"): each bare adjective after it that agrees with the
first is a province of its own, not a look-alike town (``places/lists.py: elided_area``). And a
drone named in full ("украинских беспилотных летательных аппаратов") keeps the state that sent
it, as the short word does (``dateline/data/ru/actors.toml``). Sentences are ours."""

import pytest

PUBLISHED = "2026-06-10"  # a Wednesday


def test_each_province_of_a_tally_is_its_own(events_of):
    text = "По данным Минобороны, во вторник восемь беспилотников сбиты над Воронежской областью, " \
           "пять — над Липецкой и два — над Тамбовской."
    events = events_of(text, "ru", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"] * 3
    assert [e.admin1 for e in events][1:] == ["Lipetsk", "Tambovskaya oblast'"]
    assert all(e.geo_precision == 3 for e in events[1:])


def test_a_ukrainian_tally_by_province(events_of):
    text = "У вівторок над Полтавською областю збито шість дронів, над Черкаською — чотири."
    assert [e.admin1 for e in events_of(text, "uk", PUBLISHED)] == ["Poltava", "Cherkasy"]


def test_a_town_after_the_province_stays_a_town(events_of):
    """"Брянской области ... в Белгороде": no agreeing ending, so Belgorod the city."""
    text = "Во вторник в Брянской области беспилотник атаковал автобус, в Белгороде ранены двое."
    events = events_of(text, "ru", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Belgorod", 1)]


@pytest.mark.parametrize(("lang", "text", "actor2"), [
    ("ru", "Средства ПВО во вторник перехватили и уничтожили два украинских беспилотных летательных "
           "аппарата над Липецкой областью.", "Military Forces of Ukraine (2019-)"),
    ("uk", "У вівторок сили ППО знищили три російські безпілотні літальні апарати над Полтавською "
           "областю.", "Military Forces of Russia (2000-)"),
])
def test_a_drone_named_in_full_keeps_its_sender(events_of, lang, text, actor2):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Disrupted weapons use", actor2)]
