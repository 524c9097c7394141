"""Human-readable tables of an evaluation report (rich), and the Markdown the README embeds."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from ..models import Event
from .gold import GoldEvent
from .matching import FIELDS, Pair, country_agrees, dates_agree, distance_km, field_checks, places_agree
from .scorer import EvalReport

FIELD_LABELS = {"event_type": "type", "sub_event_type": "sub-type", "place": "place≤25km",
                "date": "date", "fatalities": "killed", "injured": "injured", "actor1": "actor1",
                "actor2": "actor2", "intercepted": "intercepted"}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def report_tables(report: EvalReport) -> Group:
    return Group(_events_table(report), _fields_table(report), _dedup_table(report),
                 _confusion_table(report), _worst_table(report))


def _events_table(report: EvalReport) -> Table:
    table = Table(title="Events (matched: same country, date within precision, place ≤ 50 km)",
                  title_justify="left")
    for column in ("language", "docs", "gold", "predicted", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "language" else "left")
    for lang in [*report.languages(), None]:
        counts = report.counts(lang)
        docs = sum(1 for r in report.results if lang is None or r.article.lang == lang)
        table.add_row(lang or "all", str(docs), str(counts.tp + counts.fn), str(counts.tp + counts.fp),
                      str(counts.tp), str(counts.fp), str(counts.fn), _pct(counts.precision),
                      _pct(counts.recall), _pct(counts.f1), style="bold" if lang is None else None)
    return table


def _fields_table(report: EvalReport) -> Table:
    table = Table(title="Field accuracy on matched events", title_justify="left")
    table.add_column("language")
    table.add_column("pairs", justify="right")
    for name in FIELDS:
        table.add_column(FIELD_LABELS[name], justify="right")
    for lang in [*report.languages(), None]:
        fields = report.field_accuracy(lang)
        total = next(iter(fields.values()))[1]
        table.add_row(lang or "all", str(total),
                      *(_pct(ok / n if n else None) for ok, n in fields.values()),
                      style="bold" if lang is None else None)
    return table


def _dedup_table(report: EvalReport) -> Table:
    table = Table(title="Deduplication across articles (pairs of matched events)", title_justify="left")
    for column in ("gold same-event pairs", "predicted same-cluster pairs", "both", "precision", "recall"):
        table.add_column(column, justify="right")
    dedup = report.dedup or {}
    table.add_row(str(dedup.get("pairs_gold", "–")), str(dedup.get("pairs_predicted", "–")),
                  str(dedup.get("pairs_both", "–")), _pct(dedup.get("precision")), _pct(dedup.get("recall")))
    return table


def _confusion_table(report: EvalReport) -> Table:
    table = Table(title="Sub-event types of matched events (gold → predicted)", title_justify="left")
    table.add_column("gold")
    table.add_column("predicted")
    table.add_column("count", justify="right")
    for (gold, predicted), count in sorted(report.confusion().items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(gold, predicted, str(count), style=None if gold == predicted else "yellow")
    return table


def _worst_table(report: EvalReport) -> Table:
    table = Table(title="Worst documents (for error analysis)", title_justify="left")
    for column in ("document", "lang", "F1", "missed", "extra"):
        table.add_column(column)
    for result in report.worst():
        table.add_row(result.article.id, result.article.lang, _pct(result.f1),
                      str(len(result.match.missed)), str(len(result.match.extra)))
    return table


def markdown_quality(report: EvalReport) -> str:
    """The README's Quality table: events and fields, per language."""
    header = ["language", "docs", "events P", "events R", "events F1",
              *(FIELD_LABELS[f] for f in FIELDS)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for lang in [*report.languages(), None]:
        counts = report.counts(lang)
        fields = report.field_accuracy(lang)
        docs = sum(1 for r in report.results if lang is None or r.article.lang == lang)
        row = [lang or "**all**", str(docs), _pct(counts.precision), _pct(counts.recall), _pct(counts.f1),
               *(_pct(ok / n if n else None) for ok, n in fields.values())]
        lines.append("| " + " | ".join(row) + " |")
    dedup = report.dedup or {}
    lines.append("")
    lines.append(f"Deduplication across articles: pairwise precision {_pct(dedup.get('precision'))}, "
                 f"recall {_pct(dedup.get('recall'))} ({dedup.get('pairs_gold', 0)} gold same-event pairs).")
    return "\n".join(lines)


def details_lines(report: EvalReport, *, all_documents: bool = False) -> list[str]:
    """Per document, every gold event and prediction: matched (with wrong fields), missed (with
    the nearest prediction and why it did not match) and extra (with its sentence and the
    engine's reasons). For error analysis; plain text, one item per line."""
    lines: list[str] = []
    for result in report.results:
        match = result.match
        wrong = [p for p in match.pairs if not all(field_checks(p).values())]
        if not (all_documents or match.missed or match.extra or wrong):
            continue
        article = result.article
        lines.append(f"== {article.id} ({article.lang}) published {article.published or '?'}  "
                     f"F1 {result.f1:.2f}  {article.path}")
        for pair in match.pairs:
            bad = [f"{name}: {_field_value(pair, name)}" for name, ok in field_checks(pair).items() if not ok]
            lines.append(f"  OK      {_gold_line(pair.gold)}")
            lines.append(f"          pred  {_pred_line(pair.pred)}")
            if bad:
                lines.append("          wrong " + "; ".join(bad))
        for pair in match.optional_pairs:
            lines.append(f"  OPT     {_gold_line(pair.gold)}  <- {_pred_line(pair.pred)}")
        for gold in match.missed:
            lines.append(f"  MISSED  {_gold_line(gold)}")
            lines.append(f"          evidence: {_short(gold.evidence)}")
            nearest = min(result.predicted, key=lambda e: _closeness(gold, e), default=None)
            if nearest is not None:
                lines.append(f"          nearest {_pred_line(nearest)}: {why_unmatched(gold, nearest)}")
        for event in match.extra:
            lines.append(f"  EXTRA   {_pred_line(event)}")
            lines.append(f"          sentence: {_short(event.notes)}")
            provenance = event.provenance or {}
            lines.append(f"          place: {provenance.get('place_reason', '')}; date: "
                         f"{provenance.get('date_reason', '')}; type: {provenance.get('type_reason', '')}")
    return lines


def why_unmatched(gold: GoldEvent, pred: Event) -> str:
    reasons = []
    if not country_agrees(gold, pred):
        reasons.append(f"country {pred.country_code} ≠ {gold.country_code}")
    if not dates_agree(gold, pred):
        reasons.append(f"date {pred.event_date} vs {gold.event_date}")
    distance = distance_km(gold, pred)
    if country_agrees(gold, pred) and not places_agree(gold, pred):
        reasons.append(f"{distance:.0f} km away" if distance is not None else "no coordinates")
    return ", ".join(reasons) or "matched another gold event"


def _closeness(gold: GoldEvent, pred: Event) -> tuple[bool, float]:
    distance = distance_km(gold, pred)
    return (not country_agrees(gold, pred), distance if distance is not None else 1e9)


def _gold_line(gold: GoldEvent) -> str:
    status = "" if gold.required else "[optional] "
    return (f"{status}{gold.sub_event_type} {gold.event_date} {gold.location or '?'}, {gold.country_code} "
            f"({gold.latitude:.2f},{gold.longitude:.2f}) gp{gold.geo_precision} "
            f"{gold.actor1 or '-'} vs {gold.actor2 or '-'} killed {gold.fatalities} hurt {gold.injured}")


def _pred_line(pred: Event) -> str:
    where = f"({pred.latitude:.2f},{pred.longitude:.2f})" if pred.latitude is not None else "(?)"
    return (f"{pred.sub_event_type} {pred.event_date} {pred.location}, {pred.country_code} {where} "
            f"gp{pred.geo_precision} {pred.actor1 or '-'} vs {pred.actor2 or '-'} "
            f"killed {pred.fatalities} hurt {pred.injured}")


def _field_value(pair: Pair, name: str) -> str:
    gold, pred = pair.gold, pair.pred
    if name == "place":
        distance = distance_km(gold, pred)
        return f"{pred.location} {distance:.0f} km from {gold.location}" if distance is not None else pred.location
    attribute = {"date": "event_date"}.get(name, name)
    return f"{getattr(pred, attribute)!r} (gold {getattr(gold, attribute)!r})"


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
