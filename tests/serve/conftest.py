"""Fixtures of the HTTP API tests: stores filled from examples/ (SQLite, and PostgreSQL when
DATELINE_TEST_PG is set) and clients of the app over them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'dateline[serve]'")

from fastapi.testclient import TestClient  # noqa: E402

from dateline.pipeline import ingest  # noqa: E402
from dateline.serve import create_app  # noqa: E402
from dateline.serve.live import LiveOptions  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.store import Store  # noqa: E402

from ..conftest import PG_URL, ROOT, reset_postgres  # noqa: E402

EXAMPLES = ROOT / "examples"
TOKEN = "test-token-1234"


def fill(store: Store, engine: object, *paths: Path) -> None:
    summary = ingest(paths or [EXAMPLES], store, engine=engine)  # type: ignore[arg-type]
    assert summary.ok, summary.errors


@pytest.fixture(scope="module", params=["sqlite"] + (["postgres"] if PG_URL else []))
def filled_target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, engine: object) -> str:
    """A store holding examples/, shared by the read-only tests of a module."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("api") / "examples.db")
    else:
        assert PG_URL
        reset_postgres(PG_URL)
        target = PG_URL
    with Store(target) as store:
        fill(store, engine)
    return target


@pytest.fixture(scope="module")
def filled_store(filled_target: str) -> Iterator[Store]:
    with Store(filled_target) as store:
        yield store


def make_client(store: Store, engine: object = None, live: LiveOptions | None = None,
                **settings: object) -> TestClient:
    """A client of the app over ``store``; settings from ``settings`` only (a token or CORS
    origins in the environment of the test run must not leak in), the data directory aside."""
    environ = {k: v for k, v in os.environ.items() if k in ("DATELINE_DATA_DIR", "DATELINE_GAZETTEER")}
    app = create_app(Settings.from_env(environ=environ, db=store.target, **settings), store=store,
                     engine=engine, live=live)  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(filled_store: Store) -> Iterator[TestClient]:
    """A read-only server (no token) over the examples."""
    with make_client(filled_store) as opened:
        yield opened


@pytest.fixture
def writable(store: Store, engine: object) -> Iterator[TestClient]:
    """A server with a token over a fresh store of the examples, for tests that write."""
    fill(store, engine)
    with make_client(store, engine, api_token=TOKEN) as opened:
        yield opened


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: object, status: int) -> dict:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith("application/problem+json")  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    return body  # type: ignore[no-any-return]
