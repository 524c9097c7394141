"""The pipeline turns an engine's bug on one article into one error line for it, and bounds
what one article may yield."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline import pipeline
from dateline.errors import ExtractError
from dateline.extraction import Extraction
from dateline.models import Claim, Document, Event
from dateline.store import Store


class BrokenOnSome:
    """An engine with a bug that shows on documents mentioning "Kidal"."""

    name = "broken"

    def extract(self, doc: Document) -> Extraction:
        if "Kidal" in doc.text:
            raise IndexError("list index out of range")
        return Extraction([Event(doc_id=doc.id, event_date="2024-05-02", sub_event_type="Attack",
                                 country_code="ML", location="Gao")])


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, place in (("a", "Gao"), ("b", "Kidal"), ("c", "Menaka")):
        (folder / f"{name}.txt").write_text(f"date: 2024-05-02\n\nA bomb exploded in {place}.\n")
    return folder


def test_an_engine_bug_on_one_article_is_an_extract_error_and_the_rest_is_ingested(articles, store_target):
    errors: list[str] = []
    with Store(store_target) as store:
        summary = pipeline.ingest([articles], store, engine=BrokenOnSome(), on_error=errors.append)
        stored = sorted(d.id for d in store.documents())
    assert (summary.read, summary.added, summary.failed) == (3, 2, 1)
    assert stored == ["a", "c"]
    (line,) = errors
    assert line.startswith(f"{articles / 'b.txt'}: [E001] the broken engine failed on document 'b' (IndexError")


def test_extract_document_raises_an_extract_error_chained_to_the_bug():
    doc = Document(id="k", text="Kidal")
    with pytest.raises(ExtractError) as caught:
        pipeline.extract_document(doc, engine=BrokenOnSome())
    assert isinstance(caught.value.__cause__, IndexError)


def test_the_extract_command_reports_the_bug_and_goes_on(articles, monkeypatch):
    monkeypatch.setattr("dateline.cli.extract.get_engine", lambda *_args: BrokenOnSome())
    result = CliRunner().invoke(__import__("dateline.cli.main", fromlist=["cli"]).cli,
                                ["extract", str(articles), "--format", "jsonl"])
    assert result.exit_code == 1
    assert sorted(json.loads(line)["doc_id"] for line in result.stdout.splitlines()) == ["a", "c"]
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {articles / 'b.txt'}: [E001] the broken engine failed on document 'b' (IndexError: list index "
        "out of range); run with -vv for the traceback, and please report it"]


class Prolific:
    name = "prolific"

    def extract(self, doc: Document) -> Extraction:
        events = [Event(doc_id=doc.id, event_date="2024-05-02", sub_event_type="Attack", location=f"p{i}")
                  for i in range(pipeline.MAX_EVENTS_PER_DOCUMENT + 40)]
        claims = [Claim(doc_id=doc.id, kind="count", value=i) for i in range(pipeline.MAX_CLAIMS_PER_DOCUMENT + 3)]
        return Extraction(events, claims)


def test_one_article_yields_a_bounded_number_of_events_and_claims(caplog):
    extraction = pipeline.extract_document(Document(id="x", text="x"), engine=Prolific())
    assert len(extraction.events) == pipeline.MAX_EVENTS_PER_DOCUMENT
    assert len(extraction.claims) == pipeline.MAX_CLAIMS_PER_DOCUMENT
    assert [e.location for e in extraction.events[:2]] == ["p0", "p1"]  # the first ones, in the article's order
    assert "keeping the first" in caplog.text
