"""Spanish wire phrasings of who fought whom and how many died. Sentences written for these tests."""


def test_soldiers_dead_in_an_attack_by_a_named_group_fought_it(events_of):
    """ "murieron en un ataque del ELN": the dead soldiers were the side hit, the attack a clash."""
    (event,) = events_of("Cuatro soldados colombianos murieron en un ataque del ELN en Tame.", "es", "2024-05-14")
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Armed clash",
        "Military Forces of Colombia (2022-)",
        4,
    )
    assert event.actor1.startswith("ELN")


def test_soldiers_dead_in_an_attack_of_jihadists_on_a_post(events_of):
    (event,) = events_of("Dos soldados murieron en un ataque de presuntos yihadistas contra un "
                         "puesto de control en la región de Tillabéri.", "es", "2024-11-30")
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Armed clash",
        "Unidentified Armed Group (Niger)",
        2,
    )
    assert event.actor2.startswith("Military Forces of Niger")


def test_an_adjective_after_the_attack_word_names_its_author(events_of):
    """ "un ataque yihadista contra un destacamento": the article "un" counts no one, and the
    jihadists attacked the army's dead."""
    (event,) = events_of("Al menos 20 militares burkineses murieron en un ataque yihadista contra "
                         "un destacamento del Ejército en Djibo.", "es", "2024-11-25")
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert event.actor2.startswith("Military Forces of Burkina Faso")


def test_an_ambush_blamed_on_a_group_in_the_same_phrase_is_reported(events_of):
    """ "una emboscada atribuida a ...": the blame qualifies the act told with its dead; the group
    blamed attacked, the dead soldiers did not."""
    (event,) = events_of("Cuatro militares peruanos murieron en una emboscada atribuida a Sendero Luminoso en Junín.",
                         "es", "2024-05-22")
    assert (event.actor1, event.actor2, event.fatalities) == ("Shining Path", "Military Forces of Peru", 4)


def test_police_killed_by_unnamed_attackers_is_a_clash(events_of):
    (event,) = events_of("Tres policías mexicanos murieron en un ataque en Culiacán.", "es", "2024-11-30")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Unidentified Armed Group (Mexico)")
    assert event.actor2.startswith("Police Forces of Mexico")
