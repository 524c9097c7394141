"""The day of a lead told in the sentence right after it.

Wire copy often opens with the act and its toll but no day ("Bei Drohnenangriffen auf die Stadt
X sind mindestens neun Menschen getötet worden") and gives the day in the next sentence, which
tells no new act: it restates the munition ("Die Drohnen hätten am Sonntagmorgen einen Markt
getroffen"), says what followed on the spot ("On the site a fire broke out early on Sunday") or
that the act took place then ("Die Angriffe hätten sich am Donnerstagabend ereignet"). That day
is the event's: dated by its publication alone, the lead would be a day or more late.
"""

from __future__ import annotations

from dataclasses import replace

from ...actors.roles import Roles
from ...normalize import breaks_clause
from ...packs.vocabulary import SPEECH_CUES, TRIGGER_KINDS, Cue, HitKind
from .. import tuning as T
from ..places import PlaceMention
from .classify import PROJECTILES
from .context import SentenceView
from .frames import Frame, FrameBuilder
from .reference import PUBLICATION_DAY, STATEMENT_DAY
from .sources import spoken_days
from .timex import DAY_KINDS

# a lead dated only by the day it was published or said; one that inherits the day of the
# sentences before it keeps it ("a search operation was launched" after a dated bombing is not
# redated by "the Sunday market" named next)
_UNDATED = frozenset({PUBLICATION_DAY, STATEMENT_DAY})
_COARSE = frozenset({"country", "admin1", "region"})
# a sentence with one of these tells no day of the lead: a sum, an earlier or habitual act,
# something to come, a denial, or what had happened before ("Am Samstag hatte die Armee ...")
_NOT_THE_LEADS_DAY = frozenset({Cue.TALLY, Cue.HISTORICAL, Cue.HABITUAL, Cue.FUTURE, Cue.THREAT, Cue.DENIAL,
                                Cue.PLUPERFECT, Cue.SEQUEL})


def day_after_the_lead(builder: FrameBuilder, view: SentenceView, last: Frame | None,
                       country: str | None = None) -> Frame | None:
    """A detail frame of the lead ``last`` belongs to, on the one day ``view`` gives, when the
    lead has no day of its own and ``view`` follows it closely with no act of its own (no
    event word; a weapon word only when it names the lead's own munition), or None. The one
    place ``view`` names inside the lead's country or province places it too ("Drohnen hätten am
    Montag Stellungen nahe Ansongo getroffen" after strikes "im Norden des Landes"); a lead
    still waiting for its place (``country``: the country it named alone) needs one."""
    if last is None:
        return None
    lead = last.detail_of or last
    # "Die Rakete hatte das Gebäude am Freitag getroffen": the lead's own munition told in the
    # pluperfect (before the statement the lead reports) is the lead's act, not an earlier one
    munition = any(h.kind == HitKind.WEAPON and _restated(h.label, lead.weapons) for h in view.hits)
    not_the_leads = _NOT_THE_LEADS_DAY - {Cue.PLUPERFECT} if munition else _NOT_THE_LEADS_DAY
    if lead.date_reason not in _UNDATED or lead.quoted \
            or view.sentence.index - lead.view.sentence.index > T.LEAD_DAY_SENTENCES \
            or view.sentence.paragraph - lead.view.sentence.paragraph > 1 \
            or view.labels(HitKind.CUE) & not_the_leads:
        return None
    if any(h.kind in TRIGGER_KINDS and not (h.kind == HitKind.WEAPON and _restated(h.label, lead.weapons))
           for h in view.hits):
        return None  # an act of its own, or another weapon: not the lead told again
    spoken = spoken_days(view)
    told = [t for t in view.times if t.kind in DAY_KINDS and t.start not in spoken]
    days = {(t.day, t.precision): t for t in told if not _said_then(builder, view, t.start)}
    if not days and told and lead.place is not None and view.has(HitKind.CASUALTY):
        # "21 weitere seien verletzt worden, teilte das Ministerium am Dienstagabend mit": the
        # figures are the lead's, the day is the report's
        return replace(lead, view=view, place_inherited=True, figures=builder.ctx.figures(view), date_span=None,
                       roles=Roles(None, None, "detail"), claimed_by=None, restates=False, detail_of=lead)
    if len(days) != 1:
        return None  # no day, or several: not one day to give the lead
    first = next(iter(days.values()))
    if first.day > lead.day or (lead.day - first.day).days > T.LEAD_LAG_DAYS:
        return None  # after the report, or too long before it to be the news
    place, inherited = _place_inside(builder, view, lead, country), False
    if place is None:
        if lead.place is None:
            return None  # a lead without its place needs the sentence's
        place, inherited = lead.place, True
    return replace(lead, view=view, place=place, place_inherited=inherited, day=first.day,
                   precision=first.precision, date_span=(first.start, first.end),
                   date_reason=f"{first.kind} in the sentence after the lead", figures=builder.ctx.figures(view),
                   roles=Roles(None, None, "detail"), claimed_by=None, restates=False, detail_of=lead)


