"""Looking places up in the compiled gazetteer (and in a user's imported GeoNames dumps).

A :class:`Gazetteer` opens the compiled SQLite file read-only; lookups are by normalised
key (:mod:`dateline.geo.keys`) and cached, so a repeated name costs a dictionary hit.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from ..settings import Settings
from . import bloom
from . import build as builder
from .keys import (
    arabic_consonant_skeleton,
    consonant_count,
    consonant_skeleton,
    name_key,
    query_keys,
    strip_article,
    translit_skeleton,
)
from .spelling import spelling

log = logging.getLogger(__name__)
USER_FILE = "places-user.sqlite"
_PLACE_COLUMNS = ("id, name, kind, country_code, admin1, admin2, lat, lon, population, "
                  "geonameid, source")


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    name: str
    kind: str  # country, admin1, admin2, city, village, base, dam, crossing, camp, site...
    country_code: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    source: str


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    alpha3: str
    iso: int | None
    region: str
    lat: float
    lon: float
    geonameid: int | None


class Gazetteer:
    """Read-only access to a compiled gazetteer file, plus the user's imports if present."""

    def __init__(self, path: str | Path, *, user_path: str | Path | None = None,
                 cache_size: int = 50_000) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"no gazetteer at {self.path}; run 'dateline gazetteer build'")
        self._dbs = [_connect(self.path)]
        if user_path and Path(user_path).is_file():
            self._dbs.append(_connect(Path(user_path)))
        self._tables = {id(db): _table_names(db) for db in self._dbs}  # user files may lack some
        # the compiled file's filters (:mod:`.bloom`): a key they rule out is not asked of it
        self._names_filter = bloom.read(self._dbs[0], "names")
        self._first_words_filter = bloom.read(self._dbs[0], "first_words")
        self._cache: dict[str, tuple[Place, ...]] = {}
        self._cache_size = cache_size
        self._countries: dict[str, Country] | None = None
        self._capitals: dict[str, int] | None = None
        self._provinces: dict[str, dict[str, Place]] = {}  # country -> admin1 -> the province
        self._fuzzy_cache: dict[tuple[str, str | None, bool], list[tuple[Place, float]]] = {}
        self._first_words: dict[str, bool] = {}
        self._short_names: dict[tuple[str, str], dict[str, list[Place]]] = {}  # (country, admin1) -> skeleton
        # by id, and by consonant skeleton and country: the near-spelling and capital lookups ask
        # for the same rows document after document (a dateline's namesakes, a province's skeleton)
        self._by_id: dict[int, Place | None] = {}
        self._consonant_cache: dict[tuple[str, str], list[tuple[Place, float]]] = {}

    @classmethod
    def open(cls, settings: Settings | None = None, *,
             progress: Callable[[str], None] | None = None) -> Gazetteer:
        """The configured gazetteer, compiling it first when missing or out of date."""
        settings = settings or Settings.from_env()
        if settings.gazetteer:
            return cls(settings.gazetteer, user_path=Path(settings.data_dir) / USER_FILE)
        path = builder.default_path(settings.data_dir)
        if not path.is_file():
            log.warning("compiling the gazetteer into %s (once; takes under a minute)", path)
            try:
                builder.build(path, progress=progress)
            except OSError as exc:
                raise GazetteerError(f"cannot write the gazetteer to {path}: {exc}") from exc
        else:
            builder.mark_used(path)  # a build for other sources keeps the file last used
        return cls(path, user_path=Path(settings.data_dir) / USER_FILE)

    def close(self) -> None:
        for db in self._dbs:
            db.close()

    # -- lookups -------------------------------------------------------------------------

    def lookup_key(self, key: str) -> tuple[Place, ...]:
        """Places indexed under exactly ``key`` (already normalised)."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found: dict[int, Place] = {}
        ruled_out = self._names_filter is not None and key not in self._names_filter
        for db in self._dbs[1:] if ruled_out else self._dbs:
            rows = db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM places WHERE id IN "
                "(SELECT place_id FROM names WHERE key = ?)", (key,)).fetchall()
            for row in rows:
                found.setdefault(row[0], Place(*row))
        places = tuple(found.values())
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[key] = places
        return places

    def starts_name(self, word: str) -> bool:
        """Whether some name of several words begins with ``word`` (cheap pruning of n-grams)."""
        known = self._first_words.get(word)
        if known is None:
            ruled_out = self._first_words_filter is not None and word not in self._first_words_filter
            known = any(db.execute("SELECT 1 FROM first_words WHERE word = ?", (word,)).fetchone()
                        for db in (self._dbs[1:] if ruled_out else self._dbs)
                        if "first_words" in self._tables[id(db)])
            if len(self._first_words) > self._cache_size:
                self._first_words.clear()
            self._first_words[word] = known
        return known

    def search(self, name: str, *, country: str | None = None) -> list[Place]:
        """Places called ``name`` (any spelling variant we index), biggest first."""
        seen: dict[int, Place] = {}
        for key in query_keys(name_key(name)):
            for place in self.lookup_key(key):
                seen.setdefault(place.id, place)
        places = [p for p in seen.values() if not country or p.country_code == country.upper()]
        return sorted(places, key=lambda p: (-_kind_rank(p.kind), -p.population))

    def fuzzy(self, key: str, *, country: str | None = None, limit: int = 8,
              cutoff: float = 88.0, skeleton_only: bool = False) -> list[tuple[Place, float]]:
        """Near spellings of ``key``: first the same transliteration skeleton ("Nabatiyé",
        "Nabatieh"), then names sharing its first three letters within the rapidfuzz cutoff
        (not with ``skeleton_only``: a respelled name is looked for by its skeleton alone)."""
        cache_key = (key, country, skeleton_only)
        if cache_key not in self._fuzzy_cache:
            if len(self._fuzzy_cache) > self._cache_size:
                self._fuzzy_cache.clear()
            found = self._fuzzy(key, country, cutoff, skeleton_only)
            bare = strip_article(key)
            if not found and bare:  # "Al-Shaddadi" for "Ash Shaddādah": articles differ too
                found = self._fuzzy(bare, country, cutoff, skeleton_only)
            self._fuzzy_cache[cache_key] = found
        return self._fuzzy_cache[cache_key][:limit]

    def _fuzzy(self, key: str, country: str | None, cutoff: float,
               skeleton_only: bool = False) -> list[tuple[Place, float]]:
        from rapidfuzz import fuzz, process

        if _ARABIC_SCRIPT.search(key):
            return [c for c in self._by_consonants(arabic_consonant_skeleton(key), country)
                    if not self.province_named_in_arabic(c[0])]
        if not key.isascii():  # Cyrillic and other scripts: transliterate, then as Latin
            from unidecode import unidecode

            key = " ".join(unidecode(_arabic_sounds(key)).lower().replace("'", "").split())
        if len(key) < 5:
            return []
        skeleton = translit_skeleton(key)
        found: dict[int, tuple[Place, float]] = {}
        for db in self._dbs:
            if "skeletons" in self._tables[id(db)]:
                for (place_id,) in db.execute("SELECT place_id FROM skeletons WHERE skeleton = ?", (skeleton,)):
                    place = self.place(place_id)
                    if place is not None and (not country or place.country_code == country.upper()):
                        found[place_id] = (place, 95.0)
        if found or skeleton_only:
            return sorted(found.values(), key=lambda c: -c[0].population)
        for db in self._dbs:
            rows = db.execute(*self._near_names_query(db, key[:3], country)).fetchall()
            # scored in one call (thousands of names may share three letters), then read in row order
            close = process.extract(key, [name for name, _id in rows], scorer=fuzz.ratio, score_cutoff=cutoff,
                                    limit=None)
            for _name, score, row in sorted(close, key=lambda match: match[2]):
                place_id = rows[row][1]
                if score > found.get(place_id, (None, 0.0))[1]:
                    place = self.place(place_id)
                    if place is not None:
                        found[place_id] = (place, score)
        return sorted(found.values(), key=lambda c: (-c[1], -c[0].population))

    def _near_names_query(self, db: sqlite3.Connection, prefix: str, country: str | None) -> tuple[str, tuple]:
        """The names opening with ``prefix`` (of ``country``), villages left out (only as
        written), at most 3000, in key order. A country's names are read from the compiled
        file's ``country_names`` table, a range of one index; the join with ``places`` it
        spares took most of a near-spelling lookup's time."""
        bounds = (prefix, prefix + "\U0010ffff")
        if country and "country_names" in self._tables[id(db)]:
            return ("SELECT key, place_id FROM country_names WHERE country_code = ? AND key >= ? AND key < ? "
                    "LIMIT 3000", (country.upper(), *bounds))
        return ("SELECT n.key, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.key >= ? AND n.key < ? AND p.kind != 'village'"  # villages: only as written
                + (" AND p.country_code = ?" if country else "")
                + " LIMIT 3000", bounds + ((country.upper(),) if country else ()))

    def transliterated(self, key: str, shortest: int = 5) -> tuple[Place, ...]:
        """Places whose Latin name a Cyrillic ``key`` spells ("Борно": Borno, "Сагаинг": Sagaing),
        by their transliteration skeleton (:func:`translit_skeleton`). A spelling shorter than
        ``shortest`` letters finds nothing: short names meet too many places anywhere (a caller
        that bounds the kind and the country may ask for shorter ones)."""
        latin = latin_spelling(key)
        if len(latin) < shortest or not latin.replace(" ", "").isalpha():
            return ()
        skeleton = translit_skeleton(latin)
        found: dict[int, Place] = {p.id: p for p in self.lookup_key(latin)}
        for db in self._dbs:
            if "skeletons" in self._tables[id(db)]:
                for (place_id,) in db.execute("SELECT place_id FROM skeletons WHERE skeleton = ?", (skeleton,)):
                    place = self.place(place_id)
                    if place is not None and not (" " not in latin and _name_and_more(place.name, skeleton)):
                        found.setdefault(place_id, place)
        return tuple(found.values())

    def by_consonants(self, skeleton: str, country: str) -> list[Place]:
        """Places of ``country`` whose Latin names have the consonant skeleton ``skeleton``
        (:func:`~.keys.consonant_skeleton`), biggest first."""
        return [place for place, _score in self._by_consonants(skeleton, country)]

    def short_in_province(self, skeleton: str, country: str, admin1: str) -> list[Place]:
        """Towns, villages and districts of one province whose Latin names have the consonants
        ``skeleton``, however few: "سيئون" ("sn") is Seiyun of Hadramaout. Too loose for a whole
        country (the consonant index keeps three consonants or more), a province bounds it."""
        key = (country.upper(), admin1)
        table = self._short_names.get(key)
        if table is None:
            table = {}
            for db in self._dbs:
                for row in db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE country_code = ? AND admin1 = ? "
                                      "AND kind IN ('city', 'admin2', 'village') ORDER BY id", key):
                    place = Place(*row)
                    folded = name_key(place.name)
                    for form in {folded, strip_article(folded) or folded}:
                        if form.isascii():
                            table.setdefault(consonant_skeleton(form.replace(" ", "")), []).append(place)
            if len(self._short_names) > 1000:
                self._short_names.clear()
            self._short_names[key] = table
        return table.get(skeleton, [])

    def provinces_by_consonants(self, skeleton: str, country: str) -> list[Place]:
        """Provinces of ``country`` whose Latin names have the consonants ``skeleton``: those of
        the consonant index, and for a name of two consonants (too short for that index) the
        country's own few provinces ("مقاطعة إيتوري", "tr": Ituri), biggest first."""
        found = [p for p in self.by_consonants(skeleton, country) if p.kind == "admin1"]
        if found or consonant_count(skeleton) != 2:
            return found
        return sorted((p for p in self._provinces_of(country.upper()).values()
                       if consonant_skeleton(name_key(p.name).replace(" ", "")) == skeleton),
                      key=lambda p: -p.population)

    def province_of(self, place: Place) -> Place | None:
        """The first-level division ``place`` lies in (None when the sources give none)."""
        if not place.admin1 or place.kind in ("country", "admin1"):
            return None
        return self._provinces_of(place.country_code).get(place.admin1)

    def _provinces_of(self, code: str) -> dict[str, Place]:
        """A country's first-level divisions by name (the most populous of a name), read once a
        country, on the index by country and kind: every province of the file at once was a scan
        of every place, 70 ms, the first time a process asked for one, and the index by province
        read every place of the country to find its few provinces (3% of extracting new text)."""
        provinces = self._provinces.get(code)
        if provinces is None:
            provinces = {}
            for db in self._dbs:
                for row in db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE country_code = ? "
                                      "AND kind = 'admin1' ORDER BY population, id", (code,)):
                    province = Place(*row)
                    provinces[province.admin1] = province  # the most populous last
            self._provinces[code] = provinces
        return provinces

    def _by_consonants(self, skeleton: str, country: str | None) -> list[tuple[Place, float]]:
        """Places whose Latin names have the consonants of an Arabic-script name."""
        if consonant_count(skeleton) < 3 or not country:
            return []  # too loose without a country to look in
        cached = self._consonant_cache.get((skeleton, country))
        if cached is None:
            if len(self._consonant_cache) > self._cache_size:
                self._consonant_cache.clear()
            cached = self._consonant_cache[(skeleton, country)] = self._by_consonants_uncached(skeleton, country)
        return list(cached)  # the caller's own list: the cached one stays as read

    def _by_consonants_uncached(self, skeleton: str, country: str) -> list[tuple[Place, float]]:
        found: dict[int, tuple[Place, float]] = {}
        for db in self._dbs:
            if "consonants" not in self._tables[id(db)]:
                continue
            for (place_id,) in db.execute("SELECT place_id FROM consonants WHERE skeleton = ?", (skeleton,)):
                place = self.place(place_id)
                if place is not None and place.country_code == country.upper():
                    found[place_id] = (place, 86.0)
        return sorted(found.values(), key=lambda c: -c[0].population)

    def province_named_in_arabic(self, place: Place) -> bool:
        """Whether ``place`` is a province the sources give an Arabic name: the press writes a province
        as its own people do ("المثنى", Muthanna), so a word found by its consonants alone, not
        under that name ("متينا", Metina, a Kurdish valley, has the consonants of "Muthanna"), is
        another place. Consonants stand in for names the sources hold in Latin letters only."""
        if place.kind != "admin1":
            return False
        for db in self._dbs:
            if "country_names" in self._tables[id(db)] and db.execute(
                    "SELECT 1 FROM country_names WHERE country_code = ? AND key >= ? AND key < ? AND place_id = ? "
                    "LIMIT 1", (place.country_code, "\u0621", "\u064b", place.id)).fetchone():
                return True
        return False

    def villages_of(self, country: str) -> list[Place]:
        """Every village of ``country`` (for an index of their spellings: :mod:`.village_spelling`),
        by province then id whichever index the file has. The ``+`` keeps SQLite from reading
        the country's every place in the province index's order to spare a sort: most countries
        have a few dozen villages among tens of thousands of places (7 ms for Ukraine, 0.4 sorted)."""
        return [Place(*row) for db in self._dbs for row in db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country_code = ? AND kind = 'village' ORDER BY +admin1, id",
            (country.upper(),))]

    def place(self, place_id: int) -> Place | None:
        """The place of id ``place_id`` (places are immutable: each row is read once)."""
        if place_id in self._by_id:
            return self._by_id[place_id]
        found = None
        for db in self._dbs:
            row = db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
            if row:
                found = Place(*row)
                break
        if len(self._by_id) > self._cache_size:
            self._by_id.clear()
        self._by_id[place_id] = found
        return found

    def country(self, code: str) -> Country | None:
        return self.countries().get(code.upper())

    def countries(self) -> dict[str, Country]:
        if self._countries is None:
            rows = self._dbs[0].execute(
                "SELECT c.code, c.name, c.alpha3, c.iso, c.region, p.lat, p.lon, p.geonameid "
                "FROM countries c JOIN places p ON p.id = c.place_id").fetchall()
            self._countries = {row[0]: Country(*row) for row in rows}
        return self._countries

    def capital(self, code: str) -> Place | None:
        """The capital city of the country ``code`` (None when the sources name none)."""
        if self._capitals is None:
            db = self._dbs[0]
            columns = {row[1] for row in db.execute("PRAGMA table_info(countries)")}
            rows = db.execute("SELECT code, capital_id FROM countries WHERE capital_id IS NOT NULL").fetchall() \
                if "capital_id" in columns else []
            self._capitals = {row[0]: row[1] for row in rows}
        place_id = self._capitals.get(code.upper())
        return self.place(place_id) if place_id is not None else None

    def stats(self) -> dict[str, int]:
        db = self._dbs[0]
        counts = dict(db.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind").fetchall())
        counts["names"] = db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return counts


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _name_and_more(name: str, skeleton: str) -> bool:
    """Whether a word's transliteration ``skeleton`` spells a place's own name and more ("Уночі",
    at night, spells "Ono" and the "shi" of the Japanese "Ono shi", Ono city): a word alone is no
    name of two words."""
    own = translit_skeleton(name_key(name))
    return own != skeleton and skeleton.startswith(own)


def latin_spelling(key: str) -> str:
    """A Cyrillic key in Latin letters as the press's Latin sources spell foreign names
    ("чаунг у" -> "chaung u", "джибо" -> "jibo"): the form looked up among Latin names."""
    from unidecode import unidecode

    return " ".join(unidecode(_arabic_sounds(key)).lower().replace("'", "").split())


def _arabic_sounds(key: str) -> str:
    """Cyrillic spellings of Arabic, Persian and African names write "j" as "дж" ("Джиср-эш-
    Шугур": Jisr ash-Shughur, "Джибо": Djibo), which a Russian transliteration makes "dzh"."""
    for old, new in spelling().sounds:
        key = key.replace(old, new)
    return key


def _table_names(db: sqlite3.Connection) -> frozenset[str]:
    return frozenset(row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT 1 FROM places LIMIT 1")
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"{path} is not a dateline gazetteer: {exc}") from exc
    return connection


_KIND_RANK = {"country": 6, "admin1": 5, "base": 4, "dam": 4, "camp": 4, "crossing": 4,
              "plant": 4, "bridge": 4, "port": 4, "site": 4, "region": 5, "city": 3, "admin2": 3,
              "village": 2}


def _kind_rank(kind: str) -> int:
    return _KIND_RANK.get(kind, 1)
