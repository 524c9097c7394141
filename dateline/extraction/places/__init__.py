"""Where: the places a sentence names, resolved in context to gazetteer entries.

A step of extraction, not of the gazetteer: it reads the language pack's place words and the
lexicon's hits (feature words, relative phrases, speech cues) around each name. The gazetteer
(:mod:`dateline.geo`) only answers which places a key may be.

Public API: :class:`PlaceResolver` (``lookup`` a name key, ``resolve`` a sentence, ``focus``
of a document, ``score`` a candidate), :func:`score_place` with :class:`ScoreContext` and
:class:`PlaceScore` (the score terms), :class:`PlaceMention` (a resolved name).
"""

from .focus import Focus
from .mention import AREA_KINDS, SITE_KINDS, PlaceMention
from .resolver import PlaceResolver
from .roles import ELSEWHERE
from .scoring import NO_CONTEXT, PlaceScore, ScoreContext, score_place

__all__ = ["AREA_KINDS", "ELSEWHERE", "NO_CONTEXT", "SITE_KINDS", "Focus", "PlaceMention", "PlaceResolver",
           "PlaceScore", "ScoreContext", "score_place"]
