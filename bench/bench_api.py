"""API latency for ``make bench``: ``bench_api()`` returns a dict; ``readme_rows()`` formats it.

At 100,000 events (SQLite, and PostgreSQL when ``DATELINE_BENCH_PG`` or ``DATELINE_TEST_PG``
names a database this may wipe), a real ``dateline serve --workers N`` (one worker per core)
on loopback answers 20 concurrent clients: p50 and p99 of filtered ``/api/events`` and
``/api/stats``; then the dashboard's load time in headless chromium (when Debian's
``/usr/bin/chromium`` and Playwright are there) and the time to fetch its map data.
Measured, never asserted.

How latency is measured: 20 client threads in this process (so the server has its own
interpreters), each with its own keep-alive HTTP/1.1 connection, start together and each send
25 requests one after the other, asking for gzip; a request's latency is the wall time from
sending it to having read its whole body, end to end, on the client. Each endpoint gets 200
distinct filtered questions (a country and a quarter, three in ten with a type), cycled so
that each is asked two or three times, by different clients; 10 of them are asked once before
the clock starts. The clients share the machine's cores with the server: they cost about
0.2 ms of CPU a request (``http.client``), a tenth of what the server spends on an answer it
computes. On a machine busy with other work the figures move with that work: report the load.
The CPU time the server's processes spent, divided by the requests (``server_cpu_ms_per_request``,
from /proc), moves much less with it.

The store is filled in bulk with synthetic events (one document each, one in ten told twice
so that canonical events have several reports), not through ``Store.add``: this measures
reading, and ``bench/store.py`` measures writing. PostgreSQL gets ``VACUUM ANALYZE`` after
the bulk load, which autovacuum does on a store filled over time (it sets the visibility map
that lets an index-only scan skip the table).

Smoke run (seconds): ``python -m bench.bench_api --events 2000 --requests 3``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from dateline.models import Event
from dateline.store import Store
from dateline.store.tables import claims, cluster_overrides, clusters, document_bands, documents, events

COUNTRIES = [("IQ", "Iraq", 33.3, 44.4), ("SY", "Syria", 35.0, 38.5), ("UA", "Ukraine", 49.0, 32.0),
             ("ML", "Mali", 14.5, -4.0), ("SD", "Sudan", 15.0, 30.0), ("NG", "Nigeria", 10.0, 8.0),
             ("SO", "Somalia", 5.0, 46.0), ("CO", "Colombia", 4.5, -74.0), ("MX", "Mexico", 23.0, -102.0),
             ("YE", "Yemen", 15.5, 47.5), ("MM", "Myanmar", 21.0, 96.0), ("CD", "DR Congo", -2.0, 28.0)]
SUB_TYPES = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
             "Remote explosive/landmine/IED", "Peaceful protest", "Arrests", "Abduction/forced disappearance"]
FIRST_DAY = dt.date(2022, 1, 1)
DAYS = 3 * 365
EVENT_COLUMNS = [c.name for c in events.columns]


def fill_store(target: str, total: int, *, seed: int = 14) -> dict[str, int]:
    """``total`` synthetic events over three years and twelve countries, written in bulk."""
    rng = random.Random(seed)
    store = Store(target)
    try:
        with store.engine.begin() as conn:
            for table in (claims, cluster_overrides, document_bands, clusters, events, documents):
                conn.execute(table.delete())
        batch: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]] = []
        lead: dict[str, Any] = {}
        for i in range(total):
            again = i % 10 == 9 and lead  # one event in ten is a second report of the one before
            code, name, lat, lon = lead["place"] if again else rng.choice(COUNTRIES)
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
            doc_id = f"bench-{i:06d}"
            event = Event.model_validate({
                "doc_id": doc_id, "event_date": lead["event_date"] if again else day,
                "sub_event_type": lead["sub_event_type"] if again else rng.choice(SUB_TYPES),
                "country": name, "country_code": code, "location": f"Place {rng.randrange(400)}",
                "latitude": round(lat + rng.uniform(-3, 3), 5), "longitude": round(lon + rng.uniform(-3, 3), 5),
                "geo_precision": 1, "actor1": f"Armed Group {rng.randrange(60)}",
                "actor2": "Civilians" if rng.random() < 0.3 else "", "fatalities": rng.choice([None, 0, 1, 2, 5, 12]),
                "language": "en", "notes": f"Synthetic event {i}."})
            row = {name_: value for name_, value in event.model_dump(mode="json").items() if name_ in EVENT_COLUMNS}
            row["event_date"] = event.event_date
            cluster_row = None
            if again:
                row["cluster_id"] = lead["cluster_id"]
            else:
                row["cluster_id"] = "ce-" + hashlib.sha1(event.event_id.encode()).hexdigest()[:16]
                cluster_row = {"cluster_id": row["cluster_id"], "event_date": event.event_date, "time_precision": 1,
                               "sub_event_type": event.sub_event_type, "country_code": code, "admin1": "",
                               "latitude": event.latitude, "longitude": event.longitude, "geo_precision": 1,
                               "actor1": event.actor1, "actor2": event.actor2, "lead_event_id": event.event_id,
                               "reports": 1, "corroboration": 1, "fatalities_min": event.fatalities,
                               "fatalities_max": event.fatalities, "injured_min": None, "injured_max": None,
                               "first_reported": event.event_date.isoformat(), "merge_reasons": []}
                lead = {"cluster_id": row["cluster_id"], "event_date": event.event_date,
                        "place": (code, name, lat, lon), "sub_event_type": event.sub_event_type, "row": cluster_row}
            if again:
                lead["row"]["reports"] = lead["row"]["corroboration"] = 2
                lead = {}
            text = f"Synthetic report {i} of {event.sub_event_type} in {name}."
            doc_row: dict[str, Any] = {
                       "id": doc_id, "content_hash": hashlib.sha256(text.encode()).hexdigest(), "title": text,
                       "url": None, "source": f"Wire {i % 7}", "published": event.event_date.isoformat(), "lang": "en",
                       "place": None, "text": text, "meta": {}, "simhash": None, "family_id": doc_id,
                       "ingested_at": "2025-01-01T00:00:00+00:00"}
            batch.append((doc_row, row, cluster_row))
            if len(batch) >= 5000:
                _write(store, batch)
                batch = []
        _write(store, batch)
        if store.engine.dialect.name == "postgresql":
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text("VACUUM ANALYZE"))
        return store.counts()
    finally:
        store.close()


def _write(store: Store, batch: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]]) -> None:
    if not batch:
        return
    with store.engine.begin() as conn:
        conn.execute(documents.insert(), [doc for doc, _event, _cluster in batch])
        conn.execute(events.insert(), [event for _doc, event, _cluster in batch])
        rows = [cluster for _doc, _event, cluster in batch if cluster is not None]
        conn.execute(clusters.insert(), rows)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``dateline serve`` in its own process, on a free loopback port."""

    def __init__(self, target: str, workers: int = 1) -> None:
        self.port = _free_port()
        env = {**os.environ, "DATELINE_API_TOKEN": ""}
        self.process = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", target, "--port",
                                         str(self.port), "--log-level", "warning", "--workers", str(workers)], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _body, _seconds = request(http.client.HTTPConnection("127.0.0.1", self.port, timeout=5),
                                                  "/api/health")
                if status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("dateline serve did not start")
            time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def request(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse()
    body = response.read()
    return response.status, body, time.perf_counter() - started


def server_cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) of ``pid`` and its descendants (the serve workers), from
    /proc; None where there is none. The server's own cost per request, which the machine's
    other work does not move as it moves latency (the database server's processes, for
    PostgreSQL, are not counted)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        number = int(stat.parent.name)
        parents[number] = int(fields[1])
        times[number] = (int(fields[11]) + int(fields[12])) / tick
    tree, grew = {pid}, True
    while grew:
        found = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    return sum(times.get(number, 0.0) for number in tree) if pid in times else None


