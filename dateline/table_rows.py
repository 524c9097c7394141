"""A document's events and claims as rows of the store's tables, made without the store.

``dateline ingest -j N`` extracts in N processes and writes in one. What a worker hands the
writer is what the writer inserts: plain rows (dicts of the columns' values, JSON-ready), not
models. Dumping a model to its row is the writer's per-event work that does not depend on
the store, so it is done in the workers, in parallel; and rows travel between processes at
a quarter of the cost of models (pickling pydantic models, and rebuilding them in the
writing process, cost that process a third of its time storing them). SQLAlchemy is not
imported here: a worker process never loads the store. The columns are checked against
the tables' by ``tests/store/test_table_rows.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import Claim, Event

# an event's fields that are no column of ``events``: the size of its canonical event, which
# the store counts when it reads
NOT_STORED = {"reports", "corroboration"}


@dataclass(slots=True)
class Rows:
    """Rows of ``events`` and ``claims`` (every column but ``cluster_id``'s decision, which
    the merge stage takes when the rows are written)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)


def rows_of(events: Sequence[Event], claims: Sequence[Claim]) -> Rows:
    return Rows([event_row(event) for event in events], [claim_row(claim) for claim in claims])


def event_row(event: Event) -> dict[str, Any]:
    """The row of ``events`` of an event: JSON values, its day a date (the merge stage
    compares dates)."""
    data = event.model_dump(mode="json", exclude=NOT_STORED)
    data["event_date"] = event.event_date
    return data


def claim_row(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json")
