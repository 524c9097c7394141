"""``make bench``: speed and memory, measured, never asserted.

Throughput of ``dateline extract`` on one core and on all cores, its peak resident memory
and cold start, the time and memory of ``dateline ingest`` on one huge one-line article (1,
2.5 and 5 MB: the cost must grow linearly and stay under 3 s and 300 MB at 5 MB), plain
spaCy ``fr_core_news_sm`` ``nlp.pipe`` over the same texts in the same run as the
reference; gazetteer build time and lookups per second; events per second into SQLite and
PostgreSQL with merging on as the store grows to a million events, and ingest end to end on
one core, with ``-j 2`` and on a 2-worker Dask cluster (``bench/store.py``); the HTTP API's
latency and the dashboard's load time at 100,000 events (``bench/bench_api.py``);
feed-to-store latency of the watcher. Prints a table and writes ``bench/out/bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dateline.evaluate.gold import GoldArticle, iter_gold

ROOT = Path(__file__).resolve().parents[1]
COMPILED = ROOT / "build" / "compiled"  # `make compiled`: the engine compiled by mypyc (setup.py)


def corpus(size: int, gold_dir: Path) -> list[dict[str, Any]]:
    """``size`` documents built from the dev set, repeated with distinct ids and a closing line
    of their own ("(Ref. 12)"): every copy is a text of its own, as in a real archive, so no
    section measures a text met before (a store keeps a text once; a cache keyed on a text
    would answer a copy for free)."""
    articles = [a for a in iter_gold(gold_dir) if isinstance(a, GoldArticle)]
    docs = []
    for i in range(size):
        article = articles[i % len(articles)]
        docs.append({"id": f"{article.id}-{i}", "text": f"{article.text}\n\n(Ref. {i})",
                     "published": article.published, "lang": article.lang, "source": article.outlet})
    return docs


def write_corpus(docs: list[dict[str, Any]], workdir: Path) -> Path:
    """The documents as one JSON-lines file, ``workdir/corpus.jsonl`` (the input of every run)."""
    path = workdir / "corpus.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def _timed_subprocess(command: list[str], *, cores: str | None = None,
                      variant: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of a child process (pinned to ``cores`` if given;
    ``variant``: a build of the package to run instead of the source tree, see ``_variant_env``)."""
    if cores and shutil.which("taskset"):
        command = ["taskset", "-c", cores, *command]
    env, cwd = _variant_env(variant)
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    # this child's own peak: RUSAGE_CHILDREN keeps the largest of every child waited for, so a
    # warm-up run that compiled the gazetteer would be reported as the extraction's memory
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return elapsed, usage.ru_maxrss / 1024


def _variant_env(variant: Path | None) -> tuple[dict[str, str] | None, Path | None]:
    """The environment and working directory that run ``variant`` (a folder holding a built
    ``dateline`` package, as ``make compiled`` makes) rather than the source tree: it comes first
    on ``PYTHONPATH``, and the child starts outside the repository, whose root Python would
    otherwise put first (``python -m`` puts the current directory before ``PYTHONPATH``)."""
    if variant is None:
        return None, None
    return {**os.environ, "PYTHONPATH": str(variant.resolve())}, variant.resolve()


def bench_compiled(docs: list[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    """``bench_extract`` for the compiled build (``make compiled``; ``make bench`` builds it)."""
    if not (COMPILED / ".built").is_file():
        return {"skipped": f"no compiled build in {COMPILED} (make compiled)"}
    results = bench_extract(docs, workdir, variant=COMPILED)
    results.pop("all_cores_articles_per_s", None)  # measured for the source tree only
    return results


def bench_extract(docs: list[dict[str, Any]], workdir: Path, variant: Path | None = None) -> dict[str, Any]:
    path = write_corpus(docs, workdir)
    dateline = [sys.executable, "-m", "dateline", "extract", str(path), "--format", "jsonl"]
    _timed_subprocess(dateline, cores="0", variant=variant)  # warm the OS file cache, the gazetteer, the lexicons
    # best of three, as timeit does: on a shared machine the slower runs measure the neighbours
    runs = [_timed_subprocess(dateline, cores="0", variant=variant) for _ in range(3)]
    one_core = min(seconds for seconds, _rss in runs)
    rss = max(peak for _seconds, peak in runs)
    # the same run on one article per language: start-up (imports, every language's lexicon)
    firsts = list({d["lang"]: d for d in docs}.values())
    starter = workdir / "start.jsonl"
    starter.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in firsts), encoding="utf-8")
    startup = min(_timed_subprocess([*dateline[:-3], str(starter), "--format", "jsonl"], cores="0",
                                    variant=variant)[0] for _ in range(3))
    single = workdir / "one.txt"
    single.write_text("date: 2023-11-09\n\n" + docs[0]["text"], encoding="utf-8")
    cold = [_timed_subprocess([sys.executable, "-m", "dateline", "extract", str(single), "--format", "jsonl"],
                              variant=variant)[0] for _ in range(5)]
    all_cores = _parallel(docs) if variant is None else 0.0
    first_pass, second_pass = _new_text_rates(docs, workdir, variant)
    return {"new_text_articles_per_s": first_pass, "met_text_articles_per_s": second_pass,
            "articles": len(docs), "one_core_seconds": round(one_core, 2),
            "one_core_articles_per_s": round(len(docs) / one_core, 1),
            "one_core_runs_s": [round(seconds, 2) for seconds, _rss in runs],
            "startup_s": round(startup, 2),
            "one_core_articles_per_s_after_startup": round((len(docs) - len(firsts)) / max(one_core - startup, 0.001),
                                                           1),
            "all_cores_articles_per_s": round(all_cores, 1), "cores": os.cpu_count(),
            "peak_rss_mb": round(rss, 1), "cold_start_s_median": round(statistics.median(cold), 3)}


