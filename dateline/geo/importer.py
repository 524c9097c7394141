"""Import full GeoNames dumps for village-level coverage (``dateline gazetteer import``).

Reads the main table (``allCountries.zip``, a country file such as ``ML.zip``, or their
``.txt``), optionally ``admin1CodesASCII.txt`` (English names of first-level divisions) and
``alternateNamesV2.zip`` (names in other languages and scripts). Places go to a separate
overlay file beside the compiled gazetteer, so a rebuild of the gazetteer never loses them.
Formats: https://download.geonames.org/export/dump/readme.txt (CC BY 4.0).
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import GazetteerError
from .build import SCHEMA
from .keys import name_keys

Progress = Callable[[str], None]
# Feature codes kept beyond populated places (class P): where conflict events happen.
_KINDS = {"ADM1": "admin1", "ADM2": "admin2", "AIRB": "base", "MILB": "base", "AIRF": "base",
          "INSM": "base", "FT": "base", "AIRP": "airport", "DAM": "dam", "CMPRF": "camp", "CMP": "camp",
          "BDG": "bridge", "PSTB": "crossing", "CSTM": "crossing", "PRT": "port", "NPP": "plant",
          "PS": "plant", "OILR": "plant"}
_SKIPPED_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc"})
BATCH = 5000


def import_geonames(paths: list[Path], target: Path, *, progress: Progress | None = None) -> dict[str, int]:
    """Add the places of the given dumps to the overlay at ``target``; returns counts."""
    say = progress or (lambda _message: None)
    main = [p for p in paths if not _is_admin1(p) and not _is_alternates(p)]
    if not main:
        raise GazetteerError("give at least one GeoNames main table (allCountries.zip, XX.zip or XX.txt)")
    admin1 = _read_admin1(next((p for p in paths if _is_admin1(p)), None))
    target.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(target)
    try:
        _ensure_schema(connection)
        counts = {"places": 0, "names": 0}
        for path in main:
            say(f"reading {path.name}")
            places, names = _import_main(connection, path, admin1)
            counts["places"] += places
            counts["names"] += names
        alternates = next((p for p in paths if _is_alternates(p)), None)
        if alternates:
            say(f"reading {alternates.name}")
            counts["names"] += _import_alternates(connection, alternates)
        connection.commit()
    finally:
        connection.close()
    return counts


def _is_admin1(path: Path) -> bool:
    return path.name.lower().startswith("admin1codes")


def _is_alternates(path: Path) -> bool:
    return path.name.lower().startswith("alternatenames")


def _ensure_schema(connection: sqlite3.Connection) -> None:
    exists = connection.execute("SELECT name FROM sqlite_master WHERE name = 'places'").fetchone()
    if not exists:
        connection.executescript(SCHEMA)


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """Text lines of a GeoNames file, zipped or not."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                member = next((n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()),
                              None)
                if member is None:
                    raise GazetteerError(f"{path}: no .txt table inside the archive")
                with archive.open(member) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8")
        else:
            with path.open(encoding="utf-8") as handle:
                yield handle
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read GeoNames data: {exc}") from exc


def _read_admin1(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    names = {}
    with _lines(path) as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                names[parts[0]] = parts[2] or parts[1]
    return names


def _import_main(connection: sqlite3.Connection, path: Path, admin1: dict[str, str]) -> tuple[int, int]:
    places: list[tuple] = []
    names: list[tuple] = []
    total_places = total_names = 0
    with _lines(path) as lines:
        for number, line in enumerate(lines, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 19:
                raise GazetteerError(f"{path}:{number}: not a GeoNames main table row ({len(parts)} columns)")
            feature_class, feature_code = parts[6], parts[7]
            kind = "city" if feature_class == "P" else _KINDS.get(feature_code)
            if kind is None:
                continue
            geonameid, country = int(parts[0]), parts[8]
            population = int(parts[14] or 0)
            if kind == "city" and population < 1000:
                kind = "village"
            places.append((geonameid, parts[1], kind, country, parts[10],
                           admin1.get(f"{country}.{parts[10]}", ""), "", float(parts[4]), float(parts[5]),
                           population, geonameid, "geonames-import"))
            for name in {parts[1], parts[2], *[a for a in parts[3].split(",") if a]}:
                names.extend((key, geonameid) for key in name_keys(name))
            if len(places) >= BATCH:
                total_places, total_names = _flush(connection, places, names, total_places, total_names)
    return _flush(connection, places, names, total_places, total_names)


def _flush(connection: sqlite3.Connection, places: list[tuple], names: list[tuple], total_places: int,
           total_names: int) -> tuple[int, int]:
    connection.executemany("INSERT OR REPLACE INTO places (id, name, kind, country_code, admin1_code, admin1, "
                           "admin2, lat, lon, population, geonameid, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
    connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
    counts = (total_places + len(places), total_names + len(names))
    places.clear()
    names.clear()
    return counts


def _import_alternates(connection: sqlite3.Connection, path: Path) -> int:
    known = {row[0] for row in connection.execute("SELECT id FROM places")}
    batch: list[tuple] = []
    added = 0
    with _lines(path) as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[2] in _SKIPPED_LANGUAGES or not parts[1].isdigit():
                continue
            geonameid = int(parts[1])
            if geonameid in known:
                batch.extend((key, geonameid) for key in name_keys(parts[3]))
            if len(batch) >= BATCH:
                connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", batch)
                added += len(batch)
                batch.clear()
    connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", batch)
    return added + len(batch)
