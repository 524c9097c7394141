"""A story that opens with a floor for the whole event ("at least 14 residents were killed")
and tells further down, on its own day, strikes that "killed nine": the opening's floor says the
toll is no lower, so the nine are a part (one site, the first strikes) and the event's toll is
the floor. On sentences we wrote, in several languages; a floor below the later count, or a
floor told in the lead's own paragraph, changes nothing."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday: "Monday" is 2025-03-10

_STORIES = {
    "en": ("Russian forces attacked civilian targets in the town of Kostiantynivka in the Donetsk region. "
           "At least {floor} residents were killed, including two children, the regional governor said.\n\n"
           "According to prosecutors, on Monday Russian troops hit the central market and a bus stop with drones "
           "and artillery, killing nine people.\n"),
    "fr": ("Les forces russes ont attaqué des cibles civiles dans la ville de Kostiantynivka, dans la région de "
           "Donetsk. Au moins {floor} habitants ont été tués, dont deux enfants, a indiqué le gouverneur régional.\n\n"
           "Selon le parquet, lundi, les troupes russes ont frappé le marché central et un arrêt de bus avec des "
           "drones et de l'artillerie, tuant neuf personnes.\n"),
    "uk": ("Російські війська атакували цивільні об'єкти у місті Костянтинівка на Донеччині. Загинули щонайменше "
           "{floor} мешканців, серед них двоє дітей, повідомив голова обласної адміністрації.\n\n"
           "За даними прокуратури, у понеділок російські військові завдали ударів безпілотниками та артилерією по "
           "центральному ринку та зупинці, внаслідок чого загинули дев'ятеро людей.\n"),
    "es": ("Las fuerzas rusas atacaron objetivos civiles en la ciudad de Kostiantínivka, en la región de Donetsk. "
           "Al menos {floor} vecinos murieron, entre ellos dos niños, informó el gobernador regional.\n\n"
           "Según la fiscalía, el lunes las tropas rusas atacaron el mercado central y una parada de autobús con "
           "drones y artillería, lo que causó la muerte de nueve personas.\n"),
}


def _toll(events_of, lang: str, floor: int) -> int | None:
    (event,) = events_of(_STORIES[lang].format(floor=floor), lang, PUBLISHED)
    return event.fatalities


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_the_openings_floor_is_the_toll_over_a_smaller_count_told_later(events_of, lang):
    assert _toll(events_of, lang, 14) == 14


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_floor_below_the_later_count_leaves_it(events_of, lang):
    assert _toll(events_of, lang, 5) == 9


def test_a_floor_in_the_leads_own_paragraph_is_not_an_opening_summary(events_of):
    text = ("On Monday Russian troops hit the central market of Kostiantynivka in the Donetsk region with drones "
            "and artillery, killing nine people, prosecutors said. At least 14 residents were killed in the "
            "region that day, the governor said.\n")
    (event,) = events_of(text, "en", PUBLISHED)
    assert event.fatalities == 9
