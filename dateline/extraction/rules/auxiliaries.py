"""A past auxiliary is a pluperfect only with a participle: German "war", "hatte" also stand
alone ("Es war eine der größten Kundgebungen in der Geschichte des Landes", "Die Armee hatte
keine Kontrolle über die Stadt"), telling of the event reported, not of an earlier one. In a
cased verb-final language the participle ends the clause in lower case; a clause ending in a
capitalised noun holds none, and its auxiliary is no pluperfect cue.
"""

from __future__ import annotations

from ...normalize import breaks_clause
from ...packs import LanguagePack
from ...packs.vocabulary import Cue, HitKind
from ...prepare.tokens import Token
from ..hits import Hit

_SENTENCE_ENDS = frozenset(".!?")


def pluperfects_with_participle(hits: list[Hit], tokens: list[Token], text: str, pack: LanguagePack) -> list[Hit]:
    """``hits`` without the pluperfect cues whose clause ends in a capitalised word."""
    if not (pack.grammar.verb_final and pack.meta.script.cased):
        return hits
    return [h for h in hits if not (h.kind == HitKind.CUE and h.label == Cue.PLUPERFECT
                                    and tokens[_clause_last(tokens, text, h.start)].upper
                                    and _clause_last(tokens, text, h.start) >= h.end)]


def _clause_last(tokens: list[Token], text: str, start: int) -> int:
    """The last token of the clause token ``start`` stands in."""
    last = start
    while last + 1 < len(tokens):
        gap = text[tokens[last].end:tokens[last + 1].start]
        if breaks_clause(gap) or not _SENTENCE_ENDS.isdisjoint(gap):
            break
        last += 1
    return last
