"""Bounds that keep the cost of one document linear in its size, whatever the input.

Most of the engine's work is per sentence, and some of it compares the words of a sentence
with each other: fine for a sentence of forty words, quadratic for a "sentence" of a million
(a file with no full stops). And a news article is a few thousand characters: a 5 MB file is
a dump, not an article. So the engine analyses at most ``max_analysed_chars`` characters of a
document (cut at a paragraph or sentence end, so offsets into the text stay valid) and cuts
over-long sentences into pieces at clause breaks.
"""

from __future__ import annotations

import dataclasses
import logging

from ...models import Document
from ...normalize import breaks_clause
from ...prepare import Prepared, Sentence, Token

log = logging.getLogger(__name__)
MAX_SENTENCE_TOKENS = 250  # far longer than any sentence a reporter writes


def analysed_part(doc: Document, limit: int) -> Document:
    """``doc`` with its text cut to at most ``limit`` characters, at the last paragraph break
    (else sentence end) of the second half; evidence offsets index the original all the same."""
    if len(doc.text) <= limit:
        return doc
    window = doc.text[limit // 2:limit]
    for boundary in ("\n", ". "):
        found = window.rfind(boundary)
        if found >= 0:
            cut = limit // 2 + found + len(boundary)
            break
    else:
        cut = limit
    log.warning("%s: %s characters; only the first %s are analysed (raise DATELINE_MAX_ANALYSED_CHARS "
                "to read further)", doc.id, f"{len(doc.text):,}", f"{cut:,}")
    return doc.model_copy(update={"text": doc.text[:cut]})


def with_bounded_sentences(prepared: Prepared, limit: int = MAX_SENTENCE_TOKENS) -> Prepared:
    """``prepared`` with every sentence longer than ``limit`` tokens cut into pieces."""
    if all(len(s.tokens) <= limit for s in prepared.sentences):
        return prepared
    sentences: list[Sentence] = []
    for sentence in prepared.sentences:
        for piece in _pieces(sentence, prepared.doc.text, limit):
            sentences.append(dataclasses.replace(piece, index=len(sentences)))
    return dataclasses.replace(prepared, sentences=sentences)


def _pieces(sentence: Sentence, text: str, limit: int) -> list[Sentence]:
    pieces, tokens, start = [], sentence.tokens, sentence.start
    while len(tokens) > limit:
        cut = _clause_break(tokens, text, limit)
        pieces.append(Sentence(0, start, tokens[cut - 1].end, sentence.paragraph, tokens[:cut]))
        tokens = tokens[cut:]
        start = tokens[0].start
    if tokens:
        pieces.append(Sentence(0, tokens[0].start, sentence.end, sentence.paragraph, tokens))
    return pieces


def _clause_break(tokens: list[Token], text: str, limit: int) -> int:
    """The number of tokens of the next piece: up to the last clause break (a comma, a
    semicolon) in its second half, else ``limit``."""
    for cut in range(limit, limit // 2, -1):
        if breaks_clause(text[tokens[cut - 1].end:tokens[cut].start]):
            return cut
    return limit
