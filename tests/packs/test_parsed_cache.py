"""Pack files are parsed once and then read from the data directory's cache
(``dateline.packs.parsed``): the same contents, a fresh copy each time, an edited file parsed
afresh, a broken or missing cache no error, a syntax error still one."""

from __future__ import annotations

import tomllib

import pytest

from dateline.packs.parsed import parsed

FIRST = b'[triggers]\nattack = ["raid", "assault"]\nnote = """two\r\nlines"""\n'
EDITED = b'[triggers]\nattack = ["raid"]\n'


def test_a_file_is_parsed_once_then_read_from_the_cache(tmp_path):
    first = parsed(FIRST, "xx/triggers.toml", tmp_path)
    assert first == tomllib.loads(FIRST.decode().replace("\r\n", "\n"))  # as a text-mode read parses it
    entries = list(tmp_path.glob("toml-*.pickle"))
    assert len(entries) == 1
    again = parsed(FIRST, "xx/triggers.toml", tmp_path)
    assert again == first and again is not first  # a caller may change its copy
    again["triggers"]["attack"].append("x")
    assert parsed(FIRST, "xx/triggers.toml", tmp_path) == first


def test_an_edited_file_is_parsed_afresh_and_its_old_entry_goes(tmp_path):
    parsed(FIRST, "xx/triggers.toml", tmp_path)
    parsed(b"a = 1\n", "xx/dates.toml", tmp_path)
    assert parsed(EDITED, "xx/triggers.toml", tmp_path) == {"triggers": {"attack": ["raid"]}}
    assert len(list(tmp_path.glob("toml-xx-triggers*.pickle"))) == 1
    assert len(list(tmp_path.glob("toml-xx-dates*.pickle"))) == 1  # another file's entry stays


def test_a_broken_or_missing_cache_only_means_parsing(tmp_path):
    parsed(FIRST, "xx/triggers.toml", tmp_path)
    for entry in tmp_path.glob("toml-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert parsed(FIRST, "xx/triggers.toml", tmp_path)["triggers"]["attack"] == ["raid", "assault"]
    assert parsed(FIRST, "xx/triggers.toml", None)["triggers"]["attack"] == ["raid", "assault"]
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert parsed(FIRST, "xx/triggers.toml", blocker / "cache")["triggers"]["attack"] == ["raid", "assault"]


def test_a_syntax_error_is_still_one(tmp_path):
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed(b"attack = [", "xx/triggers.toml", tmp_path)
    assert not list(tmp_path.glob("toml-*.pickle"))