def _said_then(builder: FrameBuilder, view: SentenceView, day: int) -> bool:
    """"Das teilte das Verteidigungsministerium in Niamey am Dienstag mit": a day in the clause of
    a reporting word before it is when the report was made, however many words stand between
    (not "Wie die Polizei mitteilte, wurden am Sonntag ...": a comma ends the report's clause)."""
    tokens, text = builder.ctx.prepared.tokens, builder.ctx.prepared.doc.text
    return any(h.label in SPEECH_CUES and h.end <= day and tokens[h.start].norm not in builder.according_to
               and not breaks_clause(text[tokens[h.end - 1].end:tokens[day].start])
               for h in view.of(HitKind.CUE))


def _restated(weapon: str, told: set[str]) -> bool:
    """Whether a weapon word names the lead's munition again: the same word, or a projectile of a
    strike told by another ("Drohnen" after "Luftangriffe")."""
    return weapon in told or (weapon in PROJECTILES and bool(told & PROJECTILES))


def _place_inside(builder: FrameBuilder, view: SentenceView, lead: Frame, country: str | None) -> PlaceMention | None:
    """The one place ``view`` names inside the lead's coarse place (a country, a province, or the
    country of a dateline that alone placed it), or inside ``country`` for a lead not placed yet;
    None when the lead is placed finely already."""
    area = lead.place.place if lead.place is not None else None
    code: str | None
    if lead.place is not None and lead.place.start < 0:  # "BAMAKO (AFP) - ... im Norden des Landes": the
        code, area = lead.place.place.country_code, None  # dateline's town is where the story was filed
    elif area is not None and area.kind not in _COARSE:
        return None
    else:
        code = area.country_code if area is not None else country
    if code is None:
        return None
    mentions = builder.event_places(builder.resolver.resolve(view.sentence.tokens, view.hits, builder.blocked(view),
                                                             builder.ctx.focus, builder.ctx.prepared.doc.text))
    inside = [m for m in mentions if m.place.country_code == code and m.place.kind not in _COARSE
              and (area is None or area.kind == "country" or m.place.admin1 == area.admin1)]
    return inside[0] if len({m.place.id for m in inside}) == 1 else None


def act_happened(builder: FrameBuilder, view: SentenceView, result: list[Frame], last: Frame | None,
                 told: list[Frame] | None = None) -> Frame | None:
    """"Die Angriffe hätten sich am Donnerstagabend ereignet", "The attack took place on
    Sunday": an act word that is the subject of a word of happening names the event told before,
    not a new one; the sentence is a detail giving that event its day or place (as a sentence
    with no act word would be), or None. Not when it counts victims of its own or tells of
    another act ("Ein weiterer Angriff ereignete sich ...")."""
    cues = view.of(HitKind.CUE, Cue.HAPPENED)
    if last is None or not result or not cues or view.has(HitKind.CASUALTY) \
            or view.has(HitKind.CUE, Cue.MORE) or view.has(HitKind.CUE, Cue.SEQUEL):
        return None
    said = min(h.start for h in cues)
    triggers = [h for h in view.hits if h.kind in TRIGGER_KINDS]
    if any(h.start >= said for h in triggers):
        return None  # an act told after the word of happening is an act of its own
    return builder.happened(replace(view, hits=[h for h in view.hits if h.kind not in TRIGGER_KINDS]),
                            _same_act(result, last, told or []))


def _same_act(result: list[Frame], last: Frame, told: list[Frame]) -> Frame:
    """Of the acts the sentence before told together ("un coche bomba explotó en Machala, mientras
    que en Guayaquil la policía desactivó una mochila"), the one "La explosión en Machala se
    produjo …" names: the act at its place, else the act of its type; else the last told."""
    siblings = [f for f in told if f.view is last.view and f.detail_of is None and f.place is not None]
    places = {f.place.place.id for f in result if f.place is not None and not f.place_inherited}
    return next((f for f in siblings if f.place is not None and f.place.place.id in places), None) \
        or next((f for f in siblings if any(f.sub is r.sub for r in result)), last)
