"""The rules engine: offline, language-pack driven, traceable.

Per document: prepare (sentences, tokens, stems) → one automaton pass over all lexicons →
for sentences that hit a trigger only: places, dates, actors, figures → frames → events and
claims. Language resources load once per language and are reused across documents.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, replace
from functools import partial

from ...actors.kb import CountryNamer
from ...geo.gazetteer import Gazetteer
from ...geo.keys import name_key
from ...models import Claim, Document, Event
from ...normalize import fold
from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind, PlaceWord
from ...prepare import Analyzer, Prepared, prepare
from ...prepare.tokens import Token, tokenize
from ...settings import Settings
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..base import Extraction
from ..hits import Hit
from ..places import Focus, PlaceMention, PlaceResolver
from ..places.indirect import featured_country, titled_place
from .assemble import EventBuilder
from .auxiliaries import pluperfects_with_participle
from .charges import without_charges
from .claims import claims_from_sentence, claims_from_skip
from .context import DocContext, SentenceView, day_words, split_hits
from .explain import why_no_event
from .frames import Frame, FrameBuilder
from .gates import Skip, SkipReason, as_written, exact_cue_words
from .grouping import Group, days_fit, group_frames
from .headings import heading_place
from .headlines import without_told_headlines
from .lead_day import act_happened, day_after_the_lead
from .lexicon import Lexicon
from .limits import analysed_part, with_bounded_sentences
from .place_detail import place_detail, placed_figures, restated
from .reference import (
    DAY,
    PUBLICATION_DAY,
    Reference,
    dated_by_text,
    dated_by_weekdays,
    events_within_month,
    publication_reference,
    within_month,
)
from .sources import spoken_days
from .story import (
    capital_dateline,
    in_an_unknown_place,
    inherited_place,
    province_around,
    refined,
    story_place,
    told_here,
)
from .summaries import SummaryLines
from .timex import TimeExpr, TimeFinder
from .type_fit import is_weak, types_fit
from .update_target import toll_target

log = logging.getLogger(__name__)
_DATED_KINDS = TRIGGER_KINDS | {HitKind.CASUALTY}  # a sentence with one of these needs its dates


@dataclass
class _Language:
    analyzer: Analyzer
    lexicon: Lexicon
    times: TimeFinder
    places: PlaceResolver
    exact_cues: frozenset[str]


class RulesEngine:
    """``dateline extract --engine rules``: the default, offline engine."""

    name = "rules"

    def __init__(self, settings: Settings | None = None, *, gazetteer: Gazetteer | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._gazetteer = gazetteer
        self._analyzers: dict[str, Analyzer] = {}
        self._languages: dict[str, _Language] = {}
        self._namer: CountryNamer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open(self.settings)
        return self._gazetteer

    def _language(self, lang: str) -> _Language:
        if lang not in self._languages:
            analyzer = self._analyzers.get(lang) or Analyzer(lang)
            self._analyzers[lang] = analyzer
            self._languages[lang] = _Language(analyzer, Lexicon.cached(analyzer.pack, analyzer.stem,
                                                                            self.settings.data_dir),
                                              TimeFinder(analyzer.pack),
                                              PlaceResolver(self.gazetteer, analyzer.pack),
                                              exact_cue_words(analyzer.pack))
            # a language's lexicon, pack and caches live as long as the engine: hundreds of
            # thousands of objects the cyclic collector would otherwise walk at every full
            # collection while documents are read; frozen, it leaves them alone
            gc.freeze()
        return self._languages[lang]

    def namer(self) -> CountryNamer:
        if self._namer is None:
            self._namer = CountryNamer({c.code: c.name for c in self.gazetteer.countries().values()})
        return self._namer

    def extract(self, doc: Document) -> Extraction:
        doc = analysed_part(doc, self.settings.max_analysed_chars)
        prepared = with_bounded_sentences(prepare(doc, self._analyzers, default_lang=self.settings.default_lang))
        language = self._language(prepared.lang)
        hits = self.scan(prepared, language)
        if _sport_words(hits, prepared) >= T.SPORT_CUES:
            log.info("%s: no event: it reads as a sports report", doc.id)
            return Extraction()
        published = publication_reference(doc, prepared.dateline)
        if published.month_only:
            published = dated_by_text(published, [day for s in prepared.sentences
                                                  for day in language.times.weekday_dates(s.tokens, published.day)])
            published = dated_by_weekdays(published, [t.day for s in prepared.sentences
                                                      for t in language.times.find(s.tokens, [], published.day)
                                                      if t.kind == "weekday"])
        context = self._context(prepared, hits, language, published)
        frames, claims = self._frames(context, language)
        builder = EventBuilder(context, self.gazetteer, self.namer(), prepared.pack.version)
        events: list[Event] = []
        groups = without_told_headlines(context, group_frames(frames))
        # the strikers each report names, a summary's too ("22 killed in Israeli strikes across
        # Gaza", which goes when its towns are told one by one)
        builder.note_strikers([*groups, *(Group([frame]) for frame in frames)])
        for group in groups:
            event, extra_claims = builder.build(group)
            if event is not None:
                events.append(event)
            claims.extend(extra_claims)
        if not events and log.isEnabledFor(logging.INFO):
            log.info("%s: no event: %s", doc.id, why_no_event(context, frames))
        return Extraction(_unique_ids(events_within_month(events, published)), _unique_claims(claims))

    @staticmethod
    def scan(prepared: Prepared, language: _Language) -> list[Hit]:
        """The lexicon's hits in the document, cues read as written."""
        hits = as_written(language.lexicon.scan(prepared.tokens, prepared.doc.text), language.exact_cues,
                          prepared.tokens, prepared.doc.text)
        hits = pluperfects_with_participle(hits, prepared.tokens, prepared.doc.text, prepared.pack)
        return without_charges(hits, prepared)

    def _context(self, prepared: Prepared, hits, language: _Language,  # type: ignore[no-untyped-def]
                 published: Reference) -> DocContext:
        reference = published.day
        known = published.precision == DAY
        views = split_hits(prepared, hits)
        for view in views:  # dates matter in the lead and where something happened
            if view.sentence.paragraph <= 1 or any(h.kind in _DATED_KINDS for h in view.hits) \
                    or view.has(HitKind.CUE, Cue.HAPPENED):
                view.times = within_month(language.times.find(view.sentence.tokens, view.hits, reference), published)
        context = DocContext(prepared, published.context_day, known, views)
        triggered = [v.sentence.tokens for v in views
                     if v.sentence.paragraph <= 1 or v.has(HitKind.EVENT) or v.has(HitKind.WEAPON)]
        dateline = prepared.dateline
        days = frozenset(i for v in views if v.times for i in day_words(v))
        context.focus = language.places.focus(triggered, dateline.place if dateline else None,
                                              dateline.region if dateline else None, prepared.doc.text, hits, days)
        context.title_tokens = _add_title_focus(context.focus, prepared.doc.title, language)
        context.dateline_place = self._dateline_place(language, prepared, context.focus)
        context.story_place_finder = partial(story_place, resolver=language.places, lexicon=language.lexicon,
                                             stem=language.analyzer.stem)
        context.dateline_capital = capital_dateline(context, language.places)
        return context

    def _dateline_place(self, language: _Language, prepared: Prepared,
                        focus: Focus) -> PlaceMention | None:
        dateline = prepared.dateline
        if dateline is None or not dateline.place:
            return None
        places = language.places.lookup(name_key(dateline.place))
        if not places:
            return None
        gazetteer = language.places.gazetteer
        capitals = [p for p in places if (capital := gazetteer.capital(p.country_code)) and capital.id == p.id]
        # wire bureaus sit in capitals: "БУЭНОС-АЙРЕС" is Argentina's, not a Colombian town's namesake
        best = max(capitals or places, key=lambda p: (focus.get(p.country_code, 0), p.kind == "city", p.population))
        named = {code for weights in focus.by_key.values() for code in weights}  # countries the text's places name
        if best.kind == "village" and not focus.get(best.country_code):
            return None  # a village's name in capitals heads no story about another country
        if named and best.country_code not in named:
            return None  # a bureau abroad ("БУЭНОС-АЙРЕС, 19 декабря. /ТАСС/." on Colombia) places nothing
        return PlaceMention(-1, -1, best, 1.0, "in", f"dateline '{dateline.place}'")

    def _frames(self, context: DocContext, language: _Language) -> tuple[list[Frame], list[Claim]]:
        builder = FrameBuilder(context, language.places)
        summaries = SummaryLines(builder)
        frames: list[Frame] = []
        claims: list[Claim] = []
        unplaced: list[tuple[Frame, PlaceMention | None]] = []  # a lead that names a country alone
        countries: dict[int, PlaceMention] = {}  # paragraph -> the country a sentence of it named alone
        recalled = -1  # the paragraph of the last sentence recalling an earlier event ("Напомним, ранее…")
        headings: dict[int, PlaceMention] = {}  # paragraph -> the town heading it ("09:52 Херсон.")
        for view in context.views:
            if view.has(HitKind.CUE, Cue.CREDITS):
                context.skipped["credits"] += any(h.kind in TRIGGER_KINDS for h in view.hits)
                continue
            if view.sentence.paragraph == 0 and context.lead_date is None:
                context.lead_date = _first_own_time(view)
            if (heading := heading_place(language.places, view, context.focus, context.prepared.doc.text)):
                context.last_place[view.sentence.paragraph] = headings[view.sentence.paragraph] = heading
                continue  # "09:52 Херсон." heads its item: its place is the item's own, not inherited
            result = builder.frames(view)
            if isinstance(result, Skip) and result.reason == SkipReason.TALLY \
                    and (toll := builder.toll(view, toll_target(builder, view, frames))):
                frames.append(toll)  # "31 people were killed and almost 170 hurt", right after the bombing
                claims.extend(claims_from_sentence(context, view, True))
                continue
            if isinstance(result, Skip):
                context.skipped[result.reason] += 1
                if result.reason == SkipReason.HISTORY:
                    recalled = view.sentence.paragraph
                claims.extend(claims_from_skip(context, result))
                if result.reason == SkipReason.ACCIDENT:
                    _explained_as_accident(frames, view)
                result = []
            elif not result and (children := summaries.children(view, frames)):
                frames.extend(children)  # "У Слов'янську поранено людину": a town of the summary
                claims.extend(claims_from_sentence(context, view, True))
                continue
            elif not result and (detail := placed_figures(builder, view, builder.detail(
                    view, toll_target(builder, view, frames)))
                                 or place_detail(builder, view, _last(frames))):
                frames.append(detail)  # figures, or the town and day, of the event told just before
                claims.extend(claims_from_sentence(context, view, True))
                continue
            elif not result and (restated := _restated(builder, view, frames, unplaced)):
                if restated.detail_of is not None:
                    frames.append(restated)  # "bei dem Drohnenangriff im Jemen ... 11 weitere verletzt"
                claims.extend(claims_from_sentence(context, view, True))
                continue
            elif not result and _placed_by_detail(builder, view, frames, unplaced):
                claims.extend(claims_from_sentence(context, view, True))
                continue
            elif not result and (told := builder.happened(view, _last_told(frames, unplaced))):
                _told_where_and_when(told, frames, unplaced)
                _remember_day(context, told)
                continue
            elif not result and (dated := day_after_the_lead(builder, view, *_lead_told(frames, unplaced))):
                _told_where_and_when(dated, frames, unplaced)  # "Die Drohnen hätten am Sonntag einen Markt getroffen"
                _remember_day(context, dated)
                claims.extend(claims_from_sentence(context, view, True))
                continue
            if result and (told := act_happened(builder, view, result, _last_told(frames, unplaced), frames)):
                _told_where_and_when(told, frames, unplaced)  # "Die Angriffe hätten sich am Donnerstag ereignet"
                _remember_day(context, told)
                continue
            if result and frames and all(is_weak(f) or f.place is None or f.place_inherited for f in result) \
                    and (update := builder.toll(view, toll_target(builder, view, frames, result), updates_only=True)):
                # "The death toll from the attack rose to 18 on Wednesday"; "Le bilan de cette frappe a
                # été revu à la hausse mardi à six morts", no place of its own: the strike told before
                frames.append(update)
                claims.extend(claims_from_sentence(context, view, True))
                continue
            result = [summaries.as_child(frame, frames) for frame in result]
            for frame in result:
                country = frame.place if frame.place is not None and frame.place.place.kind == "country" else None
                unknown = (frame.place is None or country is not None) \
                    and in_an_unknown_place(language.places, frame.view)
                away = country is not None and not unknown and context.dateline_capital \
                    and in_an_unknown_place(language.places, frame.view, located=True)
                _fill_place(context, frame, refine=not unknown, away=away)
                if frame.place_inherited and frame.place is headings.get(frame.view.sentence.paragraph):
                    frame.place_inherited = False
                if unknown and country is None and frame.place is not None:  # known by its province only
                    frame.place = province_around(language.places, frame.place)
                    frame.place_inherited = False
                if frame.place is None:  # "The mayor of Culiacan was shot dead": the official's town
                    frame.place = titled_place(language.places, frame.view.sentence.tokens, frame.view.hits,
                                                context.focus, context.prepared.doc.text, _first_act(frame.view))
                if frame.place is None:  # "s'est abattu sur une base aérienne nigérienne"
                    frame.place = featured_country(language.places, frame.view.sentence.tokens, frame.view.hits)
                if frame.place is None and frame.told_at is not None and country is None:
                    # "Soldiers arrested a former minister at his farm on Monday, a relative said in
                    # Bulawayo": nothing else places it; where it was told does
                    frame.place, frame.place_inherited = frame.told_at, True
                if frame.place is None and (border := _border_country(context, language, frame)) is not None:
                    frame.place, frame.place_inherited = border, True  # "seized 25 posts" on their border
                _remember(context, frame)
                paragraph = frame.view.sentence.paragraph
                if country is not None:
                    countries.setdefault(paragraph, country)
                elif frame.place is None:  # "People gathered in Myanmar. A paramotor dropped two bombs..."
                    country = countries.get(paragraph) or _lead_country(context, language, frame)
                if frame.place is None and (country is not None or _counted_in_the_lead(frame)):
                    unplaced.append((frame, country))
            if view.sentence.paragraph == recalled:  # the recalled event goes on: "Нападение произошло в среду"
                context.skipped[SkipReason.HISTORY] += sum(1 for f in result if f.place_inherited)
                result = [f for f in result if not f.place_inherited]
            frames.extend(f for f in result if f.place is not None)
            context.skipped["no place"] += sum(1 for f in result if f.place is None)
            claims.extend(claims_from_sentence(context, view, bool(result)))
        return _placed_later(frames, unplaced), claims


