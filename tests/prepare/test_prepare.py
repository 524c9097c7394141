"""The prepare stage: body boundaries from the read stage's opening, sentences, tokens."""

import pytest

import dateline.prepare as prepare_module
from dateline.models import Document
from dateline.prepare import prepare
from dateline.read import read_text

WIRE = "date 2024-05\nGAO, Mali, 2 mai (Agence Exemple) – Une mine a tué trois soldats près de Gao."


def test_read_parses_the_opening_once_and_prepare_reuses_it(monkeypatch):
    doc = read_text(WIRE, doc_id="gao")
    assert doc.opening is not None and doc.opening.dateline is not None
    assert doc.opening.dateline.place == "Gao" and doc.published == "2024-05-02"
    assert doc.text[doc.opening.body_start:].startswith("Une mine")

    def no_second_parse(text):  # type: ignore[no-untyped-def]
        raise AssertionError("the opening was parsed again")

    monkeypatch.setattr(prepare_module, "parse_opening", no_second_parse)
    prepared = prepare(doc, {})
    assert prepared.dateline == doc.opening.dateline
    assert prepared.tokens[0].start == doc.opening.body_start


def test_a_document_made_by_hand_is_parsed_by_prepare():
    text = "GAO, Mali, 2 mai (Agence Exemple) – Une mine a tué trois soldats près de Gao."
    prepared = prepare(Document(id="gao", text=text, lang="fr"), {})
    assert prepared.dateline is not None and prepared.dateline.place == "Gao"
    assert prepared.doc.text[prepared.body_start:].startswith("Une mine")


def test_the_opening_is_not_part_of_the_data_contract():
    doc = read_text(WIRE, doc_id="gao")
    assert "opening" not in doc.model_dump()
    assert "opening" not in doc.model_dump_json()


@pytest.mark.parametrize("text, sentences", [
    ("Premier point. Deuxième point ici. Troisième.", 3),
    ("Le col. Dupont est arrivé. Il est reparti.", 2),
])
def test_sentences_respect_abbreviations(text, sentences):
    prepared = prepare(Document(id="s", text=text, lang="fr"), {})
    assert len(prepared.sentences) == sentences
    assert all(t.start >= 0 and prepared.doc.text[t.start:t.end] for t in prepared.tokens)


@pytest.mark.parametrize("text, sentences", [
    # a dot glued between two Arabic words ends a sentence (a press typo) ...
    ("أطلق المسلحون سراح الرهائن مساء اليوم.وفي حادث آخر قتل شخصان في المدينة.", 2),
    # ... but not the dots of initials ("أ.ف.ب")
    ("قال مراسل أ.ف.ب إن الاشتباكات توقفت.", 1),
])
def test_a_dot_glued_between_arabic_words_ends_a_sentence(text, sentences):
    prepared = prepare(Document(id="s", text=text, lang="ar"), {})
    assert len(prepared.sentences) == sentences


@pytest.mark.parametrize("text, sentences", [
    # French typography puts a space (often a narrow no-break one) inside « »: the quote opens a sentence
    ("Ils ont enlevé vingt passagers, selon un chauffeur. « Les femmes ont été relâchées », a-t-il dit.", 2),
    ("Ils ont enlevé vingt passagers, selon un chauffeur. «\u202fLes femmes ont été relâchées\u202f», a-t-il dit.", 2),
    ("Ils ont enlevé vingt passagers. «Les femmes ont été relâchées», a-t-il dit.", 2),
    ("Il a parlé de « M. Dupont » hier.", 1),
])
def test_a_french_quote_after_a_full_stop_opens_a_sentence(text, sentences):
    prepared = prepare(Document(id="s", text=text, lang="fr"), {})
    assert len(prepared.sentences) == sentences
