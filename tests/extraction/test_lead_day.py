"""A lead with no day takes the day of the sentence right after it, when that sentence tells no
act of its own: it restates the munition, says what followed on the spot, or that the act took
place then. Sentences are ours."""

import pytest


def days(events):
    return [(e.sub_event_type, e.event_date.isoformat()) for e in events]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # the munition told again, with the day
    ("de", "Bei Drohnenangriffen auf die Stadt Kadugli sind mindestens sechs Menschen getötet worden. Die "
           "Drohnen hätten am Samstagabend einen Markt getroffen, sagte ein Helfer.", "2025-03-10",
     [("Air/drone strike", "2025-03-08")]),
    # what followed on the spot: no act word at all
    ("de", "Die Ukraine hat eine Ölraffinerie in der russischen Stadt Wolgograd mit Drohnen angegriffen. Auf dem "
           "Gelände sei am frühen Sonntagmorgen ein Feuer ausgebrochen, teilte der Gouverneur mit.", "2025-03-10",
     [("Air/drone strike", "2025-03-09")]),
    ("en", "Ukrainian drones attacked an oil refinery in the Russian city of Volgograd, the governor said. Thick smoke "
           "rose over the site early on Sunday.", "2025-03-10",
     [("Air/drone strike", "2025-03-09")]),
    # the lead's munition told again in the pluperfect: the lead's act, before the statement
    ("de", "DNIPRO, 12. Juni (Beispiel) - Nach dem russischen Raketenangriff auf ein Hochhaus in der "
           "ostukrainischen Industriestadt Dnipro ist die Zahl der Toten auf sechs gestiegen. 19 Menschen seien "
           "verletzt worden, teilte der Gouverneur am Donnerstag mit.\n\nDie Rakete hatte das neunstöckige "
           "Gebäude am Mittwoch gegen 3.00 Uhr Ortszeit getroffen, als die meisten Bewohner schliefen.",
     "2025-06-12", [("Shelling/artillery/missile attack", "2025-06-11")]),
    # the act word as the subject of a word of happening
    ("de", "Bei Luftangriffen auf die jemenitische Hafenstadt Hodeida sind mindestens zwölf Menschen getötet "
           "worden. Die Angriffe hätten sich am Donnerstagabend ereignet.", "2025-03-14",
     [("Air/drone strike", "2025-03-13")]),
])
def test_the_lead_takes_the_day_told_next(events_of, lang, text, published, expected):
    assert days(events_of(text, lang, published)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what had happened before the event is no day of it
    ("Bei einem Angriff auf ein Dorf in der Region Mopti sind mindestens zehn Zivilisten getötet worden. Am "
     "Samstag hatte der Gouverneur die Region besucht.", [("Attack", "2025-03-10")]),
    # a pluperfect told of another weapon than the lead's is no day of it
    ("Nach dem Raketenangriff auf ein Wohnhaus in der Stadt Saporischschja ist die Zahl der Toten auf vier "
     "gestiegen, teilte der Gouverneur am Montag mit. Am Samstag hatte eine Drohne in der Stadt ein Auto "
     "getroffen.", [("Shelling/artillery/missile attack", "2025-03-10"), ("Air/drone strike", "2025-03-08")]),
    # a lead with a day of its own keeps it
    ("Bei einem Angriff auf ein Dorf in der Region Mopti sind am Freitag mindestens zehn Zivilisten getötet "
     "worden. Am Sonntag sei in dem Dorf eine Trauerfeier abgehalten worden.", [("Attack", "2025-03-07")]),
])
def test_a_day_that_is_not_the_leads_is_left_alone(events_of, text, expected):
    assert days(events_of(text, "de", "2025-03-10")) == expected


def test_the_sentence_after_places_a_lead_told_in_its_province(events_of):
    """Strikes "in der Region Gao", then drones "nahe Ansongo" on Monday: another projectile word
    names the same strikes; the town inside the province and the day are the event's."""
    text = ("Die malische Armee hat nach eigenen Angaben bei Luftangriffen in der Region Gao mindestens 20 "
            "Dschihadisten getötet. Drohnen hätten am Montag Stellungen von Terroristen in der Nähe von Ansongo "
            "getroffen, teilte der Generalstab mit.")
    events = events_of(text, "de", "2025-08-05")
    assert [(e.location, e.event_date.isoformat(), e.geo_precision) for e in events] == [
        ("Ansongo", "2025-08-04", 2)]


def test_a_statement_after_the_lead_gives_it_neither_day_nor_place(events_of):
    """"Das teilte das Ministerium in Niamey am Dienstag mit": the day and the town of the report."""
    text = ("In Niger sind bei einem Angriff auf einen Armeeposten nahe der Grenze zu Mali mindestens zwölf Soldaten "
            "getötet worden. Das teilte das Verteidigungsministerium in Niamey am Dienstag mit.")
    events = events_of(text, "de", "2025-05-07")
    assert all(e.location != "Niamey" for e in events)


def test_a_lead_placed_by_its_dateline_takes_the_town_told_next(events_of):
    """"BAMAKO (Agentur) - ... im Norden des Landes": the capital is where the story was filed;
    the drone "nahe der Stadt Gao" on Sunday night is the strike's place and day."""
    text = ("BAMAKO (Beispiel-Agentur) - Bei einem Drohnenangriff der malischen Armee im Norden des Landes sind "
            "mindestens sechs Zivilisten getötet worden. Die Drohne habe in der Nacht zu Sonntag ein Fahrzeug "
            "nahe der Stadt Gao getroffen, sagte ein Gemeindevertreter.")
    events = events_of(text, "de", "2025-02-10")
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Gao", "2025-02-09")]


def test_a_border_region_word_names_the_province(events_of):
    """"In der russischen Grenzregion Belgorod": the province, inside which the village told next lies."""
    text = ("In der russischen Grenzregion Belgorod ist ein Mensch bei einem ukrainischen Drohnenangriff getötet "
            "worden. Eine Drohne sei in der Nacht zu Montag in ein Wohnhaus in der Ortschaft Schebekino "
            "eingeschlagen, schrieb der Gouverneur.")
    events = events_of(text, "de", "2025-02-24")
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Shebekino", "2025-02-24")]


def test_the_leads_toll_stays_with_a_day_told_next_four_days_back(events_of):
    """Published on Tuesday, the lead counts the dead; the next sentence says Friday and where:
    one event, on Friday, with the lead's dead."""
    text = ("NIAMEY (Beispiel-Agentur) - Bei einem Angriff auf eine Moschee im Südwesten Nigers sind mindestens "
            "30 Gläubige getötet worden. Bewaffnete hätten am Freitag während des Gebets ein Dorf in der Provinz "
            "Tillabéri umstellt und das Feuer eröffnet, teilte das Innenministerium mit. Zehn Menschen seien "
            "verletzt worden.")
    events = events_of(text, "de", "2025-03-04")
    assert [(e.event_date.isoformat(), e.fatalities, e.injured) for e in events] == [("2025-02-28", 30, 10)]
