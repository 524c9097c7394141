"""English: what is an event and what only surrounds one. Sentences written for these tests."""

from ..examples import events_of


def test_an_accusation_in_a_relative_clause_does_not_gate_the_lynching(engine):
    (event,) = events_of(engine, "en", "Three men were beaten to death in Dahanu on Thursday by villagers who "
                                       "accused them of theft.", "2020-04-17")
    assert event.sub_event_type == "Mob violence" and event.fatalities == 3


def test_one_attack_may_kill_a_hundred(engine):
    (event,) = events_of(engine, "en", "Gunmen killed at least 124 civilians in an attack on a village near "
                                       "Wad Madani.", "2024-10-27")
    assert event.fatalities == 124


def test_a_war_toll_is_no_event(engine):
    assert events_of(engine, "en", "The war has killed at least 150,000 people in Sudan.", "2024-10-27") == []


def test_possibly_is_no_future(engine):
    (event,) = events_of(engine, "en", "On Friday evening, gunmen (possibly from the same group) raided "
                                       "Macomia, killing three people.", "2019-08-30")
    assert event.location == "Macomia"


def test_a_condemnation_with_its_own_day_and_toll_reports_the_event(engine):
    (event,) = events_of(engine, "en", "The UN condemned Monday's bombing of a market in Maiduguri that killed "
                                       "12 people.", "2024-05-02")
    assert event.fatalities == 12


def test_flight_from_fighting_is_no_event(engine):
    assert events_of(engine, "en", "Thousands of families have fled the fighting between the army and the rebels "
                                   "in Kordofan in recent months.", "2024-05-02") == []
    assert events_of(engine, "en", "The fighting caused 5,000 people to cross into Rwanda on Monday, the "
                                   "district commissioner of Rubavu said.", "2024-05-02") == []


def test_talks_about_attacks_are_no_event(engine):
    assert events_of(engine, "en", "The two foreign ministers discussed the situation in the Sahel, in a "
                                   "reference to repeated jihadist attacks on army posts.", "2024-05-02") == []


def test_what_a_threat_makes_conditional_is_no_event(engine):
    assert events_of(engine, "en", "A bandit leader has threatened to attack travellers in Zamfara State unless "
                                   "the military halts air strikes on his camps.", "2025-01-16") == []


def test_a_toll_update_belongs_to_its_event(engine):
    from dateline.models import Document

    text = ("A car bomb exploded at a market in Maiduguri on Monday, killing 12 people. "
            "The death toll has risen to 18, hospital officials said on Tuesday.")
    result = engine.extract(Document(id="t", text=text, published="2024-05-02", lang="en"))
    assert len(result.events) == 1
    assert "count" not in {c.kind for c in result.claims}


def test_a_day_in_may_is_no_modal_and_the_same_time_is_no_tally(engine):
    events = events_of(engine, "en", "On the evening of 12 May, gunmen fired on a mosque in Kirkuk. At the same "
                                     "time, gunmen attacked a checkpoint in Hawija.", "2024-05-14")
    assert sorted((e.location, str(e.event_date)) for e in events) == [
        ("Al-Hawija", "2024-05-12"), ("Kirkuk", "2024-05-12")]


def test_a_figure_of_speech_about_dying_counts_no_dead(engine):
    (event,) = events_of(engine, "en", "Fishermen pelted police with stones and set tyres alight outside the "
                                       "parliament in Lisbon on Tuesday. One of them said: “When young you hope, "
                                       "and as a pensioner you die in debt.”", "2024-03-06")
    assert event.fatalities is None


def test_the_place_of_a_past_act_told_after_the_event_is_not_its_place(engine):
    events = events_of(engine, "en", "Sudan’s army and the RSF began a prisoner exchange on Friday, which both "
                                     "sides agreed to in a truce signed five months ago in Jeddah.", "2024-04-20")
    assert all(e.country_code != "SA" for e in events)


def test_a_party_called_a_league_makes_no_sports_report(engine):
    events = events_of(engine, "en", "Soldiers shot dead four protesters in Sagaing on Friday, a spokesman for "
                                     "the Peasants League of Burma said.\n\nThe Peasants League of Burma won many "
                                     "seats in the last vote. Members of the Peasants League of Burma have marched "
                                     "every week since the coup.", "2021-03-14")
    assert len(events) == 1


def test_an_event_placed_by_nothing_else_is_where_it_was_told(engine):
    events = events_of(engine, "en", "Zimbabwe’s opposition condemned the arrest.\n\nSoldiers arrested a former "
                                     "minister at his farm on Monday, his brother told journalists in Bulawayo.",
                       "2024-05-14")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Bulawayo")]


def test_an_event_with_a_place_of_its_own_is_not_where_it_was_told(engine):
    events = events_of(engine, "en", "Gunmen killed four farmers in Kajuru on Monday, a police spokesman told "
                                     "reporters in Kaduna.", "2024-05-14")
    assert [e.location for e in events] == ["Kajuru"]


def test_an_election_campaign_is_no_habit(engine):
    """"campaign" of a "campaign rally" is no campaign of attacks (pack ``not_cues``)."""
    (event,) = events_of(engine, "en", "Gunmen shot dead a council candidate at a campaign rally in Michoacan on "
                                       "Sunday, prosecutors said.", "2024-05-27")
    assert event.sub_event_type == "Attack" and event.fatalities == 1
    assert events_of(engine, "en", "The army has waged a campaign of air strikes on rebel camps in the north.",
                     "2024-05-27") == []


def test_an_unknown_town_in_a_named_country_is_not_the_dateline_s_city(engine):
    """"the town of X in central Haiti", X unknown to the gazetteer: not the capital the story was filed from."""
    events = events_of(engine, "en", "PORT-AU-PRINCE, Oct 4 (Example Wire) - Gang members attacked the town of "
                                     "Bois-Lamarre in central Haiti on Thursday, killing at least 20 people.",
                       "2024-10-04")
    assert [(e.location, e.geo_precision) for e in events] == [("Haiti", 3)]
