"""Sentence and paragraph boundaries with offsets; abbreviations come from the language pack."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-*\u2022]\s)")
# a sentence end, closing quotes and brackets, spaces, then an opening quote (French « with its
# space) or a capital or digit
# ... or a dot glued between two Arabic words ("مساء اليوم.على نحو مشابه"): the press's typo for a
# sentence end (initials, "أ.ف.ب", have one letter before their dots)
_END = re.compile(r"(?<=[.!?\u061f\u3002])[\"'\u201d\u201c\u2019\u00bb)\]]*\s+"
                  r"(?=(?:[\"'\u201c\u201e\u201a\u2018\u00ab(\[][\s\u00a0\u202f]?)?[^\W\d_]|\d)"
                  r"|(?<=[\u0621-\u064a]{3}[.])(?=[\u0621-\u064a]{2})", re.UNICODE)
_LINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, *, start: int = 0, abbreviations: frozenset[str] = frozenset()) -> list[Span]:
    """Sentences of ``text[start:]``: split at paragraph breaks, line breaks and sentence ends."""
    spans: list[Span] = []
    paragraph = 0
    for block_start, block_end in _blocks(text, start):
        for line_start, line_end in _lines(text, block_start, block_end):
            cursor = line_start
            for match in _END.finditer(text, line_start, line_end):
                if _is_abbreviation(text, match.start(), abbreviations):
                    continue
                _append(spans, text, cursor, match.start(), paragraph)
                cursor = match.end()
            _append(spans, text, cursor, line_end, paragraph)
        paragraph += 1
    return spans


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    blocks, cursor = [], start
    for match in _PARAGRAPH.finditer(text, start):
        blocks.append((cursor, match.start()))
        cursor = match.end()
    blocks.append((cursor, len(text)))
    return blocks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines, cursor = [], start
    for match in _LINE.finditer(text, start, end):
        lines.append((cursor, match.start()))
        cursor = match.end()
    lines.append((cursor, end))
    return lines


def _append(spans: list[Span], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        spans.append(Span(start, end, paragraph))


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """``M. Macron``, ``U.S. forces``, ``Gen. Smith``: a dot that does not end a sentence."""
    if text[dot - 1] not in ".":
        return False
    word_start = dot - 1
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].strip("(\"'\u00ab\u201c")
    if word.lower() in abbreviations:
        return True
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isupper() or (word.count(".") >= 2 and len(letters) <= 4)
