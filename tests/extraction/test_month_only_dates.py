"""A month named alone ("in March", "en mars", "im März", "в марте") dates the event to that
month, time_precision 3, on its 15th, or on the publication day when the story is published
earlier in that month. In the lead, a month that ended less than two weeks before publication
is still news; a month long past is history."""

import datetime as dt

import pytest


def _dates(events) -> list[tuple[dt.date, int]]:
    return [(e.event_date, e.time_precision) for e in events]


@pytest.mark.parametrize("lang, text, published, expected", [
    ("en", "Gunmen killed nine villagers in an attack on Birnin Gwari in March, police said.",
     "2025-03-24", [(dt.date(2025, 3, 15), 3)]),
    ("fr", "Des hommes armés ont tué neuf villageois lors d'une attaque à Kaya en mai.",
     "2025-05-21", [(dt.date(2025, 5, 15), 3)]),
    ("de", "Bewaffnete töteten im März neun Dorfbewohner in Kaya.", "2025-03-27", [(dt.date(2025, 3, 15), 3)]),
    ("ru", "В марте российские военные уничтожили склад боеприпасов ВСУ под Купянском.",
     "2025-03-20", [(dt.date(2025, 3, 15), 3)]),
    # published before the 15th of that month: not dated after the story
    ("en", "Gunmen killed nine villagers in an attack on Birnin Gwari in March, police said.",
     "2025-03-06", [(dt.date(2025, 3, 6), 3)]),
    # the month before, in the lead of a story published early in the next one
    ("fr", "Des hommes armés ont tué neuf villageois lors d'une attaque à Kaya en avril.",
     "2025-05-03", [(dt.date(2025, 4, 15), 3)]),
    # a month long past is history
    ("es", "Hombres armados mataron a nueve campesinos en Tumaco en enero.", "2025-05-20", []),
])
def test_month_only_dates(events_of, lang, text, published, expected):
    assert _dates(events_of(text, lang, published)) == expected
