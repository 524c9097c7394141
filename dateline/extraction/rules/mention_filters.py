"""Filters over a sentence's actor mentions: whose unit an army word names ("a police
checkpoint", "a convoy of Russian troops", "positions of Hezbollah"), a named group over a
generic word, the longest name, a side's weapon adjectives, the allies named after a side,
a country named as an attack's author in a genitive language, the words that are a side of
some acts only (a government word, a party), and a faction named after its movement."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...actors.kb import actor_table
from ...actors.roles import ActorMention
from ...normalize import breaks_clause
from ...packs.vocabulary import Cue, EventWord, HitKind
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .context import SentenceView

if TYPE_CHECKING:
    from .mentions import ActorMentions


def posts_of_their_force(actors: ActorMentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """"a police checkpoint", "un poste de police", "пост полиции": a post or a patrol (an army
    word of the packs) named with the police is the police's: the noun's owner decides."""
    police = [m for m in mentions if m.ref.category == "police"]
    return [m for m in mentions if not (m.ref.category == "military" and any(
        p.start == m.end or m.start == p.end or actors.genitive_between(m.end, p.start) for p in police))]


def possessed_units(actors: ActorMentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Two policemen were killed when gunmen ambushed their patrol", "deux casques bleus blessés
    au passage de leur convoi": an army word of no country right after a possessive (the pack's
    ``possessives``) is the unit of a force named before it in the sentence, not the army of
    the country; the owner stays the side."""
    tokens, possessives = actors.ctx.prepared.tokens, actors.ctx.prepared.pack.grammar.possessives
    owners = [m for m in mentions if m.ref.armed and m.ref.category != "unidentified"]
    return [m for m in mentions if not (
        m.ref.category == "military" and m.ref.country is None and m.start > 0
        and tokens[m.start - 1].norm in possessives and any(o.end <= m.start - 1 for o in owners))]


