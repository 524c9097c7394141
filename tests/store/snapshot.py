"""What a store holds, for comparing two stores: documents, events with their canonical
events, canonical events, claims. Times of ingest are left out (two runs differ in them)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from dateline.store import Store

_LEFT_OUT = {"ingested_at", "first_reported"}


def store_snapshot(target: str) -> dict[str, list[dict[str, Any]]]:
    tables = {"documents": "id", "events": "event_id", "claims": "claim_id", "clusters": "cluster_id",
              "document_bands": "doc_id, band"}
    with Store(target) as store, store.engine.connect() as conn:
        return {name: [{k: v for k, v in row.items() if k not in _LEFT_OUT}
                       for row in conn.execute(sa.text(f"SELECT * FROM {name} ORDER BY {key}")).mappings()]
                for name, key in tables.items()}
