"""A village the gazetteer lacks, told with what locates it in the Slavic genitive or after a
settlement word: "село Тихе-Поле Запорізького району", "село Зелена Балка-Друга поблизу
Гуляйполя", "в Купянском районе".

The news names such villages by their own name, then the raion, the oblast or a town nearby.
The first word of the village's name may be a town elsewhere (Zelena in Chernivtsi oblast, Tychy
in Poland): it is not read as that town. A town's adjective before a district word names the
rural district whose seat the town is, not one of a city's quarters, when a village is told
right before it or the town is too small to have quarters of its own; the event is then near
the seat (geo_precision 2).
"""

from __future__ import annotations

from collections.abc import Callable

from ...geo.gazetteer import Place
from ...packs.vocabulary import PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from .readings import Candidate
from .roles import SentenceRoles
from .surroundings import district_of_a_city_before
from .words import PlaceWords


def opens_an_unknown_village(words: PlaceWords, lookup: Callable[[str], tuple[Place, ...]], tokens: list[Token],
                             start: int, end: int, starts: set[int], text: str, roles: SentenceRoles) -> bool:
    """A known name right after a settlement word that is only the first part of a longer name
    the gazetteer lacks: the next word is capitalised and joined to it by a hyphen, or is no
    name of its own ("село Тихе-Поле", "село Зелена Балка-Друга", "the village of Ouro
    Gueladjo"); not a known name or a province or a district told after it ("Kafr Nabl Idlib",
    "Золочів Харківської області", "Махновка Суджанского района")."""
    first = tokens[0].index
    after = end - first
    if not words.cased or not text or after >= len(tokens) or not roles.settlement(start):
        return False
    following = tokens[after]
    gap = text[tokens[after - 1].end:following.start]
    if not following.upper or following.is_digit or gap not in ("-", " "):
        return False
    areas = words.admin_words | words.subdivisions
    if gap == " " and (following.index in starts or following.norm in words.not_places
                       or following.norm in words.place_nouns or following.norm in areas
                       or after + 1 < len(tokens) and tokens[after + 1].norm in areas):
        return False  # "село Махновка Суджанского района": the raion the village is in
    run = [t.norm for t in tokens[start - first:after + 1]]
    return not lookup(" ".join(run))


def district_holders(found: list[Candidate], roles: SentenceRoles, tokens: list[Token]) -> list[Candidate]:
    """The names that may hold a district told after them: not one a village word introduces,
    nor a later word of that village's name ("село Тихе-Поле Запорізького району": a village of
    the raion, not a town of quarters, nor Polle)."""
    first = tokens[0].index

    def of_a_village(start: int) -> bool:
        return any(c.label == PlaceWord.SETTLEMENT and 0 <= start - c.end < T.UNKNOWN_NAME_WORDS
                   and all(t.upper for t in tokens[c.end - first:start - first + 1]) for c in roles.cues)

    return [c for c in found if not of_a_village(c[0])]


def raion_of_its_seat(words: PlaceWords, tokens: list[Token], start: int, after: int, places: tuple[Place, ...],
                      found: list[Candidate], roles: SentenceRoles, of_a_town: bool) -> bool:
    """"село Вишнева Роща Куп'янського району", "в Купянском районе": a town's adjective with its
    district word right after it names the rural district whose seat the town is, when a village
    is told just before it (a city's quarters hold no villages) or the town is too small to have
    quarters of its own (a big city's "Київський район" is Kharkiv's or Kyiv's, left to the
    checks that follow); not a list of a city's quarters ("в Киевском и Слободском районах
    города"), nor one told after a city or before a town word (``of_a_town``)."""
    towns = [p for p in places if p.kind == "city"]
    first = tokens[0].index
    told = tokens[after - 1].norm in words.subdivisions \
        or after < len(tokens) and tokens[after].norm in words.subdivisions
    areas = bool(towns) or any(p.kind == "admin2" for p in places)
    if not told or not areas or of_a_town or start > first and tokens[start - 1 - first].norm in words.subdivisions \
            or district_of_a_city_before(district_holders(found, roles, tokens), start):
        return False
    village = any(c.label == PlaceWord.SETTLEMENT and 0 < start - c.end <= T.UNKNOWN_NAME_WORDS
                  and all(t.upper for t in tokens[c.end - first:start - first]) for c in roles.cues)
    return village or bool(towns) and max(p.population for p in towns) < T.BIG_TOWN_POPULATION


def told_a_village(words: PlaceWords, tokens: list[Token], start: int, end: int, roles: SentenceRoles) -> bool:
    """A name told as a settlement's: a settlement word before it ("the village of X", "село X")
    or a settlement noun right after it ("X village", "X town"); its province told next then says
    which of its namesakes it is, or that the gazetteer lacks it there (:mod:`.qualified`)."""
    after = end - tokens[0].index
    noun = after < len(tokens) and not tokens[after].upper and len(tokens[after].norm) > 3 \
        and tokens[after].norm in words.place_nouns and tokens[after].norm not in words.admin_words \
        and tokens[after].norm not in words.subdivisions
    return noun or roles.settlement_named(start)
