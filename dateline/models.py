"""Typed records of the data contract: Document in; Event and Claim out, each with Evidence.

Field names are the public contract (``docs/data-contract.md``): scripts and users depend on
them, so renaming one is a breaking change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from .taxonomy import DisorderType, EventType, SubEventType, disorder_type, event_type_of

ClaimKind = Literal["count", "attribution", "denial", "contradiction", "threat"]

# Longest values the store keeps in its bounded columns (``store/tables.py`` uses these):
# longer input is refused with a clear message by the readers and the store alike, so that
# SQLite (which ignores lengths) and PostgreSQL (which enforces them) give the same outcome.
MAX_ID_LENGTH = 300
MAX_NAME_LENGTH = 300  # source, place
MAX_LANG_LENGTH = 8


@dataclass(frozen=True)
class WireDateline:
    """The wire dateline that opens an agency story: ``MOSOUL, Irak, 9 novembre (Reuters) –``
    gives the place (Mosoul, in Irak), the day (9 November) and the agency."""

    place: str | None
    region: str | None
    day: int | None
    month: int | None
    year: int | None
    source: str
    start: int  # offsets into the text it was read from
    end: int


@dataclass(frozen=True)
class Opening:
    """What comes before the story in ``Document.text``, read once by the read stage: an
    archive header left in a JSON text and the wire dateline (offsets into the text)."""

    body_start: int  # where the story begins, after the header and the dateline
    dateline: WireDateline | None


class Document(BaseModel):
    """One news report, as read from a file, a JSON line, a web page or stdin."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Stable document id; a file's name without its extension.")
    text: str = Field(description="Body text; every evidence span indexes it.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Outlet or agency, e.g. 'Reuters'.")
    published: str | None = Field(
        None, description="ISO date YYYY-MM-DD (or YYYY-MM when only the month is known)."
    )
    lang: str | None = Field(None, description="ISO 639-1 code; detected when absent.")
    place: str | None = Field(None, description="Place named in the wire dateline, if any.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Other input fields.")
    # what opens the text, as the read stage found it; not a field: the input contract is unchanged
    _opening: Opening | None = PrivateAttr(None)

    @property
    def content_hash(self) -> str:
        """Identity for idempotent ingest: the same text and date is the same document."""
        payload = "\x1f".join((self.text, self.published or "", self.title or ""))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def storage_problem(self) -> str | None:
        """Why the store cannot keep this document as it is, or None: a NUL character
        (PostgreSQL refuses them; the readers strip them) or a field longer than its column."""
        fields = {"id": self.id, "text": self.text, "title": self.title, "url": self.url,
                  "source": self.source, "published": self.published, "lang": self.lang, "place": self.place}
        for name, value in fields.items():
            if value and "\x00" in value:
                return f"field {name!r} contains NUL characters"
        limits = {"id": MAX_ID_LENGTH, "source": MAX_NAME_LENGTH, "place": MAX_NAME_LENGTH,
                  "lang": MAX_LANG_LENGTH}
        for name, limit in limits.items():
            value = fields[name]
            if value and len(value) > limit:
                return f"field {name!r} is {len(value):,} characters long (the limit is {limit:,})"
        return None

    @property
    def opening(self) -> Opening | None:
        """The archive header and wire dateline the read stage found (None: not read, as a
        Document made by hand; the prepare stage then parses the text itself)."""
        return self._opening

    def with_opening(self, opening: Opening, **updates: Any) -> Document:
        """A copy with ``updates`` applied that carries ``opening``."""
        doc = self.model_copy(update=updates)
        doc._opening = opening
        return doc

    def published_date(self) -> dt.date | None:
        """The day of publication when known to the day."""
        if self.published and len(self.published) >= 10:
            return dt.date.fromisoformat(self.published[:10])
        return None


class Evidence(BaseModel):
    """A span of the document text that supports one field of a record."""

    field: str = Field(description="Which field this supports: event_type, location, actor1...")
    text: str
    start: int = Field(ge=0, description="Character offset into Document.text.")
    end: int = Field(ge=0)


