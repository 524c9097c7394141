"""Who says so: the source named beside a reporting word, for events and claims alike.

News names its sources in a few word orders, all handled here from the pack's grammar:
after a reporting verb set off by a comma (", a indiqué le Pentagone", "قال مسؤول إن"),
before it ("the regional governor said", "une affirmation que Téhéran nie"), and after an
"according to" word ("selon la police"), or before a postposed one ("Polizeiangaben zufolge").
"""

from __future__ import annotations

from ...normalize import breaks_clause, fold_key
from ...packs import LanguagePack
from ...packs.vocabulary import SPEECH_CUES, TRIGGER_KINDS, Cue, HitKind, Qualifier
from .. import tuning as T
from ..hits import Hit
from .context import DocContext, SentenceView

_TOLD = frozenset({*TRIGGER_KINDS, HitKind.CASUALTY})


def according_to_first_words(pack: LanguagePack) -> frozenset[str]:
    """First words of "according to" phrases: a source is named, no reporting verb is used."""
    phrases = pack.grammar.according_to | pack.grammar.according_to_postposed
    return frozenset(phrase.split()[0] for phrase in phrases if phrase)


def spoken_days(view: SentenceView) -> frozenset[int]:
    """Token positions where a day right after a reporting word is the day it was said
    ("said on Tuesday", "a accusé mercredi", "informaron las autoridades el miércoles"), not the
    day of the event. Read once per sentence (the gates, the frames and the dates all ask)."""
    spoken = view.derived.get("spoken_days")
    if spoken is None:
        speech = [h for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES]
        acts = {h.start for h in view.hits if h.kind in TRIGGER_KINDS or h.kind == HitKind.CASUALTY}
        spoken = view.derived["spoken_days"] = frozenset(
            h.end + offset for h in speech for offset in range(T.SPOKEN_DAY_WORDS)
            if not acts.intersection(range(h.end, h.end + offset + 1))) | _update_days(view, acts)
    return spoken


def _update_days(view: SentenceView, acts: set[int]) -> frozenset[int]:
    """"The death toll rose to 18 on Wednesday": a day right after an updated toll is the day the
    toll was updated (bodies found, the wounded died), a day of the report, not of the event."""
    return frozenset(
        h.end + offset for h in view.of(HitKind.QUALIFIER, Qualifier.UPDATED)
        for offset in range(1, T.SPOKEN_DAY_WORDS + 1)  # the figure comes first
        if not acts.intersection(range(h.end, h.end + offset + 1)))


def negated(view: SentenceView, hit: Hit) -> bool:
    """"No group claimed", "n'a pas été revendiquée": the reporting word is denied."""
    return any(0 <= hit.start - n.end <= T.NEGATED_REPORT_WINDOW for n in view.of(HitKind.CUE, Cue.NEGATION))


def reporting_phrase(view: SentenceView, label: str, after: int | None = None) -> Hit | None:
    """The first cue of ``label`` (after token ``after`` if given) that is not negated, joined
    with the cues it touches: "the army spokesman said" is one reporting phrase, not two."""
    cues = [h for h in view.of(HitKind.CUE, label) if (after is None or h.start > after) and not negated(view, h)]
    if not cues:
        return None
    hit = cues[0]
    for later in cues[1:]:
        if later.start <= hit.end and later.end > hit.end:
            hit = later
    return hit


def source_range(ctx: DocContext, view: SentenceView, trigger: Hit,
                 according_to: frozenset[str]) -> tuple[int, int] | None:
    """Tokens naming who reports the event: "ont indiqué le responsable militaire...",
    "selon des sources sécuritaires", "A source in Ukraine's General Staff said..."."""
    first = view.sentence.tokens[0].index
    end = view.sentence.tokens[-1].index + 1
    last_trigger = max((h.start for h in view.hits if h.kind in TRIGGER_KINDS), default=-1)
    for hit in view.of(HitKind.CUE, Cue.ATTRIBUTION):
        if hit.start >= trigger.end and hit.start > last_trigger:
            span = source_span(ctx, view, hit)  # ", police and residents said": the speakers too
            # "…: губернатор заявив, що у Клинцях пошкоджено лінію": what was said is no source
            told = ctx.prepared.tokens[hit.end].norm if hit.end < end else ""
            said = hit.end if told in ctx.prepared.pack.grammar.subordinators else end
            return (span[0] if span and span[0] > last_trigger else hit.start), said
        if hit.end <= trigger.start:
            if ctx.prepared.tokens[hit.start].norm in according_to:
                return hit.start, min(hit.end + T.ACCORDING_TO_WORDS, trigger.start, _clause_end(ctx, view, hit.end),
                                      _named_source_end(ctx, view, hit.end))
            if hit.start - first <= T.SPEAKER_OPENS:  # "Police said gunmen attacked..."
                return _after_framing(ctx, first, hit.start), _spokesman_end(ctx, view, hit)
    for start, end in _according_to_phrases(ctx, view):  # "nach Angaben von Aktivisten": no cue of its own
        if end <= trigger.start:
            return start, min(end + T.ACCORDING_TO_WORDS, trigger.start, _clause_end(ctx, view, end),
                              _named_source_end(ctx, view, end))
        if start > last_trigger:  # "wurden vier Menschen nach Angaben der Polizei verletzt": after the act
            return start, min(end + T.ACCORDING_TO_WORDS, _clause_end(ctx, view, end),
                              _named_source_end(ctx, view, end))
    return None


