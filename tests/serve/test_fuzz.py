"""Property-based: schemathesis generates requests from /openapi.json (valid and invalid,
with the token so that writes run too) and no answer may be a 500."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from dateline.serve import create_app  # noqa: E402
from dateline.serve.live import LiveOptions  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.store import Store  # noqa: E402

from ..conftest import PG_URL, reset_postgres  # noqa: E402
from .conftest import TOKEN, fill  # noqa: E402
from .test_app import ENDPOINTS  # noqa: E402

EXAMPLES_PER_OPERATION = 30


@pytest.fixture(scope="module", params=["sqlite"] + (["postgres"] if PG_URL else []))
def api_schema(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
               engine: object) -> Iterator[Any]:
    """The schema of a writable server over examples/ (PostgreSQL too: it refuses NUL bytes
    and out-of-range integers that SQLite takes)."""
    if request.param == "postgres":
        assert PG_URL
        reset_postgres(PG_URL)
        target = PG_URL
    else:
        target = str(Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.db")
    store = Store(target)
    fill(store, engine)
    # live streams end after a moment, so that each generated request gets a whole answer
    app = create_app(Settings(db=target, api_token=TOKEN, max_body_bytes=200_000), store=store,
                     engine=engine, live=LiveOptions(poll_seconds=0.01, max_stream_seconds=0.05))  # type: ignore[arg-type]
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


@pytest.mark.parametrize("method, path", sorted(ENDPOINTS))
def test_no_request_makes_the_server_fail(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method.upper()]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def no_server_error(case: Any) -> None:
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])

    no_server_error()
