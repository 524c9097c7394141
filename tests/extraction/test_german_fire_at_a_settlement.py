"""German "beschießen" is any fire at a target: at a town or village ("beschoss am Montag die
Stadt Cherson", "hat die Stadt Nikopol beschossen") it is ACLED's shelling; at a post or a car it
stays the clash or attack its targets make it. Sentences are our own."""

import pytest

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.mark.parametrize("text", [
    "Die russische Armee beschoss am Montag die Stadt Cherson und tötete drei Zivilisten.",
    "Russische Truppen beschossen am Montag das Dorf Welyka Pyssariwka, eine Frau wurde getötet.",
    "Russische Truppen haben am Sonntag die Stadt Nikopol beschossen und zwei Menschen getötet.",
    "Die russische Armee hat am Montag mehrere Ortschaften im Gebiet Sumy beschossen, zwei Menschen wurden getötet.",
])
def test_fire_at_a_settlement_is_a_shelling(events_of, text):
    assert [e.sub_event_type for e in events_of(text, "de", PUBLISHED)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, sub", [
    ("Bewaffnete beschossen am Montag einen Militärposten bei Gao, drei Soldaten wurden getötet.", "Armed clash"),
    ("Unbekannte beschossen am Montag in Mexiko-Stadt ein Auto und töteten den Fahrer.", "Attack"),
])
def test_fire_at_a_post_or_a_car_is_no_shelling(events_of, text, sub):
    assert [e.sub_event_type for e in events_of(text, "de", PUBLISHED)] == [sub]