def _after_framing(ctx: DocContext, first: int, cue: int) -> int:
    """Where the speaker opening a sentence starts: after a phrase set off by a comma before it
    ("وفي محافظة الضالع، قال مصدر ميداني إن ...", "In Gao, a local official said ..."), which
    frames the whole sentence (where, when) and names no one who speaks: its place is the event's."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    gaps = [text[tokens[i - 1].end:tokens[i].start] for i in range(first + 1, cue + 1)]
    if any(mark in gap for gap in gaps for mark in _QUOTE_MARKS) \
            or any(mark in text[max(0, tokens[first].start - 2):tokens[first].start] for mark in _QUOTE_MARKS):
        return first  # '"Bhamo is under our control," a spokesman said': the quote is the speaker's words
    return max((first + 1 + k for k, gap in enumerate(gaps) if "," in gap or "،" in gap), default=first)


_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„", "'")


def _according_to_phrases(ctx: DocContext, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of the pack's "according to" phrases of several words in the sentence ("nach
    Angaben"): a source follows them, as after an attribution cue, but no day after them is the
    day it spoke ("nach Angaben der Beobachtungsstelle am Sonntag": the fighting's)."""
    tokens = view.sentence.tokens
    by_first = _phrases_by_first_word(ctx.prepared.pack)
    spans = []
    for i, token in enumerate(tokens):
        for words in by_first.get(token.norm, ()):
            end = i + len(words)
            if end <= len(tokens) and all(tokens[i + k].norm == word for k, word in enumerate(words)):
                spans.append((token.index, tokens[end - 1].index + 1))
    return sorted(spans)


# a pack's "according to" phrases of several words, folded, by their first word: asked for every
# sentence, they are read once per pack (keyed by the pack's set, which is kept so its id stays its own)
_PHRASES: dict[int, tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]] = {}


def _phrases_by_first_word(pack: LanguagePack) -> dict[str, list[tuple[str, ...]]]:
    """The folded words of each "according to" phrase of several words, by its first word."""
    phrases = pack.grammar.according_to
    cached = _PHRASES.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(fold_key(phrase).split())
        if len(words) >= 2:
            by_first.setdefault(words[0], []).append(words)
    _PHRASES[id(phrases)] = phrases, by_first
    return by_first


def named_source_words(ctx: DocContext, view: SentenceView) -> frozenset[int]:
    """The words of each source an "according to" phrase of several words names ("nach Angaben der
    Polizei"): told inside a clause, they part no count from its casualty word."""
    return frozenset(i for start, end in _according_to_phrases(ctx, view)
                     for i in range(start, _named_source_end(ctx, view, end)))


