"""Spanish acts the pack must know (all invented sentences)."""

import pytest

from ..triggers import sub_types


@pytest.mark.parametrize("text, expected", [
    ("El lunes, cinco soldados fueron retenidos por el ELN en Tame, Arauca.", "Abduction/forced disappearance"),
    ("El lunes, cuatro guerrilleros murieron en un combate con el Ejército en Tame, Arauca.", "Armed clash"),
    ("El lunes se reportó un tiroteo entre hombres armados y policías municipales en Apatzingán.", "Armed clash"),
    ("El lunes, artefactos lanzados desde el aire hirieron a ocho soldados en Argelia, Cauca.", "Air/drone strike"),
    ("El lunes, hombres armados quemaron decenas de casas en Tame, Arauca.", "Looting/property destruction"),
])
def test_spanish_acts(engine, text, expected):
    assert sub_types(engine, "es", text) == [expected]


def test_a_mayor_who_expressed_support_is_no_protest(engine):
    assert sub_types(engine, "es", "El lunes, el alcalde de Tame ha manifestado su apoyo al ejército.") == []
