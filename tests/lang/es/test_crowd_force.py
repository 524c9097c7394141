"""Force on a crowd told in Spanish and German (invented sentences): protesters arrested after
the rally is told, a blockade cleared with gas, a roundup gone on to another country."""

import pytest

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-10-16"  # a Thursday


@pytest.mark.parametrize("text, lang", [
    # the crowd's own noun before the arrest is no demand for the release of the arrested
    ("Cientos de jubilados se concentraron el miércoles frente al Congreso en Montevideo. "
     "Al menos cinco manifestantes fueron detenidos.", "es"),
    ("Hunderte Rentner demonstrierten am Mittwoch vor dem Parlament in Montevideo. "
     "Mindestens fünf Demonstranten wurden festgenommen.", "de"),
    # a blockade cleared with gas
    ("Campesinos bloquearon este jueves la carretera a la salida de Oruro, hasta que efectivos "
     "policiales los desalojaron con gases.", "es"),
])
def test_force_on_the_crowd(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == S.PROTEST_WITH_INTERVENTION.value
    assert event.actor2 and event.actor2.startswith("Police Forces of")


def test_a_demand_to_free_the_detained_is_no_arrest(events_of):
    text = "Cientos de estudiantes marcharon el miércoles en Montevideo para exigir la liberación de los detenidos."
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.sub_event_type == S.PEACEFUL_PROTEST.value


def test_a_roundup_gone_on_to_another_country_keeps_its_force_there(events_of):
    # the arrests told after the Uruguayan rally are its own, not the Bolivian blockade's
    text = ("En Bolivia, campesinos bloquearon este jueves la carretera a la salida de Oruro hasta que la policía "
            "los desalojó con gases.\n\nMientras tanto, en Montevideo, cientos de jubilados se concentraron "
            "el miércoles frente al Palacio Legislativo. La policía aplicó el protocolo antidisturbios y al "
            "menos cinco manifestantes fueron detenidos.")
    events = {e.country_code: e for e in events_of(text, "es", PUBLISHED)}
    assert events["UY"].sub_event_type == S.PROTEST_WITH_INTERVENTION.value
    assert events["BO"].sub_event_type == S.PROTEST_WITH_INTERVENTION.value
