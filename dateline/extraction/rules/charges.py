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
from dataclasses import replace

from ...actors.roles import ActorMention
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


def _phrase_before(prepared: Prepared, start: int, phrases: frozenset[str], floor: int = 0) -> bool:
    """One of ``phrases`` ends right before token ``start``, up to two articles aside ("with the")."""
    tokens, stopwords = prepared.tokens, prepared.pack.stopwords
    longest = max((len(p.split()) for p in phrases), default=0)
    for skip in range(3):
        end = start - skip
        if end <= floor or any(tokens[i].norm not in stopwords for i in range(end, start)):
            break
        for size in range(1, longest + 1):
            if end - size >= floor and " ".join(t.norm for t in tokens[end - size:end]) in phrases:
                return True
    return False


def charged(prepared: Prepared, start: int) -> bool:
    """An actor named at token ``start`` right after one of the pack's ``charge_ties``: the charge."""
    ties = prepared.pack.grammar.charge_ties
    return bool(ties) and _phrase_before(prepared, start, ties)


def without_charged_groups(prepared: Prepared, trigger: Hit, mentions: list[ActorMention]) -> list[ActorMention]:
    """"arrested five people on charges of collaborating with the RSF", "اعتقلت ... بتهمة التعاون
    مع قوات الدعم السريع": the group named right after one of the pack's ``charge_ties`` is what
    the people taken are accused of helping; it was not arrested, nor did it arrest. Left out,
    the arrest keeps the force that made it and the people it took (civilians of the country
    unless named otherwise). Membership ("charged with belonging to IS") is no tie: ACLED codes
    the arrested members' group."""
    ties = prepared.pack.grammar.charge_ties
    if not ties or trigger.kind != HitKind.EVENT or trigger.label != EventWord.ARREST:
        return mentions
    return [m for m in mentions if not _phrase_before(prepared, m.start, ties)]


def suspected_attackers(prepared: Prepared, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Gunmen believed to be from JNIM", "مسلحون يعتقد أنهم من جماعة نصرة الإسلام", "des hommes
    armés soupçonnés d'appartenir au JNIM": unnamed attackers followed by one of the pack's
    ``suspected_links`` and a named armed group are that group (ACLED codes the group the report
    attributes the act to): one mention over both spans, with the group's name. Read apart, the
    group stood after the act's subject as the side it hit."""
    links = prepared.pack.grammar.suspected_links
    if not links:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    merged: dict[int, ActorMention] = {}
    dropped: set[int] = set()
    for unnamed in ordered:
        named = next((m for m in ordered if m.start >= unnamed.end), None)  # the next name, over duplicates
        if named is not None and unnamed.ref.category == "unidentified" and named.ref.armed \
                and named.ref.category != "unidentified" \
                and named.start - unnamed.end <= 8 and _phrase_before(prepared, named.start, links, unnamed.end) \
                and _links_exactly(prepared, unnamed.end, named.start, links):
            merged[id(unnamed)] = replace(unnamed, end=named.end, ref=named.ref)
            dropped.add(id(named))
    if not merged:
        return mentions
    # the words read as a name by context ("مسلحون" in a story of JNIM) go with the unnamed they are
    spans = {(m.start, m.end) for m in ordered if id(m) in merged}
    return [merged.get(id(m), m) for m in mentions
            if id(m) not in dropped and (id(m) in merged or (m.start, m.end) not in spans)]


def _links_exactly(prepared: Prepared, start: int, end: int, links: frozenset[str]) -> bool:
    """The words [start, end) are one link, articles after it aside."""
    tokens, stopwords = prepared.tokens, prepared.pack.stopwords
    while end > start and tokens[end - 1].norm in stopwords \
            and " ".join(t.norm for t in tokens[start:end]) not in links:
        end -= 1
    return " ".join(t.norm for t in tokens[start:end]) in links
