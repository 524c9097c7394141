"""Claims: what a document says that is not one event.

Tallies ("attacked at least 40 times since early October"), casualty totals, attributions
of blame ("the US blames Iran-backed groups"), denials ("Tehran denies"), threats ("will
continue to be targeted") and contradictions between the document's own sources.
"""

from __future__ import annotations

from ...models import Claim, ClaimKind, Evidence
from ...packs.vocabulary import Cue, HitKind, Measure
from .. import tuning as T
from .context import DocContext, SentenceView
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
    if Cue.BLAME in cues and _asserted(view, Cue.BLAME):  # "Al Shabaab claimed responsibility."
        claims.append(_claim(ctx, view, "attribution"))
    if Cue.DENIAL in cues and not produced_event:
        claims.append(_claim(ctx, view, "denial"))
    if not produced_event and view.has(HitKind.CASUALTY):
        figures = ctx.figures(view)
        figure = figures.killed or figures.injured
        if figure is not None and figure.value > 0:
            claims.append(_claim(ctx, view, "count", value=figure.value, period=_phrase(ctx, view, Cue.TALLY)))
    if Cue.THREAT in cues and not produced_event and not any(c.kind == "threat" for c in claims):
        claims.append(_claim(ctx, view, "threat"))
    return claims


def _asserted(view: SentenceView, label: Cue) -> bool:
    """"No group claimed the attack" asserts no claim; "X claimed it" does."""
    return any(not negated(view, hit) for hit in view.of(HitKind.CUE, label))


def _claim(ctx: DocContext, view: SentenceView, kind: ClaimKind, *, value: int | None = None,
           period: str = "") -> Claim:
    sentence = view.sentence
    text = ctx.prepared.doc.text[sentence.start:sentence.end]
    return Claim(
        doc_id=ctx.prepared.doc.id, kind=kind, subject=text[:300], value=value, period=period,
        claimed_by=_source(ctx, view, _SPEAKER_CUE.get(kind, Cue.ATTRIBUTION)) or _source(ctx, view),
        evidence=[Evidence(field="sentence", text=text, start=sentence.start, end=sentence.end)],
    )


def _count(ctx: DocContext, view: SentenceView) -> int | None:
    """The number that counts events ("four attacks", "40 times"), else a casualty total."""
    numbers = ctx.numbers(view)
    counters = {h.start for h in view.hits
                if h.kind == HitKind.EVENT or (h.kind == HitKind.MEASURE and h.label == Measure.TIMES)}
    counting = [n.value for n in numbers if n.end in counters]
    if counting:
        return max(counting)
    figures = ctx.figures(view)
    figure = figures.killed or figures.injured
    return figure.value if figure else None




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
    return ctx.span_text(*span)[0] if span else ""
