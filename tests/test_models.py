import pytest
from pydantic import ValidationError

from dateline.models import Claim, Event
from dateline.taxonomy import SUB_EVENT_TYPES, EventType, SubEventType, disorder_type, interaction, is_valid_pair


def test_event_type_and_disorder_follow_the_sub_event_type():
    event = Event(doc_id="d", event_date="2024-01-01", sub_event_type="Excessive force against protesters")
    assert event.event_type == "Protests"
    assert event.disorder_type == "Political violence; Demonstrations"


def test_event_ids_are_stable_and_depend_on_the_coded_fields():
    a = Event(doc_id="d", event_date="2024-01-01", sub_event_type="Armed clash", location="Gao")
    b = Event(doc_id="d", event_date="2024-01-01", sub_event_type="Armed clash", location="Gao")
    c = Event(doc_id="d", event_date="2024-01-02", sub_event_type="Armed clash", location="Gao")
    assert a.event_id == b.event_id != c.event_id and a.event_id.startswith("ev-")


def test_event_and_cluster_ids_lead_with_the_event_day_so_that_they_sort_as_news_arrives():
    from dateline.merge.cluster import cluster_id_for

    days = ["2023-12-31", "2024-01-01", "2024-01-01", "2024-03-09"]
    ids = [Event(doc_id=f"d{n}", event_date=day, sub_event_type="Armed clash").event_id for n, day in enumerate(days)]
    assert [i[:12] for i in ids] == ["ev-20231231-", "ev-20240101-", "ev-20240101-", "ev-20240309-"]
    assert ids[1] != ids[2] and sorted(ids, key=lambda i: i[:12]) == ids
    clusters = [cluster_id_for(i) for i in ids]
    assert [c[:12] for c in clusters] == ["ce-20231231-", "ce-20240101-", "ce-20240101-", "ce-20240309-"]
    assert cluster_id_for(ids[0], 1) != clusters[0] and cluster_id_for(ids[0], 1)[:12] == "ce-20231231-"
    assert cluster_id_for("ev-785e7dcd50f49389").count("-") == 1  # an older store's id has no day


@pytest.mark.parametrize("bad", [{"sub_event_type": "Skirmish"}, {"event_date": "2024-02-30"},
                                 {"fatalities": -1}, {"time_precision": 4}])
def test_invalid_events_are_rejected(bad):
    values = {"doc_id": "d", "event_date": "2024-01-01", "sub_event_type": "Armed clash", **bad}
    with pytest.raises(ValidationError):
        Event(**values)


def test_taxonomy_has_acled_spellings():
    assert len(SUB_EVENT_TYPES) == 25
    assert SubEventType.REMOTE_EXPLOSIVE.value == "Remote explosive/landmine/IED"
    assert EventType.EXPLOSIONS.value == "Explosions/Remote violence"
    assert is_valid_pair("Battles", "Armed clash") and not is_valid_pair("Battles", "Grenade")
    assert disorder_type("Agreement") == "Strategic developments"


@pytest.mark.parametrize("inter1, inter2, expected", [(1, 7, 17), (7, 1, 17), (6, None, 60), (None, 2, None)])
def test_interaction_codes(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_claim_ids_are_derived_and_subjects_one_line():
    claim = Claim(doc_id="d", kind="count", subject="attacks\n since October", value=40)
    assert claim.claim_id.startswith("cl-") and claim.subject == "attacks since October"
