"""French and Spanish natural disasters and crashes: with no armed actor and no weapon, their
dead are no event (fr, es packs ``cues.disaster``, as in English and German). Sentences we wrote."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("lang, text", [
    ("fr", "Un glissement de terrain a tué douze personnes samedi à Bukavu."),
    ("fr", "Les inondations ont tué cinq personnes samedi à Niamey."),
    ("es", "Rescatistas hallaron los cuerpos de dos niñas arrastradas por la crecida el sábado en Niamey."),
])
def test_the_dead_of_a_flood_are_no_event(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []


@pytest.mark.parametrize("lang, text, killed", [
    # a weapon or an armed actor keeps the event, whatever the weather
    ("fr", "Des jihadistes ont tué cinq civils samedi près de Djibo malgré de fortes pluies.", 5),
    ("es", "Un choque armado entre militares y guerrilleros dejó tres muertos el sábado en Tibú.", 3),
])
def test_violence_told_beside_the_weather_stays(events_of, lang, text, killed):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.fatalities == killed
