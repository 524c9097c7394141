"""English phrasings found failing on fresh invented articles from regions the engine rarely
reads (Congo, Mozambique, the Sahel, Pakistan, Ukraine's daily roundups): a road's or an
aircraft's number read as a toll, "assault rifles" read as assaults, a guided aerial bomb read as
a roadside bomb, weapons and vehicles "seized" read as people abducted, the day a toll "rose to"
read as the day of the attack, and a roundup's dead told with no weapon read as an unknown
group's attack. Sentences are ours."""

PUBLISHED = "2025-10-15"  # a Wednesday


def _english(events_of, text, published=PUBLISHED):
    return events_of(text, "en", published)


def test_a_road_number_is_no_toll(events_of):
    text = ("Gunmen opened fire on a passenger coach on the N-25 highway near Surab on Wednesday "
            "morning, killing the driver and two passengers, officials said.")
    (event,) = _english(events_of, text)
    assert event.fatalities == 3


def test_an_aircraft_number_is_no_toll(events_of):
    text = "Two F-16 jets bombed a village near Kulachi on Tuesday, killing four civilians."
    (event,) = _english(events_of, text)
    assert event.fatalities == 4


def test_assault_rifles_recovered_after_a_clash_are_no_count_of_assaults(events_of):
    text = ("Soldiers killed four rebels in a clash near Oicha on Monday and recovered two assault "
            "rifles, an army spokesman said.")
    (event,) = _english(events_of, text, "2025-03-12")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 4


def test_a_guided_aerial_bomb_is_a_strike_from_the_air(events_of):
    text = ("A Russian guided aerial bomb struck the town of Bilopillia on Monday, killing a woman and "
            "injuring four people, the regional administration said.")
    (event,) = _english(events_of, text, "2025-11-04")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Russia")


def test_weapons_and_vehicles_seized_are_no_abduction(events_of):
    text = ("Fighters on motorcycles overran an army post in Diapaga on Sunday and seized weapons and "
            "vehicles before withdrawing.")
    (event,) = _english(events_of, text, "2025-05-13")
    assert event.event_type != "Violence against civilians"


def test_passengers_seized_are_still_an_abduction(events_of):
    (event,) = _english(events_of, "Gunmen seized 20 passengers from a bus near Diapaga on Sunday.", "2025-05-13")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(events_of):
    text = ("The death toll from an attack by ADF rebels on Mangina rose to 18 on Wednesday after more "
            "bodies were found in the fields, a civil society leader said.\n\n"
            "The rebels stormed the town late Sunday, shooting residents as they fled. Initial "
            "reports on Monday said at least a dozen people had been killed.")
    (event,) = _english(events_of, text, "2025-03-12")
    assert str(event.event_date) == "2025-03-09"
    assert event.fatalities == 18


def test_a_roundups_dead_told_with_no_weapon_are_the_campaigns(events_of):
    text = ("Russian attacks killed four people and injured 12 over the past day, regional authorities "
            "said on Tuesday.\n\n"
            "Kherson Oblast: Russian forces shelled Kherson, killing two people and injuring nine.\n\n"
            "Donetsk Oblast: One person was killed and three were injured in Kostiantynivka, the "
            "governor reported.")
    events = _english(events_of, text, "2025-11-04")
    (town,) = [e for e in events if e.location.startswith("Kost")]
    assert town.sub_event_type == "Shelling/artillery/missile attack"
    assert town.actor1.startswith("Military Forces of Russia")


def test_dead_told_with_no_weapon_outside_a_strike_story_stay_an_attack(events_of):
    text = "One person was killed and three were injured in Kostiantynivka on Monday, police said."
    (event,) = _english(events_of, text, "2025-11-04")
    assert event.sub_event_type == "Attack"


def test_a_place_named_after_a_provinces_possessive_in_an_area_phrase(events_of):
    """"in a forested area of Chhattisgarh's Bijapur district": the district is the place (not
    the province the "area of" phrase opens on), and the province's own, not Karnataka's namesake."""
    text = ("Twelve Maoists were killed in an encounter in a forested area of Chhattisgarh's Bijapur "
            "district on Sunday, police said.")
    (event,) = _english(events_of, text, "2025-02-10")
    assert event.location == "Bijapur"
    assert event.admin1 == "Chhattisgarh"


def test_a_possessive_part_word_still_keeps_the_city(events_of):
    text = "Two people were injured when a drone hit a house in Kharkiv's Kyivskyi district on Monday."
    (event,) = _english(events_of, text, "2025-11-04")
    assert event.location == "Kharkiv"


def test_a_running_total_since_a_date_adds_nothing_to_the_days_toll(events_of):
    text = ("Twelve Maoists and two policemen were killed in an encounter in Bijapur district on Sunday, "
            "police said.\n\n"
            "With Sunday's encounter, 62 Maoists have been killed in separate encounters in the State since "
            "January 1, according to the police.")
    (event,) = _english(events_of, text, "2025-02-10")
    assert event.fatalities == 14


