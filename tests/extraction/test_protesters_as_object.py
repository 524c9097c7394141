"""A protest word that only names the protesters, as the object of a preposition, tells no
protest (sentences written for these tests)."""

import pytest

PUBLISHED = "2026-03-06"  # a Friday


def _sub_types(events):  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, lang", [
    ("Student leaders met ministers in Dhaka on Thursday to complain about police tactics towards protesters.",
     "en"),
    ("هدوء حذر في مدينة الدار البيضاء المغربية\n\nاجتمع ممثلو النقابات يوم الخميس مع رئيس الوزراء وانتقدوا "
     "سلوك الأمن تجاه المتظاهرين.", "ar"),
])
def test_protesters_named_as_an_object_are_no_protest(events_of, text, lang):
    assert _sub_types(events_of(text, lang, PUBLISHED)) == []


@pytest.mark.parametrize("text, lang", [
    ("Police fired tear gas towards protesters in Dhaka on Thursday.", "en"),
    ("تظاهر مئات المتظاهرين في الرباط يوم الخميس.", "ar"),
])
def test_protesters_acting_or_met_with_force_are_still_an_event(events_of, text, lang):
    assert _sub_types(events_of(text, lang, PUBLISHED))