def _first_act(view: SentenceView) -> int:
    """Where the sentence first tells an act, a weapon or a casualty."""
    return min((h.start for h in view.hits if h.kind in TRIGGER_KINDS or h.kind == HitKind.CASUALTY),
               default=view.sentence.tokens[-1].index + 1 if view.sentence.tokens else 0)


def _last(frames: list[Frame]) -> Frame | None:
    return frames[-1] if frames else None


def _sport_words(hits: list[Hit], prepared: Prepared) -> int:
    """Sport words of a document, not counting those inside a capitalised name: "the National
    League for Democracy", "the Arab League" are a party and a league of states, and a story
    naming one three times is no sports report."""
    tokens = prepared.tokens
    return sum(1 for h in hits if h.kind == HitKind.CUE and h.label == Cue.SPORT
               and not (tokens[h.start].upper and h.start > 0 and tokens[h.start - 1].upper
                        and _same_sentence_words(prepared, h.start - 1, h.start)))


def _same_sentence_words(prepared: Prepared, before: int, word: int) -> bool:
    """Whether two neighbouring words are one name's: no sentence end between them."""
    text = prepared.doc.text
    return not any(mark in text[prepared.tokens[before].end:prepared.tokens[word].start] for mark in ".!?\n")


def _last_told(frames: list[Frame], unplaced: list[tuple[Frame, PlaceMention | None]]) -> Frame | None:
    """The event told last, placed or still waiting for a place (a lead naming its country
    alone); one with dead or wounded first: "the tragedy" is the bombing, not the rally it hit."""
    told = [f for f in (frames[-1] if frames else None, *(f for f, _c in unplaced)) if f is not None]
    return max(told, key=lambda f: (_counted(f), f.view.sentence.index)) if told else None


