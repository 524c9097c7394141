"""Scoring an engine against a gold directory: events, fields, languages, deduplication."""

from __future__ import annotations

import itertools
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DatelineError
from ..models import Claim, Document, Event
from .gold import GoldArticle
from .matching import FIELDS, DocumentMatch, field_checks, match_document

Extractor = Callable[[Document], tuple[list[Event], list[Claim]]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, match: DocumentMatch) -> None:
        self.tp += len(match.pairs)
        self.fp += len(match.extra)
        self.fn += len(match.missed)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocumentResult:
    article: GoldArticle
    predicted: list[Event]
    claims: list[Claim]
    match: DocumentMatch

    @property
    def f1(self) -> float:
        counts = Counts()
        counts.add(self.match)
        if not counts.tp + counts.fp + counts.fn:
            return 1.0
        return counts.f1


@dataclass
class EvalReport:
    results: list[DocumentResult]
    errors: list[str] = field(default_factory=list)
    dedup: dict[str, Any] = field(default_factory=dict)

    def counts(self, lang: str | None = None) -> Counts:
        counts = Counts()
        for result in self._results(lang):
            counts.add(result.match)
        return counts

    def languages(self) -> list[str]:
        return sorted({r.article.lang for r in self.results})

    def field_accuracy(self, lang: str | None = None) -> dict[str, tuple[int, int]]:
        right: Counter[str] = Counter()
        total = 0
        for result in self._results(lang):
            for pair in result.match.pairs:
                total += 1
                right.update(name for name, ok in field_checks(pair).items() if ok)
        return {name: (right[name], total) for name in FIELDS}

    def confusion(self) -> Counter[tuple[str, str]]:
        return Counter((p.gold.sub_event_type, p.pred.sub_event_type)
                       for r in self.results for p in r.match.pairs)

    def worst(self, limit: int = 10) -> list[DocumentResult]:
        scored = [r for r in self.results if r.match.missed or r.match.extra]
        return sorted(scored, key=lambda r: (r.f1, -len(r.match.missed) - len(r.match.extra)))[:limit]

    def claim_counts(self) -> dict[str, int]:
        return {"gold": sum(len(r.article.claims) for r in self.results),
                "predicted": sum(len(r.claims) for r in self.results)}

    def _results(self, lang: str | None) -> Iterable[DocumentResult]:
        return (r for r in self.results if lang is None or r.article.lang == lang)

    def as_dict(self) -> dict[str, Any]:
        def fields(lang: str | None) -> dict[str, Any]:
            return {name: {"right": ok, "total": total, "accuracy": round(ok / total, 4) if total else None}
                    for name, (ok, total) in self.field_accuracy(lang).items()}

        return {
            "documents": len(self.results),
            "events": self.counts().as_dict(),
            "fields": fields(None),
            "languages": {lang: {"documents": sum(1 for r in self.results if r.article.lang == lang),
                                 "events": self.counts(lang).as_dict(), "fields": fields(lang)}
                          for lang in self.languages()},
            "dedup": self.dedup,
            "claims": self.claim_counts(),
            "confusion": [{"gold": g, "predicted": p, "count": n}
                          for (g, p), n in sorted(self.confusion().items())],
            "worst": [{"id": r.article.id, "lang": r.article.lang, "f1": round(r.f1, 4),
                       "missed": len(r.match.missed), "extra": len(r.match.extra)}
                      for r in self.worst()],
            "errors": self.errors,
        }


def evaluate(articles: Iterable[GoldArticle], extract: Extractor, *,
             dedup: bool = True, progress: Callable[[GoldArticle], None] | None = None) -> EvalReport:
    """Run ``extract`` on every article and score it; ``dedup`` also ingests into a temporary store."""
    results: list[DocumentResult] = []
    errors: list[str] = []
    for article in articles:
        if progress:
            progress(article)
        try:
            predicted, claims = extract(article.document())
        except DatelineError as exc:
            errors.append(f"{article.path}: {exc}")
            predicted, claims = [], []
        results.append(DocumentResult(article, predicted, claims,
                                      match_document(article.events, predicted)))
    report = EvalReport(results, errors)
    if dedup:
        report.dedup = score_dedup(results)
    return report


def score_dedup(results: list[DocumentResult]) -> dict[str, Any]:
    """Pairwise precision and recall of "same cluster" over matched events of different articles.

    The predictions are ingested into a temporary store so that the store's own merging
    decides the clusters, exactly as it would for a user.
    """
    from ..store import Store

    with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
        store = Store(str(Path(tmp) / "eval.db"))
        try:
            for result in results:
                store.add(result.article.document(), result.predicted, result.claims)
            clusters = {e.event_id: e.cluster_id for e in store.events()}
        finally:
            store.close()
    matched = [(r.article.id, pair) for r in results
               for pair in (*r.match.pairs, *r.match.optional_pairs)]
    both = predicted_same = gold_same = 0
    for (doc_a, a), (doc_b, b) in itertools.combinations(matched, 2):
        if doc_a == doc_b:
            continue
        cluster_a, cluster_b = clusters.get(a.pred.event_id), clusters.get(b.pred.event_id)
        same_predicted = cluster_a is not None and cluster_a == cluster_b
        same_gold = a.gold.cluster == b.gold.cluster
        predicted_same += same_predicted
        gold_same += same_gold
        both += same_predicted and same_gold
    return {
        "pairs_gold": gold_same, "pairs_predicted": predicted_same, "pairs_both": both,
        "precision": round(both / predicted_same, 4) if predicted_same else None,
        "recall": round(both / gold_same, 4) if gold_same else None,
    }
