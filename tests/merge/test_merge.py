"""Cross-document, cross-language merging into canonical events."""

import json

from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.merge.match import Coded, compare
from dateline.merge.simhash import distance, simhash
from dateline.models import Document, Event

WIRE = ("KHARKIV, Ukraine, March 14 (Example Wire) - A Russian missile struck an apartment block in Kharkiv "
        "early on Friday, killing four people and wounding 27, the regional governor said. Rescue teams "
        "searched the rubble through the morning as firefighters put out the blaze on the upper floors.")


def doc(doc_id, text=WIRE, lang="en", source="Example Wire", published="2025-03-14"):
    return Document(id=doc_id, text=text, lang=lang, source=source, published=published)


def event(doc_id, **fields):
    values = dict(doc_id=doc_id, event_date="2025-03-14", sub_event_type="Shelling/artillery/missile attack",
                  country="Ukraine", country_code="UA", admin1="Kharkiv", location="Kharkiv", latitude=49.98,
                  longitude=36.25, geo_precision=1, actor1="Military Forces of Russia", actor2="Civilians (Ukraine)",
                  fatalities=4, injured=27, language="en")
    values.update(fields)
    return Event(**values)


def test_reports_in_three_languages_make_one_canonical_event(store):
    store.add(doc("en1"), [event("en1")])
    store.add(doc("uk1", text="Харків. Російська ракета влучила в житловий будинок, п'ятеро загиблих.", lang="uk",
                  source="Приклад", published="2025-03-15"),
              [event("uk1", fatalities=5, injured=31, language="uk", latitude=49.99, longitude=36.23)])
    store.add(doc("de1", text="Charkiw: Russische Rakete trifft Wohnhaus, vier Tote.", lang="de", source="Beispiel"),
              [event("de1", event_date="2025-03-15", time_precision=1, language="de", fatalities=None)])
    (canonical,) = list(store.canonical())
    assert canonical.reports == 3 and canonical.corroboration == 3
    assert (canonical.fatalities, canonical.fatalities_min, canonical.fatalities_max) == (4, 4, 5)
    assert (canonical.injured_min, canonical.injured_max) == (27, 31)
    assert {r.language for r in canonical.report_list} == {"en", "uk", "de"}
    assert all(r.reason for r in canonical.report_list)
    assert {e.cluster_id for e in store.events()} == {canonical.cluster_id}
    assert all(e.reports == 3 for e in store.events())


def test_syndicated_copies_count_once_for_corroboration(store):
    store.add(doc("wire"), [event("wire")])
    store.add(doc("copy", text=WIRE.replace("early on Friday", "on Friday morning"), source="Daily Reprint"),
              [event("copy")])
    (canonical,) = list(store.canonical())
    assert canonical.reports == 2 and canonical.corroboration == 1


def test_a_copy_of_a_story_of_unknown_day_counts_once_either_way_round(store):
    store.add(doc("undated", published=None), [event("undated")])
    store.add(doc("copy", text=WIRE.replace("early on Friday", "on Friday morning"), source="Daily Reprint"),
              [event("copy")])
    store.add(doc("dated", text=WIRE.replace("the regional governor", "the governor")), [event("dated")])
    store.add(doc("copy2", text=WIRE.replace("the regional governor", "the region's governor"), published=None),
              [event("copy2")])
    (canonical,) = list(store.canonical())
    assert canonical.reports == 4 and canonical.corroboration == 1


def test_different_places_days_or_types_stay_apart(store):
    store.add(doc("a"), [event("a")])
    store.add(doc("b", text="Odesa port hit."), [event("b", location="Odesa", latitude=46.48, longitude=30.73,
                                                       admin1="Odesa")])
    store.add(doc("c", text="Kharkiv a week later."), [event("c", event_date="2025-03-21")])
    store.add(doc("d", text="Protest in Kharkiv."), [event("d", sub_event_type="Peaceful protest",
                                                           actor1="Protesters (Ukraine)", actor2="")])
    assert store.counts()["clusters"] == 4


def test_two_events_of_one_document_never_merge(store):
    store.add(doc("a"), [event("a"), event("a", sub_event_type="Air/drone strike", latitude=49.97)])
    assert store.counts()["clusters"] == 2


def test_reingest_is_idempotent_and_an_update_changes_the_event_in_place(store):
    store.add(doc("a"), [event("a")])
    store.add(doc("b", text="Second report of the Kharkiv strike."), [event("b", fatalities=6)])
    before = [c.model_dump() for c in store.canonical()]
    store.add(doc("b", text="Second report of the Kharkiv strike."), [event("b", fatalities=6)])
    assert [c.model_dump() for c in store.canonical()] == before
    store.add(doc("b", text="Updated: the toll rose to seven."), [event("b", fatalities=7)])
    (canonical,) = list(store.canonical())
    assert canonical.cluster_id == before[0]["cluster_id"] and canonical.fatalities_max == 7


def test_analyst_corrections_survive_reruns(store):
    store.add(doc("a"), [event("a")])
    store.add(doc("b", text="Other report."), [event("b")])
    (merged,) = list(store.canonical())
    b_event = next(e for e in store.events() if e.doc_id == "b")
    store.split(b_event.event_id)
    assert store.counts()["clusters"] == 2
    store.add(doc("b", text="Other report, updated."), [event("b")])  # same event id comes back
    assert store.counts()["clusters"] == 2
    store.add(doc("c", text="Third report."), [event("c")])  # the machine never fills the split one
    sizes = sorted(c.reports for c in store.canonical())
    assert sizes == [1, 2]
    far = event("d", location="Chuhuiv", latitude=49.83, longitude=36.69, event_date="2025-03-13")
    store.add(doc("d", text="Far report."), [far])
    target = next(c.cluster_id for c in store.canonical() if c.reports == 2)
    store.merge(target, far.event_id)
    store.add(doc("d", text="Far report, updated."), [far])
    assert next(c for c in store.canonical() if c.cluster_id == target).reports == 3
    assert merged.cluster_id == target


