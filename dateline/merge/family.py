"""Source families: syndicated copies of one wire story count once for corroboration.

A document joins the family of an earlier document whose SimHash is within
``MAX_DISTANCE`` bits (``simhash.py``), found through the bands they share, published within
``FAMILY_DAYS`` days of it; otherwise it starts a family named after itself. Decisions only:
the store loads the stored documents sharing a band with a batch (``store/clusters.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .simhash import MAX_DISTANCE, bands

FAMILY_DAYS = 7  # copies of a wire story run within days of each other
FAMILY_CANDIDATES = 200  # documents looked at per band: a flood of identical texts stays cheap
_MASK = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class Banded:
    """One band of a document's fingerprint: ``value`` of band number ``band``."""

    band: int
    value: int
    day: str  # the document's publication day (ISO), "" when unknown
    doc_id: str
    simhash: int
    family_id: str


def day_range(day: dt.date | None) -> tuple[str, str]:
    """Publication days (ISO strings) a copy of a document of ``day`` may have."""
    if day is None:
        return "", "9999"
    return ((day - dt.timedelta(days=FAMILY_DAYS)).isoformat(),
            (day + dt.timedelta(days=FAMILY_DAYS)).isoformat())


class Families:
    """Decides the family of each document of a batch, in order, seeing the stored documents
    it was given (``known``: every band row sharing a band value with the batch) and the batch's
    earlier documents."""

    def __init__(self, known: Iterable[Banded] = ()) -> None:
        # (band, value) -> (day, doc id, SimHash, family), stored ones by day, then the batch's
        self._index: dict[tuple[int, int], list[tuple[str, str, int, str]]] = {}
        # stored rows in one order whatever order the database gave them in: by day, then
        # fingerprint and family (a batch's own rows follow, in the batch's order)
        for row in sorted(known, key=lambda r: (r.day, r.doc_id, r.simhash, r.family_id)):
            self._index.setdefault((row.band, row.value), []).append((row.day, row.doc_id, row.simhash, row.family_id))

    @classmethod
    def of_stored(cls, rows: Iterable[tuple[int, int, str, int, str]]) -> Families:
        """Families seeing stored band rows given as (band, value, day, SimHash, family):
        what ``Families(known)`` holds for the same rows, without an object for each."""
        families = cls()
        index = families._index
        for band, value, day, fingerprint, family_id in sorted(rows):
            index.setdefault((band, value), []).append((day, "", fingerprint, family_id))
        return families

    def family(self, doc_id: str, fingerprint: int, day: dt.date | None) -> tuple[str, list[Banded]]:
        """The family of a document (its own id when it copies nothing) and its band rows."""
        low, high = day_range(day)
        parts = bands(fingerprint)
        family = doc_id
        for band, value in enumerate(parts):
            found = self._match(self._index.get((band, value), ()), doc_id, fingerprint, low, high)
            if found is not None:
                family = found
                break
        iso = day.isoformat() if day else ""
        for band, value in enumerate(parts):
            self._index.setdefault((band, value), []).append((iso, doc_id, fingerprint, family))
        return family, [Banded(band, value, iso, doc_id, fingerprint, family) for band, value in enumerate(parts)]

    @staticmethod
    def _match(rows: Iterable[tuple[str, str, int, str]], doc_id: str, fingerprint: int, low: str,
               high: str) -> str | None:
        looked = 0
        for row_day, row_doc, row_simhash, row_family in rows:
            if row_doc == doc_id or (row_day and not low <= row_day <= high):
                continue
            looked += 1
            if ((row_simhash ^ fingerprint) & _MASK).bit_count() <= MAX_DISTANCE:
                return row_family
            if looked >= FAMILY_CANDIDATES:
                break
        return None
