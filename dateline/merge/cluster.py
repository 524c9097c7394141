"""Canonical events (clusters): which one each report joins, and what a cluster says.

Decisions only, no database: the store (``store/clusters.py``) loads the canonical events in
the blocks of a batch of reports (``blocking.py``) with their members and the analysts'
corrections, an :class:`Assigner` decides report after report, in order, and the store
writes what it decided. The same decisions serve one document, a batch of thousands, an
analyst's split and the merge pass of a backfill; decided in the same order, they give the
same canonical events whatever the batch size.

Analysts' corrections win over the machine: a report an analyst merged joins its target's
canonical event, a report an analyst split out starts one of its own, and the machine never
adds a report to a canonical event made by a split.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .blocking import PRECISIONS, box, countries, in_box, reach_of
from .match import MATCH_THRESHOLD, Coded, Decision, compare

_DAY = re.compile(r"ev-(\d{8})-")  # the day an event id leads with (older stores' ids have none)

MAX_ID_ATTEMPTS = 100


@dataclass(frozen=True, slots=True)
class Member:
    """A report as a member of a canonical event: what is compared, what ranks it as the
    cluster's lead, and what the cluster sums (figures, sources, first report)."""

    event_id: str
    doc_id: str
    coded: Coded
    confidence: float = 0.5
    published: str | None = None  # the document's publication date
    ingested_at: str | None = None
    family_id: str | None = None  # the document's source family (syndicated copies share one)
    fatalities: int | None = None
    injured: int | None = None

    def rank(self) -> tuple[int, int, float, str, str]:
        """The report that speaks for the cluster ranks lowest: the most precise place and
        date, then the most confident, then the first published."""
        return (self.coded.geo_precision or 4, self.coded.time_precision, -(self.confidence or 0),
                self.published or "", self.event_id)


@dataclass(frozen=True, slots=True)
class Override:
    """An analyst's correction of one report: ``merge`` into the canonical event of
    ``target_event_id``, or ``split`` it into one of its own."""

    kind: Literal["merge", "split"]
    target_event_id: str | None = None


@dataclass(slots=True)
class Cluster:
    """A canonical event as the assigner holds it: the coded fields a new report is compared
    with (its lead's, as last written), every member, and why each joined."""

    cluster_id: str
    coded: Coded
    members: list[Member] = field(default_factory=list)
    reasons: list[dict[str, str]] = field(default_factory=list)
    split: bool = False  # made by an analyst's split: the machine adds nothing to it
    created: bool = False  # founded by this assigner (not yet in the store)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (event id, reason) decided here

    def join(self, member: Member, reason: str) -> None:
        self.members.append(member)
        self.notes.append((member.event_id, reason))
        self.coded = min(self.members, key=Member.rank).coded

    def merged(self) -> dict[str, Any] | None:
        """The canonical event's stored fields, or None when no report is left."""
        return merged_fields(self.members, self.reasons, self.notes)


@dataclass(frozen=True, slots=True)
class Assignment:
    event_id: str
    cluster_id: str
    reason: str
    created: bool


def cluster_id_for(event_id: str, attempt: int = 0) -> str:
    """Derived from the founding report, so re-running the same ingest gives the same ids;
    ``attempt`` salts it when that id is taken (the report founded a cluster it later left)."""
    salt = f"|{attempt}" if attempt else ""
    day = _DAY.match(event_id)  # the founding report's day leads, as in its id
    digest = hashlib.sha1((event_id + salt).encode("utf-8")).hexdigest()[:16]
    return "ce-" + (f"{day.group(1)}-" if day else "") + digest