def test_match_rules_on_coded_fields():
    base = Coded("IQ", __import__("datetime").date(2023, 11, 9), 1, "Disrupted weapons use", 36.54, 44.35, 1,
                 "Erbil", "US-led coalition forces", "Unidentified Armed Group (Iraq)")
    hit = Coded("IQ", base.event_date, 1, "Air/drone strike", 36.55, 44.36, 1, "Erbil", "", "")
    elsewhere = Coded("IQ", base.event_date, 1, "Air/drone strike", 33.79, 42.44, 1, "Anbar", "", "")
    assert compare(hit, base) is not None and compare(hit, base).score >= 0.5
    assert compare(elsewhere, base) is None
    assert "km apart" in compare(hit, base).reason


def test_simhash_tells_near_copies_from_other_stories():
    edited = WIRE.replace("early on Friday", "on Friday morning")
    assert distance(simhash(WIRE), simhash(edited)) <= 6
    assert distance(simhash(WIRE), simhash("Protesters marched through Berlin against fuel taxes on Monday "
                                           "as tractors blocked the avenues around the Brandenburg Gate.")) > 12


def test_cli_canonical_merge_and_split(tmp_path):
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.txt").write_text("date: 2025-03-14\n\n" + WIRE, encoding="utf-8")
    (folder / "fr.txt").write_text(
        "date: 2025-03-14\n\nCHARKIV, Ukraine, 14 mars (Agence Exemple) – Un missile russe a frappé vendredi un "
        "immeuble d'habitation à Kharkiv, tuant cinq personnes et en blessant 30, selon le gouverneur.",
        encoding="utf-8")
    assert runner.invoke(cli, ["ingest", str(folder), "--db", db, "--quiet"]).exit_code == 0
    canonical = [json.loads(line) for line in runner.invoke(
        cli, ["events", "--db", db, "--canonical", "--format", "jsonl"]).stdout.splitlines()]
    assert len(canonical) == 1 and canonical[0]["reports"] == 2
    assert (canonical[0]["fatalities_min"], canonical[0]["fatalities_max"]) == (4, 5)
    report = canonical[0]["report_list"][1]["event_id"]
    split = runner.invoke(cli, ["events", "--db", db, "split", report])
    assert split.exit_code == 0 and split.stdout.startswith("ce-")
    assert len(runner.invoke(cli, ["events", "--db", db, "--canonical", "--format", "jsonl"]).stdout.splitlines()) == 2
    merge = runner.invoke(cli, ["events", "--db", db, "merge", canonical[0]["report_list"][0]["event_id"], report])
    assert merge.exit_code == 0
    csv_text = runner.invoke(cli, ["events", "--db", db, "--canonical", "--format", "csv"]).stdout
    assert "fatalities_max" in csv_text.splitlines()[0] and len(csv_text.splitlines()) == 2
    missing = runner.invoke(cli, ["events", "--db", db, "split", "ev-nope"])
    assert missing.exit_code == 1 and "no event" in missing.stderr


def test_reports_that_disagree_as_real_reports_do_make_one_canonical_event(store):
    """Another outlet a day later calls the missile strike an attack on civilians by the Russian
    army; a third knows only the country. One event, three reports."""
    store.add(doc("en1"), [event("en1")])
    store.add(doc("fr1", text="Kharkiv : une attaque contre un immeuble fait quatre morts.", lang="fr",
                  source="Exemple", published="2025-03-15"),
              [event("fr1", event_date="2025-03-15", sub_event_type="Attack", language="fr")])
    store.add(doc("de1", text="Ukraine: Angriff auf Wohnhaus, vier Tote.", lang="de", source="Beispiel"),
              [event("de1", location="Ukraine", latitude=49.0, longitude=32.0, geo_precision=3, admin1="",
                     language="de")])
    store.add(doc("odesa", text="Odesa port hit the same day."),
              [event("odesa", location="Odesa", latitude=46.48, longitude=30.73, admin1="Odesa")])
    canonical = {c.reports: c for c in store.canonical()}
    assert sorted(canonical) == [1, 3]
    assert {r.doc_id for r in canonical[3].report_list} == {"en1", "fr1", "de1"}


def _simhash_by_definition(text: str) -> int:
    """The fingerprint as its docstring defines it, bit by bit: stores keep fingerprints, so a
    faster computation must give the very same numbers."""
    import hashlib
    import re

    words = re.findall(r"[^\W_]+", text.lower())[:250]
    features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    hashes = [int.from_bytes(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest(), "big") for f in features]
    value = sum(1 << bit for bit in range(64) if sum((h >> bit) & 1 for h in hashes) > len(features) / 2)
    return value - (1 << 64) if value >= 1 << 63 else value


def test_the_fingerprint_is_the_one_its_definition_gives():
    texts = ["Gunmen killed five villagers in Kwara state on Sunday, police said.",
             "Des manifestants ont défilé à Conakry — « non au troisième mandat » — sans incident.",
             "قتل ثلاثة أشخاص في قصف على مدينة الفاشر", "Удар по Харкову: загинули двоє людей. " * 40, ""]
    for text in texts:
        assert simhash(text) == _simhash_by_definition(text)
