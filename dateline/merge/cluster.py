"""Merge stage: each stored report of an event joins a canonical event (a cluster) or starts one.

Runs inside the transaction that stores a document. Candidates come from blocking (same
country, a date window, a bounding box) on an indexed table, never from all pairs, so the
cost of an insert stays flat as the store grows. Analysts' corrections (merge, split) are
kept in ``cluster_overrides`` and win over the machine on every later run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..models import Document, Event
from ..store.tables import cluster_overrides, clusters, document_bands, documents, events
from .match import MATCH_THRESHOLD, Coded, compare
from .simhash import MAX_DISTANCE, bands, distance, simhash

WINDOW_DAYS = 31
FAMILY_DAYS = 7
FAMILY_CANDIDATES = 200

# Statements run for every stored event, built once (constructing SQLAlchemy statements is
# the costly part of a small query).
_OVERRIDE = sa.select(cluster_overrides).where(cluster_overrides.c.event_id == sa.bindparam("event_id"))
_ANY_OVERRIDE = sa.select(cluster_overrides.c.event_id).limit(1)
_SET_CLUSTER = events.update().where(events.c.event_id == sa.bindparam("eid")).values(
    cluster_id=sa.bindparam("cid"))
_DOCUMENT_CLUSTERS = sa.select(events.c.cluster_id).where(
    events.c.doc_id == sa.bindparam("doc_id"), events.c.cluster_id.is_not(None))
_CANDIDATES = sa.select(clusters).where(
    clusters.c.country_code == sa.bindparam("country"), clusters.c.event_date.between(
        sa.bindparam("low", type_=sa.Date), sa.bindparam("high", type_=sa.Date)))
_CANDIDATES_NEAR = _CANDIDATES.where(sa.or_(
    clusters.c.latitude.is_(None), clusters.c.geo_precision >= 3,
    sa.and_(clusters.c.latitude.between(sa.bindparam("lat_low"), sa.bindparam("lat_high")),
            clusters.c.longitude.between(sa.bindparam("lon_low"), sa.bindparam("lon_high")))))
_MEMBERS = (sa.select(events, documents.c.family_id, documents.c.published, documents.c.ingested_at)
            .join(documents, documents.c.id == events.c.doc_id)
            .where(events.c.cluster_id == sa.bindparam("cluster_id")))
_BAND_MATCHES = (sa.select(documents.c.simhash, documents.c.family_id)
                 .join(document_bands, document_bands.c.doc_id == documents.c.id)
                 .where(document_bands.c.band == sa.bindparam("band"), document_bands.c.value == sa.bindparam("value"),
                        sa.or_(document_bands.c.day == "", document_bands.c.day.between(
                            sa.bindparam("low"), sa.bindparam("high"))),
                        documents.c.id != sa.bindparam("doc_id"))
                 .limit(FAMILY_CANDIDATES))
_REASONS = sa.select(clusters.c.merge_reasons).where(clusters.c.cluster_id == sa.bindparam("cluster_id"))
BOX_DEGREES = 1.0  # about 110 km: wider than any distance limit of match.py


def new_cluster_id(conn: sa.Connection, event_id: str) -> str:
    """Derived from the founding report, so re-running the same ingest gives the same ids."""
    for attempt in range(100):
        salt = f"|{attempt}" if attempt else ""
        cluster_id = "ce-" + hashlib.sha1((event_id + salt).encode("utf-8")).hexdigest()[:16]
        if conn.execute(sa.select(clusters.c.cluster_id).where(clusters.c.cluster_id == cluster_id)).first() is None:
            return cluster_id
    raise RuntimeError("no free cluster id")  # unreachable in practice


def assign_document(conn: sa.Connection, doc: Document, doc_events: Iterable[Event]) -> str:
    """Give the document a source family and each of its events a cluster; returns the family."""
    family = _source_family(conn, doc)
    corrected = conn.execute(_ANY_OVERRIDE).first() is not None
    for event in doc_events:
        assign_event(conn, event, corrected=corrected)
    return family


def _source_family(conn: sa.Connection, doc: Document) -> str:
    """Near copies of one wire story (SimHash within MAX_DISTANCE bits) share a family."""
    fingerprint = simhash(doc.text)
    parts = bands(fingerprint)
    day = doc.published_date()
    # copies of a wire story run within days of each other: the band index is range-limited
    # by day, so the lookup costs the same whatever the size of the store
    low = (day - dt.timedelta(days=FAMILY_DAYS)).isoformat() if day else ""
    high = (day + dt.timedelta(days=FAMILY_DAYS)).isoformat() if day else "9999"
    family = doc.id
    for band, value in enumerate(parts):
        rows = conn.execute(_BAND_MATCHES, {"band": band, "value": value, "low": low, "high": high,
                                            "doc_id": doc.id}).all()
        match = next((r.family_id for r in rows if r.simhash is not None and
                      distance(r.simhash, fingerprint) <= MAX_DISTANCE), None)
        if match:
            family = match
            break
    conn.execute(documents.update().where(documents.c.id == doc.id)
                 .values(simhash=fingerprint, family_id=family))
    conn.execute(document_bands.insert(), [{"doc_id": doc.id, "band": i, "value": v,
                                            "day": day.isoformat() if day else ""} for i, v in enumerate(parts)])
    return family


def assign_event(conn: sa.Connection, event: Event, *, corrected: bool = True) -> str:
    """Put ``event`` (already stored) into the best matching cluster, or a new one.
    ``corrected=False`` says the store holds no analyst correction at all (a shortcut)."""
    override = conn.execute(_OVERRIDE, {"event_id": event.event_id}).mappings().first() if corrected else None
    reason = ""
    cluster_id = None
    if override and override["kind"] == "merge":
        cluster_id = conn.execute(sa.select(events.c.cluster_id).where(
            events.c.event_id == override["target_event_id"])).scalar()
        reason = "merged by an analyst"
    elif not override:
        cluster_id, reason = _best_candidate(conn, event, corrected=corrected)
    if cluster_id is None:
        cluster_id = new_cluster_id(conn, event.event_id)
        reason = "split by an analyst" if override else "no matching event: a new one"
        _create(conn, cluster_id, event)
    conn.execute(_SET_CLUSTER, {"eid": event.event_id, "cid": cluster_id})
    refresh(conn, cluster_id, note=(event.event_id, reason))
    event.cluster_id = cluster_id
    return cluster_id


def _best_candidate(conn: sa.Connection, event: Event, *, corrected: bool) -> tuple[str | None, str]:
    params: dict[str, Any] = {"country": event.country_code,
                              "low": event.event_date - dt.timedelta(days=WINDOW_DAYS),
                              "high": event.event_date + dt.timedelta(days=WINDOW_DAYS)}
    query = _CANDIDATES
    if event.latitude is not None and event.longitude is not None and (event.geo_precision or 3) < 3:
        box = BOX_DEGREES / max(math.cos(math.radians(event.latitude)), 0.2)
        params.update(lat_low=event.latitude - BOX_DEGREES, lat_high=event.latitude + BOX_DEGREES,
                      lon_low=event.longitude - box, lon_high=event.longitude + box)
        query = _CANDIDATES_NEAR
    candidates = conn.execute(query, params).mappings().all()
    if not candidates:
        return None, ""
    same_document = set(conn.execute(_DOCUMENT_CLUSTERS, {"doc_id": event.doc_id}).scalars())
    blocked = _split_clusters(conn, [c["cluster_id"] for c in candidates]) if corrected else set()
    report = _coded(event.model_dump())
    best: tuple[float, str, str] | None = None
    for candidate in candidates:
        if candidate["cluster_id"] in same_document or candidate["cluster_id"] in blocked:
            continue
        decision = compare(report, _coded(candidate))
        if decision and decision.score >= MATCH_THRESHOLD and (best is None or decision.score > best[0]):
            best = (decision.score, candidate["cluster_id"], decision.reason)
    return (best[1], f"{best[2]} (score {best[0]})") if best else (None, "")


def _split_clusters(conn: sa.Connection, cluster_ids: list[str]) -> set[str]:
    """Clusters made by an analyst's split: the machine never adds to them."""
    rows = conn.execute(sa.select(events.c.cluster_id).join(
        cluster_overrides, cluster_overrides.c.event_id == events.c.event_id).where(
        cluster_overrides.c.kind == "split", events.c.cluster_id.in_(cluster_ids))).scalars()
    return set(rows)