def _lead_told(frames: list[Frame],
               unplaced: list[tuple[Frame, PlaceMention | None]]) -> tuple[Frame | None, str | None]:
    """The event told last (:func:`_last_told`) and, for a lead still waiting for its place, the
    country it named alone."""
    told = _last_told(frames, unplaced)
    country = next((c for f, c in unplaced if f is told), None)
    return told, country.place.country_code if country is not None else None


def _counted(frame: Frame) -> bool:
    return any(f is not None and f.value > 0 for f in (frame.figures.killed, frame.figures.injured))


def _told_where_and_when(told: Frame, frames: list[Frame], unplaced: list[tuple[Frame, PlaceMention | None]]) -> None:
    """"The tragedy happened on Monday in the town of X": a lead that named its country alone
    takes that place and day; a placed event gets a detail that gives them."""
    lead = told.detail_of
    waiting = next((i for i, (frame, _country) in enumerate(unplaced) if frame is lead), None)
    if lead is None or waiting is None:
        frames.append(told)
        return
    lead.day, lead.precision, lead.date_span, lead.date_reason = told.day, told.precision, told.date_span, \
        told.date_reason
    if told.place is None:
        return  # a day alone ("the attacks took place on Thursday evening"): the lead waits on for its place
    del unplaced[waiting]
    lead.place, lead.place_inherited = told.place, told.place_inherited
    frames.append(lead)