def _named_source_end(ctx: DocContext, view: SentenceView, start: int) -> int:
    """Where the source named after "according to" ends in a cased verb-final language, whose
    nouns all open with a capital: after its first noun and the genitives that follow it
    ("Laut Aktivisten | hat die Armee", "nach Angaben von Aktivisten | in der Nacht", "laut dem
    Gouverneur der Region Saratow | wurden"); the subject or the place after it are not the
    source. Elsewhere (and with no noun in reach) the sentence's end: other bounds apply."""
    pack = ctx.prepared.pack
    last = view.sentence.tokens[-1].index + 1
    if not (pack.grammar.verb_final and pack.meta.script.cased):
        return last
    tokens = ctx.prepared.tokens
    i = start
    while i < last and not tokens[i].upper and i - start < T.SOURCE_NOUN_WORDS:
        i += 1  # "laut übereinstimmenden Berichten", "nach Angaben von Aktivisten": to the noun
    if i >= last or not tokens[i].upper:
        return last
    while i < last and tokens[i].upper:
        i += 1  # the noun and a name after it ("der Region Saratow")
        if i + 1 < last and tokens[i].norm in pack.grammar.genitive and tokens[i + 1].upper:
            i += 1  # "des Gouverneurs", "von Aktivisten": the owner is part of the source
        elif i + 2 < last and tokens[i].norm in pack.grammar.genitive and tokens[i + 2].upper \
                and not tokens[i + 1].upper:
            i += 2  # "der syrischen Beobachtungsstelle"
    return i


def _spokesman_end(ctx: DocContext, view: SentenceView, opener: Hit) -> int:
    """Where the source opening a sentence ends: after its speech word, or, when a word for a
    spokesman follows that word at once, after the side it speaks for ("وأكد المتحدث باسم الجيش
    الكونغولي مقتل 10 أشخاص": the army reports the toll of an attack it did not make); not when
    the side then tells its own act ("إن قواته قتلت": its forces)."""
    spokesman = next((h for h in view.of(HitKind.CUE, Cue.ATTRIBUTION) if h.start == opener.end), None)
    own = ctx.prepared.pack.grammar.self_reference
    if spokesman is None or any(t.norm in own for t in view.sentence.tokens if t.index >= spokesman.end):
        return opener.end
    side = next((h for h in view.of(HitKind.ACTOR) if h.start == spokesman.end), None)
    tokens = ctx.prepared.tokens
    if side is None or breaks_clause(ctx.prepared.doc.text[tokens[side.start - 1].end:tokens[side.start].start]):
        return spokesman.end  # "Augenzeugen berichteten, israelische Soldaten hätten …": what they said
    # the side's name runs on to the next word the lexicon knows ("باسم جيش الكونغو في ...")
    return min((h.start for h in view.hits if h.start >= side.end), default=side.end)


