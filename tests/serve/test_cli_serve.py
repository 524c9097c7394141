"""`dateline serve`: a thin command that checks the store, then hands an app to uvicorn."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.store import Store


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, ["serve", *args], env=env, catch_exceptions=False)


def test_a_missing_store_is_one_clear_line(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "nowhere.db"))
    assert result.exit_code == 1
    assert "no store at" in result.stderr and "dateline ingest" in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "nowhere.db").exists()


def test_serves_the_store_on_the_given_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = str(tmp_path / "events.db")
    Store(target).close()
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> bool:
        seen.update(options, app=app)
        return True

    monkeypatch.setattr("dateline.serve.server.run", fake_run)
    result = run("--db", target, "--host", "127.0.0.1", "--port", "8123", env={"DATELINE_API_TOKEN": "x"})
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    resources = seen["app"].state.resources
    assert resources.writable and resources.store.target == target
    assert "read-write" in result.stderr and "8123" in result.stderr
    read_only = run("--db", target, env={"DATELINE_API_TOKEN": ""})
    assert read_only.exit_code == 0 and "read-only" in read_only.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_it_cannot_listen_on_is_one_clear_line(tmp_path: Path, workers: str) -> None:
    target = str(tmp_path / "events.db")
    Store(target).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run("--db", target, "--port", str(taken.getsockname()[1]), "--log-level", "critical",
                     "--workers", workers)
    assert result.exit_code == 1 and "could not serve on 127.0.0.1:" in result.stderr
    assert "Traceback" not in result.output
