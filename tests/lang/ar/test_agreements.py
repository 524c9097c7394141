"""Arabic: a deal signed abroad by parties named at length (sentences written for these tests)."""

import pytest

from dateline.prepare import Analyzer

# verb, a long subject (two parties, one "backed by" a third country), where, when, then the object
_SIGNED = ("وقّعت حكومة جنوب السودان وجماعة المعارضة المسلحة المدعومة من أوغندا في نيروبي يوم الأحد "
           "اتفاقا جديدا بهدف وقف المعارك في ولاية أعالي النيل.")


def test_a_shadda_does_not_change_the_stem():
    analyzer = Analyzer("ar")
    assert analyzer.stem("وقّعت", "وقعت") == analyzer.stem("وقعت", "وقعت")
    assert analyzer.stem("مسلّحون", "مسلحون") == analyzer.stem("مسلحون", "مسلحون")


def test_the_object_of_a_verb_comes_after_a_long_subject(events_of):
    events = events_of(_SIGNED, "ar", "2026-02-09")
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_a_deal_signed_in_a_capital_abroad_is_placed_there(events_of):
    """Nairobi is out of the story's focus (South Sudan) but a capital after "في"; the signing
    country is the subject, and the backer ("المدعومة من أوغندا") describes a party."""
    (event,) = events_of(_SIGNED, "ar", "2026-02-09")
    assert (event.location, event.country) == ("Nairobi", "Kenya")
    assert event.event_date.isoformat() == "2026-02-08"


def test_a_country_right_after_the_verb_is_its_subject_not_the_place(events_of):
    """"وقعت تشاد ..." (Chad signed): the country signs; the deal is placed where it was signed."""
    (event,) = events_of("وقعت تشاد وحركة متمردة في الدوحة الأحد اتفاقا لوقف القتال.", "ar", "2026-02-09")
    assert event.location == "Doha"


def test_a_backer_describes_a_party_and_the_place_after_it_is_the_event_s(events_of):
    (event,) = events_of("وقعت الحكومة الإثيوبية وجماعة مسلحة مدعومة من إريتريا في جوبا يوم السبت "
                         "اتفاقا لوقف إطلاق النار.", "ar", "2026-02-09")
    assert event.location == "Juba"


def test_a_place_after_a_country_and_a_comma_is_not_its_province(events_of):
    """"مدعومة من إريتريا، في جوبا": a comma after a country's name opens no area of it."""
    (event,) = events_of("وقعت الحكومة الإثيوبية وجماعة مسلحة مدعومة من إريتريا، في جوبا يوم السبت، "
                         "اتفاقا لوقف إطلاق النار.", "ar", "2026-02-09")
    assert event.location == "Juba"


@pytest.mark.parametrize("text", [
    "وقعت السودان وقوات الدعم السريع في الرياض يوم السبت اتفاقا لوقف إطلاق النار.",  # the state, "and" a group
    "توقيع اتفاق في الرياض بين السودان وقوات الدعم السريع",  # "between" the parties
])
def test_a_state_joined_to_a_group_signs_with_it(events_of, text):
    (event,) = events_of(text, "ar", "2026-02-09")
    assert (event.actor1, event.actor2) == ("Government of Sudan (2019-)", "Rapid Support Forces")
