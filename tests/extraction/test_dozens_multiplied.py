""""Two dozen", "zwei Dutzend", "deux douzaines", "dos docenas", "два десятка" multiply as "two
hundred" does (24, 20), where the words were added (14) or read apart (2); "dozens" alone stays
ACLED's vague 12, also opening a German clause whose participle comes last."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _killed(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return [e.fatalities for e in events]


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Three dozen people were killed on Friday when gunmen stormed a market near Gusau.", 36),
    ("en", "A dozen people were killed on Friday when gunmen stormed a market near Gusau.", 12),
    ("en", "Gunmen killed dozens of traders at a market near Gusau on Friday.", 12),
    ("de", "Drei Dutzend Menschen wurden am Freitag bei einem Angriff auf einen Markt nahe Gusau getötet.", 36),
    ("de", "Dutzende Menschen wurden am Freitag bei einem Angriff auf einen Markt nahe Gusau getötet.", 12),
    ("fr", "Trois douzaines de personnes ont été tuées vendredi dans l'attaque d'un marché près de Tahoua.", 36),
    ("es", "Tres docenas de personas murieron el viernes en un ataque armado contra un mercado en Uruapan.", 36),
    ("ru", "Три десятка человек погибли в пятницу в результате обстрела Макеевки.", 30),
    ("ru", "Десятки человек погибли в пятницу в результате обстрела Макеевки.", 12),
    ("uk", "Три десятки людей загинули в п'ятницю внаслідок обстрілу Херсона.", 30),
    ("uk", "Десятки людей загинули в п'ятницю внаслідок обстрілу Херсона.", 12),
])
def test_a_count_of_dozens_multiplies(events_of, lang, text, killed):
    assert _killed(events_of, lang, text) == [killed]
