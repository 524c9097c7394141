"""Words of taking a town told in more ways: "reclaimed", "restored control over", "drove …
out of", "took the town", and French verbs parted from their object by a day ("a repris lundi
la ville"). Sentences are our own."""

import pytest

from dateline.models import Document


def _types(engine, text, lang="en", published="2024-05-07"):
    events = engine.extract(Document(id="t", text=text, published=published, lang=lang)).events
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
def test_taking_words(engine, text, lang, expected):
    assert _types(engine, text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The patient regained consciousness at a hospital in Goma on Tuesday.", "en"),
    ("Les enseignants ont repris mardi le travail à Bamako après la rentrée.", "fr"),
])
def test_taking_words_of_no_place(engine, text, lang):
    assert _types(engine, text, lang) == []