def merged_fields(members: Sequence[Member], reasons: Sequence[dict[str, str]],
                  notes: Sequence[tuple[str, str]] = ()) -> dict[str, Any] | None:
    """A cluster's fields from its reports: the lead's coded fields, the range of the figures,
    the number of reports and of independent sources, the first report, and why each report
    joined (``reasons`` kept for reports still members, ``notes`` newer); None when empty."""
    if not members:
        return None
    lead = min(members, key=Member.rank)
    killed = [m.fatalities for m in members if m.fatalities is not None]
    hurt = [m.injured for m in members if m.injured is not None]
    seen = [when for m in members if (when := m.published or m.ingested_at)]
    member_ids = {m.event_id for m in members}
    noted = {event_id for event_id, _reason in notes}
    kept = [r for r in reasons if r.get("event_id") in member_ids and r["event_id"] not in noted]
    kept += [{"event_id": event_id, "reason": reason} for event_id, reason in notes if event_id in member_ids]
    coded = lead.coded
    return {
        "merge_reasons": kept,
        "event_date": coded.event_date, "time_precision": coded.time_precision,
        "sub_event_type": coded.sub_event_type, "country_code": coded.country_code, "admin1": coded.admin1,
        "latitude": coded.latitude, "longitude": coded.longitude, "geo_precision": coded.geo_precision,
        "actor1": coded.actor1, "actor2": coded.actor2, "lead_event_id": lead.event_id,
        "reports": len(members), "corroboration": len({m.family_id or m.doc_id for m in members}),
        "fatalities_min": min(killed) if killed else None, "fatalities_max": max(killed) if killed else None,
        "injured_min": min(hurt) if hurt else None, "injured_max": max(hurt) if hurt else None,
        "first_reported": min(seen) if seen else None,
    }


