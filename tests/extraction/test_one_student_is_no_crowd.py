"""Students are a protest's crowd ("задержала 20 студентов, вышедших на акцию"), but one student
held for treason is a civilian: the plural forms stay protesters, the singular ones are civilians
(``dateline/data/ru/actors.toml``). Sentences are ours."""

PUBLISHED = "2026-02-12"  # a Thursday


def test_one_student_arrested_is_a_civilian(events_of):
    text = "Сотрудники ФСБ в среду задержали в Екатеринбурге 21-летнего студента. Его обвиняют в госизмене."
    assert [(e.sub_event_type, e.actor2) for e in events_of(text, "ru", PUBLISHED)] == \
        [("Arrests", "Civilians (Russia)")]


def test_students_at_a_rally_are_protesters(events_of):
    text = "В среду в Москве полиция задержала 20 студентов, вышедших на акцию против повышения платы за обучение."
    assert [e.actor2 for e in events_of(text, "ru", PUBLISHED)] == ["Protesters (Russia)"]
