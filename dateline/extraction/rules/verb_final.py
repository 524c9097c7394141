"""Subjects far from their act word in a verb-final language (German): the participle ends the
clause ("Israel hat am Montag Ziele im Süden Libanons angegriffen"), and a sentence opened by
a time or a place puts its subject right after the finite verb ("Am Abend griff Russland die
Stadt mit Drohnen an"). A country so placed acts; it is not where the act happened.
"""

from __future__ import annotations

from ...actors.roles import ActorMention
from ...normalize import breaks_clause
from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .context import DocContext, SentenceView


def subject_of_a_final_verb(ctx: DocContext, view: SentenceView, place: PlaceMention,
                            according_to: frozenset[str]) -> bool:
    """"Israel hat am Montag Ziele im Süden Libanons angegriffen", "Die Ukraine hat eine Raffinerie
    mit Drohnen angegriffen": in a verb-final language the act word ends the clause, far from the
    country that opens the sentence as its subject. Not a country opened by a locative or a
    source ("Laut Israel"), nor one the passive makes the target ("Israel wurde ... angegriffen")."""
    pack = ctx.prepared.pack
    if not pack.grammar.verb_final:
        return False
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    first = view.sentence.tokens[0].index
    opener = tokens[first].norm if place.start == first + 1 else None
    if place.start != first and (opener is None or opener not in pack.stopwords or opener in according_to):
        return False
    if place.end >= len(tokens) or _passive_after(view, place):
        return False
    triggers = [h.start for h in view.hits if h.kind in TRIGGER_KINDS and h.start > place.end]
    return any(not breaks_clause(text[tokens[place.end - 1].end:tokens[t].start]) for t in triggers)


def inverted_subject(ctx: DocContext, view: SentenceView, place: PlaceMention, places: list[PlaceMention]) -> bool:
    """"Am Abend griff Russland die Stadt Saporischschja mit Drohnen an", "In der Nacht beschoss
    Israel ...": a country right after the act's finite verb, with no actor and no other country
    before that verb (a time or a place opened the sentence), is its subject. "Die Ukraine griff
    Russland an": the country before the verb acts, the one after it was hit."""
    if not ctx.prepared.pack.grammar.verb_final or _passive_after(view, place):
        return False
    verbs = [h for h in view.hits if h.kind in TRIGGER_KINDS and h.start + 1 == place.start]
    if not verbs:
        return False
    verb = verbs[0].start
    return not any(h.kind == HitKind.ACTOR and h.start < verb for h in view.hits) \
        and not any(p.place.kind == "country" and p.start < verb for p in places)


def _passive_after(view: SentenceView, place: PlaceMention) -> bool:
    """"Israel wurde ... angegriffen": a passive word right after the country makes it the target."""
    return any(h.start == place.end for h in view.of(HitKind.CUE, Cue.PASSIVE))


def subject_after_the_verb(ctx: DocContext, mentions: list[ActorMention], predicate: Hit) -> ActorMention | None:
    """"Am Montag griffen Bewaffnete eine Polizeiwache an", "In der Nacht beschoss die russische
    Armee die Stadt": a sentence opened by a time or a place puts its subject right after the
    finite verb (a lower-case act word, where nouns are capitalised). With no actor before that
    verb, the first actor after it, an article or adjectives between at most, is the subject."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    if not ctx.prepared.pack.meta.script.cased or tokens[predicate.start].upper \
            or any(m.start < predicate.start for m in mentions):
        return None
    after = sorted((m for m in mentions if m.start >= predicate.end), key=lambda m: m.start)
    if not after or after[0].start - predicate.end > T.INVERTED_SUBJECT_WORDS:
        return None
    subject = after[0]
    between = range(predicate.end, subject.start)
    if any(tokens[i].upper for i in between) or any(
            breaks_clause(text[tokens[i - 1].end:tokens[i].start]) for i in range(predicate.end, subject.start + 1)):
        return None  # a noun or a comma between: the actor after it is an object
    return subject
