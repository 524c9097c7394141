"""The merge stage decides without a database: blocking, assignment, merged fields, families."""

import datetime as dt

from dateline.merge.blocking import box, date_ranges, in_block, reach
from dateline.merge.cluster import Assigner, Cluster, Member, Override, cluster_id_for, merged_fields
from dateline.merge.family import Banded, Families
from dateline.merge.match import Coded
from dateline.merge.simhash import bands, simhash

DAY = dt.date(2025, 3, 14)


def coded(**fields):
    values = dict(country_code="UA", event_date=DAY, time_precision=1,
                  sub_event_type="Shelling/artillery/missile attack", latitude=49.98, longitude=36.25,
                  geo_precision=1, admin1="Kharkiv",
                  actor1="Military Forces of Russia", actor2="Civilians (Ukraine)")
    values.update(fields)
    return Coded(**values)


def member(event_id, doc_id=None, **fields):
    extra = {k: fields.pop(k) for k in ("confidence", "published", "family_id", "fatalities", "injured")
             if k in fields}
    return Member(event_id=event_id, doc_id=doc_id or f"doc-{event_id}", coded=coded(**fields), **extra)


def test_reports_of_one_event_join_the_first_and_others_found_their_own():
    assigner = Assigner(())
    first = assigner.assign(member("a"))
    second = assigner.assign(member("b", latitude=49.99, fatalities=5))
    elsewhere = assigner.assign(member("c", latitude=46.48, longitude=30.73, admin1="Odesa"))
    assert first.created and first.cluster_id == cluster_id_for("a")
    assert second.cluster_id == first.cluster_id and not second.created and "km apart" in second.reason
    assert elsewhere.cluster_id not in (first.cluster_id,) and elsewhere.created
    assert {c.cluster_id for c in assigner.touched()} == {first.cluster_id, elsewhere.cluster_id}


def test_reports_of_one_document_never_join_each_other():
    assigner = Assigner(())
    one = assigner.assign(member("a", doc_id="d"))
    two = assigner.assign(member("b", doc_id="d"), exclude={one.cluster_id})
    assert one.cluster_id != two.cluster_id


def test_stored_clusters_are_candidates_and_the_lead_moves_to_the_most_precise_report():
    stored = Cluster("ce-stored", coded(geo_precision=2), members=[member("old", geo_precision=2)])
    assigner = Assigner([stored])
    joined = assigner.assign(member("new", geo_precision=1, latitude=49.99))
    assert joined.cluster_id == "ce-stored" and not joined.created
    assert stored.coded.geo_precision == 1 and stored.coded.latitude == 49.99  # the precise report leads now
    fields = stored.merged()
    assert fields is not None and fields["lead_event_id"] == "new" and fields["reports"] == 2


def test_analysts_corrections_win():
    stored = Cluster("ce-target", coded(latitude=46.48, longitude=30.73, admin1="Odesa"),
                     members=[member("target", latitude=46.48, longitude=30.73, admin1="Odesa")])
    split_made = Cluster("ce-split", coded(), members=[member("alone")], split=True)
    assigner = Assigner([stored, split_made])
    merged = assigner.assign(member("far"), override=Override("merge", "target"))
    assert merged.cluster_id == "ce-target" and merged.reason == "merged by an analyst"
    machine = assigner.assign(member("near"))
    assert machine.cluster_id != "ce-split"  # the machine never adds to a split-made canonical event
    split = assigner.assign(member("own"), override=Override("split"))
    assert split.created and split.reason == "split by an analyst"
    assert assigner.clusters[split.cluster_id].split


def test_a_taken_cluster_id_is_salted():
    taken = {cluster_id_for("a")}
    assigner = Assigner((), taken=taken.__contains__)
    assert assigner.assign(member("a")).cluster_id == cluster_id_for("a", 1)


def test_merged_fields_sum_the_reports():
    members = [member("a", fatalities=4, injured=27, published="2025-03-14", family_id="wire"),
               member("b", fatalities=5, published="2025-03-15", family_id="wire", geo_precision=2),
               member("c", fatalities=None, injured=31, published="2025-03-14", family_id="other")]
    fields = merged_fields(members, [{"event_id": "gone", "reason": "x"}, {"event_id": "a", "reason": "old"}],
                           [("c", "joined")])
    assert fields is not None
    assert (fields["fatalities_min"], fields["fatalities_max"], fields["injured_min"], fields["injured_max"]) == (
        4, 5, 27, 31)
    assert fields["reports"] == 3 and fields["corroboration"] == 2 and fields["first_reported"] == "2025-03-14"
    assert fields["merge_reasons"] == [{"event_id": "a", "reason": "old"}, {"event_id": "c", "reason": "joined"}]
    assert merged_fields([], [], []) is None


