"""Bad input: a one-line error each, the rest processed, exit status 1, never a traceback."""

import json

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.errors import ReadError
from dateline.read import read_paths
from dateline.store import Store

GOOD = "date: 2024-05-02\n\nGAO, Mali, 2 mai (Agence Exemple) – Une bombe a explosé jeudi à Gao, tuant trois soldats."


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Les forces armées ont été visées à Tombouctou.".encode("cp1252"))
    (folder / "feed.jsonl").write_text(json.dumps({"text": "Bomb in Kabul."}) + "\n{oops\n", encoding="utf-8")
    (folder / "nodate.json").write_text(json.dumps({"text": "x", "published": "2023-02-30"}), encoding="utf-8")
    (folder / "huge.txt").write_text("word " * 2_000_000, encoding="utf-8")
    return folder


def test_every_bad_file_is_one_error_and_the_good_ones_are_read(inputs):
    results = list(read_paths([inputs]))
    errors = {r.path.rsplit("/", 1)[-1]: r for r in results if isinstance(r, ReadError)}
    documents = [r for r in results if not isinstance(r, ReadError)]
    assert sorted(errors) == ["binary.txt", "empty.txt", "feed.jsonl", "huge.txt", "latin1.txt", "nodate.json"]
    assert "binary" in errors["binary.txt"].message
    assert "empty" in errors["empty.txt"].message
    assert "not valid utf-8" in errors["latin1.txt"].message and "--encoding" in errors["latin1.txt"].message
    assert errors["feed.jsonl"].line == 2
    assert "impossible date" in errors["nodate.json"].message
    assert "too large" in errors["huge.txt"].message
    assert sorted(d.id for d in documents) == ["feed-1", "good"]


def test_encoding_option_reads_legacy_files(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Les forces armées ont été visées.".encode("cp1252"))
    (doc,) = list(read_paths([path], encoding="cp1252"))
    assert "armées" in doc.text


def test_missing_path_and_folder_without_articles(tmp_path):
    (tmp_path / "empty-folder").mkdir()
    results = list(read_paths([tmp_path / "nope.txt", tmp_path / "empty-folder"]))
    assert [r.message for r in results] == ["no such file or folder",
                                            "folder holds no .txt, .json, .jsonl or .html files"]


def test_ingest_reports_each_failure_continues_and_exits_1(inputs, tmp_path):
    db = tmp_path / "events.db"
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 6
    with Store(str(db)) as store:
        assert sorted(d.id for d in store.documents()) == ["feed-1", "good"]


def test_extract_exits_1_on_bad_input_and_2_on_usage_errors(inputs):
    runner = CliRunner()
    bad = runner.invoke(cli, ["extract", str(inputs / "binary.txt"), "--format", "jsonl"])
    assert bad.exit_code == 1 and "binary" in bad.stderr and "Traceback" not in bad.output
    usage = runner.invoke(cli, ["extract", str(inputs / "good.txt"), "--format", "xml"])
    assert usage.exit_code == 2
    usage = runner.invoke(cli, ["events", "--since", "yesterday"])
    assert usage.exit_code == 2 and "not a date" in usage.stderr


def test_max_bytes_option_is_honoured(inputs):
    result = CliRunner().invoke(cli, ["extract", str(inputs / "good.txt"), "--max-bytes", "10"])
    assert result.exit_code == 1 and "too large" in result.stderr


def test_stdin_text_and_json_lines():
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "-", "--format", "jsonl"], input=GOOD)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and records[0]["doc_id"].startswith("stdin-")
    result = runner.invoke(cli, ["extract", "-", "--format", "jsonl"],
                           input=json.dumps({"id": "s1", "text": GOOD.split("\n\n", 1)[1],
                                             "published": "2024-05-02"}) + "\n")
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["doc_id"] == "s1"
