"""The shape of the package: what loads what."""

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_extracting_text_never_loads_the_store():
    """``dateline.extract`` reads, prepares and extracts: SQLAlchemy, Alembic and the store stay
    unloaded (they cost a third of a second, and a script that only extracts needs none)."""
    code = ("import sys, json, dateline\n"
            "events = dateline.extract('A drone struck Kharkiv on Friday, killing two people.', "
            "published='2025-03-14')\n"
            "print(json.dumps({'events': len(events), 'modules': sorted(m for m in sys.modules if m.startswith("
            "('sqlalchemy', 'alembic', 'dateline.store', 'dateline.merge', 'dateline.export')))}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                            timeout=300, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["events"] >= 1  # it did extract
    assert report["modules"] == []


# Layers, lowest first: a module imports only from layers below its own (or its own package).
# Records and language knowledge are the foundation; then the stages in the order a document
# goes through them (read → prepare → extract → merge), the store and exports below the
# pipeline, the pipeline and evaluation, and the entry points (CLI, HTTP API, feeds) on top.
LAYERS = {
    "errors": 0, "columns": 0, "models": 0, "normalize": 0, "settings": 0, "version": 0, "taxonomy": 0, "packs": 0,
    "table_rows": 0,
    "read": 1, "geo": 1, "actors": 1,
    "prepare": 2,
    "extraction": 3,
    "merge": 4,
    "store": 5, "export": 5, "workers": 5,
    "pipeline": 6, "evaluate": 6,
    "cli": 7, "serve": 7, "watch": 7, "backfill": 7, "__main__": 7, "dateline": 7,
}
TOP = 7  # a package not listed is an entry point: nothing below may import it
SHARED = {0, TOP}  # layers whose packages may import one another
# known exceptions, each with the work that removes it (the test fails once it is gone)
ALLOWED: dict[tuple[str, str], str] = {}


def _imports() -> dict[str, set[str]]:
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "dateline"
    graph: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        parts = ("dateline",) + path.relative_to(package).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        base = parts[:-1]
        targets = graph.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    anchor = base[:len(base) - node.level + 1]
                    target = ".".join(anchor + ((node.module,) if node.module else ()))
                else:
                    target = node.module or ""
                targets.add(target)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
    return {module: {t for t in targets if t == "dateline" or t.startswith("dateline.")}
            for module, targets in graph.items()}


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "dateline"


def test_no_stage_imports_a_higher_one():
    wrong: dict[tuple[str, str], list[str]] = {}
    for module, targets in _imports().items():
        source = _package(module)
        for target in targets:
            imported = _package(target)
            low, high = LAYERS.get(imported, TOP), LAYERS.get(source, TOP)
            if imported == source or low < high or (low == high and low in SHARED):
                continue
            wrong.setdefault((source, imported), []).append(f"{module} imports {target}")
    unexpected = {pair: where for pair, where in wrong.items() if pair not in ALLOWED}
    assert not unexpected, unexpected
    stale = set(ALLOWED) - set(wrong)
    assert not stale, f"these exceptions are fixed; remove them from ALLOWED: {sorted(stale)}"


def test_the_layers_name_every_package():
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "dateline"
    names = {p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    names |= {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    names -= {"data"}  # language packs and shared data: no code
    assert names <= set(LAYERS), f"place these in LAYERS: {sorted(names - set(LAYERS))}"
