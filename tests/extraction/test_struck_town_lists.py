"""A strike on a list of towns is one event per town (ACLED codes one event per location): a
capital in the list is a place, not its government acting; a town after a comma is a town of
the list, not the province of the one before, when the list goes on. A town and its province
("Kramatorsk, Donetsk region"), a road between two towns and the place a weapon was fired from
stay one event."""

import pytest

PUBLISHED = "2025-03-14"  # a Friday


def _places(events) -> list[tuple[str, int]]:
    return sorted((e.location, e.geo_precision) for e in events)


@pytest.mark.parametrize("lang, text, places", [
    ("en", "Russian missiles struck Kyiv, Zhytomyr and Kharkiv overnight, officials said.",
     [("Kharkiv", 1), ("Kyiv", 1), ("Zhytomyr", 1)]),
    ("en", "Russian drones hit Chernihiv, Poltava and Dnipro on Thursday.",
     [("Chernihiv", 1), ("Dnipro", 1), ("Poltava", 1)]),
    ("fr", "Des frappes russes ont visé Kiev, Odessa et Kharkiv dans la nuit de mercredi à jeudi.",
     [("Kharkiv", 1), ("Kyiv", 1), ("Odesa", 1)]),
    ("uk", "Росія завдала ударів по Києву, Одесі та Харкову в ніч на четвер.",
     [("Kharkiv", 1), ("Kyiv", 1), ("Odesa", 1)]),
    # a list closed by a province word names provinces
    ("en", "Drones struck the Kharkiv, Sumy and Poltava regions on Thursday.",
     [("Kharkiv", 3), ("Poltava", 3), ("Sumy", 3)]),
])
def test_each_listed_town_is_an_event(events_of, lang, text, places):
    assert _places(events_of(text, lang, PUBLISHED)) == places


@pytest.mark.parametrize("lang, text, place", [
    ("en", "A missile hit Sloviansk, Donetsk region, on Thursday, killing two people.", "Slovyansk"),
    ("uk", "Обстріл Краматорська, Донецька область, у четвер забрав життя двох людей.", "Kramatorsk"),
    ("en", "Gunmen ambushed a convoy on the road between Gao and Ansongo on Thursday.", "Gao"),
    ("fr", "Des hommes armés ont attaqué un convoi sur la route entre Gao et Ansongo jeudi.", "Gao"),
    # the place a weapon was fired from is not where it hit
    ("en", "Militants fired two rockets from Gaza to Sderot on Thursday.", "Sderot"),
    ("en", "Russian forces launched drones from Crimea at Mykolaiv on Thursday.", "Mykolayiv"),
])
def test_a_town_and_its_area_a_road_or_an_origin_stay_one_event(events_of, lang, text, place):
    places = _places(events_of(text, lang, PUBLISHED))
    assert [p for p, _ in places] == [place]
