"""Finding, reading and validating language packs.

A pack is a folder of TOML files, one kind of knowledge each (``pack.toml``, ``dates.toml``,
``triggers.toml``...), as plain data a reviewer can read and diff. Packs come with dateline
(``dateline/data/<lang>/``) or from any installed package that declares an entry point in the
``dateline.packs`` group, as spaCy languages do::

    [project.entry-points."dateline.packs"]
    it = "dateline_italian"          # a package whose folder holds pack.toml, dates.toml...

Every file is validated against :mod:`.schema` when the pack loads; keys are folded with
:func:`dateline.normalize.fold_key`, the same folding the engine applies to text.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from dataclasses import dataclass, field
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from ..errors import PackError
from ..normalize import WORD, fold_key
from .parsed import cache_dir, parsed
from .schema import Actors, Cues, Dates, Numbers, PackMeta, Places, Table, Triggers

log = logging.getLogger(__name__)
DATA_PACKAGE = "dateline.data"
ENTRY_POINT_GROUP = "dateline.packs"
PACK_FILES = ("pack", "dates", "numbers", "triggers", "cues", "places", "actors")
T = TypeVar("T", bound=Table)


@functools.cache
def pack_folders() -> dict[str, Traversable]:
    """Language code -> the folder of its pack: dateline's own, then installed packages'
    (a package's pack replaces dateline's for the same language)."""
    folders: dict[str, Traversable] = {
        entry.name: entry for entry in resources.files(DATA_PACKAGE).iterdir()
        if entry.is_dir() and entry.joinpath("pack.toml").is_file()
    }
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            folders[entry_point.name] = _entry_point_folder(entry_point)
        except Exception as exc:  # a broken plug-in must say which one, not stop every language
            raise PackError(f"language pack {entry_point.name!r} ({entry_point.value}) cannot be loaded: "
                            f"{exc}") from exc
    return dict(sorted(folders.items()))


def _entry_point_folder(entry_point: metadata.EntryPoint) -> Traversable:
    """``name = "package"`` names the package holding the files; ``"module:attribute"`` names
    an object that is (or returns) the folder."""
    if ":" not in entry_point.value:
        folder = resources.files(entry_point.value)
    else:
        target = entry_point.load()
        folder = target() if callable(target) else target
        if isinstance(folder, (str, Path)):
            folder = Path(folder)
    if not folder.joinpath("pack.toml").is_file():
        raise PackError(f"no pack.toml in {folder}")
    return folder


def available_languages() -> list[str]:
    """Codes of the installed language packs."""
    return list(pack_folders())


def clear_caches() -> None:
    """Forget the packs found and loaded (after installing one in a running process)."""
    pack_folders.cache_clear()
    load_pack.cache_clear()
    pack_file.cache_clear()


def read_data_file(*parts: str) -> dict[str, Any]:
    """Parse one shared TOML data file of dateline (``actors/actors.toml``...), naming it in any error."""
    node = resources.files(DATA_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return _read_toml(node, "dateline/data/" + "/".join(parts))


def _read_toml(node: Traversable, name: str) -> dict[str, Any]:
    try:
        return parsed(node.read_bytes(), name, cache_dir())  # parsed once, then from the cache
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{name}: {exc}") from exc


def _where(lang: str, stem: str) -> str:
    folder = pack_folders().get(lang)
    base = f"dateline/data/{lang}" if folder is None or _is_builtin(folder) else str(folder)
    return f"{base}/{stem}.toml"


def _is_builtin(folder: Traversable) -> bool:
    return str(folder).startswith(str(resources.files(DATA_PACKAGE)))


def read_pack_file(lang: str, stem: str) -> dict[str, Any]:
    """The raw contents of one file of a pack (``{}`` when the pack has no such file)."""
    folder = pack_folders().get(lang)
    if folder is None:
        raise PackError(f"no language pack for {lang!r}; installed: {', '.join(available_languages())}")
    return _read_toml(folder.joinpath(f"{stem}.toml"), _where(lang, stem))


def validate(model: type[T], data: dict[str, Any], where: str) -> T:
    """``data`` as ``model``; a :class:`PackError` naming the file and the key otherwise."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = [str(part) for part in error["loc"]]
            if loc and loc[-1] == "[key]":  # a table's key that is not one of its labels
                loc.pop()
                what = "unknown label; " + error["msg"].replace("Input should be", "expected")
            else:
                what = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
            problems.append(f"{'.'.join(loc) or '(top)'}: {what}")
        raise PackError(f"{where}: {'; '.join(problems)}") from None


@functools.cache
def pack_file(lang: str, stem: str) -> Table:
    """One validated file of a pack, read alone (language guessing needs only ``pack.toml``,
    wire datelines only ``dates.toml``)."""
    from .schema import PACK_FILES as MODELS

    return validate(MODELS[stem], read_pack_file(lang, stem), _where(lang, stem))


def pack_meta(lang: str) -> PackMeta:
    meta = pack_file(lang, "pack")
    assert isinstance(meta, PackMeta)
    return meta


