"""The side an agent word names ("со стороны ВСУ", "з боку російських військ") acted, even when
the sentence's verb tells the victim's death in the active voice ("жительница погибла в
результате обстрела со стороны ..."). Sentences are ours (``dateline.actors.roles``)."""

import pytest

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("ru", "Пенсионерка из поселка Глушково погибла в четверг в результате обстрела со стороны ВСУ.",
     ("Military Forces of Ukraine (2019-)", "Civilians (Russia)")),
    ("uk", "Мешканка села Миропілля загинула в четвер внаслідок обстрілу з боку російських військ.",
     ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")),
])
def test_the_side_after_the_agent_word_acted(events_of, lang, text, actors):
    assert [(e.actor1, e.actor2) for e in events_of(text, lang, PUBLISHED)] == [actors]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three people were killed on Friday in an attack on a convoy escorted by soldiers near Gao."),
    ("de", "Bei einem Angriff auf einen Konvoi von Soldaten sind am Freitag nahe Gao drei Menschen getötet worden."),
])
def test_agent_words_after_the_target_name_no_doer(events_of, lang, text):
    """"a convoy escorted by soldiers": the agent words follow the target, not the act; the
    soldiers were attacked."""
    assert all(e.actor1 != "Military Forces of Mali (2021-)" for e in events_of(text, lang, PUBLISHED))


@pytest.mark.parametrize(("text", "actors", "sub"), [
    # the participle of the act, then a day, between the act noun and the agent words
    ("Al menos doce aldeanos murieron en un ataque perpetrado el domingo por presuntos miembros del "
     "Estado Islámico en el Gran Sáhara contra la localidad de Ayorou, en la región de Tillabéri.",
     ("Islamic State Sahel Province", "Civilians (Niger)"), "Attack"),
    ("Un policía murió en un ataque con explosivos perpetrado por disidencias de las FARC contra la "
     "estación de policía de Jamundí, en el Valle del Cauca.",
     ("FARC Dissidents", "Police Forces of Colombia (2022-)"), "Remote explosive/landmine/IED"),
    # an act verb of its own, then a day, before the agent words
    ("Al menos doce civiles murieron en el ataque lanzado este martes por el JNIM contra el mercado de "
     "Boulkessi, en el centro de Malí.", ("JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"),
     "Attack"),
    # a country named by the agent words after the act ("lanzado por Rusia") is its forces
    ("Dos personas murieron en un ataque con drones lanzado por Rusia contra la ciudad de Sumy, "
     "en el noreste de Ucrania.", ("Military Forces of Russia (2000-)", "Civilians (Ukraine)"), "Air/drone strike"),
])
def test_spanish_agent_words_after_an_act_and_its_participle(events_of, text, actors, sub):
    events = events_of(text, "es", PUBLISHED)
    assert [(e.actor1, e.actor2, e.sub_event_type) for e in events] == [(*actors, sub)]


def test_a_demonym_after_the_article_names_the_state_not_the_event_country(events_of):
    """"el Ejército ruso", "los militares estadounidenses": the generic word with its article
    must not swallow the demonym right after it."""
    text = "Los militares estadounidenses bombardearon una posición de los hutíes en Hodeida, en Yemen."
    assert [e.actor1 for e in events_of(text, "es", PUBLISHED)] == ["Military Forces of the United States (2025-)"]


@pytest.mark.parametrize(("lang", "text", "published"), [
    ("es", "Decenas de soldados murieron el domingo en un ataque de yihadistas contra un puesto militar en Djibo, "
           "en el norte de Burkina Faso. El ataque fue reivindicado por el JNIM, que afirmó haber matado a más de "
           "150 soldados.", "2025-05-13"),
    ("en", "Dozens of soldiers were killed on Sunday in an attack by jihadists on an army post in Djibo, in northern "
           "Burkina Faso. The attack was claimed by JNIM, which said it had killed more than 150 soldiers.",
     "2025-05-13"),
])
def test_a_claim_in_the_passive_names_its_claimant_and_its_count_is_no_toll(events_of, lang, text, published):
    """"fue reivindicado por el JNIM": the claimant follows the agent word; the figure the
    claimant boasts of is not the toll of the attack."""
    (event,) = events_of(text, lang, published)
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert event.fatalities != 150


def test_a_long_name_between_the_act_and_its_target_word_is_the_author(events_of):
    """"un ataque de las paramilitares Fuerzas de Apoyo Rápido (FAR) contra la aldea": the author's
    name (however many words) stands between the act and the target word; the dead are civilians."""
    text = ("Al menos 25 civiles murieron el martes en un ataque de las paramilitares Fuerzas de Apoyo Rápido (FAR) "
            "contra la aldea de Um Rawaba, en el estado de Kordofán del Norte, en Sudán.")
    events = events_of(text, "es", "2025-01-15")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == \
        [("Attack", "Rapid Support Forces", "Civilians (Sudan)")]
