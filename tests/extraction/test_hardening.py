"""The engine on inputs a tester throws at it: huge documents, month-only dates, noisy
claims, and why nothing was found."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from dateline.extraction.rules.limits import MAX_SENTENCE_TOKENS, analysed_part, with_bounded_sentences
from dateline.extraction.rules.reference import publication_reference
from dateline.models import Document
from dateline.prepare import prepare
from dateline.read import read_text

PROTEST = "des manifestants ont défilé samedi à Nantes contre la réforme ; "


def test_over_long_sentences_are_cut_at_clause_breaks():
    doc = Document(id="x", text=PROTEST * 400, lang="fr")
    prepared = with_bounded_sentences(prepare(doc, {}))
    assert len(prepared.sentences) > 1
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in prepared.sentences)
    assert [s.index for s in prepared.sentences] == list(range(len(prepared.sentences)))
    assert sum(len(s.tokens) for s in prepared.sentences) == len(prepared.tokens)
    assert all(doc.text[s.start:s.end].rstrip().endswith(("réforme", ";")) or s is prepared.sentences[-1]
               for s in prepared.sentences)


def test_only_the_first_part_of_a_huge_document_is_analysed_cut_at_a_paragraph():
    text = "\n\n".join(f"Paragraph {i} about a protest in Nantes." for i in range(2000))
    cut = analysed_part(Document(id="x", text=text), 10_000)
    assert len(cut.text) <= 10_000 and text.startswith(cut.text) and cut.text.endswith("\n")
    small = Document(id="y", text="short")
    assert analysed_part(small, 10_000) is small


def test_a_one_line_document_of_megabytes_yields_its_event_and_no_more(engine, caplog):
    text = "date: 2025-03-08\n\n" + "Des manifestants ont défilé samedi à Nantes contre la réforme ; " * 40_000
    doc = read_text(text, doc_id="huge")
    with caplog.at_level(logging.WARNING):
        extraction = engine.extract(doc)
    assert len(doc.text) > 2_000_000
    assert len(extraction.events) == 1 and extraction.events[0].location == "Nantes"
    assert "only the first" in caplog.text
    for item in extraction.events[0].evidence:
        assert doc.text[item.start:item.end] == item.text


@pytest.mark.slow
def test_ingest_of_a_5_mb_one_line_article_stores_it_whole(tmp_path):
    from click.testing import CliRunner

    from dateline.cli.main import cli
    from dateline.store import Store

    path = tmp_path / "huge.txt"
    path.write_text(PROTEST * (5_000_000 // len(PROTEST.encode("utf-8"))), encoding="utf-8")
    db = tmp_path / "huge.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--max-bytes", "6000000", "-q"])
    assert result.exit_code == 0, result.stderr
    with Store(str(db)) as store:
        assert len(store.document("huge").text) == len(path.read_text(encoding="utf-8"))
        assert 1 <= store.counts()["events"] <= 5


@pytest.mark.parametrize("published, sentence, day, precision", [
    ("2025-03", "Des centaines de manifestants ont défilé jeudi à Nantes contre la réforme.", "2025-03-27", 3),
    ("2025-03", "Une bombe a explosé à Gao, tuant trois soldats maliens.", "2025-03-15", 3),
    ("2025-03", "Une bombe a explosé le 3 mars à Gao, tuant trois soldats maliens.", "2025-03-03", 1),
    ("2025-03", "Une bombe a explosé le 28 mars à Gao, tuant trois soldats maliens.", "2025-03-28", 1),
    ("2025-03-12", "Des centaines de manifestants ont défilé jeudi à Nantes contre la réforme.", "2025-03-06", 1),
])
def test_a_month_only_publication_date_resolves_within_that_month(engine, published, sentence, day, precision):
    (event,) = engine.extract(read_text(sentence, published=published, lang="fr")).events
    assert (event.event_date.isoformat(), event.time_precision) == (day, precision)
    if len(published) == 7:
        assert "month only" in event.provenance["reference"]


def test_a_month_only_date_never_yields_an_event_of_this_week(engine):
    (event,) = engine.extract(read_text("Une bombe a explosé hier à Gao, tuant trois soldats maliens.",
                                        published="2019-06", lang="fr")).events
    assert event.event_date.year == 2019 and event.event_date.month == 6 and event.time_precision == 3


def test_a_dateline_day_is_the_reference_of_a_document_built_without_the_readers():
    doc = Document(id="x", text="GAO, Mali, 2 mai (Agence Exemple) – Une bombe a explosé hier.")
    from dateline.read.wire import parse_wire_dateline

    reference = publication_reference(doc, parse_wire_dateline(doc.text), today=dt.date(2024, 5, 10))
    assert (reference.day, reference.precision) == (dt.date(2024, 5, 2), 1)
    month = publication_reference(Document(id="y", text="x", published="2024-02"), None)
    assert (month.day, month.precision, month.context_day) == (dt.date(2024, 2, 29), 3, dt.date(2024, 2, 15))


@pytest.mark.parametrize("sentence, lang", [
    ("The group has carried out attacks on army posts since April 2023, killing dozens, officials said.", "en"),
    ("Le groupe a mené des attaques contre des postes de l'armée depuis avril 2023, tuant des dizaines de "
     "soldats, selon des responsables.", "fr"),
])
def test_a_year_is_never_a_count(engine, sentence, lang):
    claims = engine.extract(read_text(sentence, published="2024-06-10", lang=lang)).claims
    assert claims and all(c.value is None or not 1900 <= c.value <= 2100 for c in claims)


def test_claimed_by_is_who_speaks_not_a_verb_of_a_relative_clause(engine):
    text = ("قالت مصادر طبية إن 12 مدنيا قتلوا في قصف على سوق في الفاشر. "
            "ولم يصدر تعليق من قوات الدعم السريع، التي دأبت على نفي استهداف المدنيين.")
    claims = engine.extract(read_text(text, published="2024-09-14", lang="ar")).claims
    sources = {c.claimed_by for c in claims}
    assert "دأبت" not in sources
    assert any("الدعم السريع" in source for source in sources)


def test_claimed_by_is_never_the_act_itself(engine):
    text = "L'attaque a été revendiquée par personne, mais au moins 40 attaques ont eu lieu depuis janvier."
    claims = engine.extract(read_text(text, published="2024-06-10", lang="fr")).claims
    assert all(not c.claimed_by.lower().startswith("l'attaque") for c in claims)
