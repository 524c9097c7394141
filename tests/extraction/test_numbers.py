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


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the toll of the sentence that reports the event; a part of it and a later act are no toll
    ("en", "At least 19 people were killed in a market bombing in Maiduguri on Tuesday, police said. "
           "One of the victims was a councillor. Troops later shot dead two suspected accomplices.", 19, None),
    # both sides of a fight add up, as ACLED counts them
    ("fr", "Mardi, deux soldats ont été tués et une dizaine de terroristes neutralisés lors d'une attaque "
           "contre un poste militaire à Djibo.", 12, None),
    ("de", "Drei Männer und zwei Frauen kamen am Dienstag in Celaya ums Leben.", 5, None),
    ("ar", "قتل 14 امرأة ورجلا واحدا في انفجار سيارة مفخخة في منبج الثلاثاء.", 15, None),
    # an indefinite article is no count; a count of people may stand after a place
    ("es", "Cuatro guerrilleros murieron el martes en un combate con el Ejército en Tame.", 4, None),
    ("fr", "Trois soldats sont morts mardi dans une embuscade près de Mora.", 3, None),
    ("de", "Am Dienstag starben bei einer Minenexplosion nahe Djibo 35 Menschen.", 35, None),
    # a weekday is not "four"; ages and houses are not casualties
    ("uk", "Унаслідок нападу на військовий табір у Мопті у вівторок загинули 33 солдати.", 33, None),
    ("uk", "Унаслідок удару дрона по Херсону у вівторок поранені 34- та 61-річні чоловіки.", None, None),
    # a comma ends a count: three dead, twelve wounded
    ("ru", "В Харькове во вторник ракетный удар: погибли трое, ранены 12.", 3, 12),
    ("en", "Three men were beaten to death by a mob near Dahanu on Tuesday.", 3, None),
])
def test_tolls_as_acled_counts_them(engine, lang, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07", lang=lang)).events
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize("lang, text, killed, injured", [
    # a precise figure beats a vague one ("dozens" is 12 only when nothing better is told)
    ("ru", "В Кабуле во вторник смертник подорвался у мечети, десятки погибших. "
           "Как сообщили в полиции, погибли 27 человек.", 27, None),
    # "more than 20" then "22": the exact figure within the bound
    ("ru", "В Одессе во вторник в результате удара пострадали более 20 человек. "
           "Пострадали 22 человека, сообщил мэр.", None, 22),
    ("ar", "أودى انفجار سيارة مفخخة في منبج الثلاثاء بعشرات القتلى. وقال الدفاع المدني إن 14 امرأة ورجلا واحدا "
           "قتلوا في الانفجار.", 15, None),
])
def test_a_precise_figure_beats_a_vague_one(engine, lang, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07", lang=lang)).events
    assert (event.fatalities, event.injured) == (killed, injured)


def test_tolls_told_town_by_town(engine):
    text = "Mardi, la répression des manifestations a fait sept morts à Saqqez et trois à Boukan."
    events = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="fr")).events
    assert sorted((e.location, e.fatalities) for e in events) == [("Bukan", 3), ("Saqqez", 7)]
    assert {e.sub_event_type for e in events} == {"Excessive force against protesters"}


def test_a_total_over_towns_is_no_towns_toll(engine):
    text = "On Tuesday Russian missiles hit Kyiv, Odesa and Kharkiv, killing at least five people."
    events = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="en")).events
    assert len(events) >= 2 and all(e.fatalities is None for e in events)
