"""A strike on a front of an interstate war told with no author is the enemy state's
(``dateline/extraction/rules/fronts.py``, ``dateline/data/actors/fronts.toml``): in a story that
names the enemy's forces, shelling of a Ukrainian town is Russia's, a drone shot down over
Russia Ukraine's. Elsewhere, before the war, or in a story that never names the enemy, the
author stays unknown. Sentences are ours."""

import datetime as dt

import pytest

from dateline.actors.kb import ActorRef
from dateline.extraction.rules.fronts import front_enemy
from dateline.taxonomy import SubEventType

STRIKE = SubEventType.SHELLING
RUSSIA = "Military Forces of Russia (2000-)"
UKRAINE = "Military Forces of Ukraine (2019-)"
PUBLISHED = "2025-05-20"  # a Tuesday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian troops kept up their assault near Pokrovsk on Monday, Ukraine's army said. "
           "Separately, the town of Nikopol came under artillery fire on Monday, killing two residents."),
    ("de", "Die russische Armee setzte ihre Angriffe im Osten fort. "
           "Am Montag geriet die Stadt Nikopol unter Artilleriebeschuss, zwei Bewohner wurden getötet."),
    ("uk", "Російські війська продовжують наступ на Покровському напрямку. "
           "У понеділок Нікополь потрапив під артилерійський обстріл, загинули двоє мешканців."),
])
def test_unattributed_shelling_of_a_ukrainian_town_is_russias(events_of, lang, text):
    events = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.actor1 for e in events] == [RUSSIA]


def test_drones_shot_down_over_ukraine_were_launched_by_russia(events_of):
    text = ("Russian forces launched a new wave of attacks overnight, the air force said. "
            "Twelve drones were shot down over the Poltava region on Monday, officials said.")
    (event,) = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Disrupted weapons use"]
    assert (event.actor1, event.actor2) == (UKRAINE, RUSSIA)


@pytest.mark.parametrize(("lang", "text"), [
    # the story never names the enemy: the author stays unknown
    ("en", "The town of Nikopol came under artillery fire on Monday, killing two residents."),
    # a front not listed: strikes in Syria have many authors
    ("en", "Israeli jets struck targets near Damascus last week, the army said. "
           "On Monday, the town of Maarat al-Numan came under artillery fire, killing two residents."),
])
def test_no_front_or_no_enemy_named_keeps_the_author_unknown(events_of, lang, text):
    events = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert events and all(e.actor1.startswith("Unidentified Armed Group") for e in events)


def test_the_front_opens_with_the_war_and_needs_the_enemy_named():
    russians = [ActorRef("military", inter=1, country="RU")]
    assert front_enemy(STRIKE, "UA", dt.date(2024, 3, 1), russians) == ActorRef("military", inter=1, country="RU")
    assert front_enemy(STRIKE, "UA", dt.date(2021, 3, 1), russians) is None  # before the full-scale war
    assert front_enemy(STRIKE, "UA", dt.date(2024, 3, 1), [ActorRef("military", inter=1, country="UA")]) is None
    assert front_enemy(SubEventType.ATTACK, "UA", dt.date(2024, 3, 1), russians) is None  # not a strike
    assert front_enemy(STRIKE, "SY", dt.date(2024, 3, 1), [ActorRef("military", inter=1, country="IL")]) is None
    assert front_enemy(STRIKE, "RU", dt.date(2024, 3, 1), [ActorRef("government", inter=1, country="UA")]) == \
        ActorRef("military", inter=1, country="UA")
