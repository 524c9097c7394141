"""An article before a building or a vehicle ("auf einen Markt", "on a bus", "sur un marché") is no
count of one: those words name what was hit, however often the actor words read them as civilians."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the sentence's opening count reaches its late participle past "einen Markt"
    ("de", "Mindestens sieben Menschen wurden am Mittwoch bei einem Raketenangriff auf einen Markt in "
           "Kramatorsk getötet.", 7, None),
    ("de", "Vier Zivilisten wurden am Freitag bei einem Drohnenangriff auf ein Wohnhaus in Nikopol verletzt.",
     0, 4),
    ("de", "Zwei Frauen wurden am Samstag bei einem Angriff auf einen Bus nahe Tillabéri getötet.", 2, None),
    ("en", "Eight people were wounded on Thursday when a drone hit a hospital in Sloviansk.", 0, 8),
    ("fr", "Cinq personnes ont été blessées jeudi lorsqu'un drone a frappé une école à Kostiantynivka.", 0, 5),
    ("es", "Tres personas resultaron heridas el jueves cuando un dron impactó contra un mercado en Omdurmán.",
     0, 3),
    # the forces' posts and convoys too
    ("de", "Mindestens sechs Soldaten wurden am Donnerstag bei einem Angriff auf einen Militärposten nahe "
           "Ménaka getötet.", 6, None),
    ("de", "Drei Polizisten wurden am Donnerstag bei einem Anschlag auf eine Polizeiwache in Kabul verletzt.",
     0, 3),
    ("fr", "Six soldats ont été tués jeudi lorsqu'un engin explosif a frappé un convoi près de Ménaka.", 6, None),
])
def test_an_article_before_a_thing_is_no_count(events_of, lang, text, killed, injured):
    assert _figures(events_of, lang, text) == [(killed, injured)]


def test_an_article_before_a_person_still_counts_one(events_of):
    text = "Ein Bauer wurde am Montag bei einem Drohnenangriff auf sein Feld bei Nikopol getötet."
    assert _figures(events_of, "de", text) == [(1, None)]