class Event(BaseModel):
    """One ACLED-style event reported by one document."""

    model_config = ConfigDict(use_enum_values=True)

    event_id: str = ""
    doc_id: str
    cluster_id: str | None = None
    event_date: dt.date
    time_precision: int = Field(1, ge=1, le=3, description="1 day, 2 week, 3 month.")
    disorder_type: DisorderType | None = None
    event_type: EventType | None = None
    sub_event_type: SubEventType
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = Field("", description="'Civilian targeting' when civilians were the target.")
    country: str = ""
    country_code: str = ""
    iso: int | None = None
    region: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(None, ge=1, le=3)
    geonameid: int | None = None
    fatalities: int | None = Field(None, ge=0)
    injured: int | None = Field(None, ge=0)
    intercepted: bool = False
    source: str = ""
    source_url: str = ""
    claimed_by: str = ""
    language: str = ""
    notes: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    reports: int | None = Field(None, description="Documents reporting the canonical event.")
    corroboration: int | None = Field(None, description="Independent sources of the canonical event.")
    provenance: dict[str, Any] = Field(default_factory=dict, description="Rules, packs and reasons.")

    @model_validator(mode="after")
    def _derive_codes(self) -> Event:
        """event_type and disorder_type follow from the sub-event type; never disagree with it."""
        self.event_type = event_type_of(self.sub_event_type).value  # type: ignore[assignment]
        self.disorder_type = disorder_type(self.sub_event_type).value  # type: ignore[assignment]
        if not self.event_id:
            self.event_id = self.stable_id()
        return self

    def stable_id(self, ordinal: int = 0) -> str:
        """Same document and same coded event give the same id across runs. The id leads with
        the event's day ("ev-20231109-..."), so that a store's indexes of ids grow at the end,
        as news arrives, instead of at random pages: at a million events random keys made most
        of the pages a batch writes (docs/scale.md)."""
        key = "|".join(str(x) for x in (
            self.doc_id, self.sub_event_type, self.event_date, self.geonameid or self.location,
            self.actor1, self.actor2, ordinal,
        ))
        return f"ev-{self.event_date:%Y%m%d}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class Claim(BaseModel):
    """An aggregate or attributed statement that is not one event (a tally, a denial...)."""

    claim_id: str = ""
    doc_id: str
    kind: ClaimKind
    subject: str = Field("", description="What the claim is about, in the document's words.")
    value: int | None = Field(None, description="The figure of a count claim.")
    period: str = Field("", description="The period a count covers ('since early October').")
    claimed_by: str = ""
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("subject")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())

    @model_validator(mode="after")
    def _derive_id(self) -> Claim:
        if not self.claim_id:
            start = self.evidence[0].start if self.evidence else 0
            key = f"{self.doc_id}|{self.kind}|{start}|{self.value}"
            self.claim_id = "cl-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self


def event_json_schema() -> dict[str, Any]:
    """JSON Schema of an event record as written by the JSON-lines export."""
    return Event.model_json_schema(mode="serialization")


class Report(BaseModel):
    """One document's report of a canonical event."""

    event_id: str
    doc_id: str
    source: str = ""
    language: str = ""
    url: str = ""
    published: str | None = None
    first_seen: str = Field("", description="When dateline ingested the document.")
    family_id: str = Field("", description="Near copies of one wire story share a family.")
    fatalities: int | None = None
    injured: int | None = None
    reason: str = Field("", description="Why this report was merged into the event.")


class CanonicalEvent(Event):
    """One real-world event merged from every report of it (``dateline events --canonical``).

    Its fields are those of the most precise report; ``fatalities`` is the most conservative
    figure reported (ACLED), with the full range in ``fatalities_min``/``fatalities_max``.
    """

    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    first_reported: str | None = None
    report_list: list[Report] = Field(default_factory=list)
