"""French: what is an event and what only surrounds one. Sentences written for these tests."""


def test_a_descriptive_relative_clause_is_no_event(events_of):
    assert events_of("L'information a été confirmée samedi à Maiduguri par une milice qui "
                     "combat les jihadistes aux côtés de l'armée.", "fr", "2018-02-17") == []


def test_the_latest_of_a_long_series_is_no_new_event(events_of):
    assert events_of("Leur arrestation à Conakry est la dernière en date d'une longue série "
                     "depuis que le colonel, aujourd'hui président, a pris le pouvoir.", "fr", "2024-07-11") == []


def test_stabbed_several_times_is_one_event(events_of):
    (event,) = events_of("Dimanche à Calabar, un voleur a été poignardé à plusieurs reprises "
                         "puis lynché par la foule.", "fr", "2015-08-24")
    assert event.sub_event_type == "Mob violence"


def test_attacked_several_times_without_a_day_is_a_tally(events_of):
    assert events_of("Les jihadistes ont attaqué la ville de Djibo à plusieurs reprises.", "fr", "2024-05-02") == []


def test_a_statement_of_concern_is_no_event(events_of):
    assert events_of("Le ministre s'est dit préoccupé par la répression des manifestants, en "
                     "particulier à Saqqez.", "fr", "2022-11-21") == []


def test_a_chant_names_no_event_and_no_place(events_of):
    (event,) = events_of("Dimanche, des milliers de personnes ont manifesté à Lyon. Pendant le "
                         "défilé, la foule a scandé « Gaza, tiens bon ».", "fr", "2024-05-06")
    assert event.location == "Lyon"


def test_a_claim_of_responsibility_keeps_the_event(events_of):
    (event,) = events_of("Le JNIM a revendiqué l'embuscade tendue lundi contre un convoi de l'armée "
                         "près de Ségou.", "fr", "2025-10-28")
    assert event.location == "Segou" and str(event.event_date) == "2025-10-27"


def test_an_accusation_without_figures_is_a_claim(events_of):
    assert events_of("Le gouvernement a accusé lundi les rebelles d'avoir attaqué un convoi près "
                     "de Ségou.", "fr", "2025-10-28") == []


def test_an_attack_attributed_to_a_group_with_its_dead_and_day_is_an_event(events_of):
    """"une attaque attribuée aux ADF" blames a group, but the sentence tells the dead and the
    night: it reports the act, not only an accusation (placed by a territory of eastern Congo
    the division source lacks)."""
    text = ("Au moins vingt civils ont été tués dans la nuit de dimanche à lundi lors d'une attaque attribuée aux "
            "rebelles ADF contre un village du territoire de Mambasa, en Ituri.")
    (event,) = events_of(text, "fr", "2025-04-15")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 20)
    assert (event.location, event.admin1, event.geo_precision) == ("Mambasa Territory", "Ituri", 2)
