"""French and Spanish wire phrasings found by probing with articles we wrote (Sahel, Congo,
Haiti, Colombia, Mexico). Sentences are ours."""

import pytest

PUBLISHED = "2026-06-11"  # a Thursday


@pytest.mark.parametrize(("text", "country"), [
    ("Des hommes armés ont abattu deux commerçants mardi à N'Djamena, selon la police.", "TD"),
    ("Des centaines d'étudiants ont manifesté lundi à N’Djamena contre les frais d'inscription.", "TD"),
    ("Des jihadistes ont attaqué dimanche un poste de gendarmerie à N'Guigmi, tuant quatre gendarmes.", "NE"),
])
def test_a_name_opened_by_an_elided_capital(events_of, text, country):
    """"N'Djamena": the capital letter before the apostrophe is the name's first word, not
    a word of its own too short to be a place."""
    assert {e.country_code for e in events_of(text, "fr", PUBLISHED)} == {country}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tres ingenieros fueron secuestrados el martes por el Ejército de Liberación Nacional en Saravena, Arauca."),
    ("fr", "Quatre agents ont été enlevés jeudi par des hommes du Front de libération du Macina près de Mopti."),
    ("fr", "Un pasteur a été enlevé mercredi par l'Armée de libération nationale à Saravena, en Colombie."),
])
def test_an_act_word_inside_a_named_actor(events_of, lang, text):
    """"Liberación" in the ELN's name frees no one: the abduction stays an abduction, not the
    release of hostages."""
    events = events_of(text, lang, PUBLISHED)
    assert events and {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_katiba_macina_is_jnim(events_of):
    """The Macina brigade is JNIM's, as ACLED codes it; its name is no place."""
    text = "Des combattants de la katiba Macina ont enlevé dimanche trois bergers près de Mopti."
    assert [e.actor1 for e in events_of(text, "fr", PUBLISHED)] == ["JNIM: Group for Support of Islam and Muslims"]


@pytest.mark.parametrize(("lang", "text", "armed"), [
    ("es", "Cuatro sicarios murieron el jueves en enfrentamientos con la policía en Tlaquepaque, Jalisco.",
     "Unidentified Armed Group (Mexico)"),
    ("fr", "Cinq membres d'un gang ont été tués jeudi lors d'affrontements avec la police à Léogâne, en Haïti.",
     "Unidentified Armed Group (Haiti)"),
    ("es", "Guerrilleros del ELN murieron el jueves en enfrentamientos con la Policía en Saravena, Arauca.",
     "ELN: National Liberation Army"),
])
def test_an_armed_group_fighting_the_police_is_no_riot(events_of, lang, text, armed):
    """"enfrentamientos con la policía" is a riot of a crowd; told of gunmen, gangs or guerrillas it
    is their fight with the police (ACLED's armed clash), and the police named inside the phrase
    are the other side."""
    events = events_of(text, lang, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    sides = {events[0].actor1, events[0].actor2}
    assert armed in sides
    assert any(a.startswith("Police Forces") for a in sides)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des jeunes ont affronté la police jeudi soir à Vaulx-en-Velin, lançant des pierres sur les agents."),
    ("es", "Encapuchados protagonizaron enfrentamientos con la policía el jueves en Santiago, Chile."),
])
def test_a_crowd_fighting_the_police_stays_a_riot(events_of, lang, text):
    """No armed group named: the crowd's fight with the police is still a violent demonstration."""
    assert {e.sub_event_type for e in events_of(text, lang, PUBLISHED)} <= {"Violent demonstration"}


@pytest.mark.parametrize(("lang", "text", "taker"), [
    ("fr", "Les rebelles du M23 se sont emparés mardi de la cité de Kitshanga, dans le territoire de Masisi, "
           "au Nord-Kivu, à l'issue de violents combats avec les Forces armées de la RDC, selon des témoins.",
     "M23: March 23 Movement"),
    ("es", "Los rebeldes del M23 tomaron el control el martes de la ciudad de Kitshanga, en el territorio de "
           "Masisi, en Kivu del Norte, tras intensos combates con las Fuerzas Armadas congoleñas, según testigos.",
     "M23: March 23 Movement"),
])
def test_the_taker_of_a_town_after_fighting(events_of, lang, text, taker):
    """"se sont emparés de X ... après de violents combats avec l'armée": the taking word, not
    the clash word far after its subject, decides who acted."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Non-state actor overtakes territory", taker)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un drone de l'armée a frappé lundi un rassemblement de terroristes près de Niono, selon l'état-major."),
    ("es", "La Fuerza Aérea bombardeó el lunes una concentración de guerrilleros cerca de Saravena, Arauca."),
])
def test_a_gathering_of_fighters_is_no_demonstration(events_of, lang, text):
    """"rassemblement de terroristes", "concentración de guerrilleros": the target of a strike,
    no protest and no protesters."""
    events = events_of(text, lang, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert not any("Protesters" in (e.actor1 + e.actor2) for e in events)


def test_neutralising_fighters_is_a_killing_not_an_interception(events_of):
    """"neutralisant une trentaine de combattants": the word of interceptions kills here, and
    the army that announced the strikes, far before it, struck."""
    text = ("L'armée burkinabè a annoncé vendredi avoir conduit des frappes aériennes contre des terroristes "
            "dans la zone de Djibo, neutralisant une trentaine de combattants.")
    events = events_of(text, "fr", PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.intercepted) for e in events] == [
        ("Air/drone strike", "Military Forces of Burkina Faso (2022-)", False)]


def test_an_ambush_by_a_named_group_on_police(events_of):
    """"murieron en una emboscada perpetrada por el CJNG": the dead police told first are the
    side attacked, the cartel named after the agent word attacked."""
    text = ("Cinco agentes de la policía estatal murieron el viernes en una emboscada perpetrada por "
            "presuntos miembros del CJNG en Apatzingán, Michoacán.")
    events = events_of(text, "es", PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Armed clash", "CJNG: Jalisco New Generation Cartel")]
    assert events[0].actor2.startswith("Police Forces of Mexico")


@pytest.mark.parametrize(("lang", "text", "near"), [
    ("es", "Una mina estalló el jueves en la vía que conduce de Tibú a Cúcuta, hiriendo a tres soldados.", "Tibu"),
    ("fr", "Un engin explosif a explosé jeudi sur la route de Kaya à Dori, blessant trois soldats.", "Kaya"),
    ("en", "A landmine went off on Thursday on the road from Kaya to Dori, wounding three soldiers.", "Kaya"),
])
def test_a_road_from_one_town_to_another_is_one_event(events_of, lang, text, near):
    """"la vía que conduce de X a Y", "la route de X à Y": one event on the road, near its first
    town, as for "between X and Y"; the other end is no event place of its own."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [(near, 2)]
