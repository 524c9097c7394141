"""A smoke run of the API bench (a few hundred events, two clients): the code of `make bench`
keeps working. It measures nothing here; the figures come from `make bench`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_api import bench_target, fill_store, readme_rows
from dateline.store import Store


@pytest.mark.slow
def test_the_api_bench_runs_end_to_end(tmp_path: Path) -> None:
    target = str(tmp_path / "bench.db")
    result = bench_target(target, 300, clients=2, per_client=3, workers=2, dashboard_runs=1)
    assert result["events"] == 300 and result["canonical_events"] == 270  # one in ten is a second report
    assert result["workers"] == 2
    for key in ("events_filtered", "stats_filtered"):
        assert result[key]["requests"] == 6 and result[key]["failures"] == 0
        assert 0 < result[key]["p50_ms"] <= result[key]["p99_ms"] <= result[key]["max_ms"]
        assert result[key]["server_cpu_ms_per_request"] >= 0  # the serve processes' CPU, from /proc
    assert result["dashboard"]["points_fetch_s"] > 0
    rows = readme_rows({"sqlite": result})
    assert rows[0][0].startswith("`/api/events` filtered, 300 events, SQLite") and "--workers 2" in rows[0][2]


def test_the_synthetic_store_is_consistent(tmp_path: Path) -> None:
    target = str(tmp_path / "fill.db")
    counts = fill_store(target, 50)
    assert counts["documents"] == counts["events"] == 50 and counts["clusters"] == 45
    with Store(target) as store:
        merged = [c for c in store.canonical() if c.reports == 2]
        assert len(merged) == 5 and all(len(c.report_list) == 2 for c in merged)
