"""Canonical events in the store: what the merge stage needs, read; what it decided, written.

The merge stage (``dateline/merge/``) decides without a connection. This module reads, for a
batch of reports, everything those decisions may depend on, in a few queries whatever the
batch size (no query per report): the canonical events in the reports' blocks (indexed
ranges of ``(country_code, time_precision, event_date)``) with their members, the analysts'
corrections, and the stored documents sharing a SimHash band with the batch's documents;
then writes the canonical events the :class:`~dateline.merge.cluster.Assigner` founded or
changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa

from ..merge.blocking import date_ranges
from ..merge.cluster import Assigner, Cluster, Member, Override, cluster_id_for, merged_fields
from ..merge.family import Banded, Families, day_range
from ..merge.match import Coded
from ..models import Event
from . import bulk
from .tables import cluster_overrides, clusters, documents, events

T = TypeVar("T")
CHUNK = 500  # ids or ranges per statement: far below any database's parameter limit

_MEMBER_COLUMNS = (events.c.event_id, events.c.doc_id, events.c.cluster_id, events.c.location, events.c.country_code,
                   events.c.event_date, events.c.time_precision, events.c.sub_event_type, events.c.latitude,
                   events.c.longitude, events.c.geo_precision, events.c.admin1, events.c.actor1, events.c.actor2,
                   events.c.confidence, events.c.fatalities, events.c.injured, documents.c.published,
                   documents.c.ingested_at, documents.c.family_id)
_CLUSTER_COLUMNS = (clusters.c.cluster_id, clusters.c.lead_event_id, clusters.c.country_code, clusters.c.event_date,
                    clusters.c.time_precision,
                    clusters.c.sub_event_type, clusters.c.latitude, clusters.c.longitude, clusters.c.geo_precision,
                    clusters.c.admin1, clusters.c.actor1, clusters.c.actor2)

_CLUSTER_NAMES = tuple(column.name for column in _CLUSTER_COLUMNS)
_CLUSTER_SQL = ", ".join(_CLUSTER_NAMES)
_BLOCK_RANGE = "(country_code = ? AND time_precision = ? AND event_date BETWEEN ? AND ?)"  # ix_clusters_blocking


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def coded(row: Any) -> Coded:
    """The coded fields of an event or cluster row (or an :class:`Event`)."""
    get = row.__getitem__ if not isinstance(row, Event) else row.__getattribute__
    return Coded(country_code=get("country_code"), event_date=get("event_date"),
                 time_precision=get("time_precision"), sub_event_type=get("sub_event_type"),
                 latitude=get("latitude"), longitude=get("longitude"), geo_precision=get("geo_precision"),
                 admin1=get("admin1") or "", actor1=get("actor1") or "", actor2=get("actor2") or "",
                 place=_place_name(row, get))


def _place_name(row: Any, get: Any) -> str:
    """The place's name as coded, for rows that have one (a cluster row takes its lead's)."""
    if isinstance(row, Event) or "location" in row:
        return str(get("location") or "").lower()
    return ""


def member(row: dict[str, Any], *, published: str | None, ingested_at: str | None, family_id: str | None) -> Member:
    """A report about to be stored (its row of ``events``), as a member of a canonical event."""
    return Member(event_id=row["event_id"], doc_id=row["doc_id"], coded=coded(row), confidence=row["confidence"],
                  published=published, ingested_at=ingested_at, family_id=family_id,
                  fatalities=row["fatalities"], injured=row["injured"])


def _member_from_row(row: Any) -> Member:
    return Member(event_id=row["event_id"], doc_id=row["doc_id"], coded=coded(row), confidence=row["confidence"],
                  published=row["published"], ingested_at=row["ingested_at"], family_id=row["family_id"],
                  fatalities=row["fatalities"], injured=row["injured"])


# -- reading what decisions depend on -------------------------------------------------------

def overrides(conn: sa.Connection, event_ids: Sequence[str]) -> dict[str, Override]:
    """The analysts' corrections of these reports (none at all: one cheap query)."""
    if conn.execute(sa.select(cluster_overrides.c.event_id).limit(1)).first() is None:
        return {}
    found: dict[str, Override] = {}
    for part in bulk.parts(conn, event_ids):
        chosen = sa.select(cluster_overrides).where(bulk.one_of(conn, cluster_overrides.c.event_id, part))
        for row in conn.execute(chosen).mappings():
            found[row["event_id"]] = Override(row["kind"], row["target_event_id"])
    return found


