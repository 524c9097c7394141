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
])
def test_casualty_figures(engine, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07")).events
    assert (event.fatalities, event.injured) == (killed, injured)


def test_counts_of_hours_and_attacks_are_not_casualties(engine):
    text = "Militants attacked a checkpoint in Bannu on Tuesday, the second attack in 24 hours."
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07")).events
    assert event.fatalities is None and event.injured is None
