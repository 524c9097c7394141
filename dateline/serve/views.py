"""The composite records of the API: an event with its whole story, an article with its marks.

Built only from the store's public reads, so the API shows exactly what the CLI and the
Python API see.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import NotFoundError
from ..export.records import claim_record, event_record
from ..models import Claim, Document, Event
from ..store import EventQuery, Store
from ..store.api_queries import documents_of_cluster

DOCUMENT_FIELDS = ("id", "title", "url", "source", "published", "lang", "place")


def document_summary(doc: Document) -> dict[str, Any]:
    """The document's own fields; not ``meta``, which may hold the server's file paths."""
    return {name: getattr(doc, name) for name in DOCUMENT_FIELDS}


def event_detail(store: Store, identifier: str) -> dict[str, Any]:
    """A per-document event (``ev-...``) or a canonical event (``ce-...``) with its evidence and
    provenance, its canonical event, every report of it and the claims of those reports."""
    try:
        event: Event = store.event(identifier)
        cluster_id = event.cluster_id
    except NotFoundError:
        found = next(store.canonical(EventQuery(cluster_id=identifier)), None)
        if found is None:
            raise NotFoundError(f"no event or canonical event {identifier!r}") from None
        event, cluster_id = found, identifier
    canonical = next(store.canonical(EventQuery(cluster_id=cluster_id)), None) if cluster_id else None
    members = {e.event_id: e for e in store.events(EventQuery(cluster_id=cluster_id))} if cluster_id \
        else {event.event_id: event}
    documents = {d["id"]: d for d in documents_of_cluster(store, cluster_id)} if cluster_id \
        else {event.doc_id: document_summary(store.document(event.doc_id))}
    reports = canonical.report_list if canonical else []
    report_rows = []
    for report in reports:
        member = members.get(report.event_id)
        doc = documents.get(report.doc_id, {})
        report_rows.append({**report.model_dump(mode="json"), "title": doc.get("title"),
                            **({key: getattr(member, key) for key in ("sub_event_type", "location", "actor1",
                                                                       "actor2", "notes")} if member else {}),
                            "event_date": member.event_date.isoformat() if member else None})
    claims = [claim_record(claim) for doc_id in documents for claim in store.claims(doc_id)]
    return {"event": event_record(event), "canonical": event_record(canonical, provenance=False) if canonical else None,
            "reports": report_rows, "claims": claims,
            "document": documents.get(event.doc_id)}


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    """An article, its events and claims, and its text cut into segments, each with the
    evidence marks that cover it, so a client highlights without counting characters (Python
    counts code points, JavaScript UTF-16 units)."""
    doc = store.document(doc_id)
    doc_events = list(store.events(EventQuery(doc_id=doc_id)))
    doc_claims = list(store.claims(doc_id))
    spans = list(evidence_spans(doc_events, doc_claims, len(doc.text)))
    return {"document": {**document_summary(doc), "text": doc.text},
            "events": [{"event_id": e.event_id, "cluster_id": e.cluster_id, "event_date": e.event_date.isoformat(),
                        "sub_event_type": e.sub_event_type, "location": e.location, "country_code": e.country_code}
                       for e in doc_events],
            "claims": [claim_record(claim) for claim in doc_claims],
            "spans": spans, "segments": segments(doc.text, spans)}


def evidence_spans(doc_events: Iterable[Event], doc_claims: Iterable[Claim], length: int) -> Iterable[dict[str, Any]]:
    """Every evidence span, clipped to the text; empty or inverted spans are dropped."""
    owners: list[tuple[str, str, Any]] = [("event_id", e.event_id, e.evidence) for e in doc_events]
    owners += [("claim_id", c.claim_id, c.evidence) for c in doc_claims]
    for key, owner, evidence in owners:
        for item in evidence:
            start, end = max(0, item.start), min(length, item.end)
            if start < end:
                yield {"start": start, "end": end, "field": item.field, key: owner}


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` cut at every span boundary; each piece lists the fields and the events or
    claims whose evidence covers it (none for plain text). Joined, the pieces are the text."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s["start"] <= start and s["end"] >= end]
        piece: dict[str, Any] = {"text": text[start:end]}
        if covering:
            piece["fields"] = sorted({s["field"] for s in covering})
            piece["events"] = sorted({s["event_id"] for s in covering if "event_id" in s})
            piece["claims"] = sorted({s["claim_id"] for s in covering if "claim_id" in s})
        pieces.append(piece)
    return pieces
