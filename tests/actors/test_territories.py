"""A territory's state forces are its sovereign state's ("Police Forces of France" in New
Caledonia), as ACLED names them; its people keep the territory's name (invented sentences)."""

PUBLISHED = "2024-05-16"  # a Thursday


def test_police_in_new_caledonia_are_frances(events_of):
    (event,) = events_of("Mercredi, des émeutiers ont affronté les gendarmes au Mont-Dore, en Nouvelle-Calédonie.",
                         "fr", PUBLISHED)
    assert event.actor1 == "Rioters (New Caledonia)"
    assert event.actor2.startswith("Police Forces of France")
    assert event.inter2 == 1  # the state's own forces at home, not external


def test_a_sovereign_states_police_stay_their_own_at_home(events_of):
    (event,) = events_of("Mercredi, des émeutiers ont affronté les gendarmes à Nanterre, en France.", "fr", PUBLISHED)
    assert event.actor2.startswith("Police Forces of France")
