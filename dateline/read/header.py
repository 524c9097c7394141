"""Metadata at the top of a plain-text article.

Two forms are understood:

* a first word ``date`` and an ISO date, as wire archives write it::

    date 2023-11 MOSOUL, Irak, 9 novembre (Reuters) – Les forces américaines...

* a block of ``key: value`` lines ended by a blank line (keys: date, published, title,
  source, outlet, url, lang, id, synthetic)::

    date: 2024-05-02
    title: Roadside bomb kills three soldiers near Gao
    source: Agence Exemple

    GAO, Mali, 2 mai (Agence Exemple) – ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DATE_WORD = re.compile(r"^\s*date\s+(\d{4}-\d{1,2}(?:-\d{1,2})?)\b[ \t]*\n?[ \t]*", re.IGNORECASE)
_FIELD = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
HEADER_KEYS = {"date", "published", "title", "source", "outlet", "url", "lang", "language", "id",
               "synthetic"}
_ALIASES = {"published": "date", "outlet": "source", "language": "lang"}


@dataclass
class Header:
    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # offset of the article body in the file's text


def parse_header(text: str) -> Header:
    """The header of ``text`` (possibly empty) and where the body begins."""
    if match := _DATE_WORD.match(text):
        return Header({"date": match.group(1)}, match.end())
    return _parse_field_block(text)


def _parse_field_block(text: str) -> Header:
    fields: dict[str, str] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if fields:
                offset += len(line)
                break
            offset += len(line)
            continue
        match = _FIELD.match(stripped)
        if not match or match.group(1).lower() not in HEADER_KEYS:
            break
        key = match.group(1).lower()
        fields[_ALIASES.get(key, key)] = match.group(2)
        offset += len(line)
    if not fields:
        return Header()
    while offset < len(text) and text[offset] in "\r\n":
        offset += 1
    return Header(fields, offset)
