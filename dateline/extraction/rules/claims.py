"""Claims: what a document says that is not one event.

Tallies ("attacked at least 40 times since early October"), casualty totals, attributions
of blame ("the US blames Iran-backed groups"), denials ("Tehran denies"), threats ("will
continue to be targeted") and contradictions between the document's own sources.
"""

from __future__ import annotations

from ...models import Claim, ClaimKind, Evidence
from ...normalize import breaks_clause
from ...packs.vocabulary import Cue, HitKind, Measure
from .. import tuning as T
from .context import DocContext, SentenceView
from .figures import Figure
from .gates import Skip, SkipReason
from .sources import clause_end, negated, reporting_phrase, source_span

# the cue whose subject says so: "the US blames", "Tehran denies"
_SPEAKER_CUE = {"attribution": Cue.BLAME, "denial": Cue.DENIAL}
_KIND: dict[SkipReason, ClaimKind] = {
    SkipReason.TALLY: "count", SkipReason.AGGREGATE: "count", SkipReason.THREAT: "threat",
    SkipReason.FUTURE: "threat", SkipReason.DENIAL: "denial", SkipReason.ATTRIBUTION: "attribution"}


def claims_from_skip(ctx: DocContext, skip: Skip) -> list[Claim]:
    kind = _KIND.get(skip.reason)
    if kind is None or (kind == "attribution" and not _asserted(skip.view, Cue.BLAME)):
        return []
    view = skip.view
    value = _count(ctx, view) if kind == "count" else None
    period = _phrase(ctx, view, Cue.TALLY) if kind == "count" else ""
    return [_claim(ctx, view, kind, value=value, period=period)]


def claims_from_sentence(ctx: DocContext, view: SentenceView, produced_event: bool) -> list[Claim]:
    """Attributions, denials and casualty totals in sentences that made no event."""
    claims = []
    cues = view.labels(HitKind.CUE)
    for label in (Cue.BLAME, Cue.CLAIM):  # "Al Shabaab claimed responsibility.", "the army blamed the RSF"
        if label in cues and _asserted(view, label):
            claims.append(_claim(ctx, view, "attribution", speaker=label))
            break
    if Cue.DENIAL in cues and not produced_event:
        claims.append(_claim(ctx, view, "denial"))
    if not produced_event and view.has(HitKind.CASUALTY):
        figure = _figure(ctx, view)
        if figure is not None and figure.value > 0:
            claims.append(_claim(ctx, view, "count", value=figure.value, period=_phrase(ctx, view, Cue.TALLY)))
    if Cue.THREAT in cues and not produced_event and not any(c.kind == "threat" for c in claims):
        claims.append(_claim(ctx, view, "threat"))
    return claims


def _asserted(view: SentenceView, label: Cue) -> bool:
    """"No group claimed the attack" asserts no claim; "X claimed it" does."""
    return any(not negated(view, hit) for hit in view.of(HitKind.CUE, label))


def _claim(ctx: DocContext, view: SentenceView, kind: ClaimKind, *, value: int | None = None,
           period: str = "", speaker: Cue | None = None) -> Claim:
    sentence = view.sentence
    text = ctx.prepared.doc.text[sentence.start:sentence.end]
    return Claim(
        doc_id=ctx.prepared.doc.id, kind=kind, subject=text[:300], value=value, period=period,
        claimed_by=_source(ctx, view, speaker or _SPEAKER_CUE.get(kind, Cue.ATTRIBUTION)) or _source(ctx, view),
        # the sentence's own offsets, valid by construction: no validation for the most made record
        evidence=[Evidence.model_construct(field="sentence", text=text, start=sentence.start, end=sentence.end)],
    )


def _count(ctx: DocContext, view: SentenceView) -> int | None:
    """The number that counts events ("four attacks", "40 times"), else a casualty total."""
    numbers = ctx.numbers(view)
    counters = {h.start for h in view.hits
                if h.kind == HitKind.EVENT or (h.kind == HitKind.MEASURE and h.label == Measure.TIMES)}
    years = _year_positions(ctx, view)
    counting = [n.value for n in numbers if n.end in counters and n.start not in years]
    if counting:
        return max(counting)
    figure = _figure(ctx, view)
    return figure.value if figure else None


def _figure(ctx: DocContext, view: SentenceView) -> Figure | None:
    """The killed (else injured) figure of a sentence, unless its number is a year."""
    figures = ctx.figures(view)
    years = _year_positions(ctx, view)
    for figure in (figures.killed, figures.injured):
        if figure is not None and not years.intersection(range(figure.start, figure.end)):
            return figure
    return None


def _year_positions(ctx: DocContext, view: SentenceView) -> set[int]:
    """Token positions of the years in the sentence's dates ("since April 2023"): a year
    is not a count ("attacks since April 2023, killing dozens" does not count 2023)."""
    tokens = ctx.prepared.tokens
    return {i for t in view.times for i in range(t.start, t.end)
            if tokens[i].is_digit and len(tokens[i].norm) == 4}


def _phrase(ctx: DocContext, view: SentenceView, label: str) -> str:
    """The words of a tally's cue up to the end of its clause ("depuis début octobre")."""
    counters = {token for h in view.of(HitKind.MEASURE, Measure.TIMES) for token in range(h.start, h.end)}
    hit = next((h for h in view.of(HitKind.CUE, label) if h.start not in counters), None)  # not "40 fois"
    if hit is None:
        return ""
    dates = [t.end for t in view.times if hit.start <= t.start <= hit.end + 2]
    end = max(dates) if dates else clause_end(ctx, view, hit.start, hit.end, T.MAX_PERIOD_WORDS)
    return ctx.span_text(hit.start, end)[0] if end > hit.start else ""


def _source(ctx: DocContext, view: SentenceView, label: Cue = Cue.ATTRIBUTION) -> str:
    hit = reporting_phrase(view, label)
    span = source_span(ctx, view, hit) if hit is not None else None
    if span is None:
        return ""
    span = speaker_mention(ctx, view, span, hit.start)  # type: ignore[union-attr]
    return ctx.span_text(*span)[0] if span else ""


def speaker_mention(ctx: DocContext, view: SentenceView, span: tuple[int, int], cue: int) -> tuple[int, int] | None:
    """The source of a claim is who speaks: never the act itself ("L'attaque a été
    revendiquée", "troops had neutralised 200 bandits, the army said"), and never the verb of
    a relative clause ("قوات الدعم السريع، التي دأبت على نفي": "the RSF, which has kept
    denying"), whose speaker is the actor the clause hangs on."""
    start, end = span
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    subordinators = ctx.prepared.pack.grammar.subordinators
    inside = [h for h in view.hits if h.start < end and h.end > start]
    first = view.sentence.tokens[0].index
    named = any(h.kind == HitKind.ACTOR for h in inside) or \
        any(tokens[i].upper for i in range(max(start, first + 1), end))
    if end - start == 1 and not named and not tokens[start].upper and start - 1 > first \
            and tokens[start - 1].norm in subordinators \
            and breaks_clause(text[tokens[start - 2].end:tokens[start - 1].start]):  # ", which", "، التي"
        antecedent = [h for h in view.of(HitKind.ACTOR) if h.end <= start - 1 and start - 1 - h.end <= 1]
        return (antecedent[-1].start, antecedent[-1].end) if antecedent else None
    if not named and any(h.kind in _ACTS for h in inside):
        return None
    return span


_ACTS = frozenset({HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME, HitKind.CASUALTY})
