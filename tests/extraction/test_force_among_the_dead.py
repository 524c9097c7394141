"""State forces counted among the dead in a later sentence ("au moins huit personnes, dont deux
policiers") are the side the attack hit: ACLED's clash with that force (invented sentences)."""

PUBLISHED = "2025-01-14"  # a Tuesday


def test_police_among_the_dead_of_a_gang_attack_make_it_a_clash(events_of):
    text = ("Des membres de la coalition de gangs Viv Ansanm ont lancé, dans la nuit de dimanche à lundi, une "
            "attaque d'envergure contre la commune de Mirebalais, en Haïti. Au moins huit personnes, dont deux "
            "policiers, ont été tuées, selon un bilan provisoire communiqué par le maire de la ville.")
    (event,) = events_of(text, "fr", PUBLISHED)
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Armed clash", "Viv Ansanm", 8)
    assert event.actor2.startswith("Police Forces of Haiti")


def test_children_among_the_dead_leave_an_attack_on_civilians(events_of):
    text = ("Des membres de la coalition de gangs Viv Ansanm ont attaqué dimanche le quartier de Solino, à "
            "Port-au-Prince. Au moins huit personnes, dont deux enfants, ont été tuées, selon des habitants.")
    (event,) = events_of(text, "fr", PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Haiti)")
