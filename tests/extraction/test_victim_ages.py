"""The ages of the victims, told after an age marker ("aged 30 and 45", "âgés de", "im Alter
von", "в возрасте"), count no one and part no count of people from its casualty word
(invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two men aged 30 and 45 were shot dead by unidentified gunmen in Culiacan on Saturday, prosecutors said."),
    ("en", "Two farmers, aged 34 and 52, were hacked to death by suspected herders in Benue state on Saturday, "
           "police said."),
    ("fr", "Deux hommes âgés de 30 et 45 ans ont été tués par balles samedi à Port-au-Prince, a indiqué la police."),
    ("de", "Zwei Männer im Alter von 30 und 45 Jahren wurden am Samstag bei einem Angriff in Charkiw getötet, "
           "teilte der Gouverneur mit."),
    ("ru", "Двое мужчин в возрасте 30 и 45 лет погибли в результате обстрела Донецка в субботу, сообщил мэр "
           "города."),
])
def test_two_victims_with_their_ages_are_two(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [e.fatalities for e in events] == [2]


def test_ages_given_as_a_range_count_no_one(events_of):
    text = ("Three young men aged between 20 and 25 were killed by gunmen in Port-au-Prince on Saturday, "
            "police said.")
    assert [e.fatalities for e in events_of(text, "en", PUBLISHED)] == [3]


def test_one_victim_with_his_age_is_one_event_of_one(events_of):
    text = "A man aged 30 was killed by gunmen in Culiacan on Saturday, prosecutors said."
    assert [e.fatalities for e in events_of(text, "en", PUBLISHED)] == [1]


def test_a_year_of_birth_does_not_part_the_victim_from_his_verb(events_of):
    text = "Мужчина 1965 года рождения погиб в результате атаки дрона на Белгород в субботу, сообщил губернатор."
    assert [e.fatalities for e in events_of(text, "ru", PUBLISHED)] == [1]


def test_a_figure_after_aged_without_a_count_still_counts_the_victims(events_of):
    text = "Gunmen killed two men aged 30 and 45 in Culiacan on Saturday, prosecutors said."
    assert [e.fatalities for e in events_of(text, "en", PUBLISHED)] == [2]
