"""The compiled build (``setup.py``, ``make compiled``) gives exactly what the plain package gives.

mypyc checks argument types at run time and compiles a few Python idioms its own way (the
membership test of a ``set`` subclass, fields made on first use), so a difference would be a
silent one: the compiled engine runs over every article at hand and its JSON lines must equal
the plain package's, byte for byte. Skipped unless ``DATELINE_TEST_COMPILED`` names a compiled
build (``.ci/run`` builds one with ``make compiled``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.evaluate.gold import GoldArticle, iter_gold

from .conftest import EXAMPLES, ROOT

COMPILED = os.environ.get("DATELINE_TEST_COMPILED")
REAL_DEV = ROOT.parent / "shared" / "real-dev"  # real articles, read in place when beside the repository

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not COMPILED, reason="no compiled build named (DATELINE_TEST_COMPILED=build/compiled, "
                                            "after `make compiled`)"),
]


def _run(python_path: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` with ``python_path`` first, from ``cwd``: never the repository's root, whose
    source tree Python would put before ``PYTHONPATH`` (the current directory comes first)."""
    env = {**os.environ, "PYTHONPATH": python_path}
    return subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=900)


def _corpus(path: Path) -> int:
    """Every gold article we can read as one JSON-lines input: the dev set, and real news when present."""
    folders = [ROOT / "eval" / "dev", EXAMPLES] + ([REAL_DEV] if REAL_DEV.is_dir() else [])
    lines = [json.dumps({"id": a.id, "text": a.text, "published": a.published, "lang": a.lang,
                         "source": a.outlet}, ensure_ascii=False)
             for folder in folders for a in iter_gold(folder) if isinstance(a, GoldArticle)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def test_the_compiled_build_is_compiled(tmp_path: Path) -> None:
    assert COMPILED is not None
    probe = _run(str(Path(COMPILED).resolve()), tmp_path, "-c",
                 "import dateline.extraction.rules.frames as f, dateline.prepare.tokens as t; "
                 "print(f.__file__, t.__file__)")
    assert probe.returncode == 0, probe.stderr
    assert all(name.endswith(".so") for name in probe.stdout.split()), probe.stdout


def test_compiled_and_plain_extract_the_same_events(tmp_path: Path) -> None:
    assert COMPILED is not None
    corpus = tmp_path / "corpus.jsonl"
    articles = _corpus(corpus)
    command = ["-m", "dateline", "extract", str(corpus), "--format", "jsonl"]
    plain = _run(str(ROOT), tmp_path, *command)
    compiled = _run(str(Path(COMPILED).resolve()), tmp_path, *command)
    assert plain.returncode == 0, plain.stderr
    assert compiled.returncode == 0, compiled.stderr
    assert plain.stdout.count("\n") > articles / 2  # events, not an empty run on both sides
    assert compiled.stdout == plain.stdout
