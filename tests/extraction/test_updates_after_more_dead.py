"""A later sentence that tells more dead and the new total ("Two more died later in hospital,
raising the toll to seven") gives the total, not the more; the wounded who died are no count of
the hurt; an update reaches its figure past the dead it names and a "later" ("وارتفع عدد
القتلى لاحقا إلى سبعة"), or past a day ("porté dimanche à 35 morts") (invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Five people were killed in a Russian missile strike on Dnipro on Saturday, the governor said. Two more "
           "died later in hospital, raising the toll to seven."),
    ("en", "A Russian missile strike on Dnipro killed five people on Saturday, the governor said. On Sunday, he "
           "said the toll had risen to seven after two of the wounded died in hospital."),
    ("ar", "قتل خمسة أشخاص في غارة جوية على مدينة إدلب يوم السبت. وارتفع عدد القتلى لاحقا إلى سبعة."),
])
def test_the_new_total_is_the_toll(events_of, lang, text):
    assert [(e.fatalities, e.injured) for e in events_of(text, lang, PUBLISHED)] == [(7, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Cinq personnes ont été tuées samedi dans une frappe russe sur Dnipro, selon le gouverneur. Deux "
           "blessés sont morts à l'hôpital, portant le bilan à sept morts."),
    ("de", "Bei einem russischen Raketenangriff auf Dnipro sind am Samstag fünf Menschen getötet worden. Zwei "
           "Verletzte starben später im Krankenhaus, die Zahl der Toten stieg damit auf sieben."),
])
def test_the_wounded_who_died_are_no_count_of_the_hurt(events_of, lang, text):
    assert [(e.fatalities, e.injured) for e in events_of(text, lang, PUBLISHED)] == [(7, None)]


def test_an_update_with_its_day_between(events_of):
    text = ("Une attaque jihadiste contre des civils a fait au moins 20 morts samedi à Djibo, selon des sources "
            "locales. Le bilan a été porté dimanche à 35 morts.")
    assert [e.fatalities for e in events_of(text, "fr", PUBLISHED)] == [35]


def test_wounded_and_killed_told_together_count_both(events_of):
    text = "Twenty people were wounded and five killed in an attack on a market in Maiduguri on Saturday."
    assert [(e.fatalities, e.injured) for e in events_of(text, "en", PUBLISHED)] == [(5, 20)]


def test_a_floor_beside_another_sources_higher_figure_stays_the_toll(events_of):
    text = ("At least six people were killed in an Israeli strike on a house in Rafah on Saturday, according to a "
            "hospital, while the civil defence raised the toll to eight.")
    assert [e.fatalities for e in events_of(text, "en", PUBLISHED)] == [6]
