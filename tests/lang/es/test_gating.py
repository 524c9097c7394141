"""Spanish: what is an event and what only surrounds one. Sentences written for these tests."""


def test_a_context_of_continuing_clashes_is_no_event(events_of):
    assert events_of("El hecho ocurre en medio de la tensión que se vive en Arauca, donde se siguen "
                     "registrando enfrentamientos.", "es", "2025-11-10") == []


def test_a_cue_word_inside_a_name_does_not_gate(events_of):
    (event,) = events_of("Los soldados del Batallón de Campaña Nueve fueron atacados el lunes "
                         "en Tame por guerrilleros.", "es", "2025-11-10")
    assert event.location == "Tame"


def test_exact_forms_of_habit_words(events_of):
    """"habituales" (usual) is not "habitualmente" (usually)."""
    (event,) = events_of("El sábado, manifestantes incendiaron vehículos en Imphal, uno de los "
                         "focos habituales de tensión.", "es", "2024-11-16")
    assert event.location == "Imphal"


def test_the_words_of_a_chant_are_no_events(events_of):
    (event,) = events_of("Este domingo miles de personas se manifestaron en Madrid. Durante el "
                         "recorrido, los manifestantes han gritado \"Gaza, resiste\" y \"alto a la "
                         "masacre\".", "es", "2025-10-19")
    assert (event.location, event.sub_event_type) == ("Madrid", "Peaceful protest")


def test_a_section_heading_is_no_event(events_of):
    text = ("Manifestantes se enfrentaron con la policía este miércoles en Juliaca.\n\nPROTESTAS EN PUNO\n\n"
            "Los manifestantes bloquearon las vías en Juliaca.")
    (event,) = events_of(text, "es", "2023-01-18")
    assert event.location == "Juliaca"


def test_a_purpose_is_no_event(events_of):
    assert events_of("El Ejército anunció un plan para neutralizar los drones de las disidencias "
                     "en el Cauca.", "es", "2025-10-29") == []


def test_fighting_that_concentrates_somewhere_is_no_rally(events_of):
    """"los enfrentamientos se concentran en…": "se concentran" is not a crowd gathering."""
    text = ("Al menos 14 personas murieron el domingo en combates entre el ELN y disidencias de las FARC en "
            "zona rural de Arauca. Los enfrentamientos se concentran en los municipios de Tame, Saravena y "
            "Fortul.")
    events = events_of(text, "es", "2025-11-10")
    assert {e.sub_event_type for e in events} == {"Armed clash"}


def test_a_total_since_a_named_day_is_no_event_of_that_day(events_of):
    """"desde el 16 de enero" opens the period of a total; the day is no event's day."""
    text = ("Cuatro personas fueron secuestradas el domingo por el ELN en Saravena, Arauca. La ofensiva del ELN "
            "contra las disidencias ha dejado más de 80 muertos desde el 16 de enero.")
    events = events_of(text, "es", "2025-01-20")
    assert [(str(e.event_date), e.sub_event_type) for e in events] == [("2025-01-19", "Abduction/forced disappearance")]


def test_a_minga_is_a_demonstration(events_of):
    """"la minga": the Colombian indigenous march is a protest word."""
    text = "Unos 5.000 indígenas de la minga llegaron el martes a Popayán para exigir al Gobierno tierras."
    events = events_of(text, "es", "2024-10-23")
    assert [(e.location, e.sub_event_type) for e in events] == [("Popayan", "Peaceful protest")]
