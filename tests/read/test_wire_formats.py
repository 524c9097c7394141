"""Wire datelines in the forms agencies and papers write them (our own openings)."""

import pytest

from dateline.models import Document
from dateline.prepare import prepare
from dateline.read.wire import find_wire_dateline


@pytest.mark.parametrize("text, place, region, day, month, source", [
    ("KHARKIV, 3 марта. /ТАСС/. Беспилотник атаковал город.", "Kharkiv", None, 3, 3, "ТАСС"),
    ("Пожар на складе\n\nБЕЛГОРОД, 12 мая. /ТАСС/. Беспилотник атаковал склад.", "Белгород", None, 12, 5, "ТАСС"),
    ("Uruapan, Mich., a 4 de marzo de 2025.- Militares repelieron una agresión.", "Uruapan", "Mich.", 4, 3, ""),
    ("TEGUCIGALPA, Honduras.- AP\n\nManifestantes bloquearon la carretera.", "Tegucigalpa", "Honduras", None, None,
     "AP"),
    ("Bogotá, 16 nov (EFE).- Campesinos marcharon por la ciudad.", "Bogotá", None, 16, 11, "EFE"),
    ("Gefechte im Norden\nBamako · Bei einem Angriff auf einen Posten sind drei Soldaten getötet worden.", "Bamako",
     None, None, None, ""),
    ("Berlin, Goma (epd). Die Rebellen haben die Stadt eingenommen.", "Berlin", "Goma", None, None, "epd"),
    ("BamakoBei einem Angriff sind drei Soldaten getötet worden.", "Bamako", None, None, None, ""),
    ("Clashes in the capital\n\nHARARE, Zimbabwe – Police fired tear gas at protesters on Monday.", "Harare",
     "Zimbabwe", None, None, ""),
    ("Lusaka, March 4\n\nTwo people were killed as a rally turned violent here on Saturday.", "Lusaka", None, 4, 3,
     ""),
    ("Lagos (dpa) - Bewaffnete haben in Nigeria zwölf Dorfbewohner entführt.", "Lagos", None, None, None, "dpa"),
    ("Kampala/Juba (AFP/dpa) - Bei Kämpfen im Südsudan sind sieben Soldaten getötet worden.", "Kampala", "Juba",
     None, None, "AFP/dpa"),
    # Arabic papers and agencies: the place, a dash, the outlet and a colon
    ("رام الله - وفا: استشهد شاب برصاص قوات الاحتلال في مدينة نابلس.", "رام الله", None, None, None, "وفا"),
    ("دمشق-سانا: أصيب مدنيان بقذيفة في حي الميدان.", "دمشق", None, None, None, "سانا"),
    ("كركوك – الجزيرة نت: قتل جندي بانفجار عبوة ناسفة.", "كركوك", None, None, None, "الجزيرة نت"),
    # a line of its own in parts between colons: place, weekday, day and month (glued or not), outlet
    ("اشتباكات في القضارف\n\nالقضارف : الأحد: 14مارس 2025 : إذاعة المدينة\nقتل ثلاثة أشخاص.", "القضارف", None, 14,
     3, "إذاعة المدينة"),
    ("Heurts à Bunia\nBUNIA : mardi 6 mai 2025\nDes miliciens ont attaqué un village.", "Bunia", None, 6, 5, ""),
    # South Asian papers: a shouted place and a colon, at the start or after the headline
    ("RAIPUR: Nine Maoists were killed in an encounter on Sunday.", "Raipur", None, None, None, ""),
    ("Two policemen shot dead\n\nDERA ISMAIL KHAN: Two policemen were shot dead on Tuesday.", "Dera Ismail Khan",
     None, None, None, ""),
])
def test_dateline_forms(text, place, region, day, month, source):
    dateline = find_wire_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.region, dateline.day, dateline.month, dateline.source) == (
        place, region, day, month, source)


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in Gao on Monday. The attack - the third this week - was claimed by JNIM.",
    "Die Rebellen haben Goma eingenommen. Der Sprecher sagte das.",
    "Krieg in Nahost\nIsrael greift an. Die Armee meldet Erfolge.",
    "Breaking (Update) - news of the day",
    "McDonald opened a shop in Lagos.",
    # a lower-case letter with an accent is no capital opening a glued word ("Isra" + "ël")
    "Israël a mené dimanche des frappes sur le sud du Liban.",
    "Sanaʽa et Aden ont été touchées.",
    "Attack in Gao\nGunmen killed five people on 3 May.\nMore news",
    "Breaking - Update: the road is closed.",
    "قال المسؤول - وهو ضابط في الجيش: إن الهجوم فشل.",  # a sentence with an aside, no dateline
    "Le bilan : trois morts et cinq blessés\nLa police enquête.",  # colons, but no day with its month
    "Bilan : 3 mai : une journée noire pour la ville entière\nLa police enquête.",  # a sentence, not a place
    "BREAKING: Two policemen were shot dead on Tuesday.",  # a shouted label, no place
    "Police said: the road is closed.",  # a sentence, not a shouted place
])
def test_no_dateline(text):
    assert find_wire_dateline(text) is None


def test_a_dateline_after_the_headline_is_read_around():
    text = "Drei Soldaten getötet\nBamako · Bei einem Angriff sind drei Soldaten getötet worden."
    prepared = prepare(Document(id="t", text=text, lang="de"), {})
    assert prepared.dateline is not None and prepared.dateline.place == "Bamako"
    words = [text[t.start:t.end] for t in prepared.tokens]
    assert "Bamako" not in words and "Drei" in words and "Bei" in words


def test_a_bureau_abroad_places_nothing(engine):
    text = ("BUENOS AIRES, 19 diciembre (AP) - Guerrilleros atacaron el jueves una base militar en Colombia, "
            "matando a cuatro soldados.")
    events = engine.extract(Document(id="t", text=text, lang="es", published="2025-12-19")).events
    assert all(e.country_code != "AR" for e in events)


def test_the_bureaus_of_a_dateline_are_no_event_places(engine):
    """"Amman/Gaza (dpa) -": the agency's bureaus, not two places of the strike the story tells."""
    text = ("Amman/Gaza (dpa) - Bei einem israelischen Luftangriff in Chan Junis sind am Dienstag neun Menschen "
            "getötet worden.")
    events = engine.extract(Document(id="t", text=text, lang="de", published="2025-03-12")).events
    assert [(e.country_code, e.location, e.fatalities) for e in events] == [("PS", "Khan Yunis", 9)]
