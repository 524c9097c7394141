"""The store benchmark runs (small), and its rows say what they measured."""

from bench.store import bench_store, readme_rows, synthetic


def test_synthetic_reports_repeat_some_events_in_other_documents():
    stream = synthetic()
    items = [next(stream) for _ in range(400)]
    events = [e for item in items for e in item.events]
    assert all(item.fingerprint is not None for item in items)
    assert len({e.event_id for e in events}) == len(events)  # stable ids never collide
    assert len({(e.location.split(" ")[0], e.location.split(" ")[-1]) for e in events}) < len(events)


def test_bench_store_measures_each_mark(tmp_path, monkeypatch):
    monkeypatch.setattr("bench.store.BATCH", 50)
    result = bench_store(str(tmp_path / "b.db"), marks=(200, 600), window=100)
    assert set(result["events_per_s_at"]) == {"200", "600"}
    assert all(rate > 0 for rate in result["events_per_s_at"].values())
    assert 600 <= result["events"] and result["clusters"] < result["events"]  # some reports merged
    rows = readme_rows({"store": {"sqlite": result}}, {})
    assert [row[0] for row in rows] == ["store + merge into SQLite at 200 events",
                                        "store + merge into SQLite at 600 events"]
