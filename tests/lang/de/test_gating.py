"""German: what is an event and what only surrounds one. Sentences written for these tests."""


def test_a_habit_in_a_background_phrase_does_not_gate_the_event(events_of):
    (event,) = events_of("Nach jahrelangen Kämpfen haben Regierung und Rebellen am Montag in "
                         "Bangui ein Friedensabkommen unterzeichnet.", "de", "2017-06-20")
    assert event.sub_event_type == "Agreement"


def test_a_motive_phrase_does_not_gate_the_protest(events_of):
    (event,) = events_of("Aus Furcht vor zunehmendem Einfluss Russlands haben am Donnerstag "
                         "Tausende Demonstranten in Tiflis protestiert.", "de", "2019-06-21")
    assert event.sub_event_type == "Peaceful protest" and event.location == "Tbilisi"


def test_konjunktiv_is_reported_speech_not_pluperfect(events_of):
    reported = events_of("Die Soldaten hätten Granaten auf die Stadt Sagaing abgefeuert.", "de", "2023-04-11")
    background = events_of("Die Soldaten hatten Granaten auf die Stadt Sagaing abgefeuert.", "de", "2023-04-11")
    assert len(reported) == 1 and background == []


def test_blame_in_a_relative_clause_describes_its_noun(events_of):
    (event,) = events_of("Die Polizei hat am Mittwoch in Goma den Anführer einer Miliz "
                         "festgenommen, die für Angriffe verantwortlich gemacht wird.", "de", "2021-07-08")
    assert event.sub_event_type == "Arrests"


def test_a_blame_of_the_main_clause_still_gates(events_of):
    assert events_of("Die Regierung beschuldigte am Mittwoch die Rebellen, den Angriff auf "
                     "Goma verübt zu haben.", "de", "2021-07-08") == []


def test_a_generic_statement_is_no_event(events_of):
    assert events_of("In Mexiko gibt es zahlreiche Kartelle, die um Gebiete kämpfen.", "de", "2022-11-10") == []


def test_the_count_of_the_next_clause_counts_its_own_wounded(events_of):
    (event,) = events_of("Bei einem Überfall auf eine Tankstelle in Celaya sind am Donnerstag vier "
                         "Wachleute erschossen worden. Die vier Wachleute seien noch am Tatort ums Leben "
                         "gekommen, drei weitere Passanten verletzt worden.", "de", "2013-12-13")
    assert (event.fatalities, event.injured) == (4, 3)


def test_one_strike_told_with_einem_may_kill_more_than_a_hundred(events_of):
    events = events_of("Helfer sprechen von mehr als 120 getöteten Zivilisten nach einem Luftangriff "
                       "der Armee auf das Dorf Kanbalu in Myanmar.", "de", "2023-04-12")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 120)]


def test_war_without_a_participle_is_no_pluperfect(events_of):
    """"Es war eine der größten Kundgebungen ...": a copula about the rally told, not an earlier
    event; the police's tear gas told after it in the paragraph is still that rally's."""
    events = events_of("Tausende Menschen haben am Samstag in Zagreb gegen die Regierung "
                       "demonstriert. Es war eine der größten Kundgebungen in der Geschichte des "
                       "Landes. Am Abend setzte die Polizei Tränengas gegen Demonstranten ein.", "de", "2025-03-16")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_war_with_its_participle_stays_a_pluperfect(events_of):
    told = events_of("Die Soldaten sind in der Stadt Sagaing von Rebellen angegriffen worden.", "de", "2023-04-11")
    background = events_of("Die Soldaten waren in der Stadt Sagaing von Rebellen angegriffen worden.",
                           "de", "2023-04-11")
    assert len(told) == 1 and background == []


def test_an_arson_attack_by_unknown_perpetrators_is_no_riot(events_of):
    """No crowd, "Täter" unknown, a window smashed and an incendiary thrown into an office: not
    a violent demonstration with the police (who only report it)."""
    events = events_of("Unbekannte haben in der Nacht zu Samstag einen Brandanschlag auf ein "
                       "Parteibüro in Halle verübt. Die Täter hätten eine Scheibe eingeschlagen "
                       "und einen Brandsatz in das Büro geworfen, teilte die Polizei mit.", "de", "2025-01-12")
    assert [e.sub_event_type for e in events] and all(e.sub_event_type != "Violent demonstration" for e in events)
