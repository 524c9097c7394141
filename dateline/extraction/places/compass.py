"""Province names told with a compass word, as each language tells them ("Nord-Darfour",
"nordsyrien", "Kivu del Norte", "Северном Кордофане"), read as the sources name them
("North Darfur"), and names read another way kept only when they are well known."""

from __future__ import annotations

import re

from ...geo.gazetteer import Gazetteer, Place, latin_spelling
from ...geo.keys import query_keys
from ...normalize import fold_key
from ...prepare.tokens import Token
from .. import tuning as T
from .words import PlaceWords

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GENITIVE_KINDS = frozenset({"country", "admin1", "region"})  # known enough to be named in the genitive


def in_english_compass(words: PlaceWords, compass: frozenset[str], key: str) -> list[str]:
    """``key`` with the compass word opening it in English ("nord darfur", "sudkordofan" ->
    "north darfur", "south kordofan"): German writes a province's position its own way; a
    glued one also without it ("nordsyrien": the north of Syria, in Syria); Russian declines
    it as an adjective before a name it spells in Cyrillic ("северном кордофане": "north
    kordofan"). ``compass``: the pack's compass words, made once by the caller."""
    for word, english in words.compass_words:
        if not key.startswith(word):
            continue
        rest = key[len(word):].strip()
        if rest.split(" ")[0] in compass:
            continue  # "nordwest" is no province "west" of anything
        if key.startswith(word + " "):
            if _CYRILLIC.search(rest):  # "Северном Кордофане": the rest known by its Latin name only
                return [f"{english} {rest}", *(f"{english} {latin_spelling(v)}" for v in query_keys(rest))]
            return [f"{english} {rest}"]
        if len(rest) > T.GENITIVE_STEM_LETTERS and " " not in key:
            return [f"{english} {rest}", rest]  # "Nordkivu"; else "Nordsyrien" is in Syria
    return []


def compass_follows(words: PlaceWords, tokens: list[Token], i: int) -> bool:
    """Whether a compass word closing a province's name follows the word ``i`` ("Darfur del Sur")."""
    compass_after = words.compass_after  # most languages tell a province's position before it
    if not compass_after or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].norm
    for phrase, _english in compass_after:  # a phrase opens with the next word, or it does not follow
        if phrase.startswith(following) and \
                " ".join([t.norm for t in tokens[i + 1:i + 2 + phrase.count(" ")]]) == phrase:
            return True
    return False


def compass_after(words: PlaceWords, key: str) -> list[str]:
    """``key`` with the compass word closing it put first, in English ("kivu del norte",
    "shabelle medio" -> "north kivu", "middle shabelle"): Spanish tells a province's position
    after its name, the sources before it."""
    for phrase, english in words.compass_after:
        rest = key[: -len(phrase)].strip() if key.endswith(" " + phrase) else ""
        if rest and rest.split(" ")[-1] not in words.particles:
            return [f"{english} {rest}"]
    return []


def respelled(gazetteer: Gazetteer, names: list[str]) -> list[str]:
    """"north darfour" -> "north darfur": the compass word before the sources' own spelling of
    the rest of the name (a region or a province they know by another spelling)."""
    return [f"{name.split(' ')[0]} {fold_key(p.name)}" for name in names
            for p in gazetteer.lookup_key(name.split(" ", 1)[-1]) if p.kind in ("region", "admin1")]


def well_known(gazetteer: Gazetteer, *names: str) -> tuple[Place, ...]:
    """The countries, provinces and big towns the first of ``names`` that finds one names:
    a name read another way (without its genitive ending) must not turn a common word
    into some village."""
    for name in names:
        found = tuple(p for variant in query_keys(name) for p in gazetteer.lookup_key(variant)
                      if p.kind in _GENITIVE_KINDS or p.population >= T.BIG_TOWN_POPULATION)
        if found:
            return tuple({p.id: p for p in found}.values())
    return ()
