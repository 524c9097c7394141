"""TOML files parsed once: their contents kept as pickles in the data directory's cache.

Python's TOML parser is written in Python, and a process that reads every language (a batch
of mixed articles, ``dateline eval``) parses some 60 files, 0.6 MB: a fifth of a cold start.
The cache is named after the file's bytes, so an edited file is parsed afresh (and its old
entry removed); an unwritable cache, or an unreadable entry, only means parsing again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r"[^A-Za-z0-9_.]+")


def cache_dir() -> Path | None:
    """The data directory's cache folder (``DATELINE_DATA_DIR``), or None when unknown."""
    from ..settings import Settings  # settings read here, when a file is first loaded

    try:
        return Path(Settings.from_env().data_dir) / "cache"
    except Exception:  # a bad setting elsewhere is reported where it is used, not here
        return None


def parsed(raw: bytes, name: str, folder: Path | None) -> dict[str, Any]:
    """The contents of the TOML file ``name`` whose bytes are ``raw`` (decoding and syntax
    errors raise as :func:`tomllib.loads` does), from ``folder``'s cache when it holds them."""
    if folder is None:
        return tomllib.loads(_text(raw))
    prefix = f"toml-{_UNSAFE.sub('-', name)[-80:]}-"
    path = folder / f"{prefix}{hashlib.blake2b(raw, digest_size=12).hexdigest()}.pickle"
    try:
        data: dict[str, Any] = pickle.loads(path.read_bytes())
        return data
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign entry: parse again and replace it
        log.debug("ignoring unreadable cache entry %s: %s", path, exc)
    data = tomllib.loads(_text(raw))
    if write_cache_file(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), "TOML cache"):
        for stale in folder.glob(f"{prefix}*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return data


def _text(raw: bytes) -> str:
    """The file's text as a text-mode read gives it (UTF-8, universal newlines)."""
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def write_cache_file(path: Path, data: bytes, what: str = "cache") -> bool:
    """Write ``data`` beside ``path`` and rename it into place, so a reader never sees half a
    file; False (and a debug line naming ``what``) when the cache is read-only. Every cache of
    the data directory writes through here (parsed packs, compiled lexicons)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError as exc:
        log.debug("%s not written to %s: %s", what, path, exc)
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        return True
    except OSError as exc:
        log.debug("%s not written to %s: %s", what, path, exc)
        Path(temporary).unlink(missing_ok=True)
        return False
