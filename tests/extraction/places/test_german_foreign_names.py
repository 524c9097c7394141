"""Foreign names in German spelling ("Dsch" for "J", "Ch" for "Kh", "w" for "v") and in the
genitive ("im Norden Syriens"): the gazetteer knows them in English spelling and in the
nominative. Sentences are ours."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def places_of(events):
    return sorted((e.country_code, e.location) for e in events)


@pytest.mark.parametrize(("text", "place"), [
    ("Im Gazastreifen sind am Dienstag bei einem Luftangriff in Chan Junis vier Menschen getötet worden.",
     ("PS", "Khan Yunis")),
    ("Im Iran haben Sicherheitskräfte am Dienstag in der Grenzstadt Mariwan das Feuer auf Demonstranten "
     "eröffnet.", ("IR", "Marivan")),
    ("In Libyen sind am Dienstag bei Kämpfen in Sawija zwei Kämpfer getötet worden.", ("LY", "Az Zawiyah")),
])
def test_a_name_in_german_spelling_is_found_respelled(events_of, text, place):
    assert places_of(events_of(text, "de", PUBLISHED)) == [place]


def test_a_province_with_its_article_after_a_province_word(events_of):
    """"im Bundesstaat al-Dschasira": the article opens the name, "Dsch" writes the "J" of Al Jazirah."""
    text = "Im Sudan haben Milizionäre am Dienstag im Bundesstaat al-Dschasira sieben Bauern getötet."
    events = events_of(text, "de", "2025-03-12")
    assert [(e.country_code, e.admin1) for e in events] == [("SD", "Al Jazirah")]


def test_a_name_not_found_respelled_stays_unplaced(events_of):
    """Respelling finds a town only in the story's countries (a big city anywhere): "Schulen" is no town of Mali."""
    text = "In Mali haben Bewaffnete am Dienstag in Schulen der Region Mopti zwei Lehrer getötet."
    assert all(location != "Shule" for _code, location in places_of(events_of(text, "de", PUBLISHED)))


@pytest.mark.parametrize(("text", "place"), [
    ("Im Nordwesten Irans haben Sicherheitskräfte am Dienstag drei Demonstranten erschossen.", ("IR", "Iran")),
    ("Am Rande Kabuls sind am Dienstag bei einem Anschlag drei Polizisten getötet worden.", ("AF", "Kabul")),
    ("Bei einem Angriff auf eine Kirche im Osten Burkina Fasos sind am Sonntag 15 Gläubige erschossen worden.",
     ("BF", "Burkina Faso")),
])
def test_a_name_in_the_genitive_places_the_event(events_of, text, place):
    assert places_of(events_of(text, "de", PUBLISHED)) == [place]


def test_a_common_noun_in_the_genitive_is_no_small_town(engine):
    """Only a country, a province or a big town is looked up without its genitive "s"."""
    finder = engine._language("de").places.finder
    assert finder.lookup("irans") and not finder.lookup("angriffs")


def test_a_near_spelling_stops_before_the_day_after_it(events_of):
    """"in der Provinz Schabwa am Montag": "am" joins names ("Frankfurt am Main"), the weekday
    after it is none; the province is found by its near spelling all the same."""
    text = "Im Jemen sind bei einem Drohnenangriff in der Provinz Schabwa am Montag vier Soldaten getötet worden."
    events = events_of(text, "de", "2025-03-12")
    assert [(e.country_code, e.admin1) for e in events] == [("YE", "Shabwah")]


def test_a_country_in_the_genitive_that_the_pack_lists_as_a_demonym(events_of):
    """"im Nordwesten Nigerias": the genitive of a country is a place, though the pack lists it
    among the demonyms that give the story its focus."""
    text = "Bei einem Angriff auf ein Dorf im Nordwesten Nigerias sind am Montag zwölf Menschen getötet worden."
    assert [code for code, _location in places_of(events_of(text, "de", PUBLISHED))] == ["NG"]


def test_a_country_in_the_genitive_is_not_a_village_of_that_name(events_of):
    """"im Zentrum Malis": Mali, not the German village of Malliß nor a hamlet called Malis."""
    text = "Bei einem Angriff auf einen Militärposten im Zentrum Malis sind am Montag 14 Soldaten getötet worden."
    assert [code for code, _location in places_of(events_of(text, "de", PUBLISHED))] == ["ML"]