NEW_TEXT_SCRIPT = """
import json, sys, time
from dateline.pipeline import default_engine, extract_document
from dateline.read import read_text
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
engine = default_engine()
for lang in sorted({d["lang"] for d in docs}):  # start-up: every language's lexicon
    extract_document(read_text("Deux soldats ont été tués.", published="2024-01-01", lang=lang), engine=engine)
read = [read_text(d["text"], published=d["published"], lang=d["lang"]) for d in docs]
rates = []
for _ in range(2):
    started = time.process_time()
    for doc in read:
        extract_document(doc, engine=engine)
    rates.append(len(read) / (time.process_time() - started))
print(json.dumps(rates))
"""


def _new_text_rates(docs: list[dict[str, Any]], workdir: Path, variant: Path | None) -> tuple[float, float]:
    """Articles per second of CPU over texts no earlier article of the process shared words
    with (the dev set's articles once each, after start-up), and over the same texts again:
    the engine keeps stems, gazetteer answers and place readings per process, so a stream of
    new stories runs slower than the bench corpus, whose copies repeat the dev set's words."""
    unique = list({d["text"].rsplit("\n\n(Ref.", 1)[0]: d for d in docs}.values())
    path = workdir / "unique.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in unique), encoding="utf-8")
    script = workdir / "new_text.py"
    script.write_text(NEW_TEXT_SCRIPT, encoding="utf-8")
    command = [sys.executable, str(script), str(path)]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    env, cwd = _variant_env(variant)
    runs = [json.loads(subprocess.run(command, check=True, capture_output=True, text=True, env=env,
                                      cwd=cwd).stdout) for _ in range(3)]
    return round(max(r[0] for r in runs), 1), round(max(r[1] for r in runs), 1)


HUGE_SENTENCE = "Des centaines de manifestants ont défilé samedi à Nantes contre la réforme des retraites ; "
HUGE_SIZES_MB = (1.0, 2.5, 5.0)


def bench_huge_article(workdir: Path) -> dict[str, Any]:
    """``dateline ingest`` of one article of one line (a protest sentence repeated, no full
    stop to split it), whole process, best of three: seconds and peak resident MB per size."""
    results: dict[str, Any] = {}
    for size in HUGE_SIZES_MB:
        path = workdir / f"huge-{size}mb.txt"
        repeats = int(size * 1_000_000) // len(HUGE_SENTENCE.encode("utf-8"))
        path.write_text(HUGE_SENTENCE * repeats, encoding="utf-8")
        runs = []
        for attempt in range(3):
            store = workdir / f"huge-{size}-{attempt}.db"
            runs.append(_own_peak([sys.executable, "-m", "dateline", "ingest", str(path), "--db", str(store),
                                   "--max-bytes", str(path.stat().st_size + 1), "-q"]))
        results[f"{size:g}MB"] = {"bytes": path.stat().st_size, "seconds": round(min(s for s, _ in runs), 2),
                                  "peak_rss_mb": round(max(m for _, m in runs), 1)}
    return results


_OWN_PEAK = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def _own_peak(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process alone (``_timed_subprocess``
    reports the peak of every child so far), pinned to core 0 where taskset exists."""
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    output = subprocess.run([sys.executable, "-c", _OWN_PEAK, *command], check=True, capture_output=True,
                            text=True).stdout.split()
    return float(output[0]), float(output[1])


def _parallel(docs: list[dict[str, Any]]) -> float:
    """Articles per second with one worker process per core (engine built once per worker)."""
    from concurrent.futures import ProcessPoolExecutor

    workers = os.cpu_count() or 1
    chunks = [docs[i::workers] for i in range(workers)]
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        total = sum(pool.map(_extract_chunk, chunks))
    return total / (time.perf_counter() - started)


def _extract_chunk(chunk: list[dict[str, Any]]) -> int:
    from dateline.extraction import get_engine
    from dateline.models import Document

    engine = get_engine("rules")
    for record in chunk:
        engine.extract(Document(**record))
    return len(chunk)


SPACY_SCRIPT = """
import json, sys, time
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("fr_core_news_sm")
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64):
    pass