def assigner(conn: sa.Connection, reports: Sequence[Member], corrections: dict[str, Override]) -> Assigner:
    """An assigner holding every canonical event ``reports`` may join: those in their blocks
    and those of the analysts' merge targets, each with all its members."""
    targets = [o.target_event_id for o in corrections.values() if o.kind == "merge" and o.target_event_id]
    wanted: dict[str, Any] = {}
    for ids_part in bulk.parts(conn, targets):
        ids = conn.execute(sa.select(events.c.cluster_id).where(
            bulk.one_of(conn, events.c.event_id, ids_part), events.c.cluster_id.is_not(None))).scalars()
        for row in _cluster_rows(conn, clusters.c.cluster_id.in_(list(ids))):
            wanted[row["cluster_id"]] = row
    ranges = date_ranges(r.coded for r in reports)
    for range_part in chunks(ranges, 100):
        block = " OR ".join([_BLOCK_RANGE] * len(range_part))
        parameters = [value for r in range_part for value in (r.country_code, r.precision, _day(conn, r.low),
                                                                _day(conn, r.high))]
        for values in bulk.select(conn, f"SELECT {_CLUSTER_SQL} FROM clusters WHERE {block}", parameters):
            row = dict(zip(_CLUSTER_NAMES, values, strict=True))
            row["event_date"] = _date(row["event_date"])
            wanted[row["cluster_id"]] = row
    held = _with_members(conn, wanted, split=bool(corrections) or _any_split(conn))
    asked = {cluster_id_for(r.event_id) for r in reports}  # the ids new clusters will most likely take
    taken = _existing(conn, sorted(asked))
    return Assigner(held, taken=lambda cluster_id: cluster_id in taken if cluster_id in asked
                    else _exists(conn, cluster_id))


def _cluster_rows(conn: sa.Connection, where: sa.ColumnElement[bool]) -> Iterable[Any]:
    return conn.execute(sa.select(*_CLUSTER_COLUMNS).where(where)).mappings()


def _with_members(conn: sa.Connection, rows: dict[str, Any], *, split: bool) -> list[Cluster]:
    held = {cid: Cluster(cid, coded(row)) for cid, row in rows.items()}
    ids = sorted(held)
    for part in bulk.parts(conn, ids):
        for values in _member_values(conn, part):
            cluster = held[values[2]]
            cluster.members.append(_member_from_values(values))
            if values[0] == rows[values[2]]["lead_event_id"]:  # the lead names the place
                cluster.coded = dataclasses.replace(cluster.coded, place=cluster.members[-1].coded.place)
        if split:
            for cluster_id in conn.execute(sa.select(events.c.cluster_id).join(
                    cluster_overrides, cluster_overrides.c.event_id == events.c.event_id).where(
                    cluster_overrides.c.kind == "split", bulk.one_of(conn, events.c.cluster_id, part))).scalars():
                held[cluster_id].split = True
    return list(held.values())


_MEMBER_SQL = ("e.event_id, e.doc_id, e.cluster_id, e.location, e.country_code, e.event_date, e.time_precision, "
               "e.sub_event_type, e.latitude, e.longitude, e.geo_precision, e.admin1, e.actor1, e.actor2, "
               "e.confidence, e.fatalities, e.injured, d.published, d.ingested_at, d.family_id")
_MEMBERS_SQLITE = (f"SELECT {_MEMBER_SQL} FROM events AS e JOIN documents AS d ON d.id = e.doc_id "
                   "WHERE e.cluster_id IN ({}) ORDER BY e.event_id")
# PostgreSQL: one index look-up per canonical event, whatever its statistics say (it took a
# few hundred ids for a large share of the table and read all of it)
_MEMBERS_POSTGRESQL = ("SELECT m.* FROM unnest(CAST(? AS text[])) AS wanted(cluster_id) CROSS JOIN LATERAL "
                       f"(SELECT {_MEMBER_SQL} FROM events AS e JOIN documents AS d ON d.id = e.doc_id "
                       "WHERE e.cluster_id = wanted.cluster_id OFFSET 0) AS m ORDER BY m.event_id")


