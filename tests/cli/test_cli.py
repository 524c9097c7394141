import json
import re

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.settings import SETTINGS, Settings

from ..conftest import EXAMPLES, ROOT, SEED, SHARED_SEED, skip_without_shared


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def test_extract_seed_as_json_lines_gives_valid_records():
    result = invoke("extract", SEED, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert all(r["doc_id"] == "fr-mossoul-2023-11-09-agence-exemple" and r["evidence"] for r in records)


def test_extract_claims_flag():
    claims = [json.loads(line) for line in invoke("extract", SEED, "--claims").stdout.splitlines()]
    assert {"count", "attribution"} <= {c["kind"] for c in claims}


@pytest.mark.slow
def test_ingest_examples_then_query_and_export(tmp_path):
    db = tmp_path / "demo.db"
    first = invoke("ingest", EXAMPLES, "--db", db)
    assert first.exit_code == 0, first.stderr
    read = _summary_figure(first.stderr, "documents read")
    assert read >= 10 and _summary_figure(first.stderr, "added") == read
    again = invoke("ingest", EXAMPLES, "--db", db)
    assert _summary_figure(again.stderr, r"skipped \(already stored\)") == read
    assert _summary_figure(again.stderr, "added") == 0 and _summary_figure(again.stderr, "updated") == 0
    csv_out = invoke("events", "--db", db, "--format", "csv").stdout
    header = csv_out.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    geo = json.loads(invoke("events", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    table = invoke("events", "--db", db)
    assert table.exit_code == 0 and "date" in table.stdout
    iraq = invoke("events", "--db", db, "--country", "IQ", "--format", "jsonl").stdout.splitlines()
    assert len(iraq) >= 4 and all(json.loads(line)["country_code"] == "IQ" for line in iraq)
    everything = invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(everything) > len(iraq)
    parquet = tmp_path / "e.parquet"
    assert invoke("events", "--db", db, "--format", "parquet", "-o", parquet).exit_code == 0
    assert parquet.stat().st_size > 0
    assert invoke("claims", "--db", db, "--format", "csv").stdout.startswith("claim_id,doc_id,kind")


def _summary_figure(stderr: str, label: str) -> int:
    """The figure on the ``label`` row of ingest's summary table."""
    match = re.search(r"^\W*" + label + r"\W+(\d+)", stderr, re.MULTILINE)
    assert match, f"no {label!r} row in: {stderr}"
    return int(match.group(1))


def test_db_from_environment(tmp_path):
    db = tmp_path / "env.db"
    result = invoke("ingest", EXAMPLES / "feeds.jsonl", "--quiet", env={"DATELINE_DB": str(db)})
    assert result.exit_code == 0 and db.is_file()


def test_schema_prints_the_event_json_schema():
    schema = json.loads(invoke("schema").stdout)
    assert {"event_id", "doc_id", "cluster_id", "event_date", "sub_event_type", "latitude",
            "evidence", "claimed_by", "geo_precision"} <= set(schema["properties"])
    assert "claim_id" in json.loads(invoke("schema", "claim").stdout)["properties"]


def test_every_setting_is_documented_and_matches_the_settings_class():
    names = {s.name for s in SETTINGS}
    assert names == set(Settings.__dataclass_fields__)
    docs = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"DATELINE_{setting.name.upper()}" in docs


def test_every_command_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"dateline {name}" in docs
        for sub in getattr(command, "commands", {}):
            assert f"dateline {name} {sub}" in docs


def test_help_of_every_command_works():
    for name in cli.commands:
        assert invoke(name, "--help").exit_code == 0


def test_gazetteer_lookup_command():
    result = invoke("gazetteer", "lookup", "Mossoul")
    assert result.exit_code == 0 and "Mosul" in result.stdout


def test_eval_on_the_bundled_example():
    result = invoke("eval", EXAMPLES, "--format", "json")
    report = json.loads(result.stdout)
    assert report["documents"] == 1 and report["events"]["recall"] == 1.0
    assert report["events"]["precision"] == 1.0


def test_eval_on_the_shared_example():
    skip_without_shared(SHARED_SEED)
    report = json.loads(invoke("eval", SHARED_SEED.parent, "--format", "json").stdout)
    assert report["documents"] == 1 and report["events"]["recall"] == 1.0


def test_generated_docs_are_current():
    from dateline.cli.docs import cli_markdown, settings_markdown

    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_markdown(), \
        "docs/cli.md is stale: run python -m dateline.cli.docs"
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == settings_markdown()


def test_read_commands_refuse_a_store_that_does_not_exist(tmp_path):
    typo = tmp_path / "typo.db"
    for args in (("events", "--db", typo), ("events", "--canonical", "--db", typo), ("claims", "--db", typo),
                 ("events", "merge", "a", "b", "--db", typo), ("events", "--db", typo, "merge", "a", "b"),
                 ("events", "split", "a", "--db", typo)):
        result = invoke(*args)
        assert result.exit_code == 1, args
        assert "no dateline store" in result.stderr and "no events match" not in result.stderr
    assert not typo.exists()


def test_store_options_are_accepted_after_merge_and_split(tmp_path):
    db = tmp_path / "m.db"
    assert invoke("ingest", EXAMPLES, "--db", db, "-q").exit_code == 0
    events = [json.loads(line) for line in invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    keep, other = events[0]["event_id"], events[-1]["event_id"]
    merged = invoke("events", "merge", keep, other, "--db", db)
    assert merged.exit_code == 0, merged.stderr
    after = {e["event_id"]: e["cluster_id"] for e in
             (json.loads(line) for line in invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines())}
    assert after[keep] == after[other] == merged.stdout.strip()
    split = invoke("events", "split", other, "--db", db)
    assert split.exit_code == 0 and split.stdout.strip() != after[keep]


def test_gazetteer_lookup_of_an_unknown_name_says_so():
    result = invoke("gazetteer", "lookup", "Qqxzvwyy")
    assert result.exit_code == 1
    assert "no place named 'Qqxzvwyy'" in result.stderr and result.stdout == ""


def test_verbose_extract_says_why_an_article_yielded_no_event(tmp_path):
    tally = tmp_path / "tally.txt"
    tally.write_text("date: 2024-05-02\n\nLes forces ont été attaquées au moins 40 fois depuis la mi-octobre.\n")
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("date: 2024-05-02\n\nLe gouvernement a présenté son budget mardi.\n")
    result = invoke("-v", "extract", tally, quiet, "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert re.search(r"tally: no event: 1 sentence\(s\) with event words: a tally or total 1", result.stderr)
    assert "quiet: no event: no sentence holds an event word" in result.stderr
    assert "no event" not in invoke("extract", tally, "--format", "jsonl").stderr


def test_extract_shows_progress_on_a_terminal(monkeypatch, tmp_path):
    import io

    from rich.console import Console

    terminal = io.StringIO()
    monkeypatch.setattr("dateline.cli.extract.stderr",
                        Console(file=terminal, force_terminal=True, width=100))
    monkeypatch.setattr("dateline.cli.common.stderr",
                        Console(file=terminal, force_terminal=True, width=100))
    result = invoke("extract", EXAMPLES, "--format", "table")
    assert result.exit_code == 0
    assert "extracting" in terminal.getvalue() and "files" in terminal.getvalue()
    assert "extracting" not in result.stdout
