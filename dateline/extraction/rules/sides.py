"""Whose dead a figure counts and how the counts of several groups make one toll.

ACLED counts the dead of every side of an event: groups a casualty word counts together ("four
soldiers and two militiamen"), figures of one kind joined by a conjunction ("deux soldats tués et
une dizaine de terroristes neutralisés") and figures that each count another party add up;
figures of one party, or of no named party, are reports of one toll (:mod:`.numbers` reads them).
"""

from __future__ import annotations

from ...actors.kb import ActorRef
from ...prepare.tokens import Token
from .. import tuning as T
from .figures import Figure, Number


def side_of(number: Number, parties: dict[int, ActorRef], partitives: dict[int, int] | None = None) -> str:
    """The party whose dead a number counts, from the noun right after it ("six soldiers", "nine
    militants", "four civilians"), or after a partitive (where each starts and ends: "three of
    the attackers", "tres de los atacantes"): the state's forces, civilians, or an armed group."""
    after = (partitives or {}).get(number.end, number.end)
    ref = parties.get(after) or parties.get(after + 1)
    return "" if ref is None else party_of(ref)


def sides_summed(figures: list[Figure]) -> list[Figure]:
    """ACLED counts the dead of every side: figures of one sentence that each count a different
    party ("six soldiers were killed …, and nine militants were killed") add up, wherever they
    stand; figures of one party or of no named party are other reports of one toll."""
    sides = [f.side for f in figures]
    if len(figures) < 2 or "" in sides or len(set(sides)) < len(sides):
        return figures
    first, last = min(f.start for f in figures), max(f.end for f in figures)
    return [Figure(sum(f.value for f in figures), first, last, any(f.at_least for f in figures),
                   any(f.vague for f in figures))]


def both_sides(figures: list[Figure], joined: set[int]) -> list[Figure]:
    """ACLED counts the dead of every side of an event: "deux soldats tués et une dizaine de
    terroristes neutralisés" is 12. Figures of one kind told one after the other, joined by a
    conjunction, add up; others stay apart (the smallest is the conservative one)."""
    merged: list[Figure] = []
    for figure in sorted(set(figures), key=lambda f: (f.start, f.end)):
        last = merged[-1] if merged else None
        if last is not None and 0 < figure.start - last.end <= T.BOTH_SIDES_WINDOW \
                and joined.intersection(range(last.end, figure.start)):
            merged[-1] = Figure(last.value + figure.value, last.start, figure.end, last.at_least or figure.at_least,
                                last.vague or figure.vague)
            continue
        merged.append(figure)
    return merged


def coordinated(number: Number, numbers: list[Number], joined: set[int], counted: set[int],
                 word: int = -1) -> Number:
    """"killing four soldiers and two militiamen": ACLED adds the groups a casualty word
    counts together, joined by a conjunction right before the next number, unless either
    counts a word of its own ("four killed and two wounded", "41 detenidos y tres heridos").
    The casualty ``word`` the figure is read for is no word of the next group's own: the last
    of the groups it counts stands before it ("un hombre y su esposa fueron asesinados" is two)."""
    total = number
    for other in numbers:  # after the figure
        if other.start < total.end:
            continue
        if not _joined_to(other.start, other.start - total.end, joined) or _counts_its_own(other, counted - {word}) \
                or counted.intersection(range(total.end, other.start + 1)):  # "قتيل وجريحين": its own word
            break
        total = Number(total.value + other.value, total.start, other.end, total.at_least)
    for other in reversed(numbers):  # before it: "four soldiers and two militiamen were killed"
        if other.end > total.start:
            continue
        if not _joined_to(total.start, total.start - other.end, joined) \
                or counted.intersection(range(other.start - 2, total.start)):  # "killed four and two were hurt"
            break
        total = Number(total.value + other.value, other.start, total.end, total.at_least)
    return total


def determiners_after_conjunctions(tokens: list[Token], conjunctions: frozenset[str],
                                    determiners: frozenset[str]) -> set[int]:
    """Determiners right after a conjunction, or after another such ("a man and his three sons",
    "una mujer y sus dos hijos", "the driver and the two passengers", "al conductor y a los dos
    pasajeros"): the people a victim is told with are counted beside them, so the determiners
    join the counts as the conjunction before them does."""
    found: set[int] = set()
    for k, t in enumerate(tokens):
        if k and t.norm in determiners and (tokens[k - 1].norm in conjunctions or tokens[k - 1].index in found):
            found.add(t.index)
    return found