print(len(texts) / (time.perf_counter() - started))
"""


def bench_spacy(workdir: Path) -> dict[str, Any]:
    """The reference: spaCy's small French pipeline over the same texts, one core."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return {"skipped": "spaCy not installed (pip install 'dateline[bench]')"}
    script = workdir / "spacy_bench.py"
    script.write_text(SPACY_SCRIPT, encoding="utf-8")
    command = [sys.executable, str(script), str(workdir / "corpus.jsonl")]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return {"model": "fr_core_news_sm", "one_core_articles_per_s": round(float(output.strip()), 1),
            "peak_rss_mb_at_least": round(peak, 1)}


def bench_gazetteer(workdir: Path) -> dict[str, Any]:
    from dateline.geo import build as builder
    from dateline.geo.gazetteer import Gazetteer

    started = time.perf_counter()
    path = builder.build(workdir / "gazetteer" / "gazetteer-bench.sqlite")
    build_seconds = time.perf_counter() - started
    gazetteer = Gazetteer(path)
    keys = [row[0] for row in gazetteer._dbs[0].execute(
        "SELECT key FROM names ORDER BY random() LIMIT 20000").fetchall()]
    started = time.perf_counter()
    for key in keys:
        gazetteer.lookup_key(key)
    cold = len(keys) / (time.perf_counter() - started)
    started = time.perf_counter()
    for key in keys:
        gazetteer.lookup_key(key)
    warm = len(keys) / (time.perf_counter() - started)
    # words that name nothing (most words a text asks about): the Bloom filter answers them
    absent = [f"{key}qx" for key in keys]
    started = time.perf_counter()
    for key in absent:
        gazetteer.lookup_key(key)
    nothing = len(absent) / (time.perf_counter() - started)
    return {"build_seconds": round(build_seconds, 1), "size_mb": round(path.stat().st_size / 1e6, 1),
            "names": gazetteer.stats()["names"], "lookups_per_s_uncached": round(cold),
            "lookups_per_s_cached": round(warm), "lookups_per_s_absent": round(nothing)}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}"}


SECTIONS = ("extract", "compiled", "huge_article", "spacy", "gazetteer", "store", "ingest", "watch", "api")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1056)
    parser.add_argument("--store-events", type=int, default=1_000_000,
                        help="events in the store at the last mark (marks: 10k, 100k and this)")
    parser.add_argument("--pg", default=os.environ.get("DATELINE_BENCH_PG"),
                        help="a PostgreSQL URL to measure too (its public schema is dropped) "
                             "[env: DATELINE_BENCH_PG]")
    parser.add_argument("--api-events", type=int, default=100_000)
    parser.add_argument("--gold", default=str(ROOT / "eval" / "dev"))
    parser.add_argument("--output", default=str(ROOT / "bench" / "out" / "bench.json"))
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections to measure again, the others kept from --output "
                             f"(sections: {', '.join(SECTIONS)}); each section records its own date")
    args = parser.parse_args(argv)
    # a user's Python keeps compiled modules; a shell that turns that off (PYTHONDONTWRITEBYTECODE)
    # would time the compiler at every start of every measured process
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; sections: {', '.join(SECTIONS)}")
    output = Path(args.output)
    results: dict[str, Any] = json.loads(output.read_text(encoding="utf-8")) \
        if set(only) != set(SECTIONS) and output.is_file() else {}
    today = time.strftime("%Y-%m-%d")
    results.update({"date": today, "machine": machine()})
    dates = results.setdefault("dates", {})
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        workdir = Path(tmp)
        docs = corpus(args.articles, Path(args.gold))
        write_corpus(docs, workdir)
        for name in SECTIONS:
            if name in only:
                print(f"{name}: measuring", file=sys.stderr)
                results[name] = _measure(name, docs, workdir, args)
                dates[name] = today
                _write(output, results)  # each section kept as it is measured: a later failure loses none
    _write(output, results)
    print(json.dumps(results, indent=2))
    return results


def _write(output: Path, results: dict[str, Any]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _measure(name: str, docs: list[dict[str, Any]], workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """One section of the benchmark (the later ones import their own modules)."""
    if name == "extract":
        return bench_extract(docs, workdir)
    if name == "compiled":
        return bench_compiled(docs, workdir)
    if name == "huge_article":
        return bench_huge_article(workdir)
    if name == "spacy":
        return bench_spacy(workdir)
    if name == "gazetteer":
        return bench_gazetteer(workdir)
    if name == "store":
        from .store import bench_stores

        return bench_stores(workdir, total=args.store_events, pg=args.pg)
    if name == "ingest":
        from .store import bench_ingest

        return bench_ingest(docs, workdir)
    if name == "watch":
        from .bench_watch import bench_watch

        return bench_watch(workdir)
    from bench.bench_api import bench_api  # the HTTP API's latency lives with the API

    return bench_api(workdir, events=args.api_events)


if __name__ == "__main__":
    main()
