"""Extract stage: engines that turn a Document into events and claims."""

from .base import Engine, Extraction, collect_for_batches, engine_names, get_engine

__all__ = ["Engine", "Extraction", "collect_for_batches", "engine_names", "get_engine"]
