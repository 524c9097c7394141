import pytest

from dateline.errors import InvalidDateError, ReadError
from dateline.read import read_text
from dateline.read.header import parse_header
from dateline.read.text import document_from_text
from dateline.read.wire import parse_wire_dateline, resolve_published


def test_date_word_header_and_wire_dateline_give_the_day():
    doc = document_from_text(" date 2023-11 MOSOUL, Irak, 9 novembre (Reuters) – Les forces...",
                             doc_id="seed")
    assert doc.published == "2023-11-09"
    assert doc.place == "Mosoul"
    assert doc.source == "Reuters"
    assert doc.text.startswith("MOSOUL")


def test_field_block_header_sets_metadata_and_is_removed_from_the_body():
    text = ("date: 2024-05-02\ntitle: Bomb kills three\nsource: Agence Exemple\nlang: fr\n"
            "synthetic: true\n\nGAO, Mali, 2 mai (Agence Exemple) – Trois soldats...")
    doc = document_from_text(text, doc_id="gao")
    assert (doc.published, doc.title, doc.source, doc.lang) == ("2024-05-02", "Bomb kills three",
                                                                "Agence Exemple", "fr")
    assert doc.meta["synthetic"] is True
    assert doc.text.startswith("GAO, Mali")


def test_text_without_header_keeps_everything():
    doc = document_from_text("Gunmen attacked a village on Tuesday.", doc_id="x")
    assert doc.published is None and doc.text == "Gunmen attacked a village on Tuesday."


def test_a_line_that_only_looks_like_a_field_is_body_text():
    assert parse_header("Note: this is the article.\nMore text.").fields == {}


@pytest.mark.parametrize("header", ["date 2023-02-30 Text", "date: 2023-13-01\n\nText"])
def test_impossible_header_dates_are_errors(header):
    with pytest.raises(InvalidDateError):
        document_from_text(header, doc_id="x")


def test_header_without_body_is_an_error():
    with pytest.raises(ReadError):
        document_from_text("date: 2024-01-01\ntitle: nothing\n\n   ", doc_id="x")


@pytest.mark.parametrize("opening, place, day, month", [
    ("MOSOUL, Irak, 9 novembre (Reuters) – Texte", "Mosoul", 9, 11),
    ("KHARKIV, Ukraine, March 14 (Example Wire) - Text", "Kharkiv", 14, 3),
    ("BERLIN, 16. Dezember (Beispiel-Nachrichten) - Text", "Berlin", 16, 12),
    ("BOGOTÁ, 20 de agosto (Agencia Ejemplo) — Texto", "Bogotá", 20, 8),
    ("بغداد، 9 نوفمبر (وكالة المثال) - نص", "بغداد", 9, 11),
    ("МОСКВА, 3 февраля (Пример-Информ) — Текст", "Москва", 3, 2),
    ("PARIS (AFP) - Texte", "Paris", None, None),
])
def test_wire_datelines_in_every_pack_language(opening, place, day, month):
    dateline = parse_wire_dateline(opening)
    assert dateline is not None
    assert (dateline.place, dateline.day, dateline.month) == (place, day, month)


@pytest.mark.parametrize("text", ["He said on Monday (local time) - that it was over.",
                                  "The president (Macron) said - nothing", "No dateline here."])
def test_ordinary_sentences_are_not_datelines(text):
    assert parse_wire_dateline(text) is None


def test_dateline_in_december_of_a_january_archive_is_the_previous_year():
    dateline = parse_wire_dateline("BAGHDAD, Dec 31 (Wire) - text")
    assert resolve_published("2024-01", dateline) == "2023-12-31"


def test_read_text_api_overrides_published_and_lang():
    doc = read_text("A bomb exploded.", published="2024-03-01", lang="en")
    assert (doc.published, doc.lang) == ("2024-03-01", "en")
