"""Spanish: "mientras otros se manifestaban frente a…" is a second demonstration of the sentence
(sentences written for these tests)."""


def test_others_who_demonstrated_elsewhere_are_a_second_protest(events_of):
    text = ("La policía detuvo el miércoles a decenas de estudiantes que protestaban frente al Congreso en Lima, "
            "mientras otros se manifestaban frente al Ministerio de Economía.")
    events = events_of(text, "es", "2024-02-08")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Protest with intervention"]
    assert {e.location for e in events} == {"Lima"}


def test_others_hurt_in_one_protest_are_no_second_crowd(events_of):
    text = "Miles de personas marcharon el martes en Lima; dos resultaron heridas y otros fueron detenidos."
    events = events_of(text, "es", "2024-02-08")
    assert len(events) == 1
