"""dateline: news reports in, a traceable ACLED-style conflict-event dataset out, offline.

>>> import dateline
>>> events = dateline.extract("KHARKIV, Ukraine, March 14 (Wire) - A Russian missile ...",
...                           published="2025-03-14")

Nothing heavy happens at import; lexicons and the gazetteer load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

__all__ = ["Claim", "Document", "Event", "EventQuery", "Evidence", "Store", "__version__",
           "extract", "extract_document", "get_engine", "ingest", "read_paths", "read_text"]

_LAZY = {
    "Claim": "dateline.models", "Document": "dateline.models", "Event": "dateline.models",
    "Evidence": "dateline.models", "Store": "dateline.store", "EventQuery": "dateline.store",
    "extract": "dateline.pipeline", "extract_document": "dateline.pipeline",
    "ingest": "dateline.pipeline", "get_engine": "dateline.extraction", "read_paths": "dateline.read",
    "read_text": "dateline.read",
}

if TYPE_CHECKING:
    from .extraction import get_engine
    from .models import Claim, Document, Event, Evidence
    from .pipeline import extract, extract_document, ingest
    from .read import read_paths, read_text
    from .store import EventQuery, Store


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dateline' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