def _restated(builder: FrameBuilder, view: SentenceView, frames: list[Frame],
              unplaced: list[tuple[Frame, PlaceMention | None]]) -> Frame | None:
    """The event told last retold in its country alone (:func:`.place_detail.restated`). A lead
    still waiting for its place takes the figures it lacks itself (its later report places it);
    a placed one gets the retelling as a detail frame."""
    told = _last_told(frames, unplaced)
    waiting = next((country for frame, country in unplaced if frame is told), None)
    code = waiting.place.country_code if waiting is not None else None
    detail = restated(builder, view, told, code)
    if detail is None or told is None or told.place is not None:
        return detail
    told.figures = replace(told.figures, killed=told.figures.killed or detail.figures.killed,
                           injured=told.figures.injured or detail.figures.injured)
    return replace(detail, detail_of=None)


def _placed_by_detail(builder: FrameBuilder, view: SentenceView, frames: list[Frame],
                      unplaced: list[tuple[Frame, PlaceMention | None]]) -> bool:
    """"Im Sudan hat die RSF bei einem Angriff auf ein Dorf 124 Zivilisten getötet. Dutzende
    weitere Einwohner seien in einem Dorf im Bundesstaat al-Dschasira verletzt worden": a lead
    still waiting with its country alone is placed by the sentence right after it that only
    tells of its victims and names one place inside that country, as a placed lead would be
    (:func:`place_detail`)."""
    told = _last_told(frames, unplaced)
    waiting = next((i for i, (frame, country) in enumerate(unplaced) if frame is told and country is not None), None)
    if told is None or waiting is None:
        return False
    frame, country = unplaced[waiting]
    detail = place_detail(builder, view, replace(frame, place=country))
    if detail is None or detail.place is None:
        return False
    del unplaced[waiting]
    frame.place, frame.place_inherited = detail.place, False
    if detail.day != frame.day:  # the lead was dated by its report only; the detail says the day
        frame.day, frame.precision, frame.date_span, frame.date_reason = detail.day, detail.precision, \
            detail.date_span, detail.date_reason
    frames.append(frame)
    return True


