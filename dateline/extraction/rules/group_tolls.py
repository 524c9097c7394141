"""An event's casualty figure from the frames that tell it: the lead's toll, a precise figure
over a vague one, an update over both, the whole a part belongs to, and the dead of every side
of a fight added up (ACLED's conventions; docs/annotation-guide.md)."""

from __future__ import annotations

from dataclasses import replace

from ...packs.vocabulary import Cue, HitKind
from .act_totals import part_of_total
from .context import SentenceView
from .figures import Figure
from .frames import Frame
from .grouping import Group
from .sides import one_party, rival_accounts, sentence_speaker

_SPEAKING = (Cue.ATTRIBUTION, Cue.CLAIM)  # the verbs a party's own account is told by


def event_figure(group: Group, name: str, lead_a_total: bool = False) -> Figure | None:
    """The toll of the sentence that reports the whole event (the lead), not the smallest
    number of any sentence merged into it ("One of the victims was a councillor", "troops later
    shot dead two accomplices"); when the lead gives none, the first report that does (a later
    one counts a part: "four policemen were among the dead"). A precise figure beats a vague one
    ("dozens" against "27"), and a lower bound ("more than 20") the exact figure within it ("22");
    a figure another report gives as a part of its own ("eight wounded, including four children")
    yields to that whole; a toll said to have risen ("the toll rose to 18") replaces them all, the
    highest update winning. A detail sentence's figures count only where the event's own
    sentences give none, or only a vague one. A lead that counts several acts gives their total
    (``lead_a_total``): the smaller toll of the event's other sentences is its own (:mod:`.act_totals`)."""
    if lead_a_total:
        whole = event_figure(group, name)
        acts = [f for f in group.frames if f is not group.lead and f.detail_of is None]  # not "three of them"
        if not acts:
            return whole
        return part_of_total(whole, lambda: event_figure(replace(group, frames=acts), name)) or whole
    here = group.lead.place.place.id if group.lead.place is not None else None
    # in text order, the reports of the lead's own place first ("four killed in Kostiantynivka",
    # then "a man wounded in Druzhkivka" merged beside it)
    frames = sorted(group.frames, key=lambda f: (f.place is None or f.place.place.id != here
                                                 or (f.place_inherited and f is not group.lead), f.view.sentence.index))
    every: list[Figure] = [figure for f in frames if (figure := getattr(f.figures, name)) is not None]
    updates = [f for f in every if f.updated]
    if updates:
        return max(updates, key=lambda f: f.value)
    # the attackers' own count ("claimed the attack, saying it killed fifteen soldiers") is a claim
    own = [getattr(f.figures, name) for f in frames if f.detail_of is None
           and (f is group.lead or not f.view.has(HitKind.CUE, Cue.CLAIM))]
    lead: Figure | None = getattr(group.lead.figures, name) if group.lead.detail_of is None else None
    told = _reported(lead, [f for f in own if f is not None])
    if told is not None and told is lead and group.lead.view.has(HitKind.CUE, Cue.CLAIM):
        told = _claim_checked(told, frames, group.lead, name)
    details = [getattr(f.figures, name) for f in frames if f.detail_of is not None]
    counted = [f for f in details if f is not None and f.value > 0]  # "nobody was hurt by the debris" is a part
    # "more than 20" hurt, then "22 were hurt, the mayor said"; not a floor ("at least 20")
    if told is not None and told.at_least and not told.floor:
        within = [f for f in counted if not f.vague and not f.at_least and f.value >= told.value]
        told = min(within, key=lambda f: f.value) if within else told
    if told is not None and not told.vague:
        told = _summary_floor(told, group, name)
        return _more_added(_other_sides_added(_whole_of(told, every), frames, name), frames, name)
    precise = [f for f in counted if not f.vague]
    found = _reported(None, precise) or told or _reported(None, counted) or _reported(None, [
        f for f in details if f is not None])
    return _more_added(_other_sides_added(_whole_of(found, every), frames, name), frames, name) \
        if found is not None else None


def _claim_checked(lead: Figure, frames: list[Frame], told: Frame, name: str) -> Figure:
    """A lead that is the attackers' claim ("Islamic State claimed the attack, saying it killed 20
    soldiers") yields to a lower count of the same dead that no claim tells ("The army said seven
    soldiers died"): ACLED's most conservative figure of one toll."""
    if not lead.side:
        return lead
    lower = [other for f in frames if f is not told and not f.view.has(HitKind.CUE, Cue.CLAIM)
             and (other := getattr(f.figures, name)) is not None and one_party(other.side, lead.side)
             and not other.vague and 0 < other.value < lead.value]
    return min(lower, key=lambda f: f.value) if lower else lead


