"""A weapon told only as launched at a town, or as struck in its own side's claim, and told
intercepted, with nothing told as hit, is a weapon stopped: ACLED's disrupted weapons use, the
side that intercepted it first, the side that launched it second (``interception_first`` in
``rules/told_apart.py``, ``_launcher`` in ``rules/assemble.py``). Sentences are ours."""

import pytest

PUBLISHED = "2025-03-11"  # a Tuesday
STOPPED = "Disrupted weapons use"


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("ar", "أطلقت جماعة الحوثي صاروخا باليستيا من اليمن على بئر السبع فجر الثلاثاء. وقال الجيش الإسرائيلي "
           "إنه اعترض الصاروخ في سماء بئر السبع.", "Beersheba"),
    ("ar", "أعلن المتحدث العسكري باسم جماعة الحوثي في اليمن الثلاثاء استهداف مدينة إيلات بطائرة مسيرة. "
           "وقال الجيش الإسرائيلي إنه اعترض الطائرة المسيرة قبل وصولها إلى إيلات.", "Eilat"),
    ("en", "Houthi rebels fired a ballistic missile at Eilat on Tuesday. The Israeli military said it "
           "intercepted the missile over Eilat.", "Eilat"),
])
def test_a_launch_told_intercepted_is_a_weapon_stopped(events_of, lang, text, town):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.location, e.actor1, e.actor2, e.intercepted) for e in events] == [
        (STOPPED, town, "Military Forces of Israel (2022-)", "Houthi Movement", True)]


def test_a_strike_told_as_such_keeps_the_lead(events_of):
    text = ("Russian drones attacked Kyiv overnight into Tuesday. Air defences shot down most of the drones "
            "over Kyiv, the city administration said.")
    assert [e.sub_event_type for e in events_of(text, "en", PUBLISHED)] == ["Air/drone strike"]


def test_a_launch_that_hurt_people_keeps_the_hit(events_of):
    text = ("Houthi rebels fired a ballistic missile at Eilat on Tuesday. The Israeli military said it "
            "intercepted the missile over Eilat, but falling debris wounded two people.")
    events = events_of(text, "en", PUBLISHED)
    assert [(e.sub_event_type, e.injured) for e in events] == [("Shelling/artillery/missile attack", 2)]


@pytest.mark.parametrize("text", [
    "ألقت مسيرة إسرائيلية الثلاثاء قنبلة على سيارة في بلدة كفركلا جنوبي لبنان.",
    "في وقت سابق، ألقت مسيرة إسرائيلية الثلاثاء قنبلة على سيارة في بلدة كفركلا جنوبي لبنان.",
])
def test_a_drone_that_drops_a_bomb_strikes(events_of, text):
    """"ألقت مسيرة قنبلة" (a drone dropped a bomb): the drop is the act, ACLED's drone strike."""
    events = events_of(text, "ar", PUBLISHED)
    assert [(e.sub_event_type, e.location, e.actor1) for e in events] == [
        ("Air/drone strike", "Kfar Kila", "Military Forces of Israel (2022-)")]


def test_an_arrest_is_still_an_arrest(events_of):
    """"ألقت الشرطة القبض" (the police arrested): the verb of a drop, in its other sense."""
    events = events_of("ألقت الشرطة الثلاثاء القبض على ثلاثة مشتبه بهم في مدينة صفاقس.", "ar", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"]
