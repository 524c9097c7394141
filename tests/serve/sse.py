"""Reading server-sent events in tests, the way a browser's EventSource does (the subset
dateline sends: ``event``, ``id``, ``data`` on one line, ``retry``, comment lines)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sse:
    kind: str  # the event's name, "message" when unnamed, "comment" or "retry"
    id: str | None = None
    data: Any = None
    text: str = ""

    @property
    def seq(self) -> int:
        assert self.id is not None, self
        return int(self.id)


def parse(lines: Iterable[str]) -> Iterator[Sse]:
    """Events as they complete (a blank line ends one); comments as their own items."""
    fields: dict[str, str] = {}
    for line in lines:
        if line.startswith(":"):
            yield Sse("comment", text=line[1:].strip())
        elif line == "":
            if "data" in fields:
                yield Sse(fields.get("event", "message"), fields.get("id"), json.loads(fields["data"]))
            elif "retry" in fields:
                yield Sse("retry", text=fields["retry"])
            fields = {}
        else:
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value


def read_until(lines: Iterable[str], done: Callable[[list[Sse]], bool]) -> list[Sse]:
    """Events until ``done(events)`` holds or the stream ends (the caller asserts which)."""
    seen: list[Sse] = []
    for event in parse(lines):
        seen.append(event)
        if done(seen):
            break
    return seen


def named(events: Iterable[Sse], kind: str) -> list[Sse]:
    return [event for event in events if event.kind == kind]
