"""``dateline serve``: the HTTP API (FastAPI, OpenAPI at /openapi.json) and the offline map
dashboard, over a SQLite or PostgreSQL store. Needs the ``serve`` extra."""

from .app import create_app

__all__ = ["create_app"]
