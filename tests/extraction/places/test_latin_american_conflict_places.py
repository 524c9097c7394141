"""Places of Latin America's conflicts on sentences we wrote: a conflict region the news names
as a place (Colombia's Catatumbo, Peru's VRAEM) is that region, not a namesake municipality
across the border nor nothing at all; a Mexican state told by its short name ("en Michoacán",
"en Coahuila") is the state, not a hamlet of another state holding that name; Lima's districts
are Lima's, not San Juan of Loreto or Ath of Belgium; "la Defensoría del Pueblo" is the
ombudsman, not Pueblo, Colorado."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("text, lang", [
    ("La Defensoría del Pueblo alertó que los combates entre el ELN y las disidencias de las FARC en el "
     "Catatumbo dejaron el sábado al menos nueve muertos.", "es"),
    ("En el Catatumbo, tres campesinos murieron el sábado por la explosión de una mina antipersonal.", "es"),
    ("Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region killed 11 people on "
     "Saturday, officials said.", "en"),
])
def test_the_catatumbo_is_colombia_s_region(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.location, event.admin1, event.country_code, event.geo_precision) == (
        "Catatumbo", "Norte de Santander", "CO", 3)


@pytest.mark.parametrize("text", [
    "La Guardia Nacional Bolivariana detuvo el domingo a tres hombres en el municipio Catatumbo del estado Zulia.",
    "Un enfrentamiento en Catatumbo, Zulia, dejó dos muertos el domingo, informó el Cicpc.",
])
def test_venezuela_s_catatumbo_keeps_its_state(events_of, text):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.country_code) == ("Catatumbo", "VE")


def test_a_town_of_the_catatumbo_is_that_town(events_of):
    (event,) = events_of("Hombres armados asesinaron el domingo a dos campesinos en zona rural de Sardinata, "
                         "en el Catatumbo.", "es", PUBLISHED)
    assert (event.location, event.country_code) == ("Sardinata", "CO")


@pytest.mark.parametrize("text, lang", [
    ("Un soldado murió el sábado en un enfrentamiento con remanentes de Sendero Luminoso en el VRAEM, informó "
     "el Comando Conjunto.", "es"),
    ("A Peruvian soldier was killed on Saturday in a clash with Shining Path remnants in the VRAEM, the armed "
     "forces said.", "en"),
])
def test_the_vraem_is_peru_s_valley(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.location, event.country_code, event.geo_precision) == ("VRAEM", "PE", 3)
    assert "Peru" in event.actor2 or "Peru" in event.actor1


@pytest.mark.parametrize("text, state", [
    ("Cinco personas fueron asesinadas el domingo en un ataque armado en Michoacán.", "Michoacan de Ocampo"),
    ("Dos policías estatales murieron el viernes en un enfrentamiento con civiles armados en Michoacán.",
     "Michoacan de Ocampo"),
    ("Un periodista fue asesinado el sábado en Coahuila, informaron autoridades estatales.", "Coahuila de Zaragoza"),
])
def test_a_mexican_state_told_by_its_short_name_is_the_state(events_of, text, state):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.admin1, event.geo_precision) == (state, state, 3)


@pytest.mark.parametrize("text, town", [
    ("Tres hombres fueron asesinados a balazos el domingo en Uruapan, Michoacán, informó la Fiscalía.", "Uruapan"),
    ("Hombres armados asesinaron el domingo a cinco personas en la comunidad de Tula, municipio de Chilapa, "
     "Guerrero.", "Chilapa de Alvarez"),
])
def test_a_town_told_with_its_state_stays_the_town(events_of, text, town):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.geo_precision) == (town, 1)


@pytest.mark.parametrize("text, district", [
    ("Sicarios asesinaron el domingo a un chofer de transporte público en San Juan de Lurigancho, informó la "
     "Policía Nacional del Perú.", "San Juan de Lurigancho"),
    ("Un cobrador fue baleado el domingo en el distrito de Ate, en Lima; resultó herido.", "Ate"),
    ("Un policía fue asesinado el domingo en el distrito de Villa El Salvador, en el sur de Lima.",
     "Villa El Salvador"),
])
def test_lima_s_districts_are_lima_s(events_of, text, district):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.admin1, event.country_code) == (district, "Lima", "PE")


def test_the_ombudsman_is_no_place(events_of):
    (event,) = events_of("El ELN y las disidencias se enfrentaron el sábado en el sur de Bolívar, alertó la "
                         "Defensoría del Pueblo.", "es", PUBLISHED)
    assert (event.location, event.country_code) == ("Bolivar", "CO")


def test_a_group_s_name_holds_no_place(events_of):
    (event,) = events_of("La Guardia Nacional detuvo el domingo a ocho presuntos integrantes de La Nueva Familia "
                         "Michoacana en el Estado de México.", "es", PUBLISHED)
    assert (event.sub_event_type, event.location, event.geo_precision) == ("Arrests", "Mexico", 3)
    assert event.actor2 == "La Familia Michoacana"


@pytest.mark.parametrize("text", [
    "Militares venezolanos se enfrentaron el domingo con guerrilleros en La Victoria, Apure.",
    "Militares venezolanos se enfrentaron el domingo con guerrilleros en La Victoria, estado Apure.",
    "Militares venezolanos se enfrentaron el domingo con guerrilleros en La Victoria, en el estado Apure, "
    "fronterizo con Colombia.",
])
def test_a_town_of_a_state_the_gazetteer_lacks_is_placed_by_the_state_not_a_far_namesake(events_of, text):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.admin1, event.country_code) == ("Apure", "VE")


@pytest.mark.parametrize("text, town, state", [
    ("Dos hombres fueron asesinados el domingo en Santa Rosa, provincia de El Oro, informó la Policía "
     "ecuatoriana.", "Santa Rosa", "El Oro"),
    ("Un comando armado atacó el domingo un bar en Apaseo el Grande, estado de Guanajuato; murieron seis "
     "personas.", "Apaseo el Grande", "Guanajuato"),
])
def test_a_town_told_with_its_province_word_and_province_is_that_town(events_of, text, town, state):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.admin1) == (town, state)
