"""Russian and Ukrainian "его"/"її" join a companion to the victim, as "his" does in English
("the driver and his passenger were wounded" is 2)."""
import pytest

from dateline.models import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "Под Обоянью во вторник беспилотником был атакован легковой автомобиль. Водитель и его пассажирка "
           "получили осколочные ранения."),
    ("uk", "У вівторок під Харковом дрон атакував автомобіль. Водій та його пасажирка отримали поранення."),
])
def test_a_companion_after_a_possessive_adds_to_the_victim(engine, lang, text):
    events = engine.extract(Document(id="t", text=text, published="2024-05-07", lang=lang)).events
    assert [(e.fatalities, e.injured) for e in events] == [(0, 2)]


def test_the_pronoun_in_a_sentence_of_its_own_adds_nobody(engine):
    text = ("Во вторник под Курском беспилотник атаковал автомобиль, водитель погиб. Его пассажирку доставили "
            "в больницу.")
    events = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="ru")).events
    assert [e.fatalities for e in events] == [1]
