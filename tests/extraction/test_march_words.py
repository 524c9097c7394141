"""English marches: a march staged or held is a protest; troops that "marched into" a town took
it, no protest (en pack ``triggers``). Sentences we wrote."""

PUBLISHED = "2025-03-10"  # a Monday


def test_a_march_staged_is_a_protest(events_of):
    (event,) = events_of("Hundreds of women staged a march in Goma on Saturday to denounce sexual violence.",
                         "en", PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"


def test_soldiers_marching_into_a_town_make_no_protest(events_of):
    events = events_of("Malian soldiers marched into Kidal on Tuesday after the rebels withdrew from the town.",
                       "en", PUBLISHED)
    assert all(e.event_type != "Protests" for e in events)


def test_thousands_marching_through_a_city_still_protest(events_of):
    (event,) = events_of("Thousands marched through Nairobi on Tuesday to demand justice for a blogger who died "
                         "in police custody.", "en", PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"
