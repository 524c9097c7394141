"""A daily summary and its town lines: one event per town.

Regional administrations report a day in a summary ("На Харківщині за добу внаслідок обстрілів
загинули двоє…") followed by one line per town that names no act, only its toll or damage
("У Куп'янську поранено жінку, пошкоджено 6 будинків"). Each such line is an
event of the summary's type, weapon, actors and day, with its own place and figures.
"""

from __future__ import annotations

from dataclasses import replace

from ...geo.gazetteer import Place
from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind
from .. import tuning as T
from ..places import PlaceMention
from .context import SentenceView
from .figures import Figures
from .frames import Frame, FrameBuilder


class SummaryLines:
    """Town lines of the summaries of one document, read with its frame builder."""

    def __init__(self, frames: FrameBuilder) -> None:
        self.frames = frames

    def children(self, view: SentenceView, frames: list[Frame]) -> list[Frame]:
        """A daily summary's town lines: after "На Харківщині за добу внаслідок обстрілів…",
        "У Куп'янську поранено жінку, пошкоджено 6 будинків" names no act
        but its own town and its own toll. Each such town is an event of the summary's type,
        weapon, actors and day, with its own figures."""
        if any(h.kind in TRIGGER_KINDS for h in view.hits) or view.has(HitKind.CUE, Cue.MORE) \
                or not (view.has(HitKind.CASUALTY) or view.has(HitKind.CUE, Cue.DAMAGE)):
            return []  # "Trois autres militaires ont été blessés … à Kirkouk": more of the same event
        summary = self.summary_of(view, frames)
        if summary is None or not self.frames.told_of(view, summary):
            return []
        places = self._own_places(view, summary)
        figures = self.frames.ctx.figures(view) if len(places) == 1 else Figures()
        return [self._child(summary, view, place, figures) for place in places]

    def as_child(self, frame: Frame, frames: list[Frame]) -> Frame:
        """A town line that only says people died ("в Олексієво-Дружківці одна людина загинула")
        after a summary that named the weapon: the summary's type, weapon and actors."""
        if not frame.weak or frame.place is None or frame.place_inherited \
                or any(h.kind == HitKind.WEAPON for h in frame.view.hits):
            return frame
        # "Ще у Павлограді загинула жінка", "Также в Павлограде…": a "more" word opening the sentence
        # goes on with the act told just before, in another town, summary or not
        summary = self.summary_of(frame.view, frames, continued=_opens_with_more(frame.view))
        if summary is None or summary.place is None or summary.place.place.id == frame.place.place.id:
            return frame
        if frame.own_day and frame.day != summary.day:
            return frame  # "Am 2. Mai hatten Bewaffnete eine Schule angegriffen": a day of its own
        return replace(frame, classification=summary.classification, weapons=summary.weapons,
                       roles=summary.roles if frame.roles.actor1 is None else frame.roles, summary=summary)

    def summary_of(self, view: SentenceView, frames: list[Frame], continued: bool = False) -> Frame | None:
        """The summary a sentence continues: the latest event told with a weapon, in its
        paragraph or the ones just before (``continued``: the sentence says it goes on with the
        act told before, "ще", "также": any such event)."""
        for frame in reversed(frames):
            if view.sentence.paragraph - frame.view.sentence.paragraph > T.SUMMARY_PARAGRAPHS:
                return None
            if frame.summary is not None:
                return frame.summary
            if frame.detail_of is None and not frame.weak and frame.classification.weapon is not None \
                    and frame.place is not None and (continued or self._summarises(frame, frames)):
                return frame
        return None

    @staticmethod
    def _summarises(frame: Frame, frames: list[Frame]) -> bool:
        """Whether a frame tells a summary: of an area ("на Донеччині"), of several towns, or of
        a day's or a period's toll ("минулої доби", "за добу")."""
        assert frame.place is not None
        towns = {f.place.place.id for f in frames if f.view is frame.view and f.place is not None}
        return frame.place.place.kind in ("country", "admin1", "region") or len(towns) >= 2 \
            or frame.view.has(HitKind.CUE, Cue.TALLY)

    def _own_places(self, view: SentenceView, summary: Frame) -> list[PlaceMention]:
        """The sentence's own places, other than the summary's and the areas it covers."""
        assert summary.place is not None
        ctx = self.frames.ctx
        places = self.frames.resolver.resolve(view.sentence.tokens, view.hits, self.frames.blocked(view), ctx.focus,
                                              ctx.prepared.doc.text)
        area = summary.place.place
        towns = [self._in_province(p, area) for p in self.frames.event_places(places)
                 if p.place.id != area.id and p.place.kind not in ("country", "admin1", "region")
                 and p.place.country_code == area.country_code]
        # a summary of a province covers its towns only: "двое жителей Рыльска" after a summary of
        # the Belgorod region is no line of it (Rylsk is in Kursk region)
        return [t for t in towns if area.kind != "admin1" or t.place.admin1 == area.admin1]

    def _in_province(self, mention: PlaceMention, area: Place) -> PlaceMention:
        """A town line's town lies in the summary's province: of the towns the name may be
        ("Сергіївка" in five regions), the one there."""
        if not area.admin1 or mention.place.admin1 == area.admin1:
            return mention
        tokens = self.frames.ctx.prepared.tokens
        key = " ".join(t.norm for t in tokens[mention.start:mention.end])
        inside = [p for p in self.frames.resolver.lookup(key)
                  if p.admin1 == area.admin1 and p.kind not in ("country", "admin1", "region")]
        if not inside:
            return mention
        best = max(inside, key=lambda p: p.population)
        return replace(mention, place=best, reason=f"{mention.reason}, the one in the summary's province")

    @staticmethod
    def _child(summary: Frame, view: SentenceView, place: PlaceMention, figures: Figures) -> Frame:
        return replace(summary, view=view, place=place, place_inherited=False, figures=figures,
                       date_reason="the summary's day", restates=False, detail_of=None, claimed_by=None,
                       accidental=False, summary=summary)


def _opens_with_more(view: SentenceView) -> bool:
    """Whether a "more" word opens the sentence ("Ще у Павлограді…", "Также в Павлограде…", "Ещё
    один человек погиб…"); not one inside it ("من جهة أخرى": on the other hand, another matter)."""
    first = view.sentence.tokens[0].index if view.sentence.tokens else -1
    return any(h.start == first for h in view.of(HitKind.CUE, Cue.MORE))
