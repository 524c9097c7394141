"""People counted with their village in the genitive ("трое жителей села", "жительница села"):
"села" counts villages after a number ("два села"), but after a person word it says whose the
people are, and the count stays theirs. Sentences are ours (``dateline.extraction.rules.numbers``)."""

import pytest

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.mark.parametrize(("lang", "text", "killed"), [
    ("ru", "Четверо жителей села Ивановка погибли в четверг при обстреле Курской области.", 4),
    ("ru", "Жительница села Марьино погибла в среду при ударе беспилотника в Курской области.", 1),
    ("ru", "Двое жителей села Старица погибли в пятницу при обстреле Белгородской области.", 2),
])
def test_the_village_after_the_people_is_not_what_is_counted(events_of, lang, text, killed):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [killed]


def test_a_count_of_villages_is_no_toll(events_of):
    text = "Обстрел в четверг оставил без света два села Курской области, пострадавших нет."
    assert all(e.fatalities in (0, None) and e.injured in (0, None) for e in events_of(text, "ru", PUBLISHED))
