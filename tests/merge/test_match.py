"""Two reports of one event disagree in a few ways; the match allows those, and no more."""

import datetime as dt

import pytest

from dateline.merge.cluster import Assigner, Member
from dateline.merge.match import MATCH_THRESHOLD, Coded, compare

DAY = dt.date(2024, 2, 16)
KONDUGA = (11.65, 13.42)


def coded(**fields):
    """A report of a market bombing in a Nigerian town, as the engine codes it."""
    values = dict(country_code="NG", event_date=DAY, time_precision=1, sub_event_type="Suicide bomb",
                  latitude=KONDUGA[0], longitude=KONDUGA[1], geo_precision=1, admin1="Borno",
                  actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", place="konduga")
    values.update(fields)
    return Coded(**values)


def matches(a, b):
    decision = compare(a, b)
    return decision is not None and decision.score >= MATCH_THRESHOLD


@pytest.mark.parametrize("other, why", [
    (coded(latitude=9.08, longitude=8.68, geo_precision=3, admin1="", place="nigeria"), "the country, not the town"),
    (coded(latitude=11.5, longitude=13.0, geo_precision=3, place="borno"), "the province holding the town"),
    (coded(event_date=DAY + dt.timedelta(days=1)), "a day off"),
    (coded(sub_event_type="Attack"), "a bombing told as an attack"),
    (coded(sub_event_type="Remote explosive/landmine/IED"), "a bomb told as an IED"),
    (coded(actor1="Boko Haram - Jama'atu Ahli is-Sunna lid-Dawati wal-Jihad"), "the attackers named"),
    (coded(actor2="Protesters (Nigeria)"), "the victims called protesters"),
    (coded(latitude=KONDUGA[0] + 0.03, place="konduga market"), "a part of the town, 3 km off"),
    (coded(event_date=DAY + dt.timedelta(days=1), sub_event_type="Attack",
           actor1="Boko Haram - Jama'atu Ahli is-Sunna lid-Dawati wal-Jihad"), "a day, a sub-type and a name"),
])
def test_disagreements_between_two_reports_of_one_event_are_allowed(other, why):
    assert matches(coded(), other), why
    assert matches(other, coded()), why


@pytest.mark.parametrize("other, why", [
    (coded(latitude=11.77, longitude=13.55, place="mafa"), "another town 20 km away"),
    (coded(latitude=11.68, longitude=13.48, place="dalwa"), "another town 7 km away"),
    (coded(event_date=DAY + dt.timedelta(days=2)), "two days apart"),
    (coded(sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", actor2=""), "a protest"),
    (coded(sub_event_type="Air/drone strike", actor1="Military Forces of Nigeria",
           actor2="Boko Haram - Jama'atu Ahli is-Sunna lid-Dawati wal-Jihad"), "a strike on other people"),
    (coded(sub_event_type="Attack", event_date=DAY + dt.timedelta(days=1), latitude=9.08, longitude=8.68,
           geo_precision=3, admin1="", place="nigeria"), "another kind of violence, somewhere in the country"),
    (coded(country_code="CM", admin1="Far North"), "another country"),
])
def test_what_makes_two_events_is_refused(other, why):
    assert not matches(coded(), other), why


def test_a_report_keeps_the_canonical_event_it_fits_best_within_its_document():
    """An article tells a weaker match first: it must not rob the exact one of its event."""
    assigner = Assigner(())
    bombing = assigner.assign_document([Member("first", "wire", coded())])[0]
    later = [Member("near", "paper", coded(event_date=DAY + dt.timedelta(days=1), sub_event_type="Attack")),
             Member("exact", "paper", coded())]
    near, exact = assigner.assign_document(later)
    assert exact.cluster_id == bombing.cluster_id
    assert near.cluster_id != bombing.cluster_id and near.created


def test_the_reason_says_what_disagreed():
    decision = compare(coded(), coded(event_date=DAY + dt.timedelta(days=1), sub_event_type="Attack"))
    assert decision is not None
    assert "1 day(s) apart" in decision.reason and "one violent event" in decision.reason


ARMENIA = dict(country_code="AM", latitude=40.07, longitude=45.04, geo_precision=3, admin1="", place="armenia",
               sub_event_type="Armed clash", actor1="Military Forces of Azerbaijan (2003-)",
               actor2="Military Forces of Armenia (2018-)")
AZERBAIJAN = dict(ARMENIA, country_code="AZ", latitude=40.14, longitude=47.58, place="azerbaijan",
                  actor1="Military Forces of Armenia (2018-)", actor2="Military Forces of Azerbaijan (2003-)")


def test_a_border_fight_told_from_each_side_is_one_event():
    """Each side's press places a fight between two armies in the other's country (or its
    own) when it names no town: reports in the two countries, same sides, may be one event."""
    here, there = coded(**ARMENIA), coded(**AZERBAIJAN, event_date=DAY + dt.timedelta(days=1))
    assert matches(here, there) and matches(there, here)
    assert "two countries" in compare(here, there).reason
    assigner = Assigner(())
    first = assigner.assign_document([Member("yerevan-paper", "a", here)])[0]
    second = assigner.assign_document([Member("baku-paper", "b", there)])[0]
    assert second.cluster_id == first.cluster_id


@pytest.mark.parametrize("other, why", [
    (dict(AZERBAIJAN, geo_precision=1, place="tovuz", admin1="Tovuz"), "a town named: placed in one country"),
    (dict(AZERBAIJAN, actor1="Military Forces of Russia (2000-)"), "another state's army"),
    (dict(AZERBAIJAN, country_code="GE", place="georgia"), "a third country"),
    (dict(AZERBAIJAN, sub_event_type="Peaceful protest"), "another kind of event"),
    (dict(AZERBAIJAN, event_date=DAY + dt.timedelta(days=2)), "two days apart"),
])
def test_a_border_fight_needs_both_states_and_no_town(other, why):
    assert not matches(coded(**ARMENIA), coded(**other)), why


def test_a_town_taken_is_one_event_over_a_week_of_reports():
    """A town changes hands once: a report dating the taking by its own day, two days on, is
    the same taking; two attacks two days apart are not one event."""
    taken = coded(sub_event_type="Non-state actor overtakes territory", actor1="Rapid Support Forces",
                  actor2="Military Forces of Sudan (2019-)")
    later = coded(sub_event_type="Non-state actor overtakes territory", actor1="Rapid Support Forces",
                  actor2="Military Forces of Sudan (2019-)", event_date=DAY + dt.timedelta(days=2))
    assert matches(taken, later) and matches(later, taken)
    assert not matches(taken, coded(sub_event_type="Non-state actor overtakes territory",
                                    actor1="Rapid Support Forces", event_date=DAY + dt.timedelta(days=9)))
    assert not matches(coded(), coded(event_date=DAY + dt.timedelta(days=2)))
    assigner = Assigner(())
    first = assigner.assign_document([Member("first-report", "a", taken)])[0]
    second = assigner.assign_document([Member("second-report", "b", later)])[0]
    assert second.cluster_id == first.cluster_id
