"""Gold articles (``docs/annotation-guide.md``): loading and validating them.

A gold directory holds one JSON file per annotated article, searched recursively; files
without ``text`` and ``events`` are not gold and are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError, ReadError
from ..models import Document
from ..read.published import normalize_published
from ..taxonomy import is_valid_pair

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EVENT_KEYS = ("cluster", "status", "event_type", "sub_event_type", "event_date", "time_precision",
               "country_code", "latitude", "longitude", "geo_precision", "actor1", "actor2",
               "fatalities", "injured", "intercepted")


@dataclass(frozen=True)
class GoldEvent:
    cluster: str
    required: bool
    event_type: str
    sub_event_type: str
    event_date: dt.date
    time_precision: int
    country_code: str
    admin1: str
    location: str
    latitude: float
    longitude: float
    geo_precision: int
    actor1: str
    actor1_aliases: tuple[str, ...]
    actor2: str
    actor2_aliases: tuple[str, ...]
    fatalities: int | None
    injured: int | None
    intercepted: bool
    evidence: str
    accept: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def country_level(self) -> bool:
        return self.geo_precision == 3 and not self.admin1

    def accepted(self, name: str) -> tuple[str, ...]:
        """Every right answer for ``name``: the gold value and its ``accept`` alternatives."""
        value = getattr(self, name)
        own = value.isoformat() if isinstance(value, dt.date) else str(value)
        return (own, *self.accept.get(name, ()))

    def dates(self) -> tuple[dt.date, ...]:
        """The event date and any accepted alternative (an overnight event's two days)."""
        return tuple(dt.date.fromisoformat(day) for day in self.accepted("event_date"))


@dataclass(frozen=True)
class GoldArticle:
    id: str
    path: str
    lang: str
    published: str | None
    title: str
    outlet: str
    text: str
    events: tuple[GoldEvent, ...]
    claims: tuple[dict[str, Any], ...] = field(default=())
    url: str = ""

    def document(self) -> Document:
        return Document(id=self.id, text=self.text, title=self.title or None, url=self.url or None,
                        source=self.outlet or None, published=self.published, lang=self.lang,
                        meta={"path": self.path})


def iter_gold(directory: str | Path) -> Iterator[GoldArticle | EvalError]:
    """Every gold article under ``directory``, or an EvalError in place of a broken one."""
    root = Path(directory)
    if not root.exists():
        yield EvalError("no such folder", path=str(root))
        return
    files = [root] if root.is_file() else sorted(root.rglob("*.json"))
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield EvalError(f"cannot read gold file: {exc}", path=str(path))
            continue
        if not isinstance(data, dict) or "text" not in data or "events" not in data:
            continue
        try:
            yield parse_gold(data, path=str(path))
        except EvalError as error:
            yield error


def parse_gold(data: dict[str, Any], *, path: str = "") -> GoldArticle:
    article_id = str(data.get("id") or Path(path).stem)
    if not _ID.match(article_id):
        raise EvalError(f"id {article_id!r} must be lowercase [a-z0-9-]", path=path)
    if not isinstance(data.get("text"), str) or not data["text"].strip():
        raise EvalError("'text' is missing or empty", path=path)
    try:
        published = normalize_published(data.get("published"), path=path)
    except ReadError as exc:
        raise EvalError(exc.message, path=path) from None
    events = tuple(_parse_event(e, i, data["text"], path) for i, e in enumerate(data["events"]))
    return GoldArticle(
        id=article_id, path=path, lang=str(data.get("lang") or ""), published=published,
        title=str(data.get("title") or ""), outlet=str(data.get("outlet") or ""),
        text=data["text"], events=events, claims=tuple(data.get("claims") or ()),
        url=str(data.get("url") or ""),
    )


def _parse_event(raw: Any, index: int, text: str, path: str) -> GoldEvent:
    where = f"events[{index}]"
    if not isinstance(raw, dict):
        raise EvalError(f"{where} must be an object", path=path)
    missing = [key for key in _EVENT_KEYS if key not in raw]
    if missing:
        raise EvalError(f"{where} lacks {', '.join(missing)}", path=path)
    if raw["status"] not in ("required", "optional"):
        raise EvalError(f"{where}.status must be 'required' or 'optional'", path=path)
    if not is_valid_pair(raw["event_type"], raw["sub_event_type"]):
        raise EvalError(f"{where}: {raw['event_type']!r} / {raw['sub_event_type']!r} is not an "
                        "ACLED type pair", path=path)
    try:
        day = dt.date.fromisoformat(raw["event_date"])
    except (TypeError, ValueError):
        raise EvalError(f"{where}.event_date {raw['event_date']!r} is not YYYY-MM-DD", path=path) from None
    evidence = str(raw.get("evidence") or "")
    accept = _parse_accept(raw.get("accept"), where, path)
    if evidence and evidence not in text:
        raise EvalError(f"{where}.evidence is not a verbatim part of the text", path=path)
    return GoldEvent(
        cluster=str(raw["cluster"]), required=raw["status"] == "required",
        event_type=raw["event_type"], sub_event_type=raw["sub_event_type"], event_date=day,
        time_precision=int(raw["time_precision"]), country_code=str(raw["country_code"]).upper(),
        admin1=str(raw.get("admin1") or ""), location=str(raw.get("location") or ""),
        latitude=float(raw["latitude"]), longitude=float(raw["longitude"]),
        geo_precision=int(raw["geo_precision"]),
        actor1=str(raw["actor1"] or ""), actor1_aliases=tuple(raw.get("actor1_aliases") or ()),
        actor2=str(raw["actor2"] or ""), actor2_aliases=tuple(raw.get("actor2_aliases") or ()),
        fatalities=raw["fatalities"], injured=raw["injured"], intercepted=bool(raw["intercepted"]),
        evidence=evidence, accept=accept,
    )


ACCEPTABLE = ("event_type", "sub_event_type", "event_date", "country_code")


def _parse_accept(raw: Any, where: str, path: str) -> dict[str, tuple[str, ...]]:
    """``accept``: other answers equally right, per field (GOLD-FORMAT)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or any(not isinstance(v, list) for v in raw.values()):
        raise EvalError(f"{where}.accept must map field names to lists", path=path)
    unknown = sorted(set(raw) - set(ACCEPTABLE))
    if unknown:
        raise EvalError(f"{where}.accept: unknown field(s) {', '.join(unknown)}", path=path)
    for day in raw.get("event_date", []):
        try:
            dt.date.fromisoformat(day)
        except (TypeError, ValueError):
            raise EvalError(f"{where}.accept.event_date {day!r} is not YYYY-MM-DD", path=path) from None
    return {key: tuple(str(v).upper() if key == "country_code" else str(v) for v in values)
            for key, values in raw.items()}
