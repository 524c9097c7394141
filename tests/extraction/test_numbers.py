import pytest

from dateline.models import Document


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen killed 12 people in Kajuru on Tuesday.", 12, None),
    ("Twenty-three people were killed and forty wounded in Maiduguri on Tuesday.", 23, 40),
    ("Trois civils ont été tués et quinze blessés mardi à Bunia.", 3, 15),
    ("A bomb in Kabul on Tuesday killed between five and seven people.", 5, None),
    ("Shelling killed 1,200 people in Khartoum on Tuesday.", 1200, None),
    ("A car bomb exploded in Mogadishu on Tuesday, but no one was hurt.", 0, 0),
    ("A mortar shell hit a school in Goma on Tuesday; no one was killed but four pupils were wounded.", 0, 4),
    ("Gunmen attacked a village near Bunia on Tuesday, killing five men and three women.", 8, None),
    ("Four soldiers and two militiamen were killed when gunmen attacked a post in Djibo on Tuesday.", 6, None),
    ("Gunmen killed four people and two were wounded in an attack on a bus near Kaduna on Tuesday.", 4, 2),
    ("Rioters clashed with police in Lyon on Tuesday; 41 arrests and three officers injured were reported.",
     None, 3),
])
def test_casualty_figures(engine, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07")).events
    assert (event.fatalities, event.injured) == (killed, injured)


def test_counts_of_hours_and_attacks_are_not_casualties(engine):
    text = "Militants attacked a checkpoint in Bannu on Tuesday, the second attack in 24 hours."
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07")).events
    assert event.fatalities is None and event.injured is None
