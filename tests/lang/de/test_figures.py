"""German figures (invented sentences): the clause after a comma keeps its own count, an age
between an article and its noun parts nothing, a verb particle before a semicolon counts nobody."""

import pytest

PUBLISHED = "2025-10-06"  # a Monday


@pytest.mark.parametrize("text, killed, injured", [
    # "14 weitere wurden verletzt": the count after the comma is the wounded's, not the dead's
    ("Bei einem Raketenangriff auf die Stadt Sumy wurden am Sonntag drei Menschen getötet, "
     "14 weitere wurden verletzt.", 3, 14),
    ("Bei einem Drohnenangriff auf einen Markt in Kassala kamen am Dienstag mindestens neun Zivilisten "
     "ums Leben, 25 weitere Menschen wurden verletzt.", 9, 25),
    # the particle of "schlug … ein" before a semicolon is no count of one
    ("In Charkiw schlug am Sonntag eine Gleitbombe in ein Wohngebiet ein; dabei kamen zwei Menschen "
     "ums Leben.", 2, None),
    # "eine 71 Jahre alte Frau": one victim, the age counts nobody
    ("Bei einem Messerangriff in Bremen ist am Samstagabend eine 71 Jahre alte Frau getötet worden.", 1, None),
])
def test_german_tolls(events_of, text, killed, injured):
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.fatalities, event.injured) == (killed, injured)


def test_an_age_inside_a_part_is_no_count_of_its_own(events_of):
    # "ein zwölf Jahre altes Mädchen" is one girl among the four, not thirteen people
    text = ("Bei einem Messerangriff in Bremen ist am Samstagabend ein Mann getötet worden. Vier weitere "
            "Menschen, darunter ein zwölf Jahre altes Mädchen, erlitten Verletzungen.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.fatalities, event.injured) == (1, 4)


def test_young_people_is_no_count_of_one(events_of):
    # "junge Menschen" (young people) is no singular "Junge" (a boy)
    text = "In Bremen starben am Samstag junge Menschen bei Protesten gegen die Polizei."
    assert all(e.fatalities is None for e in events_of(text, "de", PUBLISHED))


@pytest.mark.parametrize("text, killed", [
    # a fronted day puts the passive marker before the count, the participle closing the clause far on
    ("Am Montag wurden drei Soldaten bei einem Angriff in der Nähe von Kidal getötet.", 3),
    ("Am Sonntag wurde ein Palästinenser bei einem Einsatz der Armee in Dschenin erschossen.", 1),
])
def test_a_count_after_the_passive_marker(events_of, text, killed):
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.fatalities == killed


def test_a_source_inside_the_clause_parts_no_aside_from_its_verb(events_of):
    # "nach Angaben der Polizei" between the aside's closing comma and the casualty word
    text = ("Bei einem Messerangriff in Bremen ist am Samstagabend ein Mann getötet worden. Vier weitere Menschen, "
            "darunter ein Kind, erlitten nach Angaben der Polizei teils schwere Verletzungen.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.fatalities, event.injured) == (1, 4)


def test_the_police_as_a_source_after_the_act_is_no_side(events_of):
    # "nach Angaben der Polizei" after the knife attack: the police report it, nobody fought them
    text = "Bei einem Messerangriff in Bremen wurden am Samstag vier Menschen nach Angaben der Polizei verletzt."
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.sub_event_type, event.injured) == ("Attack", 4)
