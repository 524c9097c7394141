"""A Ukrainian community (громада) is named after its centre town in an adjective no gazetteer
lists ("Марганецька громада"): read without its ending, the adjective is that town
(``places/adjectives.py: community_centre``, ``dateline/data/uk/places.toml``). Sentences are ours."""

import pytest

PUBLISHED = "2026-03-10"  # a Tuesday


@pytest.mark.parametrize(("text", "location"), [
    ("Уночі російська армія обстріляла з артилерії Червоногригорівську громаду на Дніпропетровщині, "
     "поранено жінку.", "Chervonohryhorivka"),
    ("У понеділок російський дрон атакував автівку в Марганецькій громаді на Дніпропетровщині, "
     "поранено водія.", "Marhanets"),
])
def test_a_community_is_its_centre_town(events_of, text, location):
    events = events_of(text, "uk", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [(location, 1)]


def test_a_province_adjective_stays_a_province(events_of):
    """"Харківська область" is found whole, before any community reading."""
    events = events_of("У понеділок російський дрон атакував автівку в Харківській області, поранено водія.",
                       "uk", PUBLISHED)
    assert [(e.admin1, e.geo_precision) for e in events] == [("Kharkiv", 3)]
