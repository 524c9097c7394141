"""Acceptance: the Iraq story of 9 November 2023, scored against its gold file through the
scorer of ``dateline eval``: our own synthetic telling in ``examples/`` (always), and the real
French wire story in ``../shared/examples`` (where it is present, as in CI)."""

import pytest

from dateline.evaluate.gold import iter_gold
from dateline.evaluate.matching import field_checks, match_document
from dateline.read import read_paths

from ..conftest import SEED, SEED_GOLD, SHARED_SEED, SHARED_SEED_GOLD, skip_without_shared

# the claims each telling makes besides the tallies (the real one also threatens and contradicts itself)
STORIES = {
    "synthetic": (SEED, SEED_GOLD, {"attribution", "denial"}),
    "real": (SHARED_SEED, SHARED_SEED_GOLD, {"attribution", "denial", "threat", "contradiction"}),
}


@pytest.fixture(scope="module", params=sorted(STORIES))
def story(request, engine):
    path, gold_path, claim_kinds = STORIES[request.param]
    skip_without_shared(path)
    (doc,) = list(read_paths([path]))
    (gold,) = list(iter_gold(gold_path))
    return doc, engine.extract(doc), gold, claim_kinds


def test_all_four_required_events_and_nothing_else(story):
    _doc, extraction, gold, _kinds = story
    match = match_document(gold.events, extraction.events)
    assert not match.missed, [e.cluster for e in match.missed]
    assert not match.extra, [(e.sub_event_type, e.location) for e in match.extra]
    assert len(match.pairs) == 4


def test_types_dates_and_interceptions_are_right(story):
    _doc, extraction, gold, _kinds = story
    for pair in match_document(gold.events, extraction.events).pairs:
        checks = field_checks(pair)
        assert checks["event_type"] and checks["sub_event_type"], pair.gold.cluster
        assert checks["place"] and checks["intercepted"], pair.gold.cluster
        if pair.gold.time_precision == 1:
            assert checks["date"], pair.gold.cluster


def test_actors_are_right(story):
    _doc, extraction, gold, _kinds = story
    for pair in match_document(gold.events, extraction.events).pairs:
        checks = field_checks(pair)
        assert checks["actor1"] and checks["actor2"], (pair.gold.cluster, pair.pred.actor1, pair.pred.actor2)


def test_places_and_precision(story):
    _doc, extraction, _gold, _kinds = story
    by_place = {e.location: e for e in extraction.events}
    assert by_place["Mosul Dam"].geo_precision == 2
    assert by_place["Ain al-Asad Air Base"].geo_precision == 1
    assert by_place["Syria"].geo_precision == 3 and by_place["Syria"].time_precision == 2


def test_tallies_and_attributions_become_claims(story):
    _doc, extraction, _gold, claim_kinds = story
    counts = {c.value for c in extraction.claims if c.kind == "count"}
    assert {40, 56} <= counts
    assert claim_kinds <= {c.kind for c in extraction.claims}


def test_evidence_spans_index_the_original_text(story):
    doc, extraction, _gold, _kinds = story
    for event in extraction.events:
        assert event.evidence
        for item in event.evidence:
            assert doc.text[item.start:item.end] == item.text


def test_the_synthetic_story_is_marked_synthetic():
    (doc,) = list(read_paths([SEED]))
    assert doc.meta.get("synthetic") is True
    assert '"synthetic": true' in SEED_GOLD.read_text(encoding="utf-8")