def _joined_to(start: int, gap: int, joined: set[int]) -> bool:
    """Whether a number starting at ``start``, ``gap`` words after the figure before it, is joined
    to it by a conjunction: one word of its own before it ("four soldiers and two militiamen") or
    glued to the number word itself ("جندي ومدنيان": a soldier and two civilians)."""
    if start - 1 in joined and 1 <= gap <= T.JOINED_FIGURES_WINDOW:
        return True
    return start in joined and 0 <= gap < T.JOINED_FIGURES_WINDOW


def _counts_its_own(number: Number, counted: set[int]) -> bool:
    """Whether a casualty word of its own follows the number in its clause ("and two wounded");
    a comma ends the clause ("14 women and one man, and 15 were wounded")."""
    return not number.before_pause and any(number.end <= start <= number.end + 3 for start in counted)


def party_of(ref: ActorRef) -> str:
    """The party an actor word names, in the terms of :func:`side_of`."""
    if ref.category in ("military", "police", "government") or (ref.category == "named" and ref.inter == 1):
        return "state"
    if ref.category == "civilians":
        return "civilians"
    return ref.side() if ref.category == "named" else "armed" if ref.armed or ref.category == "group" else ""


def one_party(a: str, b: str) -> bool:
    """Two sides one party: the same, or a named armed group and armed men told generically
    ("three NPA rebels were killed", then "the bodies of three rebels were recovered")."""
    return a == b or ("armed" in (a, b) and not {a, b} & {"state", "civilians", ""})


def speakers(cues: list[tuple[int, int]], actors: list[tuple[int, int, ActorRef]]) -> dict[tuple[int, int], str]:
    """The party that speaks through each reporting verb (where it starts and ends): the actor
    word right before it ("the RSF said", "les FSR ont affirmé"), else right after it, an
    article between ("erklärte die Armee"). A verb with no actor beside it has no speaker."""
    found: dict[tuple[int, int], str] = {}
    for start, end in cues:
        beside = [ref for s, e, ref in actors if e == start] + [ref for s, e, ref in actors if s in (end, end + 1)]
        party = next((p for ref in beside if (p := party_of(ref))), "")
        if party:
            found[(start, end)] = party
    return found


def competing_accounts(figures: list[Figure], told_by: dict[tuple[int, int], str]) -> list[Figure]:
    """Each side's count of the other side's dead, each told by its own party ("the army said it
    killed 30 RSF fighters, while the RSF said 50 soldiers died"), are rival accounts of one fight,
    not victims to add: ACLED keeps the most conservative, the lower. Counts one speaker gives,
    or a party's count of its own dead ("the rebels said they lost two fighters"), stay apart
    and add up as before."""
    if len(figures) < 2 or len(told_by) < 2:
        return figures
    accounts: list[tuple[Figure, str]] = []
    for figure in figures:
        cue = min(told_by, key=lambda c: min(abs(figure.start - c[1]), abs(c[0] - figure.end)))
        speaker = told_by[cue]
        if not figure.side or one_party(speaker, figure.side):
            return figures  # a count of nobody's in particular, or of the speaker's own dead
        accounts.append((figure, speaker))
    rivals = {speaker for _, speaker in accounts}
    sides = {figure.side for figure, _ in accounts}
    if len(rivals) < 2 or len(sides) < 2:
        return figures
    return [min(figures, key=lambda f: f.value)]


def sentence_speaker(cues: list[tuple[int, int]], actors: list[tuple[int, int, ActorRef]]) -> str:
    """The one party whose account a sentence tells ("The rebels said they killed 18 soldiers"),
    or "" when it names none or several."""
    parties = set(speakers(cues, actors).values())
    return parties.pop() if len(parties) == 1 else ""


def rival_accounts(speaker: str, side: str, other_speaker: str, other_side: str) -> bool:
    """Whether two counts are each party's count of its enemy's dead, told by the two parties:
    rival accounts of one fight (:func:`competing_accounts`)."""
    return bool(speaker and other_speaker and side and other_side) and not one_party(speaker, other_speaker) \
        and not one_party(speaker, side) and not one_party(other_speaker, other_side) \
        and not one_party(side, other_side)