def _more_added(figure: Figure, frames: list[Frame], name: str) -> Figure:
    """Victims of another party a detail sentence says are more of them ("100 policemen were
    hurt", then "20 civilians were also hurt"): ACLED's figure is the sum; a restatement of the
    same party, or a figure without its "also", is one report of the same toll, and a toll the
    event's own sentence gives is its whole ("64 dead", then "four residents also died")."""
    told = next((f for f in frames if getattr(f.figures, name) is figure), None)
    if not figure.side or told is None or told.detail_of is None:
        return figure
    told_in = told.view
    more = [other for f in frames if f.detail_of is not None and f.view is not told_in
            and f.view.has(HitKind.CUE, Cue.MORE) and (other := getattr(f.figures, name)) is not None
            and other.side not in ("", figure.side) and other.value > 0 and not other.vague]
    if not more:
        return figure
    return replace(figure, value=figure.value + sum(other.value for other in more), side="", parts=())


def _other_sides_added(figure: Figure, frames: list[Frame], name: str) -> Figure:
    """ACLED counts the dead of every side: a toll that counts one party ("a dozen terrorists
    were neutralised") and another report of the event counting another party ("two soldiers
    fell") add up, as they do within one sentence; two counts of one party are two reports of
    one toll. Only the dead of the armed sides of a fight: the wounded of one side are often all
    a report gives, and "people" or "civilians" counted twice are two reports of one toll."""
    if name != "killed" or figure.side in ("", "civilians"):
        return figure
    told_in = next((f.view for f in frames if getattr(f.figures, name) is figure), None)
    speaker = _speaker(told_in) if told_in is not None else ""
    others: dict[str, int] = {}
    rivals: list[int] = []  # the other party's account of the same fight: the lower of the two stands
    for frame in frames:
        other = getattr(frame.figures, name)
        if other is None or frame.view is told_in or other.side in ("", "civilians") \
                or one_party(other.side, figure.side) \
                or other.value <= 0 or other.vague or frame.view.has(HitKind.CUE, Cue.CLAIM):
            continue
        if rival_accounts(speaker, figure.side, _speaker(frame.view), other.side):
            rivals.append(other.value)
            continue
        others[other.side] = min(others.get(other.side, other.value), other.value)  # the lower of one party's
    if not others and not rivals:
        return figure
    return replace(figure, value=min([figure.value, *rivals]) + sum(others.values()), side="", parts=())


def _speaker(view: SentenceView) -> str:
    """The one party whose account a sentence tells, if any (:func:`.sides.sentence_speaker`)."""
    return sentence_speaker([(h.start, h.end) for h in view.of(HitKind.CUE) if h.label in _SPEAKING],
                            [(h.start, h.end, h.actor) for h in view.of(HitKind.ACTOR)])


def _whole_of(figure: Figure, figures: list[Figure]) -> Figure:
    """The whole a figure is a part of ("four children wounded", then "eight wounded, including
    four minors": eight)."""
    wholes = [f for f in figures if figure.value in f.parts and f.value > figure.value and not f.vague]
    return min(wholes, key=lambda f: f.value) if wholes else figure


def _summary_floor(told: Figure, group: Group, name: str) -> Figure:
    """"At least 116 people were killed" in the story's opening paragraph, then the lead's "the
    strikes killed 71" further down: the opening's floor, told before the lead, sums up the
    event (a later strike added dead), so an exact count below it is a part; the floor is the toll."""
    if told.at_least or told.vague or group.lead.view.sentence.paragraph == 0:
        return told
    floors = [figure for f in group.frames if f.view.sentence.paragraph == 0
              and not f.view.has(HitKind.CUE, Cue.CLAIM) and (figure := getattr(f.figures, name)) is not None
              and figure.floor and not figure.vague and figure.value > told.value]
    return min(floors, key=lambda f: f.value) if floors else told


def _reported(lead: Figure | None, figures: list[Figure]) -> Figure | None:
    """The event's figure among several reports of it, in the order they are told (see
    :func:`event_figure`): the lead's, else the first report's."""
    if not figures:
        return None
    precise = [f for f in figures if not f.vague] or figures  # "dozens" yields to "27"
    if lead is None or lead not in precise:
        return precise[0]
    if lead.at_least and not lead.floor:  # "more than 20" and "22": the exact figure within the bound;
        # "at least 11" and another source's 16: the floor, ACLED's conservative figure
        within = [f for f in precise if not f.at_least and f.value >= lead.value]
        return min(within, key=lambda f: f.value) if within else lead
    return lead