def test_a_shouted_colon_dateline_is_no_event_place(events_of):
    text = ("RAIPUR: Twelve Maoists were killed in an encounter in Chhattisgarh's Sukma district on Sunday, "
            "the police said.")
    (event,) = _english(events_of, text, "2025-02-10")
    assert event.location == "Sukma"


def test_a_headline_retold_by_the_body_is_one_event(events_of):
    """The headline's loose place (the district's namesake city, a nearby town) does not make a
    second event beside the body's report."""
    text = ("Four policemen killed in attack on D.I. Khan checkpost\n\n"
            "Four policemen were killed and two injured when militants attacked a police checkpost in "
            "Kulachi late on Tuesday night, police said.\n\n"
            "The policemen returned fire and the exchange continued for an hour.")
    events = _english(events_of, text)
    assert [e.location for e in events] == ["Kulachi"]


def test_a_headline_event_the_body_does_not_tell_stays(events_of):
    text = ("Gunmen kill four in Kulachi; bomb hits market in Quetta\n\n"
            "A bomb exploded in a market in Quetta on Tuesday, killing two people, police said.")
    events = _english(events_of, text)
    assert sorted(e.location for e in events) == ["Kulachi", "Quetta"]


def test_dead_told_right_after_an_event_are_that_events(events_of):
    """A quoted statement's "Eleven of them were neutralised", right after a clash in Borno, is the
    clash's toll, not more dead of an earlier attack of the story told with no weapon either."""
    text = ("Bandits killed five people in an attack on a village in Tsafe, Zamfara State, on Monday night, "
            "police said.\n\n"
            "In a separate development, troops repelled an attack by ISWAP on a military base in Marte, "
            "Borno State, on Tuesday, the army said.\n\n"
            "\"The terrorists came in large numbers. Eleven of them were neutralised while others fled,\" "
            "the army's spokesperson said.")
    events = _english(events_of, text, "2025-08-20")
    (marte,) = [e for e in events if e.location == "Marte"]
    (tsafe,) = [e for e in events if e.location == "Tsafe"]
    assert (marte.fatalities, tsafe.fatalities) == (11, 5)


def test_no_soldier_hurt_counts_none(events_of):
    text = ("Three rebels were killed in a clash with troops in Guihulngan on Wednesday, the army said. "
            "No soldier was hurt.")
    (event,) = _english(events_of, text, "2025-03-27")
    assert (event.fatalities, event.injured) == (3, 0)


def test_rifles_recovered_beside_the_bodies_count_no_dead(events_of):
    text = ("Troops clashed with NPA rebels in Guihulngan on Wednesday and recovered the bodies of three "
            "rebels and two rifles.")
    (event,) = _english(events_of, text, "2025-03-27")
    assert event.fatalities == 3


def test_a_named_group_and_its_fighters_told_generically_are_one_party(events_of):
    text = ("Three NPA rebels were killed in a clash with troops in Guihulngan on Wednesday, the military "
            "said.\n\n\"Our troops recovered the bodies of three rebels at the encounter site,\" the "
            "commander said.")
    (event,) = _english(events_of, text, "2025-03-27")
    assert event.fatalities == 3


def test_soldiers_killed_beside_a_named_groups_dead_still_add_up(events_of):
    text = ("Three NPA rebels were killed in a clash with troops in Guihulngan on Wednesday, the military "
            "said.\n\nTwo soldiers were also killed in the fighting, the commander said.")
    (event,) = _english(events_of, text, "2025-03-27")
    assert event.fatalities == 5


def test_warplanes_that_bombed_positions_are_an_air_strike(events_of):
    text = "Army warplanes bombed RSF positions in Nyala on Tuesday, witnesses said."
    (event,) = _english(events_of, text, "2025-09-18")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Sudan")


def test_africom_is_the_us_military(events_of):
    text = ("The US Africa Command (AFRICOM) said it conducted an airstrike against al-Shabaab fighters "
            "near Jilib on Sunday, killing four militants.")
    (event,) = _english(events_of, text, "2025-07-09")
    assert event.actor1.startswith("Military Forces of the United States")


def test_a_group_that_said_it_was_behind_a_blast_claims_it(events_of):
    text = ("Two soldiers were killed when a roadside bomb struck their vehicle on the outskirts of Afgooye "
            "on Monday evening. Al-Shabaab said it was behind the blast.")
    (event,) = _english(events_of, text, "2025-07-09")
    assert event.actor1 == "Al Shabaab"


