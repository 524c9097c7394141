"""Spanish acts the pack must know (all invented sentences)."""

import pytest

from dateline.models import Document

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("El lunes, cinco soldados fueron retenidos por el ELN en Tame, Arauca.", "Abduction/forced disappearance"),
    ("El lunes, cuatro guerrilleros murieron en un combate con el Ejército en Tame, Arauca.", "Armed clash"),
    ("El lunes se reportó un tiroteo entre hombres armados y policías municipales en Apatzingán.", "Armed clash"),
    ("El lunes, artefactos lanzados desde el aire hirieron a ocho soldados en Argelia, Cauca.", "Air/drone strike"),
    ("El lunes, hombres armados quemaron decenas de casas en Tame, Arauca.", "Looting/property destruction"),
])
def test_spanish_acts(events_of, text, expected):
    assert sub_types(events_of(text, "es", PUBLISHED)) == [expected]


def test_a_mayor_who_expressed_support_is_no_protest(events_of):
    assert sub_types(events_of("El lunes, el alcalde de Tame ha manifestado su apoyo al ejército.",
                               "es", PUBLISHED)) == []


def test_a_town_then_its_state_is_one_place_and_the_murdered_are_counted(engine):
    """"municipio de Celaya, Guanajuato": Guanajuato is Celaya's state (the settlement word opens
    Celaya only), one event there; "asesinaron a cinco personas" counts five dead."""
    doc = Document(id="t", lang="es", published="2025-03-15",
                   text="Hombres armados asesinaron a cinco personas en un bar del municipio de Celaya, Guanajuato, la "
                        "noche del sábado, informó la Fiscalía estatal.")
    (event,) = engine.extract(doc).events
    assert (event.location, event.fatalities) == ("Celaya", 5)
