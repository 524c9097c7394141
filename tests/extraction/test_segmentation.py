"""One event per happening: a headline, a lead dated only by its publication or by the day
a statement was made, and the body that gives the event's own day are one event, dated by the
body. Sentences written for these tests."""

import datetime as dt

import pytest


def test_dateless_headline_joins_the_dated_body(events_of):
    text = ("Trois gendarmes tués par une mine artisanale près de Mora\n\n"
            "Trois gendarmes sont morts hier 26 février lorsque leur véhicule a sauté sur une mine "
            "près de Mora, au Cameroun.")
    (event,) = events_of(text, "fr", "2024-02-27")
    assert event.event_date == dt.date(2024, 2, 26)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_lead_dated_by_the_statement_joins_the_body(events_of):
    text = ("Gunmen kidnapped 20 bus passengers in Zamfara State, police said on Thursday.\n\n"
            "The passengers were seized on Tuesday on the road near Gusau, a police spokesman said.")
    events = events_of(text, "en", "2024-05-02")
    assert len(events) == 1
    assert events[0].event_date == dt.date(2024, 4, 30)
    assert events[0].sub_event_type == "Abduction/forced disappearance"  # people seized, not a town


@pytest.mark.parametrize("text", [
    "Armed men seized 14 farmers from their fields near Tsafe on Sunday, residents said.",
    "Fourteen farmers were seized from their fields near Tsafe on Sunday, residents said.",
])
def test_people_seized_are_abducted_not_a_town_taken(events_of, text):
    (event,) = events_of(text, "en", "2024-05-02")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2.startswith("Civilians")


def test_two_own_days_stay_two_events(events_of):
    text = ("Gunmen attacked a police post in Gao on Monday, killing two officers.\n\n"
            "On Wednesday, gunmen attacked a police post in Gao again, killing three officers.")
    events = events_of(text, "en", "2024-05-02")
    assert sorted(e.event_date for e in events) == [dt.date(2024, 4, 29), dt.date(2024, 5, 1)]


def test_a_report_of_the_night_before_is_its_own_event(events_of):
    """A restatement may be dated by its statement, a day after the event, never a day before;
    a lead with no day of its own does not bridge the two nights into one event."""
    text = ("Police opened fire on mourners in the town of Mahabad on Wednesday, killing four people "
            "at a burial of two men shot the day before, rights groups said.\n\n"
            "Witnesses said officers fired on the crowd in Mahabad from rooftops.\n\n"
            "State media reported protests in Mahabad on Tuesday night and said police had fired "
            "live rounds at protesters.")
    events = events_of(text, "en", "2024-05-02")
    assert sorted(e.event_date for e in events) == [dt.date(2024, 4, 30), dt.date(2024, 5, 1)]


def test_a_province_lead_dated_by_the_statement_joins_the_raid_days_before(events_of):
    """The lead sums up the story's event at province level, told on the statement's day; the
    body dates the raid five days before and names its district: one event, there, with the
    lead's toll."""
    text = ("Bandits killed at least three people and kidnapped dozens of villagers in Katsina State, "
            "police said on Thursday.\n\n"
            "The region has suffered a wave of kidnappings for ransom in recent years.\n\n"
            "The gunmen raided the village of Dan Ali in Batsari district on Saturday evening, "
            "shooting at residents, a local official said.")
    (event,) = events_of(text, "en", "2024-05-02")
    assert event.event_date == dt.date(2024, 4, 27)
    assert event.admin2 == "Batsari"
    assert event.fatalities == 3


def test_a_report_joins_only_an_event_a_few_days_before_it(events_of):
    """A headline of the publication day does not tell an event of ten days before."""
    text = ("Des hommes armés ont attaqué un poste de police à Gao.\n\n"
            "Le 22 avril, des hommes armés avaient déjà attaqué un poste de police à Gao, selon la police.")
    events = events_of(text, "fr", "2024-05-02")
    assert sorted(e.event_date for e in events) == [dt.date(2024, 4, 22), dt.date(2024, 5, 2)]


def test_a_summary_town_line_is_an_event_of_the_summary(events_of):
    text = ("Over the past 24 hours, Russian shelling killed two people in Kharkiv, the governor said. "
            "In Chuhuiv, three people were injured and ten houses damaged.")
    summary, town = sorted(events_of(text, "en", "2025-09-25"),
                           key=lambda e: e.location != "Kharkiv")
    assert summary.location == "Kharkiv" and town.location.startswith("Chuhu")
    assert town.sub_event_type == summary.sub_event_type
    assert town.injured == 3 and town.event_date == summary.event_date