def units_of_a_state(actors: ActorMentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """"колонну российских военных", "a convoy of Russian troops", "un convoi de soldats russes":
    an army word of no country right before a state's named forces is their unit, not the army
    of the country where it happened."""
    states = [m for m in mentions if m.ref.category == "military" and m.ref.country is not None]
    return [m for m in mentions if not (m.ref.category == "military" and m.ref.country is None and any(
        n.start == m.end or (n.start > m.end and actors.genitive_between(m.end, n.start)) for n in states))]


def posts_of_named_groups(actors: ActorMentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Stellungen der Hisbollah", "positions of Hezbollah", "fighters of the Wagner group": an
    army word of no country owned by a named armed group is that group's, not the state's; so is
    one right before or after the group's name ("Houthi positions", "des positions houthies"),
    in a language whose sentences do not open with their verb (in Arabic two nouns side by side
    may be two sides: "القوات الحكومية ومسلحي الحوثي")."""
    named = [m for m in mentions if m.ref.category == "named" and m.ref.armed]
    beside = not actors.ctx.prepared.pack.grammar.verb_initial
    return [m for m in mentions if not (m.ref.category == "military" and m.ref.country is None and any(
        (n.start > m.end and actors.genitive_between(m.end, n.start))
        or (beside and (n.start == m.end or n.end == m.start)) for n in named))]


def named_over_generic(mentions: list[ActorMention]) -> list[ActorMention]:
    """"combattants de l'État islamique au Sahel", "Islamic State fighters": the fighters are
    the named group's, not an unidentified armed group."""
    named = [m for m in mentions if m.ref.category == "named"]
    return [m for m in mentions if not (m.ref.category == "unidentified" and any(
        0 <= n.start - m.end <= 2 or n.end == m.start for n in named))]


def outermost_mentions(mentions: list[ActorMention]) -> list[ActorMention]:
    """The longest names: "la coalición" is a word of "coalición de pandillas Viv Ansanm"."""
    kept: list[ActorMention] = []
    for mention in sorted(mentions, key=lambda m: -(m.end - m.start)):
        if any(k.start < mention.end and mention.start < k.end for k in kept):
            continue
        kept.append(mention)
    return kept


def weapon_adjectives(view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
    """"атаки армейского параплана", "військовий літак скинув": an armed side's adjective right
    before a weapon word says whose weapon it is, so that side acts (also after an attack noun
    whose genitive would otherwise be its target)."""
    weapons = {h.start for h in view.of(HitKind.WEAPON)}
    return [replace(m, ref=replace(m.ref, instrument=True)) if m.ref.armed and m.end in weapons
            and m.end - m.start == 1 else m for m in mentions]


def attack_by_country(view: SentenceView, place: PlaceMention, genitive: frozenset[str]) -> bool:
    """"атаки Пакистану", "удара Израиля": in a language whose genitive is a case, not a
    preposition (no pack ``genitive`` words), a country right after an attack or strike noun is
    whose attack it was (a target takes a preposition: "удар по Харкову", "атака на Киев")."""
    return not genitive and place.place.kind == "country" and any(
        h.end == place.start and h.label in (EventWord.ATTACK, EventWord.STRIKE) for h in view.of(HitKind.EVENT))


def without_allies(view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Somali troops backed by clan militias recaptured the town": the helpers named right
    after a side and its ally cue are no side of the act (ACLED's associated actors); the side
    before the cue keeps the role the nearest actor would otherwise take from it."""
    cues = view.of(HitKind.CUE, Cue.ALLY)
    if not cues:
        return mentions
    helpers = {m.start for m in mentions for cue in cues
               if 0 <= m.start - cue.end <= T.ALLY_WINDOW
               and any(0 <= cue.start - other.end <= 1 for other in mentions if other is not m)}
    return [m for m in mentions if m.start not in helpers]


def joined_victims(actors: ActorMentions, mentions: list[ActorMention], casualties: set[int],
                   acts: set[int]) -> list[ActorMention]:
    """"Three soldiers and a policeman were wounded", "deux soldats et un civil ont été tués": a
    side joined by a conjunction to the victims a casualty word counts right after (``casualties``:
    where those words start, no act between, ``acts``) is a victim too, not the act's author."""
    tokens, text = actors.ctx.prepared.tokens, actors.ctx.prepared.doc.text
    conjunctions = actors.ctx.prepared.pack.grammar.conjunctions
    reach = T.VICTIM_WINDOW + T.JOINED_VICTIM_WORDS
    joined = {m.start for m in mentions if not m.victim and m.ref.category != "named" and m.end < len(tokens)
              and tokens[m.end].norm in conjunctions and any(
                  m.end < c <= m.end + reach and not acts.intersection(range(m.end, c))
                  and not breaks_clause(text[tokens[m.end - 1].end:tokens[c].start]) for c in casualties)}
    return [replace(m, victim=True) if m.start in joined else m for m in mentions]


def sides_of_their_acts(mentions: list[ActorMention], trigger: Hit) -> list[ActorMention]:
    """Actor words that are a side of some acts only. A government word that names no country (the
    packs' generic ``government``) is a party to an agreement ("the government and the rebels agreed
    a ceasefire"), the government of the country the event happened in; elsewhere "government
    buildings", "the government said" name no side of a fight. A political party is the group of
    the people an arrest takes ("a leader of the BNP was detained"); its activists in a riot are
    the crowd ("BNP activists clashed with police": rioters), never an armed side."""
    act = trigger.label if trigger.kind == HitKind.EVENT else None
    agreement = act in (EventWord.AGREEMENT, EventWord.EXCHANGE)
    return [m for m in mentions if not (m.ref.category == "government" and m.ref.country is None and not agreement)
            and not (m.ref.party and act != EventWord.ARREST)]


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def named_factions(actors: ActorMentions, mentions: list[ActorMention]) -> list[ActorMention]:
    """"la milice Maï-Maï CMC", "Mai-Mai-Miliz APCLS": a movement of many local factions (``factions``
    in ``data/actors/actors.toml``) named with an acronym right after it is that faction, which
    ACLED codes as "Mai-Mai Militia: CMC". Not an acronym that is an actor of its own."""
    tokens, text = actors.ctx.prepared.tokens, actors.ctx.prepared.doc.text
    table, starts = actor_table(), {m.start for m in mentions}
    named: list[ActorMention] = []
    for m in mentions:
        entry = table.get(m.ref.name) if m.ref.category == "named" else None
        word = text[tokens[m.end].start:tokens[m.end].end] if m.end < len(tokens) else ""
        if entry is not None and entry.factions and m.end not in starts and _ACRONYM.fullmatch(word):
            m = replace(m, end=m.end + 1, ref=replace(m.ref, name=f"{entry.name}: {word}"))
        named.append(m)
    return named


def sides_named(actors: ActorMentions, view: SentenceView, mentions: list[ActorMention],
                trigger: Hit) -> list[ActorMention]:
    """The sentence's mentions less the allies named after a side, less the words that are a side
    of other acts only, with factions named after their movement."""
    return named_factions(actors, sides_of_their_acts(without_allies(view, mentions), trigger))
