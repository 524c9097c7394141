"""Property-based tests (hypothesis): whatever bytes or text a user throws at the readers and
the engine, nothing but a DatelineError comes out (and a reader never raises at all: it
yields a ReadError in place of what it could not read).

The examples are derandomised (the same ones every run, so CI is reproducible); set
``HYPOTHESIS_PROFILE=explore`` for a longer, random search.
"""

from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import DatelineError, ReadError
from dateline.models import Document
from dateline.packs import available_languages
from dateline.read import read_bytes, read_file, read_text

settings.register_profile("default", max_examples=150, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("explore", max_examples=3000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# words that reach deep into the engine: datelines, triggers, places, dates, figures, cues
NEWSY = [
    "MOSSOUL,", "Irak,", "9", "novembre", "(Agence Exemple)", "–", "-", "GAO,", "Mali,", "KHARKIV,", "March", "14",
    "date", "2023-11", "date:", "title:", "synthetic:", "true", "\n", "\n\n", ".", ",", ";", "«", "»", "\"", "(", ")",
    "une", "bombe", "a", "explosé", "près", "du", "barrage", "de", "Mossoul", "tuant", "trois", "soldats",
    "drone", "abattu", "par", "les", "forces", "américaines", "jeudi", "hier", "la", "nuit", "lundi", "à", "mardi",
    "au", "moins", "40", "fois", "depuis", "mi-octobre", "56", "blessés", "selon", "le", "Pentagone", "a", "déclaré",
    "Téhéran", "dément", "attribue", "revendiqué", "manifestants", "ont", "défilé", "Nantes", "Syrie", "frappes",
    "A", "Russian", "missile", "struck", "Kyiv", "killing", "four", "people", "wounding", "27", "the", "governor",
    "said", "on", "Friday", "since", "April", "2023", "twenty-one", "dozens", "no", "casualties", "police",
    "قتل", "غارة", "على", "حلب", "أمس", "الثلاثاء", "قوات", "الدعم", "السريع", "التي", "دأبت", "نفي", "،",
    "Взрыв", "в", "Донецке", "погибли", "двое", "Вибух", "у", "Харкові", "am", "Samstag", "Demonstranten", "Berlin",
    "el", "martes", "enfrentamientos", "en", "Cauca", "muertos", "1,200", "١٢", "0", "9999", "31", "février", "30",
]
newsy_text = st.lists(st.sampled_from(NEWSY), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), newsy_text, st.text(alphabet=string.printable, max_size=400))
KINDS = ["text", "json", "jsonl", "html"]


def _only_documents_and_read_errors(results: list[object]) -> None:
    assert all(isinstance(r, Document | ReadError) for r in results)


@given(data=st.binary(max_size=600), kind=st.sampled_from(KINDS))
def test_readers_never_raise_on_arbitrary_bytes(data, kind):
    _only_documents_and_read_errors(list(read_bytes(data, stem="x", name="x", kind=kind)))


@given(text=any_text, kind=st.sampled_from(KINDS))
def test_readers_never_raise_on_arbitrary_text(text, kind):
    _only_documents_and_read_errors(list(read_bytes(text.encode("utf-8"), stem="x", name="x", kind=kind)))


@given(record=st.dictionaries(st.sampled_from(["id", "text", "title", "url", "source", "published", "lang",
                                               "outlet", "extra"]),
                              st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text,
                                        st.lists(st.integers(), max_size=3)), max_size=8))
def test_json_records_of_any_shape_are_documents_or_read_errors(record):
    import json

    data = json.dumps(record).encode("utf-8")
    for kind in ("json", "jsonl"):
        _only_documents_and_read_errors(list(read_bytes(data, stem="x", name="x", kind=kind)))


@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".bin", ""]))
def test_files_of_any_content_and_extension_never_raise(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("p") / f"input{suffix}"
    path.write_bytes(data)
    _only_documents_and_read_errors(list(read_file(path)))


@given(text=any_text, published=st.one_of(st.none(), st.sampled_from(["2023-11", "2023-11-09", "1999-02",
                                                                        "2024-02-29"])))
def test_read_text_gives_a_document_or_a_dateline_error(text, published):
    try:
        doc = read_text(text, published=published)
    except DatelineError:
        return
    assert isinstance(doc, Document) and "\x00" not in doc.text


@pytest.fixture(scope="module")
def languages():
    return [None, *available_languages()]


@given(text=any_text, lang_index=st.integers(min_value=0, max_value=7),
       published=st.one_of(st.none(), st.sampled_from(["2023-11", "2023-11-09", "2025-03-01", "1990-12-31"])))
def test_the_engine_never_raises_anything_but_a_dateline_error(engine, languages, text, lang_index, published):
    if not text.strip():
        return
    lang = languages[lang_index % len(languages)]
    doc = Document(id="p", text=text, lang=lang, published=published)
    try:
        extraction = engine.extract(doc)
    except DatelineError:
        return
    for event in extraction.events:
        for item in event.evidence:
            assert doc.text[item.start:item.end] == item.text


@given(text=newsy_text)
def test_the_engine_reads_what_the_readers_make_of_any_text(engine, text):
    try:
        doc = read_text(text)
    except DatelineError:
        return
    try:
        engine.extract(doc)
    except DatelineError:
        pass


@pytest.fixture(scope="module")
def stores():
    """The same input into SQLite and, when DATELINE_TEST_PG is set, PostgreSQL."""
    from dateline.store import Store

    from .conftest import PG_URL, reset_postgres

    opened = [Store(":memory:")]
    if PG_URL:
        reset_postgres(PG_URL)
        opened.append(Store(PG_URL))
    yield opened
    for store in opened:
        store.close()


@settings(max_examples=60)
@given(doc_id=st.one_of(st.text(min_size=1, max_size=20), st.text(min_size=290, max_size=320)),
       text=st.one_of(any_text, st.text(alphabet=st.sampled_from(["a", " ", "\x00", "é", "\u2028", "\ud7ff"]),
                                        min_size=1, max_size=50)),
       title=st.one_of(st.none(), any_text))
def test_every_store_gives_the_same_outcome_for_the_same_record(stores, doc_id, text, title):
    import json

    from dateline.errors import StoreError

    data = json.dumps({"id": doc_id, "text": text, "title": title}).encode("utf-8")
    (result,) = list(read_bytes(data, stem="x", name="x", kind="json"))
    outcomes = []
    for store in stores:
        if isinstance(result, ReadError):
            outcomes.append("read error")
            continue
        try:
            outcomes.append(store.add(result, []).outcome in ("added", "updated", "unchanged"))
        except StoreError as error:
            outcomes.append(f"store error {error}")
    assert len(set(outcomes)) == 1, outcomes
    assert outcomes[0] in ("read error", True), outcomes
