"""Broad aliases name their actor only in a story about where it is at home or fights
(``home_only`` with ``theatres`` in data/actors/actors.toml): "the coalition" is the US-led one in
Iraq and Syria, the Saudi-led one in Yemen, and nobody's in a story about rebels in Chad;
"Wagner" is the group in Mali or Ukraine, a surname in a story about a German or American town."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


def _actors(events_of, lang, text):
    return [(e.actor1, e.actor2) for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("lang, text, actor1", [
    ("en", "Coalition forces struck Islamic State positions near Raqqa on Monday.", "US-led coalition forces"),
    ("en", "The Saudi-led coalition carried out air strikes on Sanaa on Monday, killing four people.",
     "Military Forces of Saudi Arabia (2015-)"),
    ("en", "Coalition warplanes struck Houthi positions in Saada on Monday, killing four people.",
     "Military Forces of Saudi Arabia (2015-)"),
    ("ar", "شن طيران التحالف غارات على صعدة يوم الاثنين.", "Military Forces of Saudi Arabia (2015-)"),
    ("en", "A coalition of rebel groups attacked an army base near Abeche on Monday, killing four soldiers.",
     "Unidentified Armed Group (Chad)"),
    ("es", "Una coalición de pandillas atacó el lunes una comisaría en Puerto Príncipe, matando a cuatro "
           "policías.", "Unidentified Armed Group (Haiti)"),
    ("en", "Wagner fighters attacked a village near Mopti on Monday, killing twelve people.", "Wagner Group"),
    ("ru", "В понедельник бойцы Вагнера атаковали позиции ВСУ под Бахмутом.", "Wagner Group"),
])
def test_a_broad_alias_names_the_actor_of_its_theatre(events_of, lang, text, actor1):
    assert _actors(events_of, lang, text)[0][0] == actor1


@pytest.mark.parametrize("lang, text", [
    ("en", "Police officer Thomas Wagner was shot dead by gunmen in Chicago on Monday."),
    ("de", "Der Polizist Thomas Wagner wurde am Montag in Leipzig von Unbekannten erschossen."),
])
def test_a_surname_is_no_mercenary_group(events_of, lang, text):
    actors = _actors(events_of, lang, text)
    assert actors and all("Wagner Group" not in pair for pair in actors)
