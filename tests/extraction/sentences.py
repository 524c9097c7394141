"""The rules engine's context for a few sentences we wrote, to test its steps one at a time."""

from __future__ import annotations

from typing import Any

from dateline.extraction.rules.context import DocContext
from dateline.extraction.rules.engine import RulesEngine
from dateline.extraction.rules.frames import FrameBuilder
from dateline.extraction.rules.reference import publication_reference
from dateline.models import Document
from dateline.prepare import prepare


def context_of(engine: RulesEngine, text: str, *, lang: str, published: str = "2024-05-02") -> tuple[DocContext, Any]:
    """The document context the engine builds for ``text`` (hits, dates, focus) and its language."""
    doc = Document(id="t", text=text, lang=lang, published=published)
    prepared = prepare(doc, {})
    language = engine._language(prepared.lang)
    hits = engine.scan(prepared, language)
    return engine._context(prepared, hits, language, publication_reference(doc, prepared.dateline)), language


def frame_builder(engine: RulesEngine, text: str, *, lang: str, published: str = "2024-05-02") -> FrameBuilder:
    context, language = context_of(engine, text, lang=lang, published=published)
    return FrameBuilder(context, language.places)
