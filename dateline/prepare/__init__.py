"""Prepare stage: language, body boundaries, sentences and tokens of a Document.

Everything later stages match against is computed here once per document; offsets always
index ``Document.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from dataclasses import dataclass, field

from ..errors import PackError
from ..models import Document, WireDateline
from ..normalize import fold
from ..packs import LanguagePack, load_pack
from ..read.text import parse_opening
from .language import detect_language
from .sentences import split_sentences
from .tokens import StemmerCache, Token, tokenize

__all__ = ["Prepared", "Sentence", "Token", "prepare", "Analyzer"]
log = logging.getLogger(__name__)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    tokens: list[Token]


@dataclass
class Prepared:
    doc: Document
    lang: str
    pack: LanguagePack
    body_start: int
    dateline: WireDateline | None
    sentences: list[Sentence]
    tokens: list[Token]
    reference: dt.date | None  # publication day, when known
    notes: list[str] = field(default_factory=list)

    def text(self, start: int, end: int) -> str:
        return self.doc.text[start:end]


class Analyzer:
    """Per-language tokenisation resources (stemmer, abbreviations), built once and reused."""

    def __init__(self, lang: str) -> None:
        self.pack = load_pack(lang)
        morphology = self.pack.meta.morphology
        self.stem = StemmerCache(morphology.stemmer, morphology.suffixes, morphology.proclitics)
        self.abbreviations = frozenset(a.lower() for a in self.pack.meta.abbreviations)


def prepare(doc: Document, analyzers: dict[str, Analyzer], *, lang: str | None = None,
            default_lang: str = "en") -> Prepared:
    """Split ``doc`` into sentences of tokens, in its language's terms."""
    language = lang or doc.lang or detect_language(doc.text, default=default_lang)
    language = language.lower()[:2]
    if language not in analyzers:
        try:
            analyzers[language] = Analyzer(language)
        except PackError:  # no pack for this language: fall back, and say so
            log.warning("%s: no language pack for %r; reading it as %r", doc.id, language, default_lang)
            language = default_lang
            analyzers.setdefault(language, Analyzer(language))
    analyzer = analyzers[language]
    text = doc.text
    opening = doc.opening or parse_opening(text)[0]  # read parsed it; a Document made by hand was not read
    dateline = opening.dateline
    body_start = opening.body_start
    if dateline is not None and dateline.start >= body_start:  # a dateline after the headline: read around it
        text = text[:dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end:]
    spans = split_sentences(text, start=body_start, abbreviations=analyzer.abbreviations)
    body = text[body_start:]
    tokens = tokenize(body, fold(body), analyzer.stem, offset=body_start)
    starts = [t.start for t in tokens]
    sentences = []
    for index, span in enumerate(spans):
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        sentences.append(Sentence(index, span.start, span.end, span.paragraph, tokens[lo:hi]))
    return Prepared(doc=doc, lang=language, pack=analyzer.pack, body_start=body_start,
                    dateline=dateline, sentences=sentences, tokens=tokens,
                    reference=doc.published_date())
