"""Store and merge throughput: events per second into SQLite and PostgreSQL, merging on, as
the store grows (10,000, 100,000, 1,000,000 events); and ingest end to end (articles per
second on one core, with ``-j 2``, on a 2-worker Dask cluster).

Synthetic reports arrive as news does: 150 a day over a dozen countries, each a document
with one or two events; about one in four is another outlet's report of an event already
stored (a day off, a few km away, another sub-type of the same family), so the merge stage
has real work. Documents are made before the clock starts: what is timed is
``Store.add_many`` alone (look-ups, merge decisions, bulk inserts, commit).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from dateline.merge.simhash import simhash
from dateline.models import Document, Event
from dateline.store import Store
from dateline.store.writer import Pending
from dateline.taxonomy import SubEventType

COUNTRIES = [("IQ", 33.3, 44.4), ("SY", 35.0, 38.5), ("UA", 49.0, 32.0), ("ML", 14.5, -4.0), ("SD", 15.0, 30.0),
             ("NG", 10.0, 8.0), ("SO", 5.0, 46.0), ("CO", 4.5, -74.0), ("MX", 23.0, -102.0), ("YE", 15.5, 47.5),
             ("PS", 31.4, 34.4), ("LB", 33.9, 35.8)]
TYPES = [SubEventType(name) for name in ("Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
                                         "Attack", "Remote explosive/landmine/IED", "Peaceful protest", "Arrests")]
PER_DAY = 150
BATCH = 500  # documents per add_many: what ``dateline ingest`` writes per transaction
# runs of each ingest: -j 2 puts three processes on two cores, and on a shared virtual machine
# its times spread by a fifth from one run to the next (three were not enough to find the floor)
INGEST_RUNS = 5


def synthetic(seed: int = 7) -> Iterator[Pending]:
    """An endless stream of documents with their events, in publication order."""
    rng = random.Random(seed)
    syllables = ["ka", "ri", "mo", "sa", "tel", "bur", "an", "di", "kho", "ne", "pol", "ur", "se", "vat", "li", "om"]
    vocabulary = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(5000)]
    start = dt.date(2015, 1, 1)
    recent: list[Event] = []
    number = 0
    while True:
        day = start + dt.timedelta(days=number // PER_DAY)
        doc = Document(id=f"d{number}", text=" ".join(rng.choice(vocabulary) for _ in range(60)),
                       published=day.isoformat(), source=f"outlet {rng.randint(1, 40)}")
        events = []
        for ordinal in range(rng.choice((1, 1, 2))):
            if recent and rng.random() < 0.25:  # another report of a recent event
                seen = rng.choice(recent)
                event = Event.model_validate({
                    **seen.model_dump(), "doc_id": doc.id, "event_id": "", "location": f"{seen.location} {ordinal}",
                    "latitude": (seen.latitude or 0) + rng.uniform(-0.05, 0.05),
                    "event_date": seen.event_date + dt.timedelta(days=rng.choice((0, 0, 1))),
                    "fatalities": rng.randint(0, 9)})
            else:
                code, lat, lon = rng.choice(COUNTRIES)
                event = Event(doc_id=doc.id, event_date=day, sub_event_type=rng.choice(TYPES), country_code=code,
                              latitude=lat + rng.uniform(-3, 3), longitude=lon + rng.uniform(-3, 3),
                              geo_precision=rng.choice((1, 1, 2, 3)), location=f"place {ordinal} of {doc.id}",
                              actor1="Military Forces of X", fatalities=rng.randint(0, 9))
            events.append(event)
        recent = (recent + events)[-300:]
        yield Pending(doc, events, fingerprint=simhash(doc.text))  # as an extraction worker gives it
        number += 1


def bench_store(target: str, marks: tuple[int, ...] = (10_000, 100_000, 1_000_000),
                window: int = 10_000) -> dict[str, Any]:
    """Events per second of ``Store.add_many`` over the ``window`` events before each mark."""
    stream = synthetic()
    rates: dict[str, float] = {}
    stored = 0
    with Store(target) as store:
        for mark in sorted(marks):
            timed_from = mark - window
            elapsed = 0.0
            timed_events = 0
            while stored < mark:
                batch = [next(stream) for _ in range(BATCH)]
                events = sum(len(p.events) for p in batch)
                started = time.perf_counter()
                store.add_many(batch)
                if stored + events > timed_from:
                    elapsed += time.perf_counter() - started
                    timed_events += events
                stored += events
            rates[str(mark)] = round(timed_events / elapsed, 1)
        counts = store.counts()
    return {"events_per_s_at": rates, "events": counts["events"], "clusters": counts["clusters"]}


def bench_stores(workdir: Path, *, total: int = 1_000_000, pg: str | None = None) -> dict[str, Any]:
    """Events per second into SQLite (and PostgreSQL at ``pg``) at 10k, 100k and ``total`` events."""
    marks = tuple(sorted({10_000, 100_000, total}))
    results: dict[str, Any] = {"sqlite": bench_store(str(workdir / "store.db"), marks=marks)}
    if pg:
        engine = sa.create_engine(pg)
        with engine.begin() as conn:  # a database given for the bench only: emptied first
            conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
        results["postgresql"] = bench_store(pg, marks=marks)
    else:
        results["postgresql"] = {"skipped": "set DATELINE_BENCH_PG (or --pg) to a PostgreSQL URL"}
    return results


def bench_ingest(docs: list[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    """Articles per second of the whole ``dateline ingest`` process into a new SQLite store:
    on one core (``taskset -c 0``), with ``-j 2``, and ``dateline backfill --workers 2``; best
    of ``INGEST_RUNS`` runs of each."""
    path = workdir / "ingest.jsonl"
    # the corpus's copies of the dev set's texts are texts of their own (``bench.corpus``): every
    # article is extracted and stored, and the rate compares with extraction of the same texts
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    runs = {
        "one_core": (["ingest", str(path), "-q"], "0"),
        "j2": (["ingest", str(path), "-q", "-j", "2"], None),
        "dask_2_workers": (["backfill", str(path), "-q", "--workers", "2", "--shard-mb", "0.5"], None),
    }
    results: dict[str, Any] = {"articles": len(docs)}
    for name, (arguments, cores) in runs.items():
        # best of several, each into a new store, as ``dateline extract`` is timed (bench.bench_extract)
        times: list[float] = []
        for attempt in range(INGEST_RUNS):
            db = workdir / f"ingest-{name}-{attempt}.db"
            command = [sys.executable, "-m", "dateline", *arguments, "--db", str(db)]
            if cores and shutil.which("taskset"):
                command = ["taskset", "-c", cores, *command]
            started = time.perf_counter()
            finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if finished.returncode not in (0, 1):
                results[name] = {"failed": finished.returncode}
                break
            times.append(time.perf_counter() - started)
        else:
            seconds = min(times)
            results[name] = {"articles_per_s": round(len(docs) / seconds, 1), "seconds": round(seconds, 2),
                             "runs_s": [round(t, 2) for t in times]}
    return results


def readme_rows(bench: dict[str, Any], extract: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The README's Speed rows of this module's measures."""
    rows: list[tuple[str, str, str]] = []
    for database, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
        run = bench.get("store", {}).get(database, {})
        for size, rate in run.get("events_per_s_at", {}).items():
            rows.append((f"store + merge into {label} at {int(size):,} events", f"{rate:,} events/s",
                         f"synthetic reports, {PER_DAY} a day, a quarter of them of an event already stored; "
                         f"batches of {BATCH} documents"))
    ingest = bench.get("ingest", {})
    one_core = extract.get("one_core_articles_per_s")
    for name, label in (("one_core", "`dateline ingest`, one core"), ("j2", "`dateline ingest -j 2`"),
                        ("dask_2_workers", "`dateline backfill --workers 2` (Dask)")):
        run = ingest.get(name, {})
        if "articles_per_s" in run:
            ratio = f"; {run['articles_per_s'] / one_core:.2f}× `dateline extract` on one core" if one_core else ""
            rows.append((label, f"{run['articles_per_s']} articles/s",
                         f"{ingest['articles']} articles into a new SQLite store, whole process{ratio}"))
    return rows
