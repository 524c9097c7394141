"""Acceptance: the real French wire story of ../shared/examples, scored against its gold file
through the scorer of ``dateline eval``."""

import pytest

from dateline.evaluate.gold import iter_gold
from dateline.evaluate.matching import field_checks, match_document
from dateline.read import read_paths

from ..conftest import SEED, SEED_GOLD


@pytest.fixture(scope="module")
def extraction(engine):
    if not SEED.is_file():
        pytest.skip(f"the shared example is absent: {SEED}")
    (doc,) = list(read_paths([SEED]))
    return engine.extract(doc)


@pytest.fixture(scope="module")
def gold():
    if not SEED_GOLD.is_file():
        pytest.skip(f"the shared example is absent: {SEED_GOLD}")
    (article,) = list(iter_gold(SEED_GOLD))
    return article


def test_all_four_required_events_and_nothing_else(extraction, gold):
    match = match_document(gold.events, extraction.events)
    assert not match.missed, [e.cluster for e in match.missed]
    assert not match.extra, [(e.sub_event_type, e.location) for e in match.extra]
    assert len(match.pairs) == 4


def test_types_dates_and_interceptions_are_right(extraction, gold):
    for pair in match_document(gold.events, extraction.events).pairs:
        checks = field_checks(pair)
        assert checks["event_type"] and checks["sub_event_type"], pair.gold.cluster
        assert checks["place"] and checks["intercepted"], pair.gold.cluster
        if pair.gold.time_precision == 1:
            assert checks["date"], pair.gold.cluster


def test_actors_are_right(extraction, gold):
    for pair in match_document(gold.events, extraction.events).pairs:
        checks = field_checks(pair)
        assert checks["actor1"] and checks["actor2"], (pair.gold.cluster, pair.pred.actor1, pair.pred.actor2)


def test_places_and_precision(extraction):
    by_place = {e.location: e for e in extraction.events}
    assert by_place["Mosul Dam"].geo_precision == 2
    assert by_place["Ain al-Asad Air Base"].geo_precision == 1
    assert by_place["Syria"].geo_precision == 3 and by_place["Syria"].time_precision == 2


def test_tallies_and_attributions_become_claims(extraction):
    counts = {c.value for c in extraction.claims if c.kind == "count"}
    assert {40, 56} <= counts
    kinds = {c.kind for c in extraction.claims}
    assert {"attribution", "denial", "threat", "contradiction"} <= kinds


def test_evidence_spans_index_the_original_text(extraction):
    (doc,) = list(read_paths([SEED]))
    for event in extraction.events:
        assert event.evidence
        for item in event.evidence:
            assert doc.text[item.start:item.end] == item.text