def _add_title_focus(focus: Focus, title: str | None, language: _Language) -> list[Token] | None:
    """The countries a title names are ones the story is about ("Clashes on the border of
    Pakistan and Afghanistan" over a body that names Afghanistan only by a district): the
    title's places and demonyms add to the body's focus, each name under its own key so that
    it still does not support itself. Returns the title's tokens (the story's place reads them
    again, and its place names then need no second reading)."""
    if not title or not title.strip():
        return None
    tokens = tokenize(title, fold(title), language.analyzer.stem)
    found = language.places.focus([tokens], None, None, title)
    named: dict[str, float] = {}
    for key, weights in found.by_key.items():
        for code, weight in weights.items():
            focus.add(code, weight, key)
            named[code] = named.get(code, 0.0) + weight
    for code, weight in found.items():
        if weight - named.get(code, 0.0) > 1e-9:  # demonyms: evidence without a name
            focus.add(code, weight - named.get(code, 0.0))
    return tokens


def _placed_later(frames: list[Frame], unplaced: list[tuple[Frame, PlaceMention | None]]) -> list[Frame]:
    """A lead that names a country alone and no day ("Zwölf Zivilisten sind bei einem Drohnenangriff
    in Afghanistan getötet worden") tells the event the story places a few paragraphs on ("die Rakete
    hatte am Mittwoch zwei Geländewagen in der Provinz Paktika getroffen"): the first later report,
    in that country, of a type and day that fit. It joins that report's event. So does a lead
    that counts the dead and names no place at all ("three marchers died when the rally was
    broken up", the city told a few sentences on)."""
    for frame, country in unplaced:
        paragraph = frame.view.sentence.paragraph
        later = next((i for i, f in enumerate(frames)
                      if f.view.sentence.index > frame.view.sentence.index and f.place is not None
                      and not f.place_inherited and f.place.place.kind != "country"
                      and (country is None or f.place.place.country_code == country.place.country_code)
                      and f.view.sentence.paragraph - paragraph <= T.LATER_PLACE_PARAGRAPHS
                      and types_fit(frame, f) and days_fit(frame, f)), None)
        if later is not None:
            frame.place, frame.place_inherited = frames[later].place, True
            frames.insert(later + 1, frame)  # the placed report keeps the lead: its day is the event's
        elif country is not None and _counted_in_the_lead(frame):  # no report places it: an event in that country
            frame.place = country
            at = next((i for i, f in enumerate(frames) if f.view.sentence.index > frame.view.sentence.index),
                      len(frames))
            frames.insert(at, frame)
    return frames


