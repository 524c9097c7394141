"""Shared fixtures. Tests never write to the user's data directory: each session gets a
temporary one (``DATELINE_DATA_DIR``), where lexicons are cached and, when needed, the
gazetteer is compiled once. A gazetteer already compiled for this very code in the user's
data directory is opened read-only instead (``DATELINE_GAZETTEER``), which saves the build."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from dateline.geo import build as gazetteer_build
from dateline.geo.gazetteer import Gazetteer
from dateline.models import Document, Event
from dateline.settings import Settings
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# our own synthetic story with the facts of the real wire story (always in the repository)
SEED = EXAMPLES / "fr-mossoul-2023-11-09-agence-exemple.txt"
SEED_GOLD = EXAMPLES / "fr-mossoul-2023-11-09-agence-exemple.gold.json"
# the real wire story lives beside the repository (CI has it; a bare clone does not)
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
SHARED_SEED = SHARED_EXAMPLES / "fr-reuters-2023-11-09-iraq.txt"
SHARED_SEED_GOLD = SHARED_EXAMPLES / "fr-reuters-2023-11-09-iraq.gold.json"
PG_URL = os.environ.get("DATELINE_TEST_PG")


def _compiled_gazetteer() -> Path | None:
    """The user's gazetteer when it was compiled from exactly these sources (read-only use)."""
    configured = Settings.from_env()
    if configured.gazetteer:
        return Path(configured.gazetteer)
    path = gazetteer_build.default_path(configured.data_dir)
    return path if path.is_file() else None


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A temporary data directory for the whole session, in the environment too (the CLI and
    subprocesses read it from there)."""
    directory = tmp_path_factory.mktemp("dateline-data")
    compiled = _compiled_gazetteer()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DATELINE_DATA_DIR", str(directory))
        if compiled is not None:
            patch.setenv("DATELINE_GAZETTEER", str(compiled))
        else:
            patch.delenv("DATELINE_GAZETTEER", raising=False)
        yield directory


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Gazetteer:
    return Gazetteer.open(settings)  # compiled here, once, unless the user's could be reused


@pytest.fixture(scope="session")
def engine(settings: Settings, gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    from dateline.extraction.rules.engine import RulesEngine

    return RulesEngine(settings, gazetteer=gazetteer)


@pytest.fixture(scope="session")
def events_of(engine) -> Callable[..., list[Event]]:  # type: ignore[no-untyped-def]
    """``events_of(text, lang, published, **document_fields)``: the events the session's engine
    reads in an invented article (``title``, ``place``, ``url``... go to the Document).

    The publication date has no default on purpose: relative days are resolved against it ("on
    Tuesday" is the latest Tuesday on or before it, "yesterday" the day before it, a date with no
    year the nearest one not after it), so one text read under another date gives another event
    date, and may split, merge or drop events. Each test file passes its own date, where a reader
    sees it beside the weekdays its stories tell."""

    def extract(text: str, lang: str | None, published: str | None, **document_fields: Any) -> list[Event]:
        document = Document(id="t", text=text, lang=lang, published=published, **document_fields)
        return engine.extract(document).events

    return extract


_BACKENDS = ["sqlite"] + ([pytest.param("postgres", marks=pytest.mark.postgres)] if PG_URL else [])


@pytest.fixture(params=_BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A place for a store that a test opens more than once: a SQLite file, or PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    assert PG_URL
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture(params=_BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store: SQLite in memory, or PostgreSQL."""
    if request.param == "sqlite":
        target = ":memory:"
    else:
        assert PG_URL
        reset_postgres(PG_URL)
        target = PG_URL
    with Store(target) as opened:
        yield opened


def reset_postgres(url: str) -> None:
    """An empty database for each test (the test database is dedicated to the tests)."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def skip_without_shared(path: Path) -> None:
    """Tests of the real stories in ../shared run where it is present (CI) and skip elsewhere."""
    if not path.is_file():
        pytest.skip(f"../shared is absent ({path} not found): the real-story acceptance test runs in CI")
