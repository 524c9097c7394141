"""Structured logs for a service: every line an event name and key=value fields, as text
for a terminal or as JSON lines (``--log-format json``) for journald, Loki or ``jq``.

Library code calls :func:`emit`; only the command configures handlers (:func:`configure`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any, TextIO

FORMATS = ("text", "json")


def emit(logger: logging.Logger, level: int, event: str, **fields: Any) -> None:
    """Log ``event`` with its fields; ``None`` fields are left out."""
    present = {key: value for key, value in fields.items() if value is not None}
    text = " ".join([event, *(f"{key}={_text(value)}" for key, value in present.items())])
    logger.log(level, "%s", text, extra={"event": event, "fields": present})


def _text(value: Any) -> str:
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if (" " in text or not text) else text


class JsonLinesFormatter(logging.Formatter):
    """One JSON object a line: ``ts``, ``level``, ``logger``, ``event`` and the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name,
            "event": getattr(record, "event", "log")}
        fields = getattr(record, "fields", None)
        if fields:
            data.update({key: value for key, value in fields.items() if key not in data})
        else:
            data["message"] = record.getMessage()
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def configure(log_format: str, *, level: int = logging.INFO, stream: TextIO | None = None) -> None:
    """Send every log line to ``stream`` (stderr) in ``log_format``: text or json."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonLinesFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "courlan", "alembic"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
