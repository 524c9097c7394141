"""German pack words (invented sentences): the air force as the doer makes a strike from the air;
"verletzt wurde … niemand" with a source between is nobody hurt."""

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-06-24"  # a Tuesday


def test_the_air_force_striking_is_an_air_strike(events_of):
    text = ("Die israelische Luftwaffe hat in der Nacht zu Dienstag nach eigenen Angaben ein Munitionslager "
            "nahe der Stadt Nawa in der südsyrischen Provinz Daraa angegriffen.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.sub_event_type == S.AIR_DRONE_STRIKE.value
    assert event.actor1.startswith("Military Forces of Israel")


def test_nobody_hurt_with_a_source_between(events_of):
    text = ("Die Stadt Mykolajiw war in der Nacht zu Dienstag Ziel eines Drohnenangriffs. Teile der Stadt waren "
            "ohne Strom, verletzt wurde nach Angaben des Bürgermeisters niemand.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert (event.fatalities, event.injured) == (0, 0)
