"""A leader of a political party arrested: the party is the arrest's second actor.

Why: ACLED codes the group of the people arrested as actor2, and names a political party
"Party: Full name" ("BNP: Bangladesh Nationalist Party"). The actor list knew armed groups only,
so "police detained a leader of the Bangladesh Nationalist Party" had no second actor. A few
parties whose leaders are often arrested are now named actors (political militias, as ACLED
codes a party that is a side); the arrest rule already takes the named group the arrested are
tied to. An acronym that is another body elsewhere ("BNP" of BNP Paribas) names the party only
in a story about its country. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"  # a Friday; "Thursday" is 2024-05-09

ARRESTS = [
    ("en", "Police in Dhaka detained a senior leader of the Bangladesh Nationalist Party on Thursday, "
           "his lawyer said.", "BNP: Bangladesh Nationalist Party"),
    ("es", "La policía detuvo el jueves en Daca a un líder del Partido Nacionalista de Bangladesh.",
     "BNP: Bangladesh Nationalist Party"),
    ("de", "Die Polizei hat am Donnerstag in Dhaka einen führenden Politiker der Awami-Liga festgenommen.",
     "AL: Bangladesh Awami League"),
    ("ru", "В четверг полиция задержала в Дакке одного из лидеров Националистической партии Бангладеш.",
     "BNP: Bangladesh Nationalist Party"),
    ("uk", "У четвер поліція затримала в Лахорі одного з лідерів партії Рух за справедливість Пакистану.",
     "PTI: Pakistan Tehreek-i-Insaf"),
    ("fr", "La police a arrêté jeudi à Lahore un dirigeant du Mouvement du Pakistan pour la justice, "
           "a indiqué son avocat.", "PTI: Pakistan Tehreek-i-Insaf"),
    ("ar", "اعتقلت الشرطة يوم الخميس في دكا قياديا في الحزب الوطني البنغلاديشي.",
     "BNP: Bangladesh Nationalist Party"),
]


@pytest.mark.parametrize(("lang", "text", "party"), ARRESTS)
def test_the_party_of_the_arrested_leader_is_actor2(events_of, lang, text, party):
    arrests = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, arrests
    assert arrests[0].actor1.startswith("Police Forces of"), arrests[0].actor1
    assert arrests[0].actor2 == party, arrests[0].actor2


def test_a_bank_of_the_same_acronym_is_no_party(events_of):
    text = "Le groupe BNP Paribas a annoncé jeudi à Paris que la police avait arrêté deux suspects."
    for event in events_of(text, "fr", PUBLISHED):
        assert "Bangladesh" not in (event.actor2 or ""), event.actor2


RIOTS = [
    ("en", "BNP activists clashed with police in Chittagong on Thursday, torching two buses."),
    ("en", "Supporters of the Awami League clashed with police in Chittagong on Thursday and set two buses on fire."),
]


@pytest.mark.parametrize(("lang", "text"), RIOTS)
def test_party_activists_in_a_riot_are_rioters(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert events, "the riot is an event"
    for event in events:
        assert event.event_type == "Riots", event
        assert event.actor1 == "Rioters (Bangladesh)", event.actor1
