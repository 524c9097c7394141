"""A smoke run of the watcher's benchmark: every item arrives and the README rows render.
Figures are not asserted (``make bench`` measures them on a quiet machine)."""

import pytest

from bench.bench_watch import bench_watch, watch_rows


@pytest.mark.slow
def test_the_watch_benchmark_runs_and_every_item_arrives(tmp_path):
    result = bench_watch(tmp_path, smoke=True)
    latency, throughput = result["latency"], result["throughput"]
    assert latency["arrived"] == latency["items"] > 0
    assert latency["p50_s"] <= latency["p99_s"] <= latency["max_s"]
    assert throughput["stored"] == throughput["items"] > 0
    rows = watch_rows(result)
    assert len(rows) == 2 and "p99" in rows[0][1] and "items/s" in rows[1][1]
    assert watch_rows(None) == []