def _member_values(conn: sa.Connection, cluster_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """The stored reports of these canonical events, as values in ``_MEMBER_SQL``'s order,
    by event id."""
    if conn.dialect.name == "postgresql":
        return bulk.select(conn, _MEMBERS_POSTGRESQL, (list(cluster_ids),))
    return bulk.select(conn, _MEMBERS_SQLITE.format(bulk.marks(len(cluster_ids))), cluster_ids)


def _member_from_values(values: tuple[Any, ...]) -> Member:
    (event_id, doc_id, _cluster_id, location, country_code, event_date, time_precision, sub_event_type, latitude,
     longitude, geo_precision, admin1, actor1, actor2, confidence, fatalities, injured, published, ingested_at,
     family_id) = values
    return Member(event_id=event_id, doc_id=doc_id, coded=Coded(
        country_code=country_code, event_date=_date(event_date), time_precision=time_precision,
        sub_event_type=sub_event_type, latitude=latitude, longitude=longitude, geo_precision=geo_precision,
        admin1=admin1 or "", actor1=actor1 or "", actor2=actor2 or "", place=str(location or "").lower()),
        confidence=confidence, published=published, ingested_at=ingested_at, family_id=family_id,
        fatalities=fatalities, injured=injured)


def _day(conn: sa.Connection, day: dt.date) -> dt.date | str:
    """A date as :func:`bulk.select` passes it (SQLite stores dates as ISO text)."""
    return day.isoformat() if conn.dialect.name == "sqlite" else day


def _date(value: Any) -> dt.date:
    """A date as read by :func:`bulk.select` (SQLite gives its ISO text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _any_split(conn: sa.Connection) -> bool:
    return conn.execute(sa.select(cluster_overrides.c.event_id).where(
        cluster_overrides.c.kind == "split").limit(1)).first() is not None


def _existing(conn: sa.Connection, cluster_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in bulk.parts(conn, cluster_ids):
        found.update(conn.execute(sa.select(clusters.c.cluster_id).where(
            bulk.one_of(conn, clusters.c.cluster_id, part))).scalars())
    return found


def _exists(conn: sa.Connection, cluster_id: str) -> bool:
    return conn.execute(sa.select(clusters.c.cluster_id).where(clusters.c.cluster_id == cluster_id)).first() is not None


def clusters_of_documents(conn: sa.Connection, doc_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in bulk.parts(conn, doc_ids):
        found.update(conn.execute(sa.select(events.c.cluster_id).where(
            bulk.one_of(conn, events.c.doc_id, part), events.c.cluster_id.is_not(None))).scalars())
    return found


def families(conn: sa.Connection, fingerprints: Sequence[tuple[int, dt.date | None]]) -> Families:
    """Families of a batch of documents (fingerprint, publication day), holding the stored
    documents that share a band with one of them and were published near enough."""
    from ..merge.simhash import bands

    dated: set[tuple[int, int]] = set()
    undated: set[tuple[int, int]] = set()
    for fingerprint, day in fingerprints:
        (dated if day is not None else undated).update(enumerate(bands(fingerprint)))
    found: set[tuple[int, int, str, int, str]] = set()
    # each day range in its own statement: an OR of ranges would make the database read every
    # day of a band value, a cost that grows with the store
    for low, high in _day_spans([day for _fp, day in fingerprints if day is not None]):
        found.update(_banded_rows(conn, sorted(dated), low, high))
    if undated:  # a document of unknown day may copy a document of any day
        found.update(_banded_rows(conn, sorted(undated), "0", "9999"))
    if _any_undated(conn):  # and any document may copy one of unknown day
        found.update(_banded_rows(conn, sorted(dated | undated), "", ""))
    return Families.of_stored(found)


# SQLite: one search per (month, band, value) in the index led by the publication month
_BANDS_SQLITE = ("SELECT band, value, day, simhash, family_id FROM document_bands WHERE substr(day, 1, 7) = ? "
                 "AND band = ? AND value IN ({}) AND day BETWEEN ? AND ? AND simhash IS NOT NULL")
_UNDATED_BANDS_SQLITE = ("SELECT band, value, day, simhash, family_id FROM document_bands WHERE day = '' "
                         "AND band = ? AND value IN ({}) AND simhash IS NOT NULL")
# PostgreSQL's planner reads ``band = ? AND value = ANY(?) AND day BETWEEN`` as a scan of the
# band's every day range (value a filter): a cost that grows with the store. A lateral look-up
# per (month, band, value), kept from being flattened (OFFSET 0), is one index descent each, in
# the index led by the publication month (0008_band_months).
_BANDS_POSTGRESQL = ("SELECT b.band, b.value, b.day, b.simhash, b.family_id FROM unnest(CAST(? AS text[])) AS m(month) "
                     "CROSS JOIN unnest(CAST(? AS integer[]), CAST(? AS integer[])) AS wanted(band, value) "
                     "CROSS JOIN LATERAL (SELECT band, value, day, simhash, family_id FROM document_bands "
                     "WHERE substr(day, 1, 7) = m.month AND band = wanted.band AND value = wanted.value "
                     "AND day BETWEEN ? AND ? AND simhash IS NOT NULL OFFSET 0) AS b")


def _any_undated(conn: sa.Connection) -> bool:
    """Whether any stored document has an unknown day (a look at a partial index: 0006)."""
    return bool(bulk.select(conn, "SELECT 1 FROM document_bands WHERE day = '' LIMIT 1"))


def _banded_rows(conn: sa.Connection, pairs: Sequence[tuple[int, int]], low: str, high: str
                 ) -> Iterator[tuple[int, int, str, int, str]]:
    """Stored band rows (band, value, day, SimHash, family) of these (band, value) pairs
    published from ``low`` to ``high``."""
    months = _months(conn, low, high) if high else [""]
    if not months:
        return
    if conn.dialect.name == "postgresql":
        for pairs_part in bulk.parts(conn, pairs):
            rows = bulk.select(conn, _BANDS_POSTGRESQL, (months, [band for band, _value in pairs_part],
                                                         [value for _band, value in pairs_part], low, high))
            yield from ((band, value, day, simhash, family_id or "") for band, value, day, simhash, family_id in rows)
        return
    by_band: dict[int, list[int]] = {}
    for band, value in pairs:
        by_band.setdefault(band, []).append(value)
    for month in months:
        for band, values in sorted(by_band.items()):
            for part in bulk.parts(conn, values):
                if month:
                    rows = bulk.select(conn, _BANDS_SQLITE.format(bulk.marks(len(part))),
                                       (month, band, *part, low, high))
                else:
                    rows = bulk.select(conn, _UNDATED_BANDS_SQLITE.format(bulk.marks(len(part))), (band, *part))
                yield from ((band, value, day, simhash, family_id or "")
                            for band, value, day, simhash, family_id in rows)


def _months(conn: sa.Connection, low: str, high: str) -> list[str]:
    """The publication months (``YYYY-MM``) of the days ``low`` to ``high`` (ISO), or, for every
    day ("0" to "9999"), the months from the store's first to its last."""
    if len(low) < 7 or len(high) < 7:
        first = bulk.select(conn, "SELECT substr(day, 1, 7) FROM document_bands WHERE substr(day, 1, 7) > '' "
                                  "ORDER BY substr(day, 1, 7) LIMIT 1")
        last = bulk.select(conn, "SELECT substr(day, 1, 7) FROM document_bands WHERE substr(day, 1, 7) > '' "
                                 "ORDER BY substr(day, 1, 7) DESC LIMIT 1")
        if not first:
            return []
        low, high = max(low, first[0][0]), min(high, last[0][0])
    year, month = int(low[:4]), int(low[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= high[:7]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _day_spans(days: Sequence[dt.date]) -> list[tuple[str, str]]:
    """Publication days (ISO, ranges joined) that copies of documents of ``days`` may have."""
    spans = sorted(day_range(day) for day in days)
    joined = spans[:1]
    for low, high in spans[1:]:
        if low <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(high, joined[-1][1]))
        else:
            joined.append((low, high))
    return joined


def families_of(conn: sa.Connection, docs: Sequence[tuple[str, int, dt.date | None]]
                ) -> tuple[dict[str, str], list[Banded]]:
    """The source family of each document (id, SimHash, publication day) of a batch, in
    order, and the band rows to store for them."""
    finder = families(conn, [(fingerprint, day) for _doc_id, fingerprint, day in docs])
    family_of: dict[str, str] = {}
    bands: list[Banded] = []
    for doc_id, fingerprint, day in docs:
        family_of[doc_id], rows = finder.family(doc_id, fingerprint, day)
        bands += rows
    return family_of, bands


@dataclass(frozen=True)
class Decided:
    """What the merge stage decided for a batch of reports."""

    clusters: dict[str, str]  # event id -> canonical event
    assigner: Assigner  # holds the canonical events founded or changed, to write


def decide(conn: sa.Connection, documents_reports: Sequence[Sequence[Member]]) -> Decided:
    """The canonical event of every report of a batch, document after document: what storing
    them one by one would give. Reads everything first (a few queries), then decides."""
    reports = [report for members in documents_reports for report in members]
    corrections = overrides(conn, [report.event_id for report in reports])
    decided = assigner(conn, reports, corrections)
    cluster_of: dict[str, str] = {}
    for members in documents_reports:
        for assignment in decided.assign_document(members, corrections):
            cluster_of[assignment.event_id] = assignment.cluster_id
    return Decided(cluster_of, decided)


# -- writing what was decided ---------------------------------------------------------------

def write(conn: sa.Connection, decided: Assigner, *, refresh: Iterable[str] = ()) -> None:
    """Store the canonical events ``decided`` founded or changed, and recompute ``refresh``
    (canonical events that lost reports) from the store; an empty one is deleted."""
    touched = decided.touched()
    new = [c for c in touched if c.created]
    changed = [c for c in touched if not c.created]
    _with_reasons(conn, changed)
    bulk.insert(conn, clusters, [{"cluster_id": c.cluster_id, **(c.merged() or {})} for c in new])
    if changed:
        conn.execute(clusters.update().where(clusters.c.cluster_id == sa.bindparam("b_cluster_id")),
                     [_bound(c.cluster_id, c.merged() or {}) for c in changed])
    again = sorted(set(refresh) - {c.cluster_id for c in touched})
    if again:
        rows = {row["cluster_id"]: row for row in _cluster_rows(conn, bulk.one_of(conn, clusters.c.cluster_id, again))}
        for cluster in _with_reasons(conn, _with_members(conn, rows, split=False)):
            fields = cluster.merged()
            if fields is None:
                conn.execute(clusters.delete().where(clusters.c.cluster_id == cluster.cluster_id))
            else:
                conn.execute(clusters.update().where(clusters.c.cluster_id == cluster.cluster_id).values(**fields))


def _with_reasons(conn: sa.Connection, held: list[Cluster]) -> list[Cluster]:
    """``held`` with why each report joined, read only for the canonical events to rewrite."""
    by_id = {cluster.cluster_id: cluster for cluster in held}
    for part in bulk.parts(conn, sorted(by_id)):
        for cluster_id, reasons in conn.execute(sa.select(clusters.c.cluster_id, clusters.c.merge_reasons).where(
                bulk.one_of(conn, clusters.c.cluster_id, part))):
            by_id[cluster_id].reasons = list(reasons or [])
    return held


def _bound(cluster_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Parameters of the executemany update (bind names must differ from column names)."""
    return {"b_cluster_id": cluster_id, **fields}


def refresh(conn: sa.Connection, cluster_ids: Iterable[str]) -> None:
    """Recompute canonical events from their stored reports (after an analyst's merge or split,
    or a document deleted)."""
    write(conn, Assigner(()), refresh=cluster_ids)


def set_cluster(conn: sa.Connection, event_ids: Sequence[str], cluster_id: str | None) -> None:
    for part in bulk.parts(conn, event_ids):
        conn.execute(events.update().where(bulk.one_of(conn, events.c.event_id, part)).values(
            cluster_id=cluster_id))


def members_of_documents(conn: sa.Connection, doc_ids: Sequence[str]) -> list[Member]:
    """Stored reports of these documents, as members (the merge pass of a backfill)."""
    found: list[Member] = []
    for part in bulk.parts(conn, doc_ids):
        statement = (sa.select(*_MEMBER_COLUMNS).join(documents, documents.c.id == events.c.doc_id)
                     .where(bulk.one_of(conn, events.c.doc_id, part)).order_by(events.c.doc_id, events.c.event_id))
        found += [_member_from_row(row) for row in conn.execute(statement).mappings()]
    return found


def with_family(report: Member, family_id: str) -> Member:
    return dataclasses.replace(report, family_id=family_id)


def members_of(conn: sa.Connection, event_ids: Sequence[str]) -> list[Member]:
    """Stored reports as members (for reassigning them: an analyst's split)."""
    found: list[Member] = []
    for part in bulk.parts(conn, event_ids):
        statement = (sa.select(*_MEMBER_COLUMNS).join(documents, documents.c.id == events.c.doc_id)
                     .where(bulk.one_of(conn, events.c.event_id, part)))
        found += [_member_from_row(row) for row in conn.execute(statement).mappings()]
    return found


__all__ = ["Decided", "Member", "assigner", "clusters_of_documents", "coded", "decide", "families", "families_of",
           "member", "members_of", "members_of_documents", "merged_fields", "overrides", "refresh", "set_cluster",
           "with_family", "write"]
