"""The watch config file: feeds, folders, settings; every mistake names the file and key."""

import pytest

from dateline.errors import WatchConfigError
from dateline.watch.config import FeedSpec, FolderSpec, combine, load_config, resolve_settings, sources_from_args


def _config(tmp_path, text):
    path = tmp_path / "watch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_feeds_folders_and_settings(tmp_path):
    path = _config(tmp_path, """
db = "events.db"
watch_interval = 120
host_delay = 2
feeds = ["https://a.example/rss.xml", { url = "https://b.example/feed.json", interval = 600 }]
folders = ["/srv/inbox"]
""")
    config = load_config(path)
    assert config.feeds == (FeedSpec("https://a.example/rss.xml"), FeedSpec("https://b.example/feed.json", 600.0))
    assert config.folders == (FolderSpec("/srv/inbox"),)
    settings = resolve_settings(config, environ={})
    assert (settings.db, settings.watch_interval, settings.host_delay) == ("events.db", 120.0, 2.0)


def test_environment_beats_the_file_and_options_beat_both(tmp_path):
    config = load_config(_config(tmp_path, 'db = "file.db"\nwatch_interval = 120\n'))
    settings = resolve_settings(config, environ={"DATELINE_DB": "env.db", "DATELINE_WATCH_INTERVAL": "30"},
                                watch_interval=5.0)
    assert (settings.db, settings.watch_interval) == ("env.db", 5.0)


@pytest.mark.parametrize("text, message", [
    ("colour = 3\n", "unknown key 'colour'"),
    ("watch_interval = \"soon\"\n", "watch_interval = 'soon' is not a valid value"),
    ("feeds = \"https://a.example\"\n", "feeds must be a list"),
    ("feeds = [\"a.example/rss\"]\n", "is not an http(s) URL"),
    ("feeds = [{ url = \"https://a.example\", every = 3 }]\n", "unknown key 'every'"),
    ("feeds = [{ url = \"https://a.example\", interval = -1 }]\n", "interval must be a positive number"),
    ("feeds = [\n", "not valid TOML"),
])
def test_mistakes_are_named(tmp_path, text, message):
    path = _config(tmp_path, text)
    with pytest.raises(WatchConfigError) as caught:
        load_config(path)
    assert message in caught.value.message and str(path) in caught.value.message


def test_a_missing_file(tmp_path):
    with pytest.raises(WatchConfigError, match="cannot read the config file"):
        load_config(tmp_path / "nope.toml")


def test_command_line_sources(tmp_path):
    config = sources_from_args(["https://a.example/rss", str(tmp_path)])
    assert config.feeds == (FeedSpec("https://a.example/rss"),) and config.folders == (FolderSpec(str(tmp_path)),)
    with pytest.raises(WatchConfigError, match="nor an existing folder"):
        sources_from_args([str(tmp_path / "missing")])


def test_combining_keeps_each_source_once():
    first = sources_from_args(["https://a.example/rss", "https://b.example/rss"])
    second = sources_from_args(["https://b.example/rss", "https://c.example/rss"])
    assert [f.url for f in combine(first, second).feeds] == \
        ["https://a.example/rss", "https://b.example/rss", "https://c.example/rss"]
