"""Arabic: who did an act and to whom. Sentences written for these tests."""

import pytest

from ..examples import events_of


@pytest.mark.parametrize("text", [
    "قُتل 14 قروياً في شمال بوركينا فاسو الأحد في هجوم نفّذه مسلحون على متن دراجات نارية قرب جيبو.",
    "قتل تسعة مدنيين في هجوم شنّه مسلحون مجهولون على سوق في بلدة كاتسينا الجمعة.",
])
def test_the_doers_follow_the_word_that_says_they_carried_out_the_act(engine, text):
    """"هجوم نفذه مسلحون" (an attack that gunmen carried out): the gunmen after "نفذه" did it,
    the villagers told before were its target, so it is violence against civilians, no clash."""
    (event,) = events_of(engine, "ar", text, "2025-09-16")
    assert event.sub_event_type == "Attack"
    assert event.actor2.startswith("Civilians")