def test_near_towns_of_a_summary_are_one_event_each(events_of):
    """Town lines of a regional summary stay one event per town, however near the towns."""
    text = ("На Харківщині через російські обстріли минулої доби загинули троє людей, повідомив "
            "голова обласної військової адміністрації.\n\n"
            "«Ізюмський район. У Балаклії поранено двох людей, пошкоджено 8 приватних будинків. "
            "У Шевченковому поранено людину, пошкоджено магазин; у Чугуєві одна людина загинула.»")
    events = events_of(text, "uk", "2025-03-10")
    by_town = {e.location[:5]: e for e in events}
    assert set(by_town) == {"Balak", "Shevc", "Chuhu"}
    assert by_town["Balak"].injured == 2 and by_town["Chuhu"].fatalities == 1
    assert len({e.sub_event_type for e in events}) == 1 and len({e.event_date for e in events}) == 1


def test_more_victims_in_another_town_are_no_town_line(events_of):
    """"Three other soldiers were wounded and taken to hospital in Kirkuk": more of the same event."""
    text = ("Over the past 24 hours, Russian shelling killed two people in Kharkiv, the governor said. "
            "Three other people were injured and taken to hospital in Chuhuiv.")
    assert [e.location for e in events_of(text, "en", "2025-09-25")] == ["Kharkiv"]


def test_a_single_strike_is_no_summary(events_of):
    text = ("Russian missiles struck Kharkiv overnight, killing two people. "
            "In Chuhuiv, three people were injured.")
    assert [e.location for e in events_of(text, "en", "2025-09-25")] == ["Kharkiv"]


def test_figures_without_a_town_stay_a_detail(events_of):
    text = ("Russian missiles struck Kharkiv overnight, killing two people. "
            "Three other people were injured, officials said.")
    (event,) = events_of(text, "en", "2025-09-25")
    assert event.injured == 3


def test_background_after_a_summary_is_no_town_line(events_of):
    text = ("Over the past 24 hours, Russian shelling killed two people in Kharkiv, the governor said. "
            "In Chuhuiv, hundreds of people have been killed since 2022.")
    assert [e.location for e in events_of(text, "en", "2025-09-25")] == ["Kharkiv"]


def test_a_list_of_towns_is_one_event_per_town(events_of):
    """"in A, B and C": each town of the list is a place of its own, none the city of another."""
    text = ("Youths clashed with police overnight in Bordeaux, and also in Libourne, Arcachon and "
            "Langon, the prefecture said.")
    events = events_of(text, "en", "2025-05-08")
    assert sorted(e.location for e in events) == ["Arcachon", "Bordeaux", "Langon", "Libourne"]
    assert {(e.sub_event_type, e.actor1, e.actor2) for e in events} == {
        ("Violent demonstration", "Rioters (France)", "Police Forces of France (2017-)")}


def test_a_town_named_with_its_city_is_one_place(events_of):
    """"Kyivskyi, Kharkiv": two names, no list: the district of the city, one event."""
    text = "A Russian missile hit a school in Saltivka, Kharkiv, on Tuesday, killing two people."
    assert len(events_of(text, "en", "2025-05-08")) == 1


def test_a_province_and_its_capital_told_the_same_day_are_one_event(events_of):
    """Villagers "of Espinar province" marching and the police using tear gas "in Yauri", its
    capital, the same day: one demonstration, at the town."""
    text = ("Campesinos de distintas comunidades de la provincia de Espinar marcharon el lunes contra la "
            "minera, en Perú.\n\nEl lunes, en Yauri, la policía lanzó gases lacrimógenos contra los "
            "manifestantes y detuvo a dos dirigentes.")
    (event,) = events_of(text, "es", "2025-05-06")
    assert (event.location, event.sub_event_type) == ("Yauri", "Protest with intervention")


@pytest.mark.parametrize("text, lang", [
    ("Plus de 40 lycéens ont été enlevés mardi soir dans un internat du nord-est du Nigeria par des hommes armés.",
     "fr"),
    ("More than 40 pupils were abducted from a boarding school in north-eastern Nigeria on Tuesday night by "
     "armed men.", "en"),
])
def test_a_country_before_by_the_agent_is_where_not_who(events_of, text, lang):
    """"enlevés au Nigeria par des hommes armés": the trigger after "par"/"by" is the agent's
    ("armed men"), so the country before it does not act: it is the event's place."""
    (event,) = events_of(text, lang, "2025-06-20")
    assert (event.sub_event_type, event.country_code) == ("Abduction/forced disappearance", "NG")
