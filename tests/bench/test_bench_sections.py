"""``make bench BENCH_ARGS='--only ...'``: one section measured again, the others kept."""

import json

import pytest

from bench import bench


def test_only_the_named_sections_are_measured_again_and_the_rest_kept(tmp_path, monkeypatch):
    output = tmp_path / "bench.json"
    output.write_text(json.dumps({"date": "2026-01-01", "extract": {"one_core_articles_per_s": 1.0},
                                  "watch": {"p50": 9}, "dates": {"extract": "2026-01-01", "watch": "2026-01-01"}}))
    measured = []

    def fake_measure(name, docs, workdir, args):  # the sections' own code is measured by make bench
        measured.append(name)
        return {"measured": name}

    monkeypatch.setattr(bench, "_measure", fake_measure)
    results = bench.main(["--only", "extract,api", "--output", str(output), "--articles", "3"])
    assert measured == ["extract", "api"]
    assert results["extract"] == {"measured": "extract"} and results["api"] == {"measured": "api"}
    assert results["watch"] == {"p50": 9}  # kept from the earlier run, with its date
    assert results["dates"]["watch"] == "2026-01-01" and results["dates"]["extract"] != "2026-01-01"
    assert json.loads(output.read_text()) == results


def test_an_unknown_section_is_one_clear_error(tmp_path):
    with pytest.raises(SystemExit):
        bench.main(["--only", "extrct", "--output", str(tmp_path / "b.json")])


def test_new_texts_are_timed_apart_from_texts_met_before(tmp_path):
    """The first pass over the dev set's texts (every word new) and the second (every word met)."""
    from pathlib import Path

    from bench.bench import ROOT, _new_text_rates, corpus

    docs = corpus(30, Path(ROOT / "eval" / "dev"))  # 30 copies of distinct dev articles
    first, second = _new_text_rates(docs, tmp_path, None)
    assert first > 0 and second > 0
    assert len((tmp_path / "unique.jsonl").read_text(encoding="utf-8").splitlines()) == 30
