"""Prisoner exchanges are ACLED agreements (Strategic developments), in every language.

Why: the packs knew a few ways of saying "prisoner exchange", so many swaps were read as nothing
("a POW exchange", "canjearon 40 presos", "обмінялися 150 полоненими"). When a sentence named
the captives the exchange hands over, their words ("detained", "hostages", "festgenommen") made
it an arrest or an abduction. And a count of a hundred or more soldiers handed over in one swap
was taken as a toll over time and dropped. Exchange wording is now a trigger of its own
(``exchange``) that codes as an agreement, outranks the captives' arrest or abduction words and
keeps the count of those swapped. Everyday "returned" words alone make no event.
All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-09"  # a Saturday

SWAPS = [
    ("en", "Russia and Ukraine exchanged 150 prisoners of war each on Saturday in the Sumy region, "
           "officials said."),
    ("en", "Ukraine brought home 120 soldiers on Saturday in a swap of POWs in the Sumy region, officials said."),
    ("en", "The two sides carried out a POW exchange on Saturday in the Sumy region."),
    ("ru", "В субботу Россия вернула 95 военнослужащих, передав в обмен такое же число украинских "
           "военнопленных, в Сумской области."),
    ("ru", "В субботу в Сумской области Россия и Украина обменялись 150 пленными."),
    ("uk", "У суботу на Сумщині Україна та Росія обмінялися 150 полоненими."),
    ("uk", "У суботу на Сумщині з полону повернули 120 захисників, повідомив президент."),
    ("de", "Russland und die Ukraine haben am Samstag in der Region Sumy jeweils 150 Kriegsgefangene ausgetauscht."),
    ("es", "Rusia y Ucrania intercambiaron este sábado 150 prisioneros de guerra cada uno en la región de Sumy."),
    ("es", "El sábado se realizó en la región de Sumy un canje de 120 prisioneros entre Rusia y Ucrania."),
    ("fr", "La Russie et l'Ukraine ont échangé samedi 150 prisonniers de guerre chacune dans la région de Soumy."),
    ("fr", "Un échange de 120 prisonniers a eu lieu samedi dans la région de Soumy, selon Kiev."),
    ("ar", "تبادلت روسيا وأوكرانيا يوم السبت 150 أسير حرب لكل منهما في منطقة سومي."),
]


@pytest.mark.parametrize(("lang", "text"), SWAPS)
def test_a_prisoner_exchange_is_one_agreement_where_it_took_place(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.country_code, e.admin1, str(e.event_date)) for e in events] == [
        ("Agreement", "UA", "Sumy", PUBLISHED)]


CAPTIVES_NAMED = [
    ("en", "The exchange of hostages and prisoners took place on Saturday in Rafah, the Red Cross said."),
    ("en", "The Houthis and the government swapped 40 detainees on Saturday in Marib, a mediator said."),
    ("ru", "В субботу в Сумской области из плена вернулись 120 военнослужащих, задержанных в прошлом году."),
    ("de", "Am Samstag wurden in Marib 40 Gefangene ausgetauscht, die bei den Kämpfen festgenommen worden waren."),
    ("es", "El sábado en Marib, ambos bandos canjearon 40 presos detenidos durante los combates."),
    ("fr", "Samedi à Marib, les deux camps ont échangé 40 prisonniers capturés lors des combats."),
]


@pytest.mark.parametrize(("lang", "text"), CAPTIVES_NAMED)
def test_the_captives_an_exchange_hands_over_are_no_arrest_or_abduction(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Agreement"]


EVERYDAY_RETURNS = [
    ("en", "The police returned the stolen car to its owner on Saturday in Kharkiv."),
    ("en", "Both sides returned to the negotiating table on Saturday in Geneva."),
    ("ru", "В субботу в Харькове полиция вернула владельцу угнанный автомобиль."),
    ("fr", "Samedi à Lyon, la mairie a échangé des terrains avec une entreprise."),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY_RETURNS)
def test_returning_or_exchanging_other_things_is_no_event(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []


SWAPPED_WITHOUT_A_DAY = [
    ("en", "Ukraine brought home 150 soldiers in a swap of POWs in the Sumy region, the coordination "
           "headquarters said."),
    ("ru", "В Сумской области из плена вернули 146 военных, передав взамен столько же украинских пленных."),
    ("uk", "На Сумщині з полону повернули 120 захисників, повідомив Координаційний штаб."),
    ("de", "In der Region Sumy wurden 150 Soldaten bei einem Gefangenenaustausch übergeben, teilte Kiew mit."),
]


@pytest.mark.parametrize(("lang", "text"), SWAPPED_WITHOUT_A_DAY)
def test_the_count_of_soldiers_swapped_is_no_toll_over_time(events_of, lang, text):
    """A hundred or more soldiers and no day of its own read as a toll over time ("thousands of
    dead"); beside an exchange they are the men it handed over."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Agreement", "Sumy")]
