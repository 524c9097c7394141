"""One victim named by a singular noun counts one, as ACLED codes a definite or named victim:
"the driver was killed", "Le conducteur a été tué", "чиновник погиб". A plural or vague victim
gives no figure, and a singular attacker before its verb is no victim."""

import pytest

from dateline.models import Document


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "The driver was killed when a drone struck his car near Zaporizhzhia on Thursday.", 1, None),
    ("en", "Police constable Musa Bello was shot dead by gunmen in Lokoja on Tuesday.", 1, None),
    ("en", "A 41-year-old man was killed when shells hit Kupiansk on Thursday.", 1, None),
    ("fr", "Le conducteur a été tué par une frappe de drone près de Nikopol jeudi.", 1, None),
    ("fr", "Un membre des forces de défense a été tué lors d'une attaque à Dori mercredi.", 1, None),
    ("es", "El alcalde de Uruapan fue asesinado a balazos el martes.", 1, None),
    ("de", "Bewaffnete haben am Dienstag einen Polizisten in Herat erschossen.", 1, None),
    ("de", "Der Soldat wurde am Dienstag bei einem Angriff in Herat getötet.", 1, None),
    ("ru", "В Горловке взорван автомобиль, чиновник погиб, двое прохожих ранены.", 1, 2),
    ("uk", "Унаслідок атаки дрона на Херсон загинув працівник комунальної служби.", 1, None),
    # an article a word or two before its noun counts one with it
    ("fr", "Un jeune homme a été tué par balle à Ouahigouya mercredi soir.", 1, None),
    # wounded, not killed: no dead
    ("en", "A soldier was wounded when his patrol hit a roadside bomb near Menaka on Thursday.", 0, 1),
    ("fr", "Un gendarme a été blessé par balle à Ouahigouya mercredi soir.", 0, 1),
    # plural or vague victims give no figure
    ("en", "Soldiers were killed when their patrol hit a roadside bomb near Menaka on Thursday.", None, None),
    ("fr", "Des soldats ont été tués dans une embuscade près de Dori mercredi.", None, None),
    ("de", "Junge Menschen wurden am Dienstag bei Protesten in Sanandaj getötet.", None, None),
    # a singular attacker before its verb is no victim; a singular victim adds to a figure beside it
    ("en", "A soldier shot dead three civilians at a checkpoint in Menaka on Thursday.", 3, None),
    ("en", "Two civilians and a soldier were killed when shells hit Kupiansk on Thursday.", 3, None),
    # the victim after an active verb is its object, not the count of the casualty word after "and"
    ("en", "A roadside bomb killed a soldier and wounded two others near Menaka on Thursday.", 1, 2),
    ("en", "Gunmen shot dead a driver and wounded a passenger on the road near Lokoja on Tuesday.", 1, 1),
])
def test_singular_victim_counts_one(engine, lang, text, killed, injured):
    events = engine.extract(Document(id="t", text=text, lang=lang, published="2025-03-14")).events
    assert events, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured)
