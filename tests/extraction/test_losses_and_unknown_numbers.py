"""The dead a force "lost" beside those it killed add up ("killed 25 terrorists and lost three
soldiers" is 28), while a daily loss tally stays no event; "an unknown number of militants"
counts no one (invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nigerian troops killed 25 terrorists and lost three soldiers in fighting near Bama in Borno state on "
           "Saturday, the army said."),
    ("fr", "L'armée nigérienne a neutralisé 25 terroristes et perdu trois soldats samedi lors de combats près de "
           "Banibangou."),
])
def test_the_soldiers_lost_add_to_the_enemies_killed(events_of, lang, text):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [28]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's General Staff said Russia had lost 1,150 troops over the past 24 hours."),
    ("fr", "Selon l'état-major ukrainien, la Russie a perdu 1 150 soldats au cours des dernières 24 heures."),
])
def test_a_daily_loss_tally_is_no_event(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Five soldiers and an unknown number of militants were killed in clashes near Diffa on Saturday, "
           "the army said."),
    ("fr", "Cinq soldats et un nombre indéterminé de terroristes ont été tués samedi lors de combats près de "
           "Diffa."),
    ("es", "Cinco soldados y un número indeterminado de guerrilleros murieron el sábado en combates en el Cauca."),
    ("de", "Fünf Soldaten und eine unbekannte Zahl von Angreifern wurden am Samstag bei Kämpfen nahe Diffa "
           "getötet."),
])
def test_an_unknown_number_counts_no_one(events_of, lang, text):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [5]
