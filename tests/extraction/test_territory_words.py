"""Words of taking a town told in more ways: "reclaimed", "restored control over", "drove …
out of", "took the town", and French verbs parted from their object by a day ("a repris lundi
la ville"). Sentences are our own."""

import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _types(events):
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Soldiers drove JNIM fighters out of the town of Menaka on Monday after a fierce battle.", "en",
     "Government regains territory"),
    ("The army reclaimed the town of Menaka on Monday after heavy fighting with jihadists.", "en",
     "Government regains territory"),
    ("Security forces restored control over the town of Menaka on Monday after clashes with militants.", "en",
     "Government regains territory"),
    ("M23 rebels took the town of Sake on Tuesday after heavy clashes with the army.", "en",
     "Non-state actor overtakes territory"),
    ("L'armée a repris lundi la ville de Ménaka après deux jours de combats avec les jihadistes.", "fr",
     "Government regains territory"),
    ("L'armée a repris mardi le contrôle de la ville de Ménaka après deux jours de combats.", "fr",
     "Government regains territory"),
    ("Les rebelles du M23 ont pris mardi la ville de Saké après des combats avec l'armée.", "fr",
     "Non-state actor overtakes territory"),
])
def test_taking_words(events_of, text, lang, expected):
    assert _types(events_of(text, lang, PUBLISHED)) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The patient regained consciousness at a hospital in Goma on Tuesday.", "en"),
    ("Les enseignants ont repris mardi le travail à Bamako après la rentrée.", "fr"),
])
def test_taking_words_of_no_place(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == []
