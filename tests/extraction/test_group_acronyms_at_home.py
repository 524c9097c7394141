"""Short names the press gives armed groups at home, and border guards.

Why: "les rebelles du FLA" in a story about Mali is the Azawad Liberation Front, and "the AA"
in a story about Myanmar the Arakan Army, but both acronyms are other things elsewhere (a
Norwegian village, anti-aircraft guns): they name the group only in a story about its country
(``home_only``). Without them the rebels were an unidentified group, and "Fla" placed the
attack in Norway. Spanish writes the Arakan Army with or without its accent. "Russian border
guards" are Russia's forces, not an unknown armed group. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday; "Saturday" is 2025-05-31

CASES = [
    ("fr", "Les rebelles du FLA ont attaqué samedi un camp militaire près de Kidal, tuant cinq soldats maliens.",
     ("FLA: Azawad Liberation Front", "Military Forces of Mali (2021-)"), "ML"),
    ("en", "The AA said its fighters captured a junta outpost near Sittwe on Saturday.",
     ("AA: Arakan Army", "Military Forces of Myanmar (2021-)"), "MM"),
    ("es", "El Ejército de Arakan atacó el sábado una base militar en Sittwe, matando a diez soldados.",
     ("AA: Arakan Army", "Military Forces of Myanmar (2021-)"), "MM"),
    ("en", "Fighters of the Russian Volunteer Corps clashed with Russian border guards in the Bryansk region "
           "on Saturday.", ("Russian Volunteer Corps", "Military Forces of Russia (2000-)"), "RU"),
]


@pytest.mark.parametrize(("lang", "text", "actors", "country"), CASES)
def test_the_group_is_named_at_home(events_of, lang, text, actors, country):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.actor1, e.actor2, e.country_code) for e in events] == [(*actors, country)]


def test_anti_aircraft_abroad_is_no_arakan_army(events_of):
    text = "Ukrainian AA units shot down 20 Russian drones over Kyiv region on Saturday, the air force said."
    for event in events_of(text, "en", PUBLISHED):
        assert "Arakan" not in (event.actor1 or "") + (event.actor2 or "")
