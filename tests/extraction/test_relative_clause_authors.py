"""The side named first in a relative clause right after an act noun did the act ("shelling that
HTS fighters carried out", "обстрел, который боевики предприняли", "un bombardement que les
combattants ont mené"): ``_relative_subject`` in ``dateline/extraction/rules/clauses.py``. A
relative word that is the clause's own subject ("the shelling that wounded three soldiers")
names no author. Sentences are ours."""

import pytest

HTS = "HTS: Hayat Tahrir al Sham"
SHELLING = "Shelling/artillery/missile attack"
PUBLISHED = "2024-10-16"  # a Wednesday


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Трое мирных жителей ранены в результате обстрела, который накануне боевики группировки "
           "«Хайят Тахрир аш-Шам» предприняли по городу Мхарда в провинции Хама."),
    ("en", "Three civilians were wounded in shelling that Hayat Tahrir al-Sham fighters carried out on "
           "Tuesday against the town of Mhardeh in Hama province."),
    ("fr", "Trois civils ont été blessés mardi dans un bombardement que les combattants de Hayat "
           "Tahrir al-Cham ont mené contre la ville de Mhardeh, dans la province de Hama."),
])
def test_the_side_opening_a_relative_clause_after_the_act_did_it(events_of, lang, text):
    events = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == SHELLING]
    assert [(e.actor1, e.actor2) for e in events] == [(HTS, "Civilians (Syria)")]


def test_a_relative_word_that_is_the_subject_names_no_author(events_of):
    text = ("Officials on Tuesday condemned the shelling that wounded three Syrian soldiers near the "
            "town of Mhardeh in Hama province.")
    events = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == SHELLING]
    assert events and all(e.actor2.startswith("Military Forces of Syria") for e in events)
    assert all(not e.actor1.startswith("Military Forces of Syria") for e in events)