def _coded(row: Any) -> Coded:
    return Coded(country_code=row["country_code"], event_date=row["event_date"],
                 time_precision=row["time_precision"], sub_event_type=row["sub_event_type"],
                 latitude=row["latitude"], longitude=row["longitude"], geo_precision=row["geo_precision"],
                 admin1=row["admin1"] or "", actor1=row["actor1"] or "", actor2=row["actor2"] or "")


def _create(conn: sa.Connection, cluster_id: str, event: Event) -> None:
    conn.execute(clusters.insert().values(
        cluster_id=cluster_id, event_date=event.event_date, time_precision=event.time_precision,
        sub_event_type=event.sub_event_type, country_code=event.country_code, admin1=event.admin1,
        latitude=event.latitude, longitude=event.longitude, geo_precision=event.geo_precision,
        actor1=event.actor1, actor2=event.actor2, lead_event_id=event.event_id, reports=1,
        corroboration=1, merge_reasons=[]))


def refresh(conn: sa.Connection, cluster_id: str, *, note: tuple[str, str] | None = None) -> None:
    """Recompute a cluster's merged fields from its reports (and record why ``note``'s event
    joined it); delete the cluster when no report is left."""
    members = conn.execute(_MEMBERS, {"cluster_id": cluster_id}).mappings().all()
    if not members:
        conn.execute(clusters.delete().where(clusters.c.cluster_id == cluster_id))
        return
    lead = min(members, key=_lead_rank)
    killed = [m["fatalities"] for m in members if m["fatalities"] is not None]
    hurt = [m["injured"] for m in members if m["injured"] is not None]
    seen = [m["published"] or m["ingested_at"] for m in members if m["published"] or m["ingested_at"]]
    reasons = conn.execute(_REASONS, {"cluster_id": cluster_id}).scalar() or []
    member_ids = {m["event_id"] for m in members}
    reasons = [r for r in reasons if r.get("event_id") in member_ids and (not note or r["event_id"] != note[0])]
    if note:
        reasons.append({"event_id": note[0], "reason": note[1]})
    conn.execute(clusters.update().where(clusters.c.cluster_id == cluster_id).values(
        merge_reasons=reasons,
        event_date=lead["event_date"], time_precision=lead["time_precision"],
        sub_event_type=lead["sub_event_type"], country_code=lead["country_code"], admin1=lead["admin1"],
        latitude=lead["latitude"], longitude=lead["longitude"], geo_precision=lead["geo_precision"],
        actor1=lead["actor1"], actor2=lead["actor2"], lead_event_id=lead["event_id"],
        reports=len(members), corroboration=len({m["family_id"] or m["doc_id"] for m in members}),
        fatalities_min=min(killed) if killed else None, fatalities_max=max(killed) if killed else None,
        injured_min=min(hurt) if hurt else None, injured_max=max(hurt) if hurt else None,
        first_reported=min(seen) if seen else None))


def _lead_rank(member: Any) -> tuple:
    """The report that speaks for the cluster: the most precise place and date, then the most
    confident, then the first reported."""
    return (member["geo_precision"] or 4, member["time_precision"], -(member["confidence"] or 0),
            member["published"] or "", member["event_id"])


def clusters_of_document(conn: sa.Connection, doc_id: str) -> set[str]:
    return set(conn.execute(_DOCUMENT_CLUSTERS, {"doc_id": doc_id}).scalars())
