"""Totals over several places (invented sentences): a toll or an interception count told over
several regions is no event's, whatever its day; an accusation with a split verb is no event."""

import pytest

PUBLISHED = "2025-10-06"  # a Monday


@pytest.mark.parametrize("text, lang", [
    ("Bei russischen Angriffen auf mehrere ukrainische Regionen sind am Wochenende mindestens neun Menschen "
     "getötet worden. In der Stadt Sumy schlug am Sonntag eine Rakete ein; dabei kamen zwei Menschen ums Leben.",
     "de"),
    ("Russian attacks on several regions of Ukraine killed at least nine people over the weekend. In Sumy, a "
     "missile struck on Sunday, killing two people.", "en"),
    ("Los ataques rusos contra varias regiones de Ucrania dejaron al menos nueve muertos el fin de semana. En "
     "Sumy, un misil impactó el domingo y mató a dos personas.", "es"),
])
def test_a_toll_over_several_regions_is_a_total(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.location, event.fatalities) == ("Sumy", 2)


@pytest.mark.parametrize("text, lang", [
    ("Bei russischen Angriffen auf mehrere ukrainische Regionen sind am Wochenende mindestens neun Menschen "
     "getötet worden.", "de"),
    ("Russian attacks on several regions of Ukraine killed at least nine people over the weekend.", "en"),
])
def test_a_lead_totalling_several_regions_tells_no_event(events_of, text, lang):
    assert all(e.fatalities != 9 for e in events_of(text, lang, PUBLISHED))


def test_an_interception_count_over_several_regions_is_a_total(events_of):
    text = ("Das russische Verteidigungsministerium gab an, in der Nacht 35 ukrainische Drohnen über mehreren "
            "Regionen abgefangen zu haben.")
    assert events_of(text, "de", PUBLISHED) == []


def test_mutual_accusations_are_no_event(events_of):
    text = ("In Cherson schlug am Sonntag eine Granate ein. Kiew und Moskau werfen einander vor, gezielt zivile "
            "Infrastruktur anzugreifen.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.location == "Kherson"
