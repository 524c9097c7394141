"""The charge against someone arrested is told with blame words: it blames no one.

"A journalist was arrested on Thursday, accused of cyberstalking", "un militant accusé
d'avoir insulté le chef de la junte a été arrêté", "задержала мужчину, обвиняемого в подготовке
теракта": the blame word describes the person taken. Read as blame, it made the arrest a mere
accusation (no event) and the force named before it a speaker, not the arresting side. A blame
word followed by one of the pack's ``charge_links`` ("of", "de", "в") in a sentence that tells an
arrest is dropped from the hits. Blame for an act ("the army accused the rebels of the attack")
has its accused between the word and the link, and no arrest: it stays blame.
"""

from __future__ import annotations

import bisect

from ...packs.vocabulary import Cue, EventWord, HitKind
from ...prepare import Prepared
from ..hits import Hit


def without_charges(hits: list[Hit], prepared: Prepared) -> list[Hit]:
    """``hits`` less the blame words that tell the charge of an arrest in their sentence."""
    links = [tuple(link.split()) for link in prepared.pack.grammar.charge_links]
    blames = [h for h in hits if h.kind == HitKind.CUE and h.label == Cue.BLAME]
    if not links or not blames:
        return hits
    firsts = [s.tokens[0].index if s.tokens else 10**9 for s in prepared.sentences]
    arrested = {bisect.bisect_right(firsts, h.start) for h in hits
                if h.kind == HitKind.EVENT and h.label == EventWord.ARREST}
    if not arrested:
        return hits
    tokens = prepared.tokens
    charges = {id(h) for h in blames if bisect.bisect_right(firsts, h.start) in arrested and any(
        tuple(t.norm for t in tokens[h.end:h.end + len(link)]) == link for link in links)}
    return [h for h in hits if id(h) not in charges] if charges else hits
