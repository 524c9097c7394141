"""A sentence that opens with a short phrase naming its act, set off by a comma ("In an attack on
Saturday, gunmen killed 12 people"), has its roles from the clause's own verb: the act noun's "on"
opens a day, and the armed men after it are who struck, not a side hit
(``dateline.extraction.rules.clauses.main_clause_start``). Sentences we wrote."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("lang, text, sub, actor1, actor2", [
    ("en", "In an attack on Saturday, gunmen killed 12 people in the village of Mangu.",
     "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("fr", "Lors d'une attaque samedi, des hommes armés ont tué 12 personnes à Mangu.",
     "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("es", "En un ataque el sábado, hombres armados mataron a 12 personas en Mangu.",
     "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("en", "In a raid on Sunday, soldiers killed five militants near Kidal.",
     "Armed clash", "Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"),
    # neighbours that stay: the act phrase's own sides, a background phrase
    ("en", "In an ambush on Saturday, militants killed four soldiers near Kidal.",
     "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"),
    ("en", "Gunmen killed 12 people in an attack on the village of Mangu on Saturday.",
     "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
])
def test_the_clause_after_an_act_phrase_decides_the_roles(events_of, lang, text, sub, actor1, actor2):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub, actor1, actor2)
