"""Where a sentence's main clause is and what its words stand for, read from punctuation,
capitals and word order: the act of a background phrase that opens a sentence is not the main
verb, an area word with no name after it stands for a place told before, and the actor between
an act and its target word is the act's author."""

from __future__ import annotations

from ...actors.roles import ActorMention
from ...normalize import breaks_clause
from ...packs.vocabulary import Cue, HitKind
from ...prepare import Prepared
from .. import tuning as T
from ..hits import Hit
from .context import SentenceView


def main_clause_start(prepared: Prepared, view: SentenceView) -> int:
    """Where the main clause starts after a background phrase that opens the sentence ("After
    hours of shelling, the rebels entered the city", "Tras intensos combates, el ejército..."):
    the act of that phrase is no verb whose voice decides the roles. The sentence's first
    token when no such phrase opens it."""
    tokens, text = prepared.tokens, prepared.doc.text
    first = view.sentence.tokens[0].index
    if not any(h.start == first for h in view.of(HitKind.CUE, Cue.BACKGROUND)):
        return first
    for token in view.sentence.tokens[1:]:
        if breaks_clause(text[tokens[token.index - 1].end:token.start]):
            return token.index
    return first


def names_nothing(prepared: Prepared, word: Hit, words: list[Hit], cased: bool) -> bool:
    """An area word that stands for a place told before ("the city", "этот город."), not
    one that opens a name ("the town of Awdi", its longer overlapping phrase included): in a
    cased script, no capital right after it in the clause. An uncased script cannot tell."""
    if not cased:
        return False
    end = max((w.end for w in words if word.start <= w.start < word.end), default=word.end)
    tokens, text = prepared.tokens, prepared.doc.text
    if end >= len(tokens):
        return True
    after = tokens[end]
    return not after.upper or bool(text[tokens[end - 1].end:after.start].strip())


def without_noun_agent(view: SentenceView, mentions: list[ActorMention], predicate: Hit) -> list[ActorMention]:
    """"атаки ВСУ на автомобиль", "un ataque del ELN contra una patrulla": the actor between an act
    and the target word after it is the act's author, not the side it hit."""
    cue = next((h for h in view.of(HitKind.CUE, Cue.TARGET) if 0 < h.start - predicate.end <= T.NOUN_AGENT_WORDS), None)
    if cue is None or not any(m.start >= cue.end for m in mentions):
        return mentions
    return [m for m in mentions if not predicate.end <= m.start < cue.start]




def act_agent(view: SentenceView) -> int | None:
    """Where the agent words right after an act noun end ("обстрела со стороны ВСУ", "обстрілу
    з боку російських військ", "ataque por parte del ELN"): the side named next did it, whatever
    the sentence's verb. None when no act noun is so followed ("a convoy escorted by soldiers":
    the agent words follow no act)."""
    acts = {h.end for h in view.hits if h.kind in (HitKind.WEAPON, HitKind.EVENT)}
    return next((h.end for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT) if h.start in acts), None)