_FIRED_FROM_AFAR = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING})  # told from a capital, far from it

_BORDER_FIGHTS = frozenset({S.ARMED_CLASH, S.SHELLING, S.AIR_DRONE_STRIKE, S.GOVERNMENT_REGAINS_TERRITORY,
                            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY})


def _border_country(context: DocContext, language: _Language, frame: Frame) -> PlaceMention | None:
    """A fight told nowhere more precise in a story about two countries' border ("afghan forces
    seized 25 Pakistani army posts", after "clashes on the border"): at country level, in the
    country of the side hit (the posts' army), else the first country of the story."""
    if frame.sub not in _BORDER_FIGHTS or not (frame.view.has(HitKind.PLACE, PlaceWord.BORDER) or any(
            v.has(HitKind.PLACE, PlaceWord.BORDER) for v in context.views if v.sentence.paragraph <= 1)):
        return None
    focus = context.focus
    sides = [code for code in focus.ranked(2) if focus[code] / focus.total >= T.IN_FOCUS_SHARE]
    if len(sides) != 2:
        return None
    hit = frame.roles.actor2.ref.country if frame.roles.actor2 is not None else None
    striker = frame.roles.actor1.ref.country if frame.roles.actor1 is not None else None
    code = hit if hit in sides else next((c for c in sides if striker in sides and c != striker), sides[0])
    return _country_mention(language, code, "the border of the story's two countries")


def _country_mention(language: _Language, code: str, reason: str) -> PlaceMention | None:
    country = language.places.gazetteer.countries().get(code)
    place = next((p for p in language.places.lookup(name_key(country.name)) if p.kind == "country"
                  and p.country_code == country.code), None) if country else None
    return PlaceMention(-1, -1, place, 0.0, "area", reason) if place is not None else None


