"""Foreign names in German spelling ("Dsch" for "J", "Ch" for "Kh", "w" for "v") and in the
genitive ("im Norden Syriens"): the gazetteer knows them in English spelling and in the
nominative. Sentences are ours."""

import pytest

from dateline.models import Document


def places_of(engine, text):
    events = engine.extract(Document(id="t", text=text, published="2025-03-12", lang="de")).events
    return sorted((e.country_code, e.location) for e in events)


@pytest.mark.parametrize(("text", "place"), [
    ("Im Gazastreifen sind am Dienstag bei einem Luftangriff in Chan Junis vier Menschen getötet worden.",
     ("PS", "Khan Yunis")),
    ("Im Iran haben Sicherheitskräfte am Dienstag in der Grenzstadt Mariwan das Feuer auf Demonstranten "
     "eröffnet.", ("IR", "Marivan")),
    ("In Libyen sind am Dienstag bei Kämpfen in Sawija zwei Kämpfer getötet worden.", ("LY", "Az Zawiyah")),
])
def test_a_name_in_german_spelling_is_found_respelled(engine, text, place):
    assert places_of(engine, text) == [place]


def test_a_province_with_its_article_after_a_province_word(engine):
    """"im Bundesstaat al-Dschasira": the article opens the name, "Dsch" writes the "J" of Al Jazirah."""
    text = "Im Sudan haben Milizionäre am Dienstag im Bundesstaat al-Dschasira sieben Bauern getötet."
    events = engine.extract(Document(id="t", text=text, published="2025-03-12", lang="de")).events
    assert [(e.country_code, e.admin1) for e in events] == [("SD", "Al Jazirah")]


def test_a_name_not_found_respelled_stays_unplaced(engine):
    """Respelling finds only what the story's countries hold: "Schulen" is no town of Mali."""
    text = "In Mali haben Bewaffnete am Dienstag in Schulen der Region Mopti zwei Lehrer getötet."
    assert all(location != "Shule" for _code, location in places_of(engine, text))


@pytest.mark.parametrize(("text", "place"), [
    ("Im Nordwesten Irans haben Sicherheitskräfte am Dienstag drei Demonstranten erschossen.", ("IR", "Iran")),
    ("Am Rande Kabuls sind am Dienstag bei einem Anschlag drei Polizisten getötet worden.", ("AF", "Kabul")),
])
def test_a_name_in_the_genitive_places_the_event(engine, text, place):
    assert places_of(engine, text) == [place]


def test_a_common_noun_in_the_genitive_is_no_small_town(engine):
    """Only a country, a province or a big town is looked up without its genitive "s"."""
    finder = engine._language("de").places.finder
    assert finder.lookup("irans") and not finder.lookup("angriffs")
