"""English acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("On Monday gunmen held the staff of a bank in Kano at gunpoint for six hours.", "Abduction/forced disappearance"),
    ("Insurgents beheaded three farmers near Macomia on Monday.", "Attack"),
    ("A grenade explosion wounded five shoppers in Srinagar on Monday.", "Grenade"),
    ("Supporters clashed with the police in street battles in Dhaka on Monday.", "Violent demonstration"),
    ("Police took into custody a former mayor at his home in Karachi on Monday.", "Arrests"),
    ("Militants hurled a grenade at a police post in Pulwama on Monday, wounding two officers.", "Grenade"),
])
def test_english_acts(events_of, text, expected):
    assert sub_types(events_of(text, "en", PUBLISHED)) == [expected]


def test_riot_police_are_no_riot(events_of):
    assert sub_types(events_of("Hundreds of people marched peacefully in Accra on Monday as riot police "
                               "looked on.", "en", PUBLISHED)) == ["Peaceful protest"]


def test_a_constable_hacked_to_death_in_a_rally_is_the_rally_turned_violent(events_of):
    """In a protest story, activists hacking a policeman to death in clashes is no armed clash."""
    assert sub_types(events_of("Thousands of opposition supporters held a rally in Chittagong on Monday. "
                               "Party activists hacked a police officer to death while nine other officers "
                               "were hurt in clashes across the city.", "en", PUBLISHED)) == ["Violent demonstration"]


def test_tear_gas_canisters_are_no_gas_accident(events_of):
    """"tear gas canisters" share their "gas" with the police's act: no gas canister blew up."""
    assert sub_types(events_of("Police fired tear gas canisters and rubber bullets at thousands of "
                               "protesters in Lahore on Monday.", "en", PUBLISHED)) == ["Protest with intervention"]


def test_violence_erupting_during_a_march_is_a_violent_demonstration(events_of):
    assert sub_types(events_of("Two officers died in Lahore on Friday when violence erupted during an "
                               "opposition march.", "en", PUBLISHED)) == ["Violent demonstration"]


def test_an_exchange_of_a_batch_of_prisoners_is_an_agreement(events_of):
    assert sub_types(events_of("The exchange of a second group of detainees took place on Saturday in the "
                               "town of Gharyan, the UN mission said.", "en", PUBLISHED)) == ["Agreement"]