def _clause_end(ctx: DocContext, view: SentenceView, start: int) -> int:
    """The first token after ``start`` that opens another clause ("Según fuentes locales, el
    Ejército atacó": the source ends at the comma); the sentence's end when none does."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    last = view.sentence.tokens[-1].index + 1
    return next((i for i in range(start + 1, last) if breaks_clause(text[tokens[i - 1].end:tokens[i].start])), last)


def source_span(ctx: DocContext, view: SentenceView, hit: Hit) -> tuple[int, int] | None:
    """Token span [start, end) of the source of reporting phrase ``hit``, if one is named,
    without the day it spoke ("a annoncé jeudi le ministère", "сообщили в МВД в среду")."""
    span = _source_span(ctx, view, hit)
    if span is None:
        return None
    start, end = span
    for time in sorted(view.times, key=lambda t: t.start):
        if time.start <= start < time.end:
            start = time.end
        if time.start < end <= time.end or (start < time.start and time.end == end):
            end = time.start
    end = _without_function_words(ctx, view, start, end)  # "в МВД Дагестана в": not the day's preposition
    return (start, end) if start < end else None


def _source_span(ctx: DocContext, view: SentenceView, hit: Hit) -> tuple[int, int] | None:
    tokens, text, pack = view.sentence.tokens, ctx.prepared.doc.text, ctx.prepared.pack
    first = tokens[0].index
    words = " ".join(t.norm for t in tokens[hit.start - first:hit.end - first])
    if words in pack.grammar.according_to:
        return _after(ctx, view, hit.end)
    if words in pack.grammar.according_to_postposed:
        return _before(ctx, view, hit.start)
    verb = hit.start
    while verb > first and hit.start - verb < 2 and tokens[verb - 1 - first].norm in pack.stopwords \
            and not breaks_clause(text[tokens[verb - 1 - first].end:tokens[verb - first].start]):
        verb -= 1  # auxiliaries: "a indiqué", "has said"; not "… verletzt worden, teilten die Behörden mit"
    gap = text[tokens[verb - 1 - first].end:tokens[verb - first].start] if verb > first else ","
    if breaks_clause(_closing_bracket_dropped(gap)):
        return _after(ctx, view, hit.end)
    return _before(ctx, view, verb) or _after(ctx, view, hit.end)


def clause_end(ctx: DocContext, view: SentenceView, start: int, at_least: int, limit: int) -> int:
    """Token index ending the clause that runs from ``start``: at most ``limit`` words, never
    past a comma, never ending on a function word ("depuis l'attaque d'Israël", not "... d")."""
    tokens, text = view.sentence.tokens, ctx.prepared.doc.text
    first, last = tokens[0].index, tokens[-1].index + 1
    end = max(at_least, start)
    while end < last and end - start < limit:
        if end > start and breaks_clause(text[tokens[end - 1 - first].end:tokens[end - first].start]):
            break
        end += 1
    return _without_function_words(ctx, view, at_least, end)


def _without_function_words(ctx: DocContext, view: SentenceView, floor: int, end: int) -> int:
    """``end`` moved back over function words and clitics ("… l'a", "… d'"), not below ``floor``."""
    tokens, stopwords = view.sentence.tokens, ctx.prepared.pack.stopwords
    first = tokens[0].index
    while end > floor and (tokens[end - 1 - first].norm in stopwords or len(tokens[end - 1 - first].norm) == 1):
        end -= 1
    return end


def _after(ctx: DocContext, view: SentenceView, start: int) -> tuple[int, int] | None:
    end = clause_end(ctx, view, start, start, T.MAX_SOURCE_WORDS)
    # "أعلنت وزارة الصحة | مقتل 31": the speaker ends where the act, a toll or a count begins
    end = min((h.start for h in view.hits if start < h.start < end and (
        h.kind in _TOLD or (h.kind == HitKind.QUALIFIER and h.label == Qualifier.UPDATED))), default=end)
    tokens, subordinators = view.sentence.tokens, ctx.prepared.pack.grammar.subordinators
    first = tokens[0].index
    said = next((i for i in range(start, end) if tokens[i - first].norm in subordinators), end)
    return (start, said) if said > start else None  # "قال مسؤول إن ...": the official


def _before(ctx: DocContext, view: SentenceView, end: int) -> tuple[int, int] | None:
    tokens, text = view.sentence.tokens, ctx.prepared.doc.text
    first = tokens[0].index
    subordinators = ctx.prepared.pack.grammar.subordinators
    start = end
    while start > first and end - start < T.MAX_SOURCE_WORDS:
        previous = tokens[start - 1 - first]
        gap = text[previous.end:tokens[start - first].start]
        if previous.norm in subordinators or breaks_clause(_closing_bracket_dropped(gap) if start == end else gap):
            break
        start -= 1
    end = _without_function_words(ctx, view, start, end)  # "… de Touz Khourmatou l'a attribuée": not the clitic
    conjunctions = ctx.prepared.pack.grammar.conjunctions
    while start < end and tokens[start - first].norm in conjunctions:
        start += 1  # ", mais un officier de police …": not the conjunction
    return (start, end) if start < end else None


def _closing_bracket_dropped(gap: str) -> str:
    """"(JNIM) claimed": a bracket closing right before the verb ends the subject's own name."""
    return gap.replace(")", "")


def claimed_by(ctx: DocContext, view: SentenceView, trigger: Hit, according_to: frozenset[str],
               verb_initial: bool) -> tuple[str, int, int] | None:
    """The source of the report: a reporting phrase after the trigger ("..., a US official
    said"), else an "according to" before it ("selon la police, ..."), else a speaking actor
    ("the White House said on Thursday that it had struck..."), or in a verb-first language the
    speaker after its verb ("أعلنت وزارة الصحة اللبنانية مقتل 31"; a cue of several words,
    "أعلنت وزارة", names it from its second word)."""
    hit = reporting_phrase(view, Cue.ATTRIBUTION, after=trigger.end - 1)
    if hit is None:
        before = [h for h in view.of(HitKind.CUE, Cue.ATTRIBUTION) if h.end <= trigger.start]
        according = [h for h in before if ctx.prepared.tokens[h.start].norm in according_to]
        hit = according[0] if according else None
        if hit is None:
            speaker = next((a for h in before for a in view.of(HitKind.ACTOR) if h.start - 1 <= a.end <= h.start),
                           None)
            if speaker is not None:
                return ctx.span_text(speaker.start, speaker.end)
            if not (verb_initial and before):
                return None
            span = source_span(ctx, view, before[0])
            return ctx.span_text(before[0].start + 1 if before[0].size > 1 else span[0], span[1]) if span else None
    span = source_span(ctx, view, hit)
    return ctx.span_text(*span) if span else None
