"""The charge against someone arrested is no accusation: the arrest stays an event.

Why: a sentence that blames someone for an act with no figures of its own is told as a claim,
not an event ("the army accused the rebels of the attack"). Wire copy tells the charge of an
arrest with the same words ("a journalist was arrested on Thursday, accused of cyberstalking",
"un militant accusé d'avoir insulté le chef de la junte a été arrêté"), so the arrest itself was
dropped whenever the charge stood before the verb or after a comma. Each pack now lists the
words of a charge (the ``charge`` cue: "accused of", "accusé de", "обвиняемого в"); a blame word
inside them describes the person arrested. In the passive, the person arrested is the subject
before the verb, not a group the charge names after it. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday; "Thursday" is 2025-05-29, "samedi" 2025-05-31

ARRESTS = [
    ("en", "A journalist was arrested in Lagos on Thursday, accused of cyberstalking a state governor.",
     "Police Forces of Nigeria", "Civilians (Nigeria)"),
    ("en", "Police in Lagos arrested a journalist on Thursday, accusing him of cyberstalking a state governor.",
     "Police Forces of Nigeria", "Civilians (Nigeria)"),
    ("fr", "Un journaliste a été interpellé jeudi à Ouagadougou par des policiers, accusé de collusion avec "
           "des groupes terroristes.", "Police Forces of Burkina Faso", "Civilians (Burkina Faso)"),
    ("fr", "Un ancien ministre accusé de complot a été arrêté jeudi à Bamako par la gendarmerie.",
     "Police Forces of Mali", None),
    ("ru", "ФСБ задержала в четверг в Москве мужчину, обвиняемого в подготовке теракта.",
     "Police Forces of Russia", "Civilians (Russia)"),
]


@pytest.mark.parametrize(("lang", "text", "actor1", "actor2"), ARRESTS)
def test_an_arrest_told_with_its_charge_is_an_event(events_of, lang, text, actor1, actor2):
    arrests = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, arrests
    assert arrests[0].actor1.startswith(actor1), arrests[0].actor1
    if actor2 is not None:
        assert arrests[0].actor2 == actor2, arrests[0].actor2


def test_a_group_named_in_the_charge_is_still_the_arrested_group(events_of):
    text = "La police a arrêté jeudi à Bamako deux hommes accusés d'appartenir au JNIM."
    arrests = [e for e in events_of(text, "fr", PUBLISHED) if e.sub_event_type == "Arrests"]
    assert [e.actor2 for e in arrests] == ["JNIM: Group for Support of Islam and Muslims"]


def test_blame_for_an_act_with_no_figures_stays_no_event(events_of):
    text = "L'armée a accusé les rebelles de l'attaque, selon un communiqué."
    assert events_of(text, "fr", PUBLISHED) == []
