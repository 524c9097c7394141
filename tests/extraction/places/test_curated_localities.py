"""Localities of dateline's own list (``data/places/villages``): a town the news of a war names
and GeoNames gives no population is the event's place in a story about its country."""


def test_a_listed_locality_is_the_place_of_an_attack_on_it(events_of):
    events = events_of("Des rebelles ont attaqué mardi une position de l'armée à Kitshanga, dans le "
                       "territoire de Masisi, au Nord-Kivu, tuant trois soldats, selon l'armée congolaise.",
                       "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Kitshanga", "CD")]


def test_a_listed_locality_is_not_taken_in_a_story_about_another_country(events_of):
    events = events_of("Des hommes armés ont tué deux bergers près de Kitchanga, selon la police kényane, "
                       "dans le comté de Marsabit, au Kenya.", "fr", "2026-03-04")
    assert all(e.country_code != "CD" for e in events)


# Yemen, Iraq, Afghanistan, Pakistan, Haiti (data/places/villages/ye, iq, af, pk, ht.toml)

def test_asia_a_sinjar_village_is_the_place_of_a_drone_strike(events_of):
    events = events_of("A drone strike on a vehicle killed two members of a Yazidi armed group in Sinuni, "
                       "in the Sinjar district of Nineveh province, Iraqi security officials said on Tuesday.",
                       "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Sinuni", "IQ")]


def test_asia_a_port_au_prince_quarter_is_the_place_of_a_gang_attack(events_of):
    events = events_of("Des membres d'un gang armé ont tué quatre habitants et incendié plusieurs maisons "
                       "lundi à Martissant, a indiqué la Police nationale d'Haïti.", "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Martissant", "HT")]


def test_asia_a_north_waziristan_town_is_the_place_of_an_attack_on_police(events_of):
    events = events_of("Militants attacked a police station in Mir Ali, North Waziristan, on Sunday night, "
                       "killing three policemen, officials in Khyber Pakhtunkhwa said.", "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Mir Ali", "PK")]
