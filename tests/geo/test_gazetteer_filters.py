"""The gazetteer's Bloom filters: no name is ever turned away, most words that name nothing are."""

import sqlite3
from pathlib import Path

from dateline.geo import bloom
from dateline.geo.bloom import BloomFilter
from dateline.geo.gazetteer import Gazetteer


def test_every_key_put_in_is_found():
    keys = [f"town {i}" for i in range(5000)] + ["mossoul", "марьинка", "الفاشر", ""]
    made = BloomFilter.of(keys, len(keys))
    assert all(key in made for key in keys)


def test_absent_keys_pass_about_as_often_as_the_error_rate_says():
    made = BloomFilter.of((f"name {i}" for i in range(20_000)), 20_000, error_rate=0.01)
    absent = [f"word {i}" for i in range(20_000)]
    passed = sum(key in made for key in absent)
    assert passed < 0.02 * len(absent)  # 1 % expected; twice that is no chance


def test_a_filter_read_back_answers_as_the_one_written(tmp_path: Path):
    connection = sqlite3.connect(tmp_path / "filters.sqlite")
    connection.execute("CREATE TABLE words (word TEXT)")
    connection.executemany("INSERT INTO words VALUES (?)", [(f"w{i}",) for i in range(300)])
    connection.execute(bloom.TABLE)
    bloom.write(connection, "words", "SELECT word FROM words")
    read = bloom.read(connection, "words")
    assert read is not None
    assert all(f"w{i}" in read for i in range(300))
    assert sum(f"x{i}" in read for i in range(300)) < 30
    assert bloom.read(connection, "elsewhere") is None
    assert bloom.read(sqlite3.connect(":memory:"), "words") is None  # a file without filters


def test_the_compiled_gazetteer_filters_every_name_and_first_word(gazetteer: Gazetteer):
    names = gazetteer._names_filter
    first_words = gazetteer._first_words_filter
    assert names is not None and first_words is not None
    db = gazetteer._dbs[0]
    sample = [key for start in ("a", "k", "m", "s", "z", "м", "ال")
              for (key,) in db.execute("SELECT key FROM names WHERE key >= ? LIMIT 300", (start,))]
    assert sample and all(key in names for key in sample)
    words = [word for (word,) in db.execute("SELECT word FROM first_words LIMIT 2000")]
    assert words and all(word in first_words for word in words)


def test_lookups_answer_the_same_with_and_without_the_filters(gazetteer: Gazetteer):
    filtered = Gazetteer(gazetteer.path)
    unfiltered = Gazetteer(gazetteer.path)
    unfiltered._names_filter = unfiltered._first_words_filter = None
    words = ["mossoul", "harir", "kharkiv", "monday", "président", "zzqx", "al fashir", "nord", "saint"]
    for word in words:
        assert filtered.lookup_key(word) == unfiltered.lookup_key(word)
        assert filtered.starts_name(word) == unfiltered.starts_name(word)


def test_near_spellings_in_a_country_are_read_from_its_own_names(gazetteer: Gazetteer):
    """The ``country_names`` range gives what the join of names and places gives."""
    by_table = Gazetteer(gazetteer.path)
    by_join = Gazetteer(gazetteer.path)
    by_join._tables = {key: tables - {"country_names"} for key, tables in by_join._tables.items()}
    assert "country_names" in by_table._tables[id(by_table._dbs[0])]
    for word, country in [("mossul", "IQ"), ("kharkov", "UA"), ("tombouctou", "ML"), ("bakhmout", "UA"),
                          ("ouagadougo", "BF"), ("zzzzzz", "SD"), ("mogadisho", "SO")]:
        assert by_table.fuzzy(word, country=country) == by_join.fuzzy(word, country=country)
    assert by_table.fuzzy("mossul", country="IQ"), "a near spelling in the country is found"


def test_a_build_keeps_the_gazetteer_used_last_and_removes_older_ones(tmp_path: Path):
    """Two installs sharing a data directory keep each other's file (one other build is kept,
    the one used most recently); older builds go."""
    import os

    from dateline.geo import build as builder

    current = tmp_path / "gazetteer-new.sqlite"
    current.write_bytes(b"")
    old, older, recent = (tmp_path / f"gazetteer-{name}.sqlite" for name in ("old", "older", "recent"))
    for age, path in ((3000, older), (2000, old), (1000, recent)):
        path.write_bytes(b"")
        os.utime(path, (path.stat().st_atime, path.stat().st_mtime - age))
    builder.mark_used(old)  # opened just now by the other install
    builder._remove_stale(current)
    assert sorted(p.name for p in tmp_path.glob("gazetteer-*.sqlite")) == ["gazetteer-new.sqlite",
                                                                          "gazetteer-old.sqlite"]
