"""Store stage: SQLite by default, PostgreSQL for teams; migrations with Alembic."""

from .query import EventQuery
from .store import AddResult, Store

__all__ = ["AddResult", "EventQuery", "Store"]