class Assigner:
    """Decides, report after report, which canonical event each joins or founds.

    Holds the canonical events it was given (every one in the blocks of the reports to come,
    and those of analysts' merge targets) and those it founds; a report's decision sees the
    ones before it, so deciding a batch at once gives what deciding one by one would.
    ``taken`` says whether a cluster id already exists outside the assigner.
    """

    def __init__(self, clusters: Iterable[Cluster], *, taken: Callable[[str], bool] = lambda _cid: False) -> None:
        self.clusters: dict[str, Cluster] = {}
        self._event_cluster: dict[str, str] = {}
        # (country, date precision) -> day -> canonical events: a report looks at a few days only
        self._index: dict[tuple[str, int], dict[int, dict[str, Cluster]]] = {}
        self._taken = taken
        for cluster in clusters:
            self._hold(cluster)

    def _hold(self, cluster: Cluster) -> None:
        self.clusters[cluster.cluster_id] = cluster
        self._place(cluster)
        for member in cluster.members:
            self._event_cluster[member.event_id] = cluster.cluster_id

    def _place(self, cluster: Cluster) -> None:
        coded = cluster.coded
        days = self._index.setdefault((coded.country_code, coded.time_precision), {})
        days.setdefault(coded.event_date.toordinal(), {})[cluster.cluster_id] = cluster

    def _unplace(self, cluster: Cluster) -> None:
        coded = cluster.coded
        days = self._index.get((coded.country_code, coded.time_precision), {})
        days.get(coded.event_date.toordinal(), {}).pop(cluster.cluster_id, None)

    def _candidates(self, report: Coded) -> Iterator[Cluster]:
        """The canonical events of ``report``'s country (or countries) within reach of its date."""
        day = report.event_date.toordinal()
        for country, precision in itertools.product(countries(report), PRECISIONS):
            days = self._index.get((country, precision))
            if not days:
                continue
            span = reach_of(report, precision)
            if len(days) <= 2 * span:  # fewer days held than days in reach: look at each
                for ordinal, found in days.items():
                    if abs(ordinal - day) <= span:
                        yield from found.values()
            else:
                for ordinal in range(day - span, day + span + 1):
                    near = days.get(ordinal)
                    if near:
                        yield from near.values()

    def cluster_of(self, event_id: str) -> str | None:
        return self._event_cluster.get(event_id)

    def touched(self) -> list[Cluster]:
        """Canonical events founded or joined here, in the order first touched."""
        return [c for c in self.clusters.values() if c.notes]

    def assign_document(self, members: Sequence[Member],
                        corrections: Mapping[str, Override] | None = None) -> list[Assignment]:
        """The canonical events of one document's reports, decided together.

        Analysts' corrections first; then each canonical event takes at most one report of
        the document (the engine told them apart), best matches first, so that a report that
        fits a canonical event exactly is not robbed of it by a weaker one told earlier in the
        article; the reports left found canonical events of their own, in order."""
        corrections = corrections or {}
        decided: dict[int, Assignment] = {}
        used: set[str] = set()
        for index, member in enumerate(members):
            override = corrections.get(member.event_id)
            if override is not None:
                decided[index] = self.assign(member, override=override, exclude=used)
                used.add(decided[index].cluster_id)
        options: list[tuple[float, str, dt.date, str, int, Decision]] = []
        for index, member in enumerate(members):
            if index not in decided:
                options += [(-decision.score, member.event_id, cluster.coded.event_date, cluster.cluster_id, index,
                             decision) for cluster, decision in self.matches(member.coded, exclude=used)]
        options.sort(key=lambda option: option[:4])  # ties: by event id, so the reports' order never matters
        for _score, _event, _date, cluster_id, index, decision in options:
            if index not in decided and cluster_id not in used:
                decided[index] = self._join(cluster_id, members[index], _worded(decision))
                used.add(cluster_id)
        for index, member in enumerate(members):
            if index not in decided:
                decided[index] = self._found(member, "no matching event: a new one")
        return [decided[index] for index in range(len(members))]

    def assign(self, member: Member, *, override: Override | None = None,
               exclude: Collection[str] = ()) -> Assignment:
        """Put ``member`` into the best matching canonical event (never one of ``exclude``:
        those of the other reports of its document), or found one."""
        if override is not None and override.kind == "merge":
            target = self._event_cluster.get(override.target_event_id or "")
            if target is not None and target in self.clusters:
                return self._join(target, member, "merged by an analyst")
        elif override is None:
            cluster_id, reason = self.best(member.coded, exclude)
            if cluster_id is not None:
                return self._join(cluster_id, member, reason)
        return self._found(member, "split by an analyst" if override else "no matching event: a new one",
                           split=override is not None and override.kind == "split")

    def _found(self, member: Member, reason: str, *, split: bool = False) -> Assignment:
        cluster_id = self._new_id(member.event_id)
        self._hold(Cluster(cluster_id, member.coded, split=split, created=True))
        assignment = self._join(cluster_id, member, reason)
        return Assignment(assignment.event_id, cluster_id, reason, True)

    def _join(self, cluster_id: str, member: Member, reason: str) -> Assignment:
        cluster = self.clusters[cluster_id]
        self._unplace(cluster)
        cluster.join(member, reason)
        self._place(cluster)
        self._event_cluster[member.event_id] = cluster_id
        return Assignment(member.event_id, cluster_id, reason, False)

    def matches(self, report: Coded, *, exclude: Collection[str] = ()) -> list[tuple[Cluster, Decision]]:
        """Every canonical event ``report`` may be, with the decision (score at or above the
        threshold)."""
        report_box = box(report)
        found = []
        for cluster in self._candidates(report):  # in the block's days: the place is left to check
            if cluster.split or cluster.cluster_id in exclude or not in_box(report_box, cluster.coded):
                continue
            decision = compare(report, cluster.coded)
            if decision is not None and decision.score >= MATCH_THRESHOLD:
                found.append((cluster, decision))
        return found

    def best(self, report: Coded, exclude: Collection[str] = ()) -> tuple[str | None, str]:
        """The best-scoring canonical event ``report`` may be (ties: the earliest, then the
        smallest id), with the reason and score; (None, "") when none reaches the threshold."""
        options = self.matches(report, exclude=exclude)
        if not options:
            return None, ""
        cluster, decision = min(options, key=lambda o: (-o[1].score, o[0].coded.event_date, o[0].cluster_id))
        return cluster.cluster_id, _worded(decision)

    def _new_id(self, event_id: str) -> str:
        for attempt in range(MAX_ID_ATTEMPTS):
            cluster_id = cluster_id_for(event_id, attempt)
            if cluster_id not in self.clusters and not self._taken(cluster_id):
                return cluster_id
        raise RuntimeError("no free cluster id")  # unreachable: 100 SHA-1 collisions in a row



def _worded(decision: Decision) -> str:
    return f"{decision.reason} (score {decision.score})"
