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