def pack_dates(lang: str) -> Dates:
    dates = pack_file(lang, "dates")
    assert isinstance(dates, Dates)
    return dates


def folded_index(table: dict[str, list[str]], convert: type = int) -> dict[str, Any]:
    """Invert ``{value: [words]}`` into ``{folded word: value}``."""
    index: dict[str, Any] = {}
    for value, words in table.items():
        for word in words:
            index[fold_key(word)] = convert(value)
    return index


def _folded(words: list[str]) -> frozenset[str]:
    """Words folded as tokens are; apostrophes split words ("d'avoir" is "d avoir")."""
    return frozenset(" ".join(WORD.findall(fold_key(w))) for w in words)


@dataclass(frozen=True)
class FoldedGrammar:
    """``[grammar]`` of ``pack.toml`` with its word lists folded as tokens are."""

    verb_final: bool
    verb_initial: bool
    capitalised_months: bool
    subordinators: frozenset[str]
    conjunctions: frozenset[str]
    genitive: frozenset[str]
    according_to: frozenset[str]
    according_to_postposed: frozenset[str]
    self_reference: frozenset[str]
    instrumental: frozenset[str] = frozenset()  # case endings, folded
    articles: frozenset[str] = frozenset()  # inflected indefinite articles ("einem"), no number words
    possessives: frozenset[str] = frozenset()  # "their", "leur": "their patrol" is a named force's
    determiners: frozenset[str] = frozenset()  # "and the two", "y a dos": a count joined past them
    auxiliaries: frozenset[str] = frozenset()  # "a tué", "han matado": between a subject and its verb
    adjectives_before: bool = False  # adjectives precede their noun (Russian, Ukrainian)
    nouns_capitalised: bool = False  # every noun opens with a capital (German)
    charge_links: frozenset[str] = frozenset()  # "accused of": a blame word so followed is a charge
    charge_ties: frozenset[str] = frozenset()  # "collaborating with": the group named after is the charge
    suspected_links: frozenset[str] = frozenset()  # "gunmen believed to be from": the group after acted


@dataclass(frozen=True)
class LanguagePack:
    """Everything dateline knows about one language, loaded from its folder and validated."""

    lang: str
    name: str
    version: str
    files: dict[str, dict[str, Any]] = field(repr=False)  # the files as read (stem -> table)

    def _model(self, stem: str, model: type[T]) -> T:
        return validate(model, self.files.get(stem, {}), _where(self.lang, stem))

    @functools.cached_property
    def meta(self) -> PackMeta:
        return self._model("pack", PackMeta)

    @functools.cached_property
    def dates(self) -> Dates:
        return self._model("dates", Dates)

    @functools.cached_property
    def numbers(self) -> Numbers:
        return self._model("numbers", Numbers)

    @functools.cached_property
    def triggers(self) -> Triggers:
        return self._model("triggers", Triggers)

    @functools.cached_property
    def cues(self) -> Cues:
        return self._model("cues", Cues)

    @functools.cached_property
    def places(self) -> Places:
        return self._model("places", Places)

    @functools.cached_property
    def actors(self) -> Actors:
        return self._model("actors", Actors)

    def validate(self) -> LanguagePack:
        """Check every file against the schema (raises :class:`PackError`)."""
        for name in ("meta", "dates", "numbers", "triggers", "cues", "places", "actors"):
            getattr(self, name)
        return self

    @functools.cached_property
    def months(self) -> dict[str, int]:
        return folded_index(self.dates.months)

    @functools.cached_property
    def weekdays(self) -> dict[str, int]:
        return folded_index(self.dates.weekdays)

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(fold_key(w) for w in self.meta.stopwords)

    @functools.cached_property
    def grammar(self) -> FoldedGrammar:
        grammar = self.meta.grammar
        return FoldedGrammar(
            verb_final=grammar.verb_final, verb_initial=grammar.verb_initial,
            capitalised_months=grammar.capitalised_months,
            subordinators=_folded(grammar.subordinators), conjunctions=_folded(grammar.conjunctions),
            genitive=_folded(grammar.genitive), according_to=_folded(grammar.according_to),
            according_to_postposed=_folded(grammar.according_to_postposed),
            self_reference=_folded(grammar.self_reference), instrumental=_folded(grammar.instrumental),
            articles=_folded(grammar.articles), possessives=_folded(grammar.possessives),
            determiners=_folded(grammar.determiners),
            auxiliaries=_folded(grammar.auxiliaries),
            adjectives_before=grammar.adjectives_before, nouns_capitalised=grammar.nouns_capitalised,
            charge_links=_folded(grammar.charge_links), charge_ties=_folded(grammar.charge_ties),
            suspected_links=_folded(grammar.suspected_links))


@functools.cache
def load_pack(lang: str) -> LanguagePack:
    """The pack for ``lang``, validated; raises :class:`PackError` when none is installed or
    a file breaks the schema."""
    files = {stem: read_pack_file(lang, stem) for stem in PACK_FILES}
    meta = validate(PackMeta, files["pack"], _where(lang, "pack"))
    return LanguagePack(lang=lang, name=meta.name, version=meta.version, files=files).validate()
