"""The side a report leaves unnamed where ACLED's conventions say who it was
(``dateline/extraction/rules/unnamed_sides.py``): drones shot down over a region were shot
down by that state's forces (by the other side when they were that state's own); armed men
killed with no killer named were killed by the state's forces, a clash. Sentences are ours."""

import pytest

from dateline.actors.kb import Actor
from dateline.extraction.rules.unnamed_sides import defender

PUBLISHED = "2025-04-13"  # a Sunday


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("ru", "В субботу над Брянской областью сбиты три украинских беспилотника.",
     ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")),
    ("ru", "В субботу над Курской областью сбиты два беспилотника, сообщили в Минобороны.",
     ("Military Forces of Russia (2000-)", "Unidentified Armed Group (Russia)")),
    ("uk", "У суботу над Сумщиною збито чотири російські дрони.",
     ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")),
    ("en", "Three drones were shot down over the Bryansk region on Saturday, officials said.",
     ("Military Forces of Russia (2000-)", "Unidentified Armed Group (Russia)")),
])
def test_an_interception_with_no_defender_named_is_the_state_forces_there(events_of, lang, text, pair):
    assert [(e.actor1, e.actor2) for e in events_of(text, lang, PUBLISHED)] == [pair]


def test_the_defender_at_sea_at_a_base_or_of_the_state_own_weapon():
    army = Actor("Military Forces of Russia (2000-)", 1, "RU")
    ukraine = Actor("Military Forces of Ukraine (2019-)", 1, "UA")
    assert defender(None, "YE", True, lambda: army, lambda _l: None) is None  # over the Red Sea
    assert defender(ukraine, "RU", False, lambda: army, lambda _l: None) == army
    # Ukraine's own drones shot down over Ukraine (Crimea): the story's other side, if it names one
    assert defender(ukraine, "UA", False, lambda: ukraine, lambda _l: army) == army


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В субботу в Ингушетии в ходе контртеррористической операции нейтрализованы двое боевиков."),
    ("ru", "В субботу в Кабардино-Балкарии ликвидированы трое боевиков, сообщили в НАК."),
    ("uk", "У суботу в Дагестані ліквідовано двох бойовиків."),
])
def test_armed_men_killed_with_no_killer_named_fought_the_state(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Russia (2000-)", "Unidentified Armed Group (Russia)")


def test_civilians_killed_stay_an_attack_on_them(events_of):
    (event,) = events_of("В субботу в Назрани неизвестные убили двоих мирных жителей.", "ru", PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Russia)")


def test_the_armed_men_counted_before_a_speech_verb_are_the_ones_hit(events_of):
    (event,) = events_of("В субботу в Хасавюрте задержаны двое боевиков, сообщили в ФСБ.", "ru", PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Unidentified Armed Group (Russia)")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two drones were shot down on Sunday as they approached the Ain al-Asad air base in western Iraq, "
           "where US troops are stationed, a US official said."),
    ("fr", "Trois drones ont été abattus dimanche alors qu'ils se dirigeaient vers la base aérienne d'Aïn "
           "al-Assad, dans l'ouest de l'Irak, où sont déployés des soldats américains, a indiqué un responsable."),
])
def test_a_weapon_shot_down_at_a_base_was_stopped_by_the_forces_stationed_there(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor1.startswith("Military Forces of the United States")


def test_a_base_whose_garrison_is_not_told_has_no_defender(events_of):
    text = ("Two drones were shot down on Sunday as they approached the Ain al-Asad air base in western Iraq, "
            "a security source said.")
    (event,) = events_of(text, "en", PUBLISHED)
    assert event.actor1 == ""
