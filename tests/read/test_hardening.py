"""Hostile and odd input found by trying dateline as a new user and as a tester: each gives
one clear line (or the right result), never a traceback, on either store."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.errors import ReadError
from dateline.read import read_paths, read_text
from dateline.store import Store


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("layout", ["json", "jsonl"])
def test_deeply_nested_json_is_one_error(tmp_path, layout):
    deep = "[" * 200_000 + "]" * 200_000
    path = tmp_path / f"deep.{layout}"
    path.write_text(deep if layout == "json" else json.dumps({"text": "x"}) + "\n" + deep + "\n", encoding="utf-8")
    results = list(read_paths([path]))
    errors = [r for r in results if isinstance(r, ReadError)]
    assert len(errors) == 1 and "nested more than" in errors[0].message
    assert len(results) == (1 if layout == "json" else 2)


def test_nesting_inside_a_document_field_is_bounded_too(tmp_path):
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"text": "A bomb exploded in Gao.", "extra": [[[[[[[[1]]]]]]]]}) + "\n")
    (doc,) = list(read_paths([path]))
    assert doc.meta["extra"] == [[[[[[[[1]]]]]]]]
    path.write_text('{"text": "A bomb exploded.", "extra": ' + "[" * 500 + "]" * 500 + "}")
    (error,) = list(read_paths([path]))
    assert isinstance(error, ReadError) and "nested" in error.message


def test_deep_json_through_the_commands(tmp_path):
    deep = tmp_path / "d.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    good = tmp_path / "good.txt"
    good.write_text("date: 2024-05-02\n\nA bomb exploded in Gao on Thursday, killing three soldiers.\n")
    for args in (("extract", deep, good, "--format", "jsonl"),
                 ("ingest", deep, good, "--db", tmp_path / "x.db", "-q")):
        result = _run(*args)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert "RecursionError" not in result.output and "Traceback" not in result.output
        assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
            f"error: {deep}: [R100] JSON nested more than 64 levels deep"]
    with Store(str(tmp_path / "x.db")) as store:
        assert [d.id for d in store.documents()] == ["good"]


def test_nul_characters_are_stripped_and_counted(store_target, tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": "A bomb\u0000 exploded in Gao\u0000.", "title": "Gao\u0000",
                                "extra": {"k\u0000": "v\u0000"}}) + "\n", encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert doc.text == "A bomb exploded in Gao." and doc.title == "Gao"
    assert doc.meta["nul_removed"] == 5 and doc.meta["extra"] == {"k": "v"}
    result = _run("ingest", path, "--db", store_target, "-q")
    assert result.exit_code == 0, result.stderr
    with Store(store_target) as store:
        assert store.document("n1").text == "A bomb exploded in Gao."


def test_an_overlong_id_is_one_clear_error_on_every_store(store_target, tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": "x" * 5000, "text": "A bomb exploded in Gao."}) + "\n"
                    + json.dumps({"id": "ok", "text": "A bomb exploded in Gao."}) + "\n", encoding="utf-8")
    result = _run("ingest", path, "--db", store_target, "-q")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {path}:1: [R100] field 'id' is 5,000 characters long (the limit is 300)"]
    assert "[SQL" not in result.stderr
    with Store(store_target) as store:
        assert [d.id for d in store.documents()] == ["ok"]


def _dated_file(tmp_path, text: str, modified: dt.date, name: str = "wire.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stamp = dt.datetime.combine(modified, dt.time(12)).timestamp()
    os.utime(path, (stamp, stamp))
    return path


@pytest.mark.parametrize("modified, expected", [
    (dt.date(2023, 11, 10), "2023-11-09"),  # filed the next day
    (dt.date(2023, 11, 9), "2023-11-09"),
    (dt.date(2023, 11, 8), "2022-11-09"),  # a 9 November not yet come: the year before
    (dt.date(2024, 3, 1), "2023-11-09"),
])
def test_a_dateline_day_without_a_year_takes_the_most_recent_such_day(tmp_path, modified, expected):
    path = _dated_file(tmp_path, "MOSSOUL, Irak, 9 novembre (Agence Exemple) – Une bombe a explosé jeudi.", modified)
    (doc,) = list(read_paths([path]))
    assert doc.published == expected
    assert doc.meta["published_inferred"]["published"] == expected
    assert str(modified) in doc.meta["published_inferred"]["reason"]


def test_a_dateline_without_agency_gives_its_day(tmp_path):
    path = _dated_file(tmp_path, "PARIS, 4 mars – Des milliers de personnes ont manifesté samedi.", dt.date(2025, 3, 5))
    (doc,) = list(read_paths([path]))
    assert (doc.published, doc.place) == ("2025-03-04", "Paris")
    assert doc.text.startswith("PARIS, 4 mars –")


@pytest.mark.parametrize("text", ["Breaking - news from the front", "Le 4 mars - rien ne s'est passé",
                                  "Al-Qaida - a group"])
def test_dashes_without_a_place_and_a_day_are_no_dateline(text):
    assert read_text(text).published is None


def test_a_header_year_wins_and_nothing_is_inferred(tmp_path):
    path = _dated_file(tmp_path, "date 2023-11\nMOSSOUL, Irak, 9 novembre (Agence Exemple) – Une bombe.",
                       dt.date(2026, 1, 1))
    (doc,) = list(read_paths([path]))
    assert doc.published == "2023-11-09" and "published_inferred" not in doc.meta


def test_the_missing_year_is_said_once_for_the_whole_run(tmp_path):
    for number in range(3):
        _dated_file(tmp_path, f"GAO, Mali, 2 mai (Agence Exemple) – Une bombe a explosé à Gao, tuant {number + 2} "
                    "soldats.", dt.date(2024, 5, 3), name=f"gao{number}.txt")
    for args in (("extract", tmp_path, "--format", "jsonl"), ("ingest", tmp_path, "--db", tmp_path / "x.db", "-q")):
        result = _run(*args)
        assert result.exit_code == 0, result.stderr
        assert result.stderr.count("no year") == 1 and "3 document(s)" in result.stderr
    events = [json.loads(line) for line in _run("extract", tmp_path, "--format", "jsonl").stdout.splitlines()]
    assert {e["event_date"] for e in events} == {"2024-05-02"}
    assert all("not after the file's modification day (2024-05-03)" in e["provenance"]["published"]["reason"]
               for e in events)


def test_read_text_without_a_year_never_dates_after_today():
    doc = read_text("GAO, Mali, 31 décembre (Agence Exemple) – Une bombe a explosé.")
    assert dt.date.fromisoformat(doc.published) <= dt.date.today()
    assert doc.published.endswith("-12-31")
