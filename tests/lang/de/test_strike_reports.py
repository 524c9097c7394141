"""German strike reports (invented sentences): a superlative "since months" is no habit; a city
said to be under fire, then the aircraft and the day, is one air strike on that day."""

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-09-08"  # a Monday


def test_the_heaviest_attack_in_months_is_an_event(events_of):
    text = ("Bei einem der schwersten russischen Luftangriffe seit Monaten sind in der Stadt Dnipro in der "
            "Nacht zu Montag mindestens sechs Menschen ums Leben gekommen.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.location, event.fatalities) == ("Dnipro", 6)


def test_a_city_under_fire_then_the_aircraft_and_the_day(events_of):
    text = ("Auch die Großstadt Charkiw geriet erneut unter Beschuss. Am Sonntagabend warfen russische "
            "Kampfflugzeuge nach Angaben des Gouverneurs mehrere Gleitbomben auf ein Industriegebiet ab, "
            "wobei drei Arbeiter getötet und elf weitere Menschen verletzt wurden.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.sub_event_type == S.AIR_DRONE_STRIKE.value
    assert (str(event.event_date), event.fatalities, event.injured) == ("2025-09-07", 3, 11)
