import json
import re
from pathlib import Path

from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.settings import SETTINGS, Settings

from ..conftest import ROOT, SEED, requires_seed

EXAMPLES = ROOT / "examples"


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


@requires_seed
def test_extract_seed_as_json_lines_gives_valid_records():
    result = invoke("extract", SEED, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 4
    assert all(r["doc_id"] == "fr-reuters-2023-11-09-iraq" and r["evidence"] for r in records)


@requires_seed
def test_extract_claims_flag():
    claims = [json.loads(line) for line in invoke("extract", SEED, "--claims").stdout.splitlines()]
    assert {"count", "attribution"} <= {c["kind"] for c in claims}


def test_ingest_examples_then_query_and_export(tmp_path):
    db = tmp_path / "demo.db"
    first = invoke("ingest", EXAMPLES, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "documents read" in first.stderr
    again = invoke("ingest", EXAMPLES, "--db", db)
    assert re.search(r"skipped \(already stored\)\s+\S*\s*(\d+)", again.stderr)
    csv_out = invoke("events", "--db", db, "--format", "csv").stdout
    header = csv_out.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    geo = json.loads(invoke("events", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    table = invoke("events", "--db", db)
    assert table.exit_code == 0 and "date" in table.stdout
    iraq = invoke("events", "--db", db, "--country", "IQ", "--format", "jsonl").stdout.splitlines()
    assert all(json.loads(line)["country_code"] == "IQ" for line in iraq)
    parquet = tmp_path / "e.parquet"
    assert invoke("events", "--db", db, "--format", "parquet", "-o", parquet).exit_code == 0
    assert parquet.stat().st_size > 0
    assert invoke("claims", "--db", db, "--format", "csv").stdout.startswith("claim_id,doc_id,kind")


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


@requires_seed
def test_eval_on_the_shared_example(tmp_path):
    result = invoke("eval", SEED.parent, "--format", "json")
    report = json.loads(result.stdout)
    assert report["documents"] == 1 and report["events"]["recall"] == 1.0
    assert Path(SEED).is_file()


def test_generated_docs_are_current():
    from dateline.cli.docs import cli_markdown, settings_markdown

    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_markdown(), \
        "docs/cli.md is stale: run python -m dateline.cli.docs"
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == settings_markdown()
