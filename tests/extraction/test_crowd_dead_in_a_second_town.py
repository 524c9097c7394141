"""A second town told with its own dead protesters shares the sentence's act ("la policía disparó
contra manifestantes en Mombasa, donde murieron tres personas, mientras que en Eldoret murieron
dos manifestantes"): the crowd noun a casualty word counts is among the victims, no peaceful
protest of its own; a second town with a march and no dead keeps its own protest."""

import pytest


@pytest.mark.parametrize("lang, text", [
    ("es", "El miércoles la policía disparó contra manifestantes en Kisumu, donde murieron cuatro personas, "
           "mientras que en Nakuru murieron dos manifestantes."),
    ("es", "El miércoles la policía disparó contra manifestantes en Kisumu, donde murieron cuatro personas, "
           "y en Nakuru dos manifestantes murieron."),
    ("en", "On Wednesday police fired on protesters in Kisumu, where four people were killed, while in "
           "Nakuru two protesters died."),
])
def test_dead_protesters_of_a_second_town_share_the_act(events_of, lang, text):
    events = {e.location: e for e in events_of(text, lang, "2025-03-14")}
    assert events["Nakuru"].sub_event_type == "Excessive force against protesters"
    assert events["Nakuru"].fatalities == 2
    assert events["Kisumu"].fatalities == 4


def test_a_second_town_marching_without_dead_keeps_its_protest(events_of):
    text = ("El miércoles la policía disparó contra manifestantes en Kisumu, donde murieron cuatro personas, "
            "mientras que en Nakuru miles de manifestantes marcharon de forma pacífica.")
    events = {e.location: e for e in events_of(text, "es", "2025-03-14")}
    assert events["Nakuru"].sub_event_type == "Peaceful protest"
