"""People waiting for aid fired on (invented sentences, three languages): civilians attacked,
not a demonstration met with lethal force; and witnesses' words do not swallow the shooters."""

import pytest

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-06-24"  # a Tuesday


@pytest.mark.parametrize("text, lang", [
    ("Mindestens 14 Palästinenser kamen am Dienstagmorgen ums Leben, als sie nahe einer Ausgabestelle "
     "für Hilfsgüter in Chan Junis auf Lebensmittel warteten. Augenzeugen berichteten, israelische "
     "Soldaten hätten in die Menge geschossen.", "de"),
    ("Israeli troops opened fire on Tuesday on a crowd waiting for food near a distribution site in "
     "Khan Younis, killing 14 people.", "en"),
    ("Al menos 14 palestinos murieron este martes cuando tropas israelíes dispararon contra la multitud "
     "que esperaba ayuda cerca de un punto de distribución en Jan Yunis.", "es"),
])
def test_a_crowd_waiting_for_aid_fired_on_is_civilians_attacked(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == S.ATTACK.value
    assert event.actor1.startswith("Military Forces of Israel")
    assert event.actor2 == "Civilians (Palestine)"
    assert event.fatalities == 14


def test_a_crowd_of_protesters_fired_on_stays_a_demonstration(events_of):
    text = ("Soldaten haben am Dienstag in Nablus bei einer Kundgebung in die Menge geschossen und zwei "
            "Demonstranten getötet.")
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.sub_event_type == S.EXCESSIVE_FORCE.value
