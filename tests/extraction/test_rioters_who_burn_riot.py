"""Property burned or looted by the rioters of a riot story is a violent demonstration, not a
property destruction of its own (ACLED's riots), invented sentences."""

PUBLISHED = "2024-05-16"  # a Thursday


def test_burning_in_a_riot_story_is_a_violent_demonstration(events_of):
    events = events_of("Les émeutes se poursuivent en Nouvelle-Calédonie. Mercredi, à Dumbéa et à Païta, des "
                       "groupes de jeunes ont incendié une école et une pharmacie.", "fr", PUBLISHED)
    assert {e.location for e in events} >= {"Dumbea", "Paita"}
    assert {(e.sub_event_type, e.actor2) for e in events} == {("Violent demonstration", "")}


def test_only_the_rioters_burning_riot(events_of):
    events = events_of("Les émeutes ont repris à Nouméa lundi. Mardi, à Dumbéa, des jeunes ont pillé et incendié "
                       "des commerces, et à Païta, des inconnus ont incendié la mairie.", "fr", PUBLISHED)
    types = {e.location: e.sub_event_type for e in events}
    assert types["Dumbea"] == "Violent demonstration"
    assert types["Paita"] == "Looting/property destruction"  # unknown men, no rioters of the story


def test_gunmen_burning_houses_stay_a_property_destruction(events_of):
    (event,) = events_of("Mercredi, des hommes armés ont incendié une vingtaine de maisons à Macomia, au "
                         "Mozambique.", "fr", PUBLISHED)
    assert event.sub_event_type == "Looting/property destruction"
