"""English: what is an event and what only surrounds one. Sentences written for these tests."""


def test_an_accusation_in_a_relative_clause_does_not_gate_the_lynching(events_of):
    (event,) = events_of("Three men were beaten to death in Dahanu on Thursday by villagers who "
                         "accused them of theft.", "en", "2020-04-17")
    assert event.sub_event_type == "Mob violence" and event.fatalities == 3


def test_one_attack_may_kill_a_hundred(events_of):
    (event,) = events_of("Gunmen killed at least 124 civilians in an attack on a village near "
                         "Wad Madani.", "en", "2024-10-27")
    assert event.fatalities == 124


def test_a_war_toll_is_no_event(events_of):
    assert events_of("The war has killed at least 150,000 people in Sudan.", "en", "2024-10-27") == []


def test_possibly_is_no_future(events_of):
    (event,) = events_of("On Friday evening, gunmen (possibly from the same group) raided "
                         "Macomia, killing three people.", "en", "2019-08-30")
    assert event.location == "Macomia"


def test_a_condemnation_with_its_own_day_and_toll_reports_the_event(events_of):
    (event,) = events_of("The UN condemned Monday's bombing of a market in Maiduguri that killed "
                         "12 people.", "en", "2024-05-02")
    assert event.fatalities == 12


def test_flight_from_fighting_is_no_event(events_of):
    assert events_of("Thousands of families have fled the fighting between the army and the rebels "
                     "in Kordofan in recent months.", "en", "2024-05-02") == []
    assert events_of("The fighting caused 5,000 people to cross into Rwanda on Monday, the "
                     "district commissioner of Rubavu said.", "en", "2024-05-02") == []


def test_talks_about_attacks_are_no_event(events_of):
    assert events_of("The two foreign ministers discussed the situation in the Sahel, in a "
                     "reference to repeated jihadist attacks on army posts.", "en", "2024-05-02") == []


def test_what_a_threat_makes_conditional_is_no_event(events_of):
    assert events_of("A bandit leader has threatened to attack travellers in Zamfara State unless "
                     "the military halts air strikes on his camps.", "en", "2025-01-16") == []


def test_a_toll_update_belongs_to_its_event(engine):
    from dateline.models import Document

    text = ("A car bomb exploded at a market in Maiduguri on Monday, killing 12 people. "
            "The death toll has risen to 18, hospital officials said on Tuesday.")
    result = engine.extract(Document(id="t", text=text, published="2024-05-02", lang="en"))
    assert len(result.events) == 1
    assert "count" not in {c.kind for c in result.claims}


def test_a_day_in_may_is_no_modal_and_the_same_time_is_no_tally(events_of):
    events = events_of("On the evening of 12 May, gunmen fired on a mosque in Kirkuk. At the same "
                       "time, gunmen attacked a checkpoint in Hawija.", "en", "2024-05-14")
    assert sorted((e.location, str(e.event_date)) for e in events) == [
        ("Al-Hawija", "2024-05-12"), ("Kirkuk", "2024-05-12")]


def test_a_figure_of_speech_about_dying_counts_no_dead(events_of):
    (event,) = events_of("Fishermen pelted police with stones and set tyres alight outside the "
                         "parliament in Lisbon on Tuesday. One of them said: “When young you hope, "
                         "and as a pensioner you die in debt.”", "en", "2024-03-06")
    assert event.fatalities is None


def test_the_place_of_a_past_act_told_after_the_event_is_not_its_place(events_of):
    events = events_of("Sudan’s army and the RSF began a prisoner exchange on Friday, which both "
                       "sides agreed to in a truce signed five months ago in Jeddah.", "en", "2024-04-20")
    assert all(e.country_code != "SA" for e in events)


def test_a_party_called_a_league_makes_no_sports_report(events_of):
    events = events_of("Soldiers shot dead four protesters in Sagaing on Friday, a spokesman for "
                       "the Peasants League of Burma said.\n\nThe Peasants League of Burma won many "
                       "seats in the last vote. Members of the Peasants League of Burma have marched "
                       "every week since the coup.", "en", "2021-03-14")
    assert len(events) == 1


def test_an_event_placed_by_nothing_else_is_where_it_was_told(events_of):
    events = events_of("Zimbabwe’s opposition condemned the arrest.\n\nSoldiers arrested a former "
                       "minister at his farm on Monday, his brother told journalists in Bulawayo.", "en", "2024-05-14")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Bulawayo")]


def test_an_event_with_a_place_of_its_own_is_not_where_it_was_told(events_of):
    events = events_of("Gunmen killed four farmers in Kajuru on Monday, a police spokesman told "
                       "reporters in Kaduna.", "en", "2024-05-14")
    assert [e.location for e in events] == ["Kajuru"]


def test_an_election_campaign_is_no_habit(events_of):
    """"campaign" of a "campaign rally" is no campaign of attacks (pack ``not_cues``)."""
    (event,) = events_of("Gunmen shot dead a council candidate at a campaign rally in Michoacan on "
                         "Sunday, prosecutors said.", "en", "2024-05-27")
    assert event.sub_event_type == "Attack" and event.fatalities == 1
    assert events_of("The army has waged a campaign of air strikes on rebel camps in the north.",
                     "en", "2024-05-27") == []


def test_an_unknown_town_in_a_named_country_is_not_the_dateline_s_city(events_of):
    """"the town of X in central Haiti", X unknown to the gazetteer: not the capital the story was filed from."""
    events = events_of("PORT-AU-PRINCE, Oct 4 (Example Wire) - Gang members attacked the town of "
                       "Bois-Lamarre in central Haiti on Thursday, killing at least 20 people.", "en", "2024-10-04")
    assert [(e.location, e.geo_precision) for e in events] == [("Haiti", 3)]
