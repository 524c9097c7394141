"""Per-document context the rules engine shares across sentences: hits by sentence, focus,
the dates and places already established (a later sentence inherits them)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mypy_extensions import mypyc_attr

from ...actors.kb import ActorRef
from ...normalize import fold_key
from ...packs.vocabulary import ActorCategory, Cue, HitKind
from ...prepare import Prepared, Sentence
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from ..places import Focus, PlaceMention
from .figures import Figures, Number
from .number_filters import age_words
from .numbers import casualty_figures, numbers_in
from .timex import TimeExpr

_NONE: Sequence[Hit] = []  # no hit of a kind (read-only, as every list ``of`` hands out)
_OPENERS: dict[str, frozenset[str]] = {}  # a language's name openers, folded once


def _name_openers(lang: str, pack: Any) -> frozenset[str]:
    """The titles and media words of a language (``places.toml [places] name_openers``), folded."""
    openers = _OPENERS.get(lang)
    if openers is None:
        openers = _OPENERS[lang] = frozenset(fold_key(w) for w in pack.places.places.name_openers)
    return openers


def _opens_a_name(word: str, openers: frozenset[str], proclitics: list[str]) -> bool:
    """A title or unit word, also with a conjunction glued before it ("واللواء 444", "and
    Brigade 444": the brigade's name, not 444 fights)."""
    return word in openers or any(word.startswith(p) and word[len(p):] in openers for p in proclitics)


@mypyc_attr(native_class=False)  # fields made on first use (``init=False``) need a Python class when compiled
@dataclass
class SentenceView:
    sentence: Sentence
    hits: list[Hit]
    times: list[TimeExpr] = field(default_factory=list)
    numbers: list[Number] | None = None  # parsed once, by DocContext.numbers
    figures: Figures | None = None  # read once, by DocContext.figures
    # hits by kind, built on first use: the rules ask a sentence for its hits of a kind dozens
    # of times (not copied by ``replace``, which makes a view of other hits)
    _kinds: dict[str, list[Hit]] | None = field(default=None, init=False, repr=False, compare=False)
    _labelled: dict[tuple[str, str], list[Hit]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # what other modules derive from the hits alone, once (:func:`.sources.spoken_days`)
    derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def _index(self) -> dict[str, list[Hit]]:
        """The hits by kind and by kind and label, in sentence order (built once)."""
        kinds: dict[str, list[Hit]] = {}
        labelled = self._labelled
        for hit in self.hits:
            kinds.setdefault(hit.kind, []).append(hit)
            labelled.setdefault((hit.kind, hit.label), []).append(hit)
        self._kinds = kinds
        return kinds

    def _of_kind(self, kind: str) -> Sequence[Hit]:
        kinds = self._kinds
        if kinds is None:
            kinds = self._index()
        return kinds.get(kind, _NONE)

    def has(self, kind: str, label: str | None = None) -> bool:
        kinds = self._kinds
        if kinds is None:
            kinds = self._index()
        return kind in kinds if label is None else (kind, label) in self._labelled

    def labels(self, kind: str) -> set[str]:
        return {h.label for h in self._of_kind(kind)}

    def of(self, kind: str, label: str | None = None) -> Sequence[Hit]:
        """The sentence's hits of ``kind`` (and ``label``), in sentence order: the view's own
        list, read-only (asked tens of thousands of times a corpus; a copy each time cost more
        than the rules that read it)."""
        if label is None:
            return self._of_kind(kind)
        if self._kinds is None:
            self._index()
        return self._labelled.get((kind, label), _NONE)


@mypyc_attr(native_class=False)  # as SentenceView
@dataclass
class DocContext:
    prepared: Prepared
    reference: dt.date
    reference_known: bool
    views: list[SentenceView]
    focus: Focus = field(default_factory=Focus)
    dateline_place: PlaceMention | None = None
    # how to find the title's or the lead's place (:mod:`.story`), asked on first use only: most
    # stories place every event themselves, and resolving the title and lead again is not free
    story_place_finder: Callable[[DocContext], PlaceMention | None] | None = field(default=None, repr=False)
    title_tokens: list[Token] | None = field(default=None, repr=False)  # the title's words, tokenised once
    dateline_capital: bool = False  # filed from its country's capital: "the capital" is the dateline's city
    last_date: dict[int, TimeExpr] = field(default_factory=dict)  # paragraph -> date in use
    lead_date: TimeExpr | None = None
    last_place: dict[int, PlaceMention] = field(default_factory=dict)
    claimants: list[ActorRef] = field(default_factory=list)  # "JNIM claimed the attack"
    claim_start: int | None = None  # where the first claim's sentence starts (characters)
    skipped: Counter[str] = field(default_factory=Counter)  # why triggered sentences made no event
    _story_place: PlaceMention | None = field(default=None, init=False, repr=False)
    _story_place_found: bool = field(default=False, init=False, repr=False)
    _numbers_words: tuple[frozenset[str], frozenset[str]] | None = field(default=None, init=False, repr=False)

    @property
    def story_place(self) -> PlaceMention | None:
        """The title's or the lead's place (:func:`.story.story_place`), found once when first asked."""
        if not self._story_place_found:
            self._story_place_found = True
            if self.story_place_finder is not None:
                self._story_place = self.story_place_finder(self)
        return self._story_place

    def numbers(self, view: SentenceView) -> list[Number]:
        """The sentence's number expressions ("vingt et un", "1,200"), parsed once."""
        if view.numbers is None:
            pack = self.prepared.pack
            tokens = view.sentence.tokens
            ambiguous, glued_conjunctions = self._number_words()
            numbers = numbers_in(tokens, view.hits, self.prepared.doc.text,
                                 pack.grammar.conjunctions, ambiguous, glued_conjunctions)
            if numbers and tokens:  # "اللواء 444", "قناة 12", "Channel 4": a number after a title names
                first, openers = tokens[0].index, _name_openers(self.prepared.lang, pack)
                glued = pack.meta.morphology.proclitics
                numbers = [n for n in numbers if not (n.start > first and tokens[n.start - first].is_digit
                                                      and _opens_a_name(tokens[n.start - 1 - first].norm, openers,
                                                                        glued))]
            aged = age_words(tokens, view.hits, pack.grammar.conjunctions)  # "two men aged 30 and 45"
            view.numbers = [n for n in numbers if n.start not in aged] if aged else numbers
        return view.numbers

    def figures(self, view: SentenceView) -> Figures:
        """Killed and injured figures of a sentence, read once with the pack's word order (none
        without a casualty word: its numbers and days are then not read for them)."""
        if view.figures is None and not view.has(HitKind.CASUALTY):
            view.figures = Figures()
        if view.figures is None:
            pack = self.prepared.pack
            view.figures = casualty_figures(view.sentence.tokens, _literal(view.hits), self.numbers(view), pack.months,
                                            verb_initial=pack.grammar.verb_initial,
                                            conjunctions=pack.grammar.conjunctions, text=self.prepared.doc.text,
                                            possessives=pack.grammar.possessives,
                                            determiners=pack.grammar.determiners,
                                            tense_auxiliaries=pack.grammar.auxiliaries,
                                            glued=self._number_words()[1], earlier=earlier_days(view),
                                            days=tuple(day_ends(view).items()),
                                            asides=source_asides(view, self.prepared.doc.text),
                                            helped=helpers_clauses(view, self.prepared.doc.text,
                                                                   pack.grammar.subordinators),
                                            sources=self._named_sources(view),
                                            places_at=frozenset(fold_key(w) for w in pack.places.places.at),
                                            day_nouns=frozenset(t.start - 1 for t in view.times
                                                                if t.kind in _NAMED_DAYS))
        return view.figures

    def _number_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The pack's ambiguous number words ("neuf"), folded, and its conjunctions that glue to
        a word as proclitics ("و"): every sentence's numbers ask for them, made once a document."""
        if self._numbers_words is None:
            pack = self.prepared.pack
            self._numbers_words = (frozenset(fold_key(w) for w in pack.numbers.ambiguous),
                                   frozenset(pack.meta.morphology.proclitics) & frozenset(pack.grammar.conjunctions))
        return self._numbers_words

    def _named_sources(self, view: SentenceView) -> frozenset[int]:
        from .sources import named_source_words  # sources reads this module's views
        return named_source_words(self, view)

    def span_text(self, start_token: int, end_token: int) -> tuple[str, int, int]:
        tokens = self.prepared.tokens
        start, end = tokens[start_token].start, tokens[end_token - 1].end
        return self.prepared.doc.text[start:end], start, end


def _literal(hits: list[Hit]) -> list[Hit]:
    """Hits without the casualty words of a figure of speech: "as a pensioner you die in debt", "the
    slow death of small farms" count nobody dead."""
    figures = [h for h in hits if h.kind == HitKind.CUE and h.label == Cue.FIGURATIVE]
    if not figures:
        return hits
    return [h for h in hits if h.kind != HitKind.CASUALTY
            or not any(f.start <= h.start < f.end for f in figures)]


def earlier_days(view: SentenceView) -> tuple[tuple[int, int], ...]:
    """Token spans of the days a sentence names after its latest day and before it ("fired on
    mourners on Monday at the funeral of two people killed on Sunday"): background. Days it was
    said on ("said on Tuesday") are no days of events."""
    from .sources import spoken_days  # sources reads this module's views

    spoken = spoken_days(view)
    times = [t for t in view.times if t.kind != "year" and t.start not in spoken]
    if len({t.day for t in times}) < 2:
        return ()
    latest = max(t.day for t in times)
    first_latest = min(t.start for t in times if t.day == latest)
    return tuple((t.start, t.end) for t in times if t.start > first_latest and _ends_before(t, latest))


def day_ends(view: SentenceView) -> dict[int, int]:
    """Where each day or manner of killing the sentence tells ends, keyed by its first token
    (and a day by the word before it, its "on", "el"): "killed on Sunday three farmers",
    "asesinaron a balazos a un alcalde" name the victims after it."""
    ends: dict[int, int] = {h.start: h.end for h in view.hits if h.kind == HitKind.WEAPON}
    for time in view.times:
        if time.kind != "year":
            ends[time.start] = ends[time.start - 1] = time.end
    return ends


def source_asides(view: SentenceView, text: str) -> tuple[tuple[int, int], ...]:
    """Where each source told between commas right after a casualty word starts and where its
    closing comma ends it: "killing, according to residents, 12 people", "tuant, selon des
    habitants, 12 personnes", "убив, по словам жителей, 12 человек". The count after the aside is
    the verb's, as it would be without the aside."""
    cues = view.of(HitKind.CUE, Cue.ATTRIBUTION)
    if not cues or not view.has(HitKind.CASUALTY):
        return ()
    tokens = view.sentence.tokens
    first = tokens[0].index
    ends = {h.end for h in view.of(HitKind.CASUALTY)}
    found: list[tuple[int, int]] = []
    for cue in cues:
        at = cue.start - first
        if at < 1 or cue.start not in ends or not _ASIDE_COMMA.search(text, tokens[at - 1].end, tokens[at].start):
            continue
        for k in range(at + 1, min(at + T.SOURCE_ASIDE_WORDS, len(tokens) - 1)):
            gap = text[tokens[k].end:tokens[k + 1].start]
            if _ASIDE_BREAK.search(gap):
                break
            if _ASIDE_COMMA.search(gap):
                found.append((cue.start, tokens[k + 1].index))
                break
    return tuple(found)


def helpers_clauses(view: SentenceView, text: str, subordinators: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Where each relative clause telling what rescuers, medics or monitors did starts and ends
    ("according to the Red Crescent, which transported 12 wounded to hospital", "selon le
    Croissant-Rouge, qui a évacué 12 blessés", "بحسب الهلال الأحمر الذي نقل 12 جريحا"): those
    they carried or treated are a part of the toll, not the event's count beside another."""
    helpers = view.of(HitKind.ACTOR, ActorCategory.OBSERVERS)
    if not helpers or not subordinators:
        return ()
    tokens = view.sentence.tokens
    first = tokens[0].index
    found: list[tuple[int, int]] = []
    for helper in helpers:
        at = helper.end - first
        if at >= len(tokens) or tokens[at].norm not in subordinators:
            continue
        end = next((tokens[k + 1].index for k in range(at, len(tokens) - 1)
                    if _CLAUSE_STOP.search(text, tokens[k].end, tokens[k + 1].start)), tokens[-1].index + 1)
        found.append((tokens[at].index, end))
    return tuple(found)


_ASIDE_COMMA = re.compile(r"[,\u060c]")  # with the Arabic comma ("،")
_CLAUSE_STOP = re.compile(r"[,;:.!?()\u060c\u061b]")  # where a relative clause ends
_ASIDE_BREAK = re.compile(r"[;:.!?()\u061b]")  # the aside's own end is a comma, not a clause's end


_NAMED_DAYS = frozenset({"weekday", "explicit"})  # "يوم الاثنين", "يوم 5 مارس": a day's noun before its name
_DAY_KINDS = frozenset({HitKind.RELDAY, HitKind.PERIOD})  # "dans la nuit", "la semaine dernière"


def day_words(view: SentenceView) -> frozenset[int]:
    """Token positions of the days and nights a sentence names ("ont mené dans la nuit de jeudi
    à vendredi des frappes"): words that stand between a subject and its act without loosening
    the tie between them. Read once per sentence."""
    found = view.derived.get("day_words")
    if found is None:
        found = view.derived["day_words"] = frozenset(
            {i for t in view.times if t.kind != "year" for i in range(t.start, t.end)}
            | {i for h in view.hits if h.kind in _DAY_KINDS for i in range(h.start, h.end)})
    return found


def _ends_before(time: TimeExpr, day: dt.date) -> bool:
    """Whether the whole of ``time`` (a day, a week, a month) lies before ``day``."""
    if time.precision >= 3:
        return (time.day.year, time.day.month) < (day.year, day.month)
    return time.day + dt.timedelta(days=6 if time.precision == 2 else 0) < day


def split_hits(prepared: Prepared, hits: list[Hit]) -> list[SentenceView]:
    """Hits grouped by the sentence that contains them."""
    firsts = [s.tokens[0].index if s.tokens else 10**9 for s in prepared.sentences]
    views = [SentenceView(s, []) for s in prepared.sentences]
    for hit in hits:
        position = bisect.bisect_right(firsts, hit.start) - 1
        if position >= 0:
            sentence = prepared.sentences[position]
            if sentence.tokens and hit.end <= sentence.tokens[-1].index + 1:
                views[position].hits.append(hit)
    return views