def test_blame_by_the_police_is_no_claim(events_of):
    text = ("Two soldiers were killed when a roadside bomb struck their vehicle on the outskirts of Afgooye "
            "on Monday evening. Police said al-Shabaab was behind the blast.")
    (event,) = _english(events_of, text, "2025-07-09")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_a_base_overrun_by_fighters_a_group_claimed_is_the_groups(events_of):
    text = ("JNIM has claimed responsibility for an attack on an army base in eastern Burkina Faso.\n\n"
            "Fighters on motorcycles overran the army detachment in Diapaga on Sunday and withdrew "
            "hours later, security sources said.")
    events = _english(events_of, text, "2025-05-13")
    (event,) = [e for e in events if e.location == "Diapaga"]
    assert event.actor1.startswith("JNIM")


def test_a_patrol_that_hit_a_bomb_is_not_its_bomber(events_of):
    text = ("Three police officers killed as patrol vehicle hits IED in Lamu\n\n"
            "Three police officers were killed and two others injured when their vehicle ran over an "
            "improvised explosive device in Lamu on Thursday morning.")
    (event,) = _english(events_of, text, "2025-06-27")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2.startswith("Police Forces of Kenya")



def test_a_claim_is_not_of_an_act_told_after_it_in_another_province(events_of):
    text = ("Four policemen were killed when militants attacked a police checkpost in Kulachi late on "
            "Tuesday night, police said.\n\n"
            "The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack.\n\n"
            "Meanwhile, in Balochistan, gunmen opened fire on a passenger coach near Surab on Wednesday "
            "morning, killing three passengers.")
    events = _english(events_of, text)
    (kulachi,) = [e for e in events if e.location == "Kulachi"]
    (surab,) = [e for e in events if e.location == "Surab"]
    assert kulachi.actor1.startswith("TTP")
    assert surab.actor1.startswith("Unidentified Armed Group")


def test_a_claim_is_of_an_act_told_after_it_in_the_same_province(events_of):
    text = ("JNIM claimed responsibility for an attack on an army post in Djibo on Sunday.\n\n"
            "Gunmen also killed four villagers near Djibo on Sunday evening, residents said.")
    events = _english(events_of, text, "2025-05-13")
    assert all(e.actor1.startswith("JNIM") for e in events)


def test_local_government_area_names_no_foreign_town(events_of):
    """"Area" in "Tsafe Local Government Area" is no town of its own (an old name of a US town)."""
    text = "Bandits killed seven farmers in Kwari village of Tsafe Local Government Area on Tuesday."
    (event,) = _english(events_of, text, "2025-08-20")
    assert (event.location, event.fatalities) == ("Tsafe", 7)


def test_a_road_between_two_towns_is_near_the_first(events_of):
    text = "Gunmen abducted 25 passengers travelling on the Abuja-Kaduna highway on Tuesday evening."
    (event,) = _english(events_of, text, "2025-03-27")
    assert event.location == "Abuja"
    assert event.geo_precision == 2


def test_a_road_only_locates_the_place_named_beside_it(events_of):
    text = ("Gunmen abducted 25 passengers travelling on the Abuja-Kaduna highway near Katari on Tuesday "
            "evening, police said.")
    (event,) = _english(events_of, text, "2025-03-27")
    assert event.location == "Katari"


def test_levies_are_police(events_of):
    text = "Two Levies personnel were martyred in an attack on a checkpost in Kech district on Tuesday."
    (event,) = _english(events_of, text)
    assert event.actor2.startswith("Police Forces of Pakistan")
    assert event.sub_event_type == "Armed clash"


def test_an_encounter_with_maoists_is_a_clash_with_the_police(events_of):
    text = "A DRG jawan was killed in an encounter with Maoists in Narayanpur district on Tuesday."
    (event,) = _english(events_of, text)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.split(" (")[0], event.actor2.split(" (")[0]} == {"CPI", "Police Forces of India"}


def test_kdf_frontier_corps_ctd_and_operation_names_are_state_forces(events_of):
    cases = [("KDF soldiers killed five al-Shabaab militants in a raid near Lamu on Tuesday.",
              "Military Forces of Kenya"),
             ("Frontier Corps personnel killed four terrorists in an operation in Kech district on Tuesday.",
              "Military Forces of Pakistan"),
             ("The CTD killed three militants in a shootout in Bannu on Tuesday.", "Police Forces of Pakistan"),
             ("Troops of Operation Hadin Kai killed 12 terrorists in Gwoza on Tuesday.", "Military Forces of Nigeria")]
    for text, force in cases:
        (event,) = _english(events_of, text)
        assert event.actor1.startswith(force), text


def test_the_side_that_repulsed_an_attack_named_before_it_is_the_second_side(events_of):
    text = "Soldiers repulsed an al-Shabaab attack on their camp in Mandera on Tuesday."
    (event,) = _english(events_of, text)
    assert event.actor1 == "Al Shabaab"
    assert event.actor2.startswith("Military Forces of Kenya")
