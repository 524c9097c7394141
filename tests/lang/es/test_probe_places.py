"""Spanish: where an event happened, and places that only say what it was about. Sentences
written for these tests."""

from ..examples import events_of


def test_a_rally_abroad_is_placed_where_it_marched_not_where_its_cause_is(engine):
    """"para exigir el fin de la ofensiva en Gaza": the purpose's place and its act are no event."""
    (event,) = events_of(engine, "es", "Miles de personas se manifestaron este domingo en el centro de Valencia "
                                       "para exigir el fin de la ofensiva israelí en Gaza.", "2024-07-29")
    assert (event.location, event.sub_event_type, event.actor1) == (
        "Valencia", "Peaceful protest", "Protesters (Spain)")


def test_a_rally_to_denounce_attacks_elsewhere_is_one_event(engine):
    (event,) = events_of(engine, "es", "Cientos de personas marcharon en Lima para denunciar los bombardeos "
                                       "contra civiles en Jartum.", "2024-07-29")
    assert (event.location, event.sub_event_type) == ("Lima", "Peaceful protest")
