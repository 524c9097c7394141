"""Shared fixtures. The gazetteer is compiled once per machine into the user's data
directory (as for any user), so the first test run takes about half a minute longer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from dateline.geo.gazetteer import Gazetteer
from dateline.settings import Settings
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
SEED = SHARED_EXAMPLES / "fr-reuters-2023-11-09-iraq.txt"
SEED_GOLD = SHARED_EXAMPLES / "fr-reuters-2023-11-09-iraq.gold.json"
PG_URL = os.environ.get("DATELINE_TEST_PG")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Gazetteer:
    return Gazetteer.open(settings)


@pytest.fixture(scope="session")
def engine(settings: Settings, gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    from dateline.extraction.rules.engine import RulesEngine

    return RulesEngine(settings, gazetteer=gazetteer)


@pytest.fixture(params=["sqlite"] + (["postgres"] if PG_URL else []))
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    assert PG_URL
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with Store(store_target) as opened:
        yield opened


def reset_postgres(url: str) -> None:
    """An empty database for each test (the test database is dedicated to the tests)."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


# tests of the real article in ../shared skip, saying why, where it is not laid beside the
# repository (a fresh clone alone); CI lays it there
requires_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"the shared example is absent: {SEED}")


@pytest.fixture
def seed_required() -> None:
    if not SEED.is_file():
        pytest.skip(f"the shared example is absent: {SEED}")
