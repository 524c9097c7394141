"""Killing by execution or by a volley of shots is a killing in every language, as an event and
as the word its count stands beside: "fusilados", "acribillados", "ultimados", "ejecutados",
"fusillés", "exécutés", "were executed", "erschossen", "hingerichtet", "расстреляны", "розстріляні",
"страчені"."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize("lang, text, killed", [
    ("es", "Tres jóvenes fueron fusilados el lunes por paramilitares en Tumaco.", 3),
    ("es", "Cuatro hombres fueron acribillados el lunes por sicarios en Culiacán.", 4),
    ("es", "Hombres armados ultimaron a dos comerciantes el lunes en Culiacán.", 2),
    ("es", "Guerrilleros ejecutaron a seis civiles el lunes en Tumaco.", 6),
    ("fr", "Cinq villageois ont été fusillés lundi par des hommes armés près de Djibo.", 5),
    ("fr", "Des jihadistes ont exécuté sept civils lundi près de Djibo.", 7),
    ("en", "Seven civilians were executed by militants near Djibo on Monday.", 7),
    ("en", "Five villagers were shot dead by gunmen near Djibo on Monday.", 5),
    ("de", "Fünf Dorfbewohner wurden am Montag bei Djibo erschossen.", 5),
    ("de", "Dschihadisten haben am Montag bei Djibo sieben Zivilisten hingerichtet.", 7),
    ("ru", "В понедельник под Джибо были расстреляны пятеро жителей деревни.", 5),
    ("uk", "У понеділок біля Джибо були розстріляні п'ятеро жителів села.", 5),
    ("uk", "У понеділок біля Джибо були страчені семеро цивільних.", 7),
    ("ar", "أعدم مسلحون سبعة مدنيين قرب جيبو يوم الاثنين.", 7),
])
def test_an_execution_is_a_killing_with_its_count(events_of, lang, text, killed):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", killed)]


@pytest.mark.parametrize("lang, text", [
    # the rifle is no shooting: "fusil" shares the stem of "fusilados"
    ("es", "La policía decomisó un fusil y dos pistolas el lunes en Culiacán."),
    # carrying out a plan kills nobody
    ("en", "The ministry executed its new budget plan in Kano on Monday."),
])
def test_homonyms_kill_nobody(events_of, lang, text):
    assert not [e for e in events_of(text, lang, PUBLISHED) if e.fatalities]
