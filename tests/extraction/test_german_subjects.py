"""German subjects far from their participle: a country opening the sentence acts when the act
word ends its clause ("Israel hat ... angegriffen"); the source after "laut" or "nach Angaben
von" is its noun, not the subject after it. Sentences are ours."""

import pytest

PUBLISHED = "2025-03-11"  # a Tuesday


def coded(events):
    return [(e.country_code, e.actor1, e.location) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel hat am Montag Ziele im Süden Libanons angegriffen.",
     [("LB", "Military Forces of Israel (2022-)", "Lebanon")]),
    ("Die Ukraine hat nach eigenen Angaben eine Ölraffinerie in der russischen Stadt Wolgograd mit Drohnen "
     "angegriffen.", [("RU", "Military Forces of Ukraine (2019-)", "Volgograd")]),
])
def test_a_country_opening_the_sentence_acts_with_the_final_participle(events_of, text, expected):
    assert coded(events_of(text, "de", PUBLISHED)) == expected


def test_a_country_the_passive_makes_the_target_stays_a_place(events_of):
    """"Israel wurde ... angegriffen": the country was hit, it did not act."""
    text = "Israel wurde am Montag mit Raketen angegriffen, teilte die Armee mit."
    coded_events = coded(events_of(text, "de", PUBLISHED))
    assert all(actor != "Military Forces of Israel (2022-)" for _code, actor, _place in coded_events)


@pytest.mark.parametrize("text", [
    "Laut Aktivisten hat die Armee am Montag in Homs drei Zivilisten erschossen.",
    "Nach Angaben von Aktivisten hat die Armee am Montag in Homs drei Zivilisten erschossen.",
])
def test_the_source_after_according_to_ends_with_its_noun(events_of, text):
    """The army after the source is the subject that acted, not part of who reports it."""
    assert coded(events_of(text, "de", PUBLISHED)) == [("SY", "Military Forces of Syria (2024-)", "Homs")]


def test_a_place_before_according_to_is_no_speaker(events_of):
    """"im Westen des Jemen sind nach Angaben der Behörden ...": Yemen is where, the authorities speak."""
    text = ("Bei Luftangriffen im Westen des Jemen sind nach Angaben der Gesundheitsbehörden am Montag mindestens "
            "zwölf Menschen getötet worden.")
    assert [code for code, _actor, _place in coded(events_of(text, "de", PUBLISHED))] == ["YE"]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject opens the sentence; a source phrase and the night stand between it and the participle
    ("Die israelische Luftwaffe hat nach Angaben von Aktivisten in der Nacht zu Dienstag Ziele nahe der syrischen "
     "Stadt Homs bombardiert.", [("SY", "Military Forces of Israel (2022-)", "Homs")]),
    # "von der RSF" is where the town was taken from: an object before the participle, not the subject
    ("Die sudanesische Armee hat nach eigenen Angaben die Stadt Bara im Bundesstaat Nord-Kordofan von der "
     "RSF-Miliz zurückerobert.", [("SD", "Military Forces of Sudan (2019-)", "Barah")]),
])
def test_the_subject_opening_a_verb_final_clause_acts_however_far(events_of, text, expected):
    assert coded(events_of(text, "de", PUBLISHED)) == expected


def test_the_day_and_place_after_a_named_source_are_the_events(events_of):
    """"Die Kämpfe brachen nach Angaben der Beobachtungsstelle am Sonntag in der Ortschaft X aus":
    the source ends with its noun; the Sunday and the village are the fighting's, not the report's."""
    text = ("DAMASKUS (Beispiel-Agentur) - Im Osten Syriens sind bei Gefechten zwischen den SDF und arabischen "
            "Stammesmilizen mindestens sieben Menschen getötet worden. Die Kämpfe brachen nach Angaben der "
            "Syrischen Beobachtungsstelle am Sonntag in der Ortschaft Dhiban in der Provinz Deir ez-Zor aus.")
    events = events_of(text, "de", "2025-06-16")
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [("Dhiban", "2025-06-15", 7)]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a time opens the sentence: the subject follows the finite verb, the object after it
    ("Am Montag griffen Bewaffnete eine Polizeiwache in Goma an.",
     "Unidentified Armed Group (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo"),
    ("In der Nacht zu Dienstag beschoss die russische Armee die Stadt Charkiw mit Raketen.",
     "Military Forces of Russia (2000-)", ""),
    ("Am Abend griff Russland die Stadt Saporischschja mit Drohnen an.", "Military Forces of Russia (2000-)", ""),
])
def test_the_subject_after_the_finite_verb_acts(events_of, text, actor1, actor2):
    (event,) = events_of(text, "de", "2025-03-11")
    assert event.actor1 == actor1 and event.actor2.startswith(actor2)  # the police's name has its years