def test_blocking_never_hides_a_possible_match():
    report = coded()
    assert in_block(report, coded(event_date=DAY + dt.timedelta(days=1)), box(report))
    assert not in_block(report, coded(event_date=DAY + dt.timedelta(days=2)), box(report))
    assert in_block(report, coded(event_date=DAY + dt.timedelta(days=20), time_precision=3), box(report))
    assert not in_block(report, coded(latitude=46.48, longitude=30.73), box(report))
    assert in_block(report, coded(latitude=46.48, longitude=30.73, geo_precision=3), box(report))
    assert not in_block(report, coded(country_code="RU"), box(report))
    assert reach(1, 1) == 1 and reach(1, 2) == 7 and reach(3, 1) == 31


def test_date_ranges_join_overlapping_blocks():
    ranges = date_ranges([coded(), coded(event_date=DAY + dt.timedelta(days=2)),
                          coded(event_date=DAY + dt.timedelta(days=30))])
    days = [(r.low, r.high) for r in ranges if r.precision == 1]
    assert days == [(DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=3)),
                    (DAY + dt.timedelta(days=29), DAY + dt.timedelta(days=31))]
    assert len([r for r in ranges if r.precision == 3]) == 1  # month windows overlap: one range


def test_families_of_a_batch_see_earlier_copies():
    text = ("KHARKIV, March 14 - A missile struck an apartment block in Kharkiv early on Friday, killing four "
            "people and wounding 27, the regional governor said. Rescue teams searched the rubble through the "
            "morning as firefighters put out the blaze on the upper floors, and the city's mayor said schools "
            "nearby would stay closed until engineers had inspected the damaged buildings on the street.")
    families = Families()
    first, _rows = families.family("wire", simhash(text), DAY)
    copy, rows = families.family("copy", simhash(text.replace("Rescue teams", "Rescuers")), DAY)
    late, _rows = families.family("late", simhash(text), DAY + dt.timedelta(days=30))
    other, _rows = families.family("other", simhash("Protesters marched in Berlin against fuel taxes on Monday."),
                                   DAY)
    assert (first, copy, late, other) == ("wire", "wire", "late", "other")
    assert len(rows) == 6 and {r.family_id for r in rows} == {"wire"}


def test_families_of_stored_rows_decide_whatever_order_the_database_gives_them_in():
    fingerprint = simhash("Shelling hit the river port at dawn and a grain store burned until the evening.")
    near = fingerprint ^ 0b101  # two bits off: a copy of either stored document
    stored = [Banded(band, value, day, "", fingerprint if family == "early" else near, family)
              for family, day in (("early", "2025-03-12"), ("later", "2025-03-13"), ("same-day", "2025-03-12"))
              for band, value in enumerate(bands(fingerprint if family == "early" else near))]
    expected = Families(stored).family("new", fingerprint, DAY)
    for shuffled in (stored, stored[::-1], sorted(stored, key=lambda r: r.family_id)):
        rows = [(r.band, r.value, r.day, r.simhash, r.family_id) for r in shuffled]
        assert Families.of_stored(rows).family("new", fingerprint, DAY) == expected
    assert expected[0] in {"early", "same-day"}


def _simhash_by_definition(text):
    """SimHash as defined: bit j is set when most features' 64-bit hashes have bit j set."""
    import hashlib
    import re

    words = re.findall(r"[^\W_]+", text.lower())[:250]
    features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    hashes = [int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "big") for f in features]
    value = sum(1 << j for j in range(64) if sum((h >> j) & 1 for h in hashes) > len(features) / 2)
    return value - (1 << 64) if value >= 1 << 63 else value


def test_simhash_is_the_definition_computed_fast():
    import random

    rng = random.Random(3)
    words = ["Kharkiv", "missile", "a", "frappé", "ракета", "قصف", "the", "of", "2025", "drone", "x_y"]
    for size in (0, 1, 2, 3, 17, 120, 400):
        text = " ".join(rng.choice(words) + rng.choice(("", "s", "ed")) for _ in range(size))
        assert simhash(text) == _simhash_by_definition(text)


def test_a_border_fight_placed_only_in_one_country_is_blocked_with_the_other():
    """The store loads canonical events of both states for a fight between their armies told
    at country level, so that a report from the other side's press can join it."""
    border = coded(sub_event_type="Armed clash", geo_precision=3, admin1="",
                   actor1="Military Forces of Russia (2000-)", actor2="Military Forces of Ukraine (2019-)")
    assert {r.country_code for r in date_ranges([border])} == {"UA", "RU"}
    assert in_block(border, coded(country_code="RU", geo_precision=3, admin1=""), box(border))
    assert {r.country_code for r in date_ranges([coded()])} == {"UA"}  # a town named: its country only


def test_the_taking_of_a_town_is_blocked_over_a_week():
    taking = coded(sub_event_type="Non-state actor overtakes territory")
    assert in_block(taking, coded(event_date=DAY + dt.timedelta(days=6)), box(taking))
    assert not in_block(coded(), coded(event_date=DAY + dt.timedelta(days=6)), box(coded()))
    days = [(r.low, r.high) for r in date_ranges([taking]) if r.precision == 1]
    assert days == [(DAY - dt.timedelta(days=7), DAY + dt.timedelta(days=7))]
