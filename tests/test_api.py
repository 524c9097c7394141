import dateline


def test_public_surface_is_guarded():
    assert sorted(dateline.__all__) == sorted([
        "Claim", "Document", "Event", "EventQuery", "Evidence", "Store", "__version__", "extract",
        "extract_document", "get_engine", "ingest", "read_paths", "read_text"])
    for name in dateline.__all__:
        assert getattr(dateline, name) is not None


def test_import_does_no_heavy_work():
    import subprocess
    import sys

    code = "import sys, dateline; print('sqlalchemy' in sys.modules, 'ahocorasick' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["False", "False"]


def test_extract_api_returns_events(engine):
    text = ("KHARKIV, Ukraine, March 14 (Example Wire) - A Russian missile struck an apartment block in "
            "Kharkiv on Friday, killing four people and wounding 27, the regional governor said.")
    events = dateline.extract(text, published="2025-03-14", engine=engine)
    assert len(events) == 1
    event = events[0]
    assert (event.sub_event_type, event.location, str(event.event_date)) == (
        "Shelling/artillery/missile attack", "Kharkiv", "2025-03-14")
    assert (event.fatalities, event.injured, event.actor1) == (4, 27, "Military Forces of Russia (2000-)")
