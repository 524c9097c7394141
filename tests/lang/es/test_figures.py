"""Spanish figures (invented sentences): the object marker "a" after a conjunction joins the
counts around it, as a conjunction alone does."""

import pytest

PUBLISHED = "2025-07-22"  # a Tuesday


@pytest.mark.parametrize("text, killed", [
    ("Hombres armados abrieron fuego el sábado contra una camioneta en Guasave, matando al conductor "
     "y a dos pasajeros.", 3),
    ("Un dron atacó este lunes un automóvil en Tibú, matando a un hombre y a tres acompañantes.", 4),
    # a conjunction alone already joined them; the marker changes nothing there
    ("Hombres armados abrieron fuego el sábado en Guasave, matando al conductor y dos pasajeros.", 3),
])
def test_object_marker_after_a_conjunction_joins_the_counts(events_of, text, killed):
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.fatalities == killed


def test_the_marker_alone_joins_nothing(events_of):
    # "a tres" after a comma, no conjunction: the dead and the wounded stay apart
    text = "Un ataque armado en Guasave mató el sábado a dos hombres, e hirió a tres mujeres."
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.fatalities, event.injured) == (2, 3)


def test_an_age_between_the_victim_and_the_verb_parts_nothing(events_of):
    # "Un hombre de 32 años murió": one dead; the age is no count and does not part them
    text = ("Un hombre de 41 años murió y más de 30 personas resultaron heridas el miércoles durante "
            "una marcha en el centro de Arequipa.")
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.fatalities, event.injured) == (1, 30)


def test_a_field_hospital_is_no_campaign(events_of):
    # "hospital de campaña": no habit ("campaña" of attacks); the wounded told there are the event's
    text = ("Al menos 12 personas murieron este martes por disparos cerca de un punto de distribución en Jan "
            "Yunis. Las autoridades sanitarias indicaron que otras 40 personas resultaron heridas y fueron "
            "trasladadas a un hospital de campaña.")
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.fatalities, event.injured) == (12, 40)
