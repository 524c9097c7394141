"""``dateline backfill``: an archive too large for one machine, extracted on a Dask cluster
and merged afterwards in one deterministic pass (the ``distributed`` extra)."""

from .run import BackfillSummary, backfill, write_shard
from .shards import Shard, plan

__all__ = ["BackfillSummary", "Shard", "backfill", "plan", "write_shard"]
