"""Names told one after the other: a town and its province ("Tame, Arauca", "Nikopol,
Dnipropetrovsk region"), or a list of towns ("hit Kyiv, Odesa and Kharkiv") or of provinces
("the Kharkiv, Sumy and Poltava regions"). The resolver reads a name after a comma as the area
of the one before only when no list goes on after it."""

from __future__ import annotations

from collections.abc import Callable, Set

from ...geo.gazetteer import Place
from ...normalize import COMMAS
from ...packs.vocabulary import HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .readings import Candidate


def after_comma_of(found: list[Candidate], start: int, tokens: list[Token], text: str,
                   conjunctions: Set[str]) -> bool:
    """"Tame, en Arauca": a name right after another one and a comma names its area; not
    after a country's name, which has no area but itself ("المدعومة من رواندا، في الدوحة"), nor
    inside a list that goes on ("hit Kyiv, Odesa and Kharkiv", "Sumy, Poltava, Dnipro")."""
    first = tokens[0].index
    previous = [f for f in found if f[1] <= start and start - f[1] <= 2]
    if not previous or not text or all(p.kind == "country" for p in previous[-1][3]):
        return False
    gap = text[tokens[previous[-1][1] - 1 - first].end:tokens[start - first].start]
    if not COMMAS.intersection(gap):
        return False
    end = next((e for s, e, _k, _ps in found if s == start), start + 1)
    return next_in_list(found, end, tokens, text, conjunctions) is None


def next_in_list(found: list[Candidate], end: int, tokens: list[Token], text: str,
                 conjunctions: Set[str]) -> int | None:
    """The end of the name that follows the one ending at ``end`` in a list (a comma or a
    conjunction between), or None."""
    first = tokens[0].index
    nxt = next(((s, e) for s, e, _k, _ps in found if end <= s <= end + 1), None)
    if nxt is None or nxt[0] - first >= len(tokens) or not text:
        return None
    if nxt[0] == end + 1:
        return nxt[1] if tokens[end - first].norm in conjunctions else None
    return nxt[1] if COMMAS.intersection(text[tokens[end - 1 - first].end:tokens[nxt[0] - first].start]) else None


def list_of_provinces(found: list[Candidate], end: int, tokens: list[Token], text: str, hits: list[Hit],
                      conjunctions: Set[str]) -> bool:
    """Whether the name ending at ``end`` opens or continues a list closed by a province word
    ("the Kharkiv, Sumy and Poltava regions", "Херсонської, Запорізької та Донецької областей"):
    each name of it is a province."""
    last = end
    for _ in range(T.TARGET_LIST_WORDS):
        nxt = next_in_list(found, last, tokens, text, conjunctions)
        if nxt is None:
            break
        last = nxt
    return last != end and any(h.kind == HitKind.PLACE and h.label == PlaceWord.ADMIN and h.start == last
                               for h in hits)


def elided_area(lookup: Callable[[str], tuple[Place, ...]], admin_word: Callable[[str], bool],
                tokens: list[Token], i: int, blocked: Set[int], found: list[Candidate]) -> Candidate | None:
    """"23 сбиты над Брянской областью, 11 — над Орловской, шесть — над Калужской": a tally by
    province writes the province word once and drops it after; a capitalised word the sentence
    left bare, read with the province word of a province named before it, is a province of the
    same country when it agrees with the province named before (the same case ending) and the
gazetteer knows that name (else None). Without it the bare adjective
    reads as a look-alike town ("Орловской": Orlov, far from Oryol). Province names that are
adjectives are the Slavic languages' (the finder asks only for Cyrillic words): "Kherson
Oblast: ... the city of Kherson" names the town."""
    token = tokens[i]
    if token.index in blocked or not token.upper or token.is_digit:
        return None
    for _start, _end, key, places in reversed(found):
        words = key.split()
        countries = {p.country_code for p in places if p.kind == "admin1"}
        if len(words) < 2 or not countries or not admin_word(words[-1]):
            continue
        if token.norm == words[0] or token.norm[-T.AGREEING_LETTERS:] != words[0][-T.AGREEING_LETTERS:]:
            return None  # "Брянской области ... в Белгороде": a town, not the province's adjective
        named = f"{token.norm} {words[-1]}"
        provinces = tuple(p for p in lookup(named) if p.kind == "admin1" and p.country_code in countries)
        return (token.index, token.index + 1, named, provinces) if provinces else None
    return None


_LIST_COMMAS = frozenset("،,")


def in_a_comma_list(cased: bool, tokens: list[Token], i: int, text: str, found: list[Candidate]) -> bool:
    """Arabic script (no capitals, ``cased`` false): a word inside a list of names a comma apart
    that a known place opens ("شملت: كايس، ساندري، نيورو، جوجي"): a comma before it and after it,
    and known places or such words back to the list's first."""
    if cased or not found or not text or i + 1 >= len(tokens):
        return False

    def comma(left: int) -> bool:
        return bool(_LIST_COMMAS.intersection(text[tokens[left].end:tokens[left + 1].start]))

    if not comma(i):
        return False
    j = i - 1
    while j >= 0 and i - j <= T.COMMA_LIST_WORDS and comma(j):
        if found[-1][1] == tokens[j].index + 1:
            return True
        j -= 1
    return False


def list_after_province_word(found: list[Candidate], start: int, tokens: list[Token], text: str, hits: list[Hit],
                             conjunctions: Set[str]) -> bool:
    """Whether the name starting at ``start`` goes on a list opened by a province word ("les
    régions de Belgorod, Briansk et Koursk", "über den Regionen Belgorod, Brjansk und Kursk",
    "مقاطعات بيلغورود وبريانسك وكورسك"): each name of it is a province, as each name of a list
    the word closes is (:func:`list_of_provinces`); its first name, which has the word beside
    it, too."""
    ends = {s: e for s, e, _k, _ps in found}
    head = start
    for _ in range(T.TARGET_LIST_WORDS):
        end = ends.get(head)
        before = next((s for s, e, _k, _ps in found if e <= head and end is not None
                       and next_in_list(found, e, tokens, text, conjunctions) == end), None)
        if before is None:
            break
        head = before
    listed = head != start or (
        start in ends and next_in_list(found, ends[start], tokens, text, conjunctions) is not None)
    return listed and any(h.kind == HitKind.PLACE and h.label == PlaceWord.ADMIN
                          and head - T.ADMIN_WINDOW <= h.end <= head for h in hits)
