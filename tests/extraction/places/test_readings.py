"""A sentence scanned for places a second time reuses what the first scan read at each word
(``dateline.extraction.places.readings``) and finds exactly what a fresh scan finds, whatever
words it blocks and whether near spellings are looked for. Sentences are ours."""

from __future__ import annotations

import pytest

from dateline.extraction.places import Focus
from dateline.extraction.places.finder import PlaceFinder
from dateline.extraction.places.readings import Probe, Reading
from dateline.normalize import fold
from dateline.prepare.tokens import tokenize

SENTENCES = [
    ("fr", "Des hommes armés ont attaqué Gao et la région de Mopti, près de Bamako, selon Jean Dupont.", "ML"),
    ("en", "Gunmen attacked a convoy near the Strait of Hormuz and in Kano State on Monday, said Ali Musa.", "NG"),
    ("de", "Bei einem Angriff im Norden Malis und in Nord-Darfur starben drei Menschen in Nyala.", "SD"),
    ("ru", "Беспилотники атаковали Брянскую, Курскую и Белгородскую области, сообщил губернатор Орла.", "RU"),
    ("es", "Hombres armados atacaron Kivu del Norte y la ciudad de Goma, según Pedro Lunda.", "CD"),
    ("ar", "قتل ثلاثة أشخاص في هجوم على مدينة كاجورو قرب الخرطوم وفي بلدة سنار.", "SD"),
]


def test_a_probe_answers_as_an_empty_set_and_remembers_the_question():
    probe = Probe()
    assert probe and 7 not in probe and 3 not in probe
    assert probe.asked == {3, 7}
    reading = Reading(None, None, frozenset({3, 7}))
    assert reading.holds(set()) and reading.holds({1, 2, 8}) and not reading.holds({7})


def _blocked_sets(size: int) -> list[set[int]]:
    """Nothing, every word alone, every two neighbours: a trigger, an actor's name."""
    return [set(), *({i} for i in range(size)), *({i, i + 1} for i in range(size - 1))]


@pytest.mark.parametrize(("lang", "text", "country"), SENTENCES, ids=[lang for lang, _t, _c in SENTENCES])
def test_a_second_scan_finds_what_a_fresh_one_finds(engine, lang, text, country):
    language = engine._language(lang)
    tokens = tokenize(text, fold(text), language.analyzer.stem)
    focus = Focus()
    focus.add(country, 3.0, "elsewhere")
    shared = PlaceFinder(language.places.gazetteer, language.places.words)
    assert shared.candidates(tokens, set(), text)  # the first scan: the story's countries
    assert shared.readings.of(tokens, text)  # ... kept its readings
    for blocked in _blocked_sets(len(tokens)):
        for near in (None, focus):
            fresh = PlaceFinder(language.places.gazetteer, language.places.words)
            assert shared.candidates(tokens, blocked, text, near) == fresh.candidates(tokens, blocked, text, near), \
                (blocked, near)


def test_readings_belong_to_one_token_list_and_text(engine):
    language = engine._language("fr")
    text = "Des hommes armés ont attaqué Gao."
    tokens = tokenize(text, fold(text), language.analyzer.stem)
    finder = PlaceFinder(language.places.gazetteer, language.places.words)
    finder.candidates(tokens, set(), text)
    assert finder.readings.of(tokens, text)
    assert not finder.readings.of(list(tokens), text)  # an equal list is another sentence
    assert not finder.readings.of(tokens, "")  # read without the text: other answers
