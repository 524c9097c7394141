"""Human-readable tables of an evaluation report (rich), and the Markdown the README embeds."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from .matching import FIELDS
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
