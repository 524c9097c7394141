"""A village told with its oblast right after it ("село Новоолександрівка Донецької області")
that the gazetteer lacks in that oblast is placed in the oblast, not at a namesake of another
oblast (a Novooleksandrivka of Luhansk oblast, or Melitopol, which once bore the name); a town
the gazetteer has there stays the town. Sentences are ours."""

import pytest

PUBLISHED = "2025-06-11"  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "admin1"), [
    ("ru", "Во вторник российские войска обстреляли село Новоалександровка Донецкой области, погибла женщина.",
     "Donetsk"),
    ("uk", "У вівторок російські війська обстріляли село Новоолександрівка Донецької області, загинула жінка.",
     "Donetsk"),
    ("ru", "Во вторник беспилотник атаковал село Ивановка Курской области, пострадал мужчина.", "Kurskaya oblast'"),
])
def test_the_oblast_stands_for_a_village_it_lacks(events_of, lang, text, admin1):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.admin1, e.geo_precision) for e in events] == [(admin1, 3)]


def test_a_town_known_in_the_oblast_stays_the_town(events_of):
    events = events_of("У вівторок російські війська обстріляли Золочів Харківської області, загинула жінка.",
                       "uk", PUBLISHED)
    assert [(e.location, e.admin1, e.geo_precision) for e in events] == [("Zolochiv", "Kharkiv", 1)]