def load(port: int, paths: list[str], *, clients: int, per_client: int) -> dict[str, Any]:
    """``clients`` threads, each on its own keep-alive connection, ``per_client`` requests each
    (cycling through ``paths`` from a different offset); latency percentiles in milliseconds."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        start.wait()
        for k in range(per_client):
            status, _body, seconds = request(conn, paths[(number * per_client + k) % len(paths)])
            if status != 200:
                with lock:
                    failures[0] += 1
            mine.append(seconds)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {"requests": len(ordered), "clients": clients, "failures": failures[0],
            "p50_ms": round(1000 * statistics.median(ordered), 1),
            "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
            "max_ms": round(1000 * ordered[-1], 1), "requests_per_s": round(len(ordered) / wall, 1)}


def filtered_paths(endpoint: str, count: int, *, seed: int = 3) -> list[str]:
    """``count`` filtered queries as an analyst makes them: a country and a quarter, sometimes
    a type; for events, a page of 100."""
    rng = random.Random(seed)
    paths = []
    for _ in range(count):
        code = rng.choice(COUNTRIES)[0]
        since = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - 90))
        query = f"country={code}&since={since}&until={since + dt.timedelta(days=90)}"
        if rng.random() < 0.3:
            query += f"&type={rng.choice(SUB_TYPES).replace('/', '%2F').replace(' ', '+')}"
        paths.append(f"{endpoint}?{query}" + ("&limit=100" if endpoint == "/api/events" else ""))
    return paths


def dashboard_load(port: int, runs: int) -> dict[str, Any]:
    """Seconds from navigation to a dashboard showing every marker (median of ``runs``), and
    the time to fetch the map's data alone."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    fetch = [request(conn, "/api/points")[2] for _ in range(runs)]
    result: dict[str, Any] = {"points_fetch_s": round(statistics.median(fetch), 3)}
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        result["browser"] = "skipped: playwright not installed"
        return result
    if not chromium.exists():
        result["browser"] = "skipped: no /usr/bin/chromium"
        return result
    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            times.append(time.perf_counter() - started)
            page.close()
        browser.close()
    result["dashboard_load_s"] = round(statistics.median(times), 2)
    return result


