"""People counted with their village in the genitive ("трое жителей села", "жительница села"):
"села" counts villages after a number ("два села"), but after a person word it says whose the
people are, and the count stays theirs. Sentences are ours (``dateline.extraction.rules.numbers``)."""

import pytest

from dateline.models import Document


def events_of(engine, text, lang, published="2025-06-14"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


@pytest.mark.parametrize(("lang", "text", "killed"), [
    ("ru", "Четверо жителей села Ивановка погибли в четверг при обстреле Курской области.", 4),
    ("ru", "Жительница села Марьино погибла в среду при ударе беспилотника в Курской области.", 1),
    ("ru", "Двое жителей села Старица погибли в пятницу при обстреле Белгородской области.", 2),
])
def test_the_village_after_the_people_is_not_what_is_counted(engine, lang, text, killed):
    assert [e.fatalities for e in events_of(engine, text, lang)] == [killed]


def test_a_count_of_villages_is_no_toll(engine):
    text = "Обстрел в четверг оставил без света два села Курской области, пострадавших нет."
    assert all(e.fatalities in (0, None) and e.injured in (0, None) for e in events_of(engine, text, "ru"))
