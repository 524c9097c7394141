"""A toll updated later in the story ("The death toll rose to 14") is its event's: past a day
told between the update word and its figure ("rose on Monday to 14", "stieg am Montag auf 14",
"إلى 14 يوم الاثنين"), and only when no other event, told since at another place, could be the
one it updates, unless the update names that event's place."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _tolls(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.location, e.fatalities) for e in events)


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Gunmen raided a village near Gwoza on Saturday, killing seven people, residents said.\n\n"
           "The attackers came on motorcycles and burned a dozen homes.\n\n"
           "The death toll rose on Sunday to 11, a local official said.", "Gwoza"),
    ("es", "Un grupo armado atacó un palenque en Salamanca el sábado y mató a siete personas, informó la policía.\n\n"
           "Los agresores huyeron en dos camionetas.\n\n"
           "La cifra de muertos aumentó el domingo a 11, según la fiscalía estatal.", "Salamanca"),
    ("de", "Bewaffnete haben am Samstag ein Dorf bei Ménaka überfallen und sieben Menschen getötet.\n\n"
           "Die Angreifer flohen auf Motorrädern.\n\n"
           "Die Zahl der Toten stieg am Sonntag auf 11, teilten örtliche Behörden mit.", "Menaka"),
    ("ar", "هاجم مسلحون قرية قرب غاو يوم السبت وقتلوا سبعة أشخاص، بحسب مصادر محلية.\n\n"
           "وفر المهاجمون على دراجات نارية.\n\n"
           "وارتفع عدد القتلى إلى 11 يوم الأحد، بحسب مصدر طبي.", "Gao"),
])
def test_an_update_past_a_day_is_the_story_s_one_event_s_toll(events_of, lang, text, place):
    assert _tolls(events_of, lang, text) == [(place, 11)]


def test_an_update_naming_an_earlier_event_s_place_is_that_event_s(events_of):
    text = ("Gunmen raided a village near Gwoza on Saturday, killing seven people, residents said.\n\n"
            "In a separate attack on Sunday, insurgents killed three soldiers at a checkpoint near Konduga.\n\n"
            "The death toll from the Gwoza raid rose to 11, a local official said.")
    assert _tolls(events_of, "en", text) == [("Gwoza", 11), ("Konduga", 3)]


def test_an_update_with_another_event_between_and_no_place_updates_neither(events_of):
    text = ("Gunmen raided a village near Gwoza on Saturday, killing seven people, residents said.\n\n"
            "In a separate attack on Sunday, insurgents killed three soldiers at a checkpoint near Konduga.\n\n"
            "The death toll rose to 11, a local official said.")
    assert _tolls(events_of, "en", text) == [("Gwoza", 7), ("Konduga", 3)]