def bench_target(target: str, total: int, *, clients: int, per_client: int, workers: int,
                 dashboard_runs: int = 3) -> dict[str, Any]:
    counts = fill_store(target, total)
    server = Server(target, workers)
    try:
        for path in filtered_paths("/api/events", 10) + filtered_paths("/api/stats", 10):  # warm caches
            request(http.client.HTTPConnection("127.0.0.1", server.port, timeout=60), path)
        measured = {}
        for key, endpoint in (("events_filtered", "/api/events"), ("stats_filtered", "/api/stats")):
            before = server_cpu_seconds(server.process.pid)
            measured[key] = load(server.port, filtered_paths(endpoint, 200), clients=clients, per_client=per_client)
            after = server_cpu_seconds(server.process.pid)
            if before is not None and after is not None:
                per_request = (after - before) / measured[key]["requests"]
                measured[key]["server_cpu_ms_per_request"] = round(1000 * per_request, 2)
        return {"events": counts["events"], "canonical_events": counts["clusters"], "workers": workers, **measured,
                "dashboard": dashboard_load(server.port, dashboard_runs)}
    finally:
        server.stop()


def bench_api(workdir: Path, *, events: int = 100_000, clients: int = 20, per_client: int = 25,
              pg_url: str | None = None, workers: int | None = None) -> dict[str, Any]:
    """API latency at ``events`` events, on SQLite and (with ``pg_url``) PostgreSQL, served as a
    team would on this machine: ``dateline serve --workers`` one per core."""
    workers = workers or os.cpu_count() or 1
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return {"skipped": "the serve extra is not installed (pip install 'dateline[serve]')"}
    pg_url = pg_url or os.environ.get("DATELINE_BENCH_PG") or os.environ.get("DATELINE_TEST_PG")
    results: dict[str, Any] = {"target_p99_ms": 100}
    targets: Iterator[tuple[str, str]] = iter([("sqlite", str(workdir / "api.db"))] + ([("postgresql", pg_url)]
                                                                                        if pg_url else []))
    for name, target in targets:
        print(f"api: {events} events on {name}", file=sys.stderr)
        results[name] = bench_target(target, events, clients=clients, per_client=per_client, workers=workers)
    return results


def readme_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Rows of the README's speed table: measure, result, notes."""
    rows: list[tuple[str, str, str]] = []
    for name in ("sqlite", "postgresql"):
        run = result.get(name)
        if not run:
            continue
        label = "SQLite" if name == "sqlite" else "PostgreSQL"
        for key, endpoint in (("events_filtered", "`/api/events`"), ("stats_filtered", "`/api/stats`")):
            measured = run[key]
            cpu = measured.get("server_cpu_ms_per_request")
            rows.append((f"{endpoint} filtered, {run['events']:,} events, {label}",
                         f"p50 {measured['p50_ms']} ms, p99 {measured['p99_ms']} ms",
                         f"{measured['clients']} concurrent clients on loopback, {measured['requests']} requests, "
                         f"{measured['requests_per_s']} req/s, `serve --workers {run.get('workers', 1)}`"
                         + (f", server CPU {cpu} ms a request" if cpu is not None else "")))
        dashboard = run["dashboard"]
        if "dashboard_load_s" in dashboard:
            rows.append((f"dashboard load, {run['canonical_events']:,} events on the map, {label}",
                         f"{dashboard['dashboard_load_s']} s",
                         f"headless chromium, until every marker is drawn; map data alone "
                         f"{dashboard['points_fetch_s']} s"))
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="API latency of dateline serve (part of make bench)")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=25, help="requests per client and endpoint")
    parser.add_argument("--pg", default=None, help="PostgreSQL URL of a database the bench may wipe")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-api-bench-") as tmp:
        result = bench_api(Path(tmp), events=args.events, clients=args.clients, per_client=args.requests,
                           pg_url=args.pg)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
