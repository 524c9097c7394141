"""Extract stage: engines that turn a Document into events and claims."""

from .base import Engine, Extraction, engine_names, get_engine

__all__ = ["Engine", "Extraction", "engine_names", "get_engine"]