@pytest.mark.parametrize(("text", "province"), [
    ("Im Sudan hat die Armee am Dienstag Stellungen der Miliz im Bundesstaat Süd-Kordofan bombardiert.",
     ("SD", "Southern Kordofan")),
    ("Im Sudan sind am Dienstag bei Kämpfen in Nord-Darfur acht Zivilisten getötet worden.",
     ("SD", "Northern Darfur")),
])
def test_a_province_with_a_german_compass_word(events_of, text, province):
    """"Süd-Kordofan", "Nord-Darfur": the compass word in English finds the province."""
    events = events_of(text, "de", "2025-03-12")
    assert [(e.country_code, e.admin1) for e in events] == [province]


def test_a_country_with_a_glued_compass_word(events_of):
    """"in Nordsyrien": the north of Syria, an event in Syria."""
    text = "In Nordsyrien sind am Dienstag bei einem Drohnenangriff drei Kämpfer getötet worden."
    assert [code for code, _location in places_of(events_of(text, "de", PUBLISHED))] == ["SY"]


def test_a_compass_word_alone_is_no_province(engine):
    finder = engine._language("de").places.finder
    assert not finder.lookup("nordwest") and not finder.lookup("westen")


@pytest.mark.parametrize(("text", "place"), [
    # a suburb after its town's adjective: the suburb, a town of its own
    ("Bei russischem Beschuss sind am Dienstag im Kiewer Vorort Irpin drei Menschen getötet worden.",
     ("UA", "Irpin")),
    ("In der Pariser Vorstadt Nanterre haben Jugendliche am Dienstag Polizisten mit Feuerwerkskörpern angegriffen.",
     ("FR", "Nanterre")),
    # a district the gazetteer does not know: the town it belongs to
    ("Im Leipziger Stadtteil Connewitz haben Vermummte am Dienstag Polizisten mit Steinen angegriffen.",
     ("DE", "Leipzig")),
])
def test_a_town_adjective_before_a_place_word_places_the_event(events_of, text, place):
    assert places_of(events_of(text, "de", PUBLISHED)) == [place]


def test_a_town_adjective_before_another_noun_is_no_place(events_of):
    """"Die Berliner Polizei": an institution of the town, which acts elsewhere."""
    text = "Die Berliner Polizei hat am Dienstag in Hamburg drei mutmaßliche Schleuser festgenommen."
    assert places_of(events_of(text, "de", PUBLISHED)) == [("DE", "Hamburg")]


def test_a_compass_glued_to_a_demonym_names_its_country(events_of):
    """"in der nordafghanischen Stadt Masar-i-Scharif": "nordafghanisch" points to Afghanistan,
    where the German spelling of Mazar-e Sharif ("-i-" joining its parts) is then looked for."""
    text = ("Bei einem Bombenanschlag in der nordafghanischen Stadt Masar-i-Scharif sind am Dienstag mindestens "
            "sieben Menschen getötet worden.")
    assert places_of(events_of(text, "de", PUBLISHED)) == [("AF", "Mazar-e Sharif")]


def test_a_compass_glued_to_a_demonym_gives_the_focus(engine):
    reader = engine._language("de").places.reader
    assert reader.demonym(["ostukrainischen"], 0) == ("UA", 1)
    assert reader.demonym(["westafrikanischen"], 0) is None  # a region's people, no country


@pytest.mark.parametrize(("text", "place"), [
    # also a Greek village's name: the German spelling of the Ukrainian city is no alternate name
    ("Bei einem Raketenangriff auf Cherson sind am Dienstag drei Frauen verletzt worden.", ("UA", "Kherson")),
    ("Durch Beschuss in Donezk sind am Dienstag zwei Rentner ums Leben gekommen.", ("UA", "Donetsk")),
    # known under no German name: looked up respelled though the story names no country
    ("Bei einem Drohnenangriff auf Mykolajiw ist am Dienstag ein Wachmann getötet worden.", ("UA", "Mykolayiv")),
])
def test_a_city_in_german_spelling_is_placed_in_a_story_of_one_sentence(events_of, text, place):
    """A story of one sentence gives no country: the city the German spelling respells is the
    one meant, not a namesake abroad that holds the German name as an alternate one."""
    assert places_of(events_of(text, "de", PUBLISHED)) == [place]


def test_a_small_town_respelled_needs_its_country(events_of):
    """Without a country, only a city big enough to be named alone is looked up respelled: the
    Libyan Sawija is none of the small Az Zawiyahs elsewhere."""
    text = "Bei einem Drohnenangriff auf Sawija sind am Dienstag zwei Menschen getötet worden."
    assert all(country == "LY" for country, _location in places_of(events_of(text, "de", PUBLISHED)))
