"""The side an agent word names ("со стороны ВСУ", "з боку російських військ") acted, even when
the sentence's verb tells the victim's death in the active voice ("жительница погибла в
результате обстрела со стороны ..."). Sentences are ours (``dateline.actors.roles``)."""

import pytest

from dateline.models import Document


def events_of(engine, text, lang, published="2025-06-14"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("ru", "Пенсионерка из поселка Глушково погибла в четверг в результате обстрела со стороны ВСУ.",
     ("Military Forces of Ukraine (2019-)", "Civilians (Russia)")),
    ("uk", "Мешканка села Миропілля загинула в четвер внаслідок обстрілу з боку російських військ.",
     ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")),
])
def test_the_side_after_the_agent_word_acted(engine, lang, text, actors):
    assert [(e.actor1, e.actor2) for e in events_of(engine, text, lang)] == [actors]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three people were killed on Friday in an attack on a convoy escorted by soldiers near Gao."),
    ("de", "Bei einem Angriff auf einen Konvoi von Soldaten sind am Freitag nahe Gao drei Menschen getötet worden."),
])
def test_agent_words_after_the_target_name_no_doer(engine, lang, text):
    """"a convoy escorted by soldiers": the agent words follow the target, not the act; the
    soldiers were attacked."""
    assert all(e.actor1 != "Military Forces of Mali (2021-)" for e in events_of(engine, text, lang))
