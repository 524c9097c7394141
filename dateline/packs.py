"""Language packs: the per-language knowledge in ``dateline/data/<lang>/*.toml``.

Each file holds one kind of knowledge (``dates.toml``, ``triggers.toml``...), as plain data
a reviewer can read and diff; this module only loads and folds them. Keys are folded with
:func:`dateline.normalize.fold_key`, the same folding the engine applies to text.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .errors import PackError
from .normalize import WORD, fold_key

DATA_PACKAGE = "dateline.data"


def available_languages() -> list[str]:
    """Codes of the installed language packs (folders with a ``pack.toml``)."""
    root = resources.files(DATA_PACKAGE)
    return sorted(
        entry.name for entry in root.iterdir()
        if entry.is_dir() and entry.joinpath("pack.toml").is_file()
    )


def read_data_file(*parts: str) -> dict[str, Any]:
    """Parse one TOML data file of the package, naming it in any error."""
    node = resources.files(DATA_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    name = "/".join(parts)
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"dateline/data/{name}: {exc}") from exc


def folded_index(table: dict[str, list[str]], convert: type = int) -> dict[str, Any]:
    """Invert ``{value: [words]}`` into ``{folded word: value}``."""
    index: dict[str, Any] = {}
    for value, words in table.items():
        for word in words:
            index[fold_key(word)] = convert(value)
    return index


@dataclass(frozen=True)
class LanguagePack:
    """Everything dateline knows about one language, loaded from its data folder."""

    lang: str
    name: str
    version: str
    files: dict[str, dict[str, Any]] = field(repr=False)

    def section(self, file: str, key: str, default: Any = None) -> Any:
        return self.files.get(file, {}).get(key, default)

    @functools.cached_property
    def months(self) -> dict[str, int]:
        return folded_index(self.section("dates", "months", {}))

    @functools.cached_property
    def weekdays(self) -> dict[str, int]:
        return folded_index(self.section("dates", "weekdays", {}))

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(fold_key(w) for w in self.section("pack", "stopwords", []))

    @functools.cached_property
    def grammar(self) -> dict[str, frozenset[str]]:
        """The word lists of ``[grammar]`` ("subordinators", "conjunctions", …), folded as
        tokens are; apostrophes split words ("d'avoir" is "d avoir")."""
        return {name: frozenset(" ".join(WORD.findall(fold_key(w))) for w in words)
                for name, words in self.section("pack", "grammar", {}).items() if isinstance(words, list)}


_PACK_FILES = ("pack", "dates", "numbers", "triggers", "cues", "places", "actors")


@functools.cache
def load_pack(lang: str) -> LanguagePack:
    """The pack for ``lang``; raises :class:`PackError` when none is installed."""
    if lang not in available_languages():
        raise PackError(f"no language pack for {lang!r}; installed: {', '.join(available_languages())}")
    files = {stem: read_data_file(lang, f"{stem}.toml") for stem in _PACK_FILES}
    meta = files["pack"]
    return LanguagePack(lang=lang, name=meta.get("name", lang), version=str(meta.get("version", "0")),
                        files=files)
