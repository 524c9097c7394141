"""The forces of Libya's Tripoli government are named by the event's day.

Why: ACLED names them "Military Forces of Libya (2016-2021) Government of National Accord"
until the unity government took office in March 2021, "... (2021-) Government of National
Unity" since. The press names both with the same words (French "gouvernement d'union
nationale", German "Einheitsregierung", "the internationally recognised government"), which the
actor list gave to the older government only: a clash of 2025 was the GNA's. Those words now
name the unity government's forces, whose ``earlier`` name is the GNA's. All sentences are invented.
"""

from __future__ import annotations

import pytest

GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
GNU = "Military Forces of Libya (2021-) Government of National Unity"
LNA = "LNA: Libyan National Army"

TEXTS = [
    ("fr", "De violents combats ont opposé samedi les forces du maréchal Haftar à des groupes armés loyaux au "
           "gouvernement d'union nationale au sud de Tripoli.", (LNA, "{}")),
    ("de", "Truppen der libyschen Einheitsregierung lieferten sich am Samstag Gefechte mit Haftar-Truppen "
           "südlich von Tripolis.", ("{}", LNA)),
]


@pytest.mark.parametrize(("published", "government"), [("2025-06-01", GNU), ("2019-06-02", GNA)])
@pytest.mark.parametrize(("lang", "text", "actors"), TEXTS)
def test_the_government_of_the_day_fought(events_of, lang, text, actors, published, government):
    events = events_of(text, lang, published)
    assert [(e.actor1, e.actor2) for e in events] == [tuple(a.format(government) for a in actors)]
