"""Pakistani military statements (ISPR), reprinted by many outlets, tell their dead in words
of their own: militants "sent to hell", soldiers who "embraced shahadat". Sentences we wrote in
that style."""

PUBLISHED = "2024-08-20"  # a Tuesday


def test_militants_sent_to_hell_are_dead(events_of):
    (event,) = events_of("On 19 August 2024, security forces conducted an intelligence based operation in the "
                         "general area of Tank district. After an intense exchange of fire, four khwarij were sent "
                         "to hell.", "en", PUBLISHED)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


def test_soldiers_who_embraced_shahadat_are_dead_too(events_of):
    (event,) = events_of("In the early hours of 19 August 2024, militants attacked a security forces post in the "
                         "general area of Datta Khel, North Waziristan district. The attack was repulsed and two "
                         "terrorists were neutralised, while three soldiers embraced shahadat.", "en", PUBLISHED)
    assert event.fatalities == 5