def _lead_country(context: DocContext, language: _Language, frame: Frame) -> PlaceMention | None:
    """The country a story is about, for a lead sentence that tells a toll and names no place
    ("У Малі селяни зібралися на весілля. Безпілотник скинув бомбу на гостей, загинули 14 людей"):
    the one country of the focus, at least as heavy as a country name. The lead then joins the
    report that places it further on (:func:`_placed_later`)."""
    if frame.view.sentence.paragraph > 0 or not _counted_in_the_lead(frame):
        return None
    ranked = context.focus.ranked(2)
    if not ranked or context.focus[ranked[0]] < T.COUNTRY_NAME_FOCUS or (
            len(ranked) > 1 and context.focus[ranked[1]] / context.focus.total >= T.IN_FOCUS_SHARE):
        return None
    return _country_mention(language, ranked[0], "the story's country")


def _explained_as_accident(frames: list[Frame], view) -> None:  # type: ignore[no-untyped-def]
    """"Il s'agit de l'explosion accidentelle d'une bouteille de gaz": the event told just
    before (same or previous paragraph) was no attack."""
    if frames and view.sentence.paragraph - frames[-1].view.sentence.paragraph <= 1:
        frames[-1].accidental = True
        if frames[-1].detail_of is not None:
            frames[-1].detail_of.accidental = True


def _first_own_time(view) -> TimeExpr | None:  # type: ignore[no-untyped-def]
    spoken = spoken_days(view)
    return next((t for t in view.times if t.kind not in ("year", "same") and t.start not in spoken), None)


def _fill_place(context: DocContext, frame: Frame, refine: bool = True, away: bool = False) -> None:
    """The story's place for a frame the sentence does not place, or a place inside the country
    it names alone; not when (``refine`` false) the sentence names a town unknown to the
    gazetteer ("the town of X in central Haiti"): the story's town is not that one; nor the
    capital it was filed from when (``away``) it names one after a locative ("in Boulkessi")."""
    if frame.place is not None:
        if frame.place.place.kind == "country" and not refine:
            return
        if frame.place.place.kind == "country":
            inside = refined(context, frame.view, frame.place, remote=frame.sub in _FIRED_FROM_AFAR, away=away)
            if inside is not None:  # "in northern Nigeria": the town the story is about
                frame.place, frame.place_inherited = inside, True
            elif frame.date_span is None:
                frame.place = None  # a country alone and no day: the story's event only if placed better
        return
    inherited = inherited_place(context, frame.view, dated=frame.date_reason != PUBLICATION_DAY)
    if inherited is not None:
        frame.place = inherited
        frame.place_inherited = not told_here(context, frame.view)  # "here" is the sentence's own place


def _counted_in_the_lead(frame: Frame) -> bool:
    """"Two border guards were killed and five wounded in a rocket attack on an outpost in
    eastern Chad": a lead that counts its dead or wounded tells an event even when it names only
    the country and no day (then at country level); without a toll it may be background."""
    figures = frame.figures
    counted = any(f is not None and f.value > 0 for f in (figures.killed, figures.injured))
    return counted and frame.view.sentence.index < T.LEAD_SENTENCES


def _remember(context: DocContext, frame: Frame) -> None:
    paragraph = frame.view.sentence.paragraph
    if frame.place is not None and not frame.place_inherited:
        context.last_place[paragraph] = frame.place
        context.last_place.setdefault(-1, frame.place)
    if frame.date_span is not None:
        expr = TimeExpr(frame.date_span[0], frame.date_span[1], frame.day, frame.precision, "context")
        context.last_date[paragraph] = expr
        if context.lead_date is None:
            context.lead_date = expr


def _remember_day(context: DocContext, frame: Frame) -> None:
    """A sentence that only tells when the event happened ("Der Angriff habe sich am Sonntag
    ereignet") gives the day told last, which "am selben Tag" in a later paragraph refers to."""
    if frame.own_day and frame.date_span is not None:
        context.last_date[frame.view.sentence.paragraph] = TimeExpr(
            frame.date_span[0], frame.date_span[1], frame.day, frame.precision, "context")


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: dict[str, int] = {}
    for event in events:
        count = seen.get(event.event_id, 0)
        if count:
            event.event_id = event.stable_id(ordinal=count)
        seen[event.event_id] = count + 1
    return events


def _unique_claims(claims: list[Claim]) -> list[Claim]:
    unique: dict[str, Claim] = {}
    for claim in claims:
        unique.setdefault(claim.claim_id, claim)
    return list(unique.values())
