"""The ACLED sub-event type from the words of one event, in ACLED's order of precedence."""

import pytest

from dateline.extraction.rules.classify import classify
from dateline.taxonomy import SubEventType as S


@pytest.mark.parametrize("weapons, events, outcomes, armed, impact, expected", [
    ({"drone"}, set(), {"intercepted"}, None, False, S.DISRUPTED_WEAPONS_USE),
    ({"drone"}, {"strike"}, {"intercepted"}, None, True, S.AIR_DRONE_STRIKE),  # it hit: not stopped
    ({"ied"}, set(), {"defused"}, None, False, S.DISRUPTED_WEAPONS_USE),
    ({"ied"}, {"explosion"}, set(), None, True, S.REMOTE_EXPLOSIVE),
    ({"artillery"}, {"attack"}, set(), None, False, S.SHELLING),
    (set(), {"protest"}, set(), None, False, S.PEACEFUL_PROTEST),
    (set(), {"protest", "arrest"}, set(), None, False, S.PROTEST_WITH_INTERVENTION),
    (set(), {"abduction"}, set(), None, False, S.ABDUCTION),
    (set(), {"arrest"}, set(), None, False, S.ARRESTS),
    ({"firearm"}, {"attack"}, set(), True, True, S.ARMED_CLASH),
    ({"firearm"}, {"attack"}, set(), False, True, S.ATTACK),
    (set(), {"regain"}, set(), None, False, S.GOVERNMENT_REGAINS_TERRITORY),
])
def test_sub_event_types(weapons, events, outcomes, armed, impact, expected):
    found = classify(weapons, events, outcomes, target_armed=armed, impact=impact)
    assert found is not None and found.sub_event_type is expected and found.reason


def test_words_that_make_no_event():
    assert classify(set(), set(), set(), target_armed=None, impact=False) is None
    assert classify({"firearm"}, set(), set(), target_armed=None, impact=False) is None  # a gun, nothing done


def test_an_interception_records_the_weapon():
    found = classify({"missile", "drone"}, set(), {"intercepted"}, target_armed=None, impact=False)
    assert found is not None and found.intercepted and found.weapon == "missile"


@pytest.mark.parametrize("events, protest_story, expected", [
    ({"protest", "intervention"}, False, S.PROTEST_WITH_INTERVENTION),  # tear gas, water cannon
    ({"protest", "riot", "intervention"}, False, S.VIOLENT_DEMONSTRATION),  # stones thrown: the crowd was violent
    ({"protest", "riot", "lethal_force"}, False, S.VIOLENT_DEMONSTRATION),  # ... whatever the police did
    ({"protest", "lethal_force"}, False, S.EXCESSIVE_FORCE),  # live fire on a crowd that was not violent
    ({"lethal_force"}, False, S.EXCESSIVE_FORCE),  # "fired live rounds at the crowd" names the crowd itself
    ({"intervention"}, True, S.PROTEST_WITH_INTERVENTION),  # "dispersed with tear gas" in a protest story
])
def test_the_protest_ladder(events, protest_story, expected):
    found = classify(set(), events, set(), target_armed=None, impact=False, protest_story=protest_story)
    assert found is not None and found.sub_event_type is expected


def test_force_is_on_protesters_only_where_there_are_some():
    found = classify({"firearm"}, {"kill"}, set(), target_armed=False, impact=True, killed=True)
    assert found is not None and found.sub_event_type is S.ATTACK
    assert classify(set(), {"intervention"}, set(), target_armed=None, impact=False) is None
