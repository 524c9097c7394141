"""The engine interface: a Document in, its events and claims out.

Engines are looked up by name: the built-in ``rules`` engine, or any installed package that
declares an entry point in the ``dateline.engines`` group (e.g. an LLM-backed engine).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from importlib import import_module, metadata
from typing import Protocol

from ..errors import UnknownEngineError
from ..models import Claim, Document, Event
from ..settings import Settings

BUILTIN_ENGINES = {"rules": "dateline.extraction.rules.engine:RulesEngine"}
YOUNG_OBJECTS_PER_COLLECTION = 20_000  # the cyclic collector's first threshold in a batch


@dataclass
class Extraction:
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


class Engine(Protocol):
    name: str

    def extract(self, doc: Document) -> Extraction:
        """Every event and claim ``doc`` reports."""
        ...


def engine_names() -> list[str]:
    names = set(BUILTIN_ENGINES)
    names.update(ep.name for ep in metadata.entry_points(group="dateline.engines"))
    return sorted(names)


def get_engine(name: str = "rules", settings: Settings | None = None) -> Engine:
    """An engine instance by name; heavy resources load lazily on first use."""
    target = BUILTIN_ENGINES.get(name)
    if target is None:
        for entry_point in metadata.entry_points(group="dateline.engines"):
            if entry_point.name == name:
                return entry_point.load()(settings or Settings.from_env())  # type: ignore[no-any-return]
        raise UnknownEngineError(f"unknown engine {name!r}; available: {', '.join(engine_names())}")
    module_name, class_name = target.split(":")
    engine_class = getattr(import_module(module_name), class_name)
    return engine_class(settings or Settings.from_env())  # type: ignore[no-any-return]


def collect_for_batches() -> None:
    """The cyclic collector of a process that extracts document after document (``dateline
    extract``, ``ingest`` and its worker processes): a document's tokens, hits and frames are
    freed by reference counting as soon as it is done; what outlives it grows the engine's
    caches, and the collector's default (a pass every 700 new objects) spent a twentieth to a
    fortieth of a batch's CPU walking them for cycles that are not there."""
    gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, *gc.get_threshold()[1:])
