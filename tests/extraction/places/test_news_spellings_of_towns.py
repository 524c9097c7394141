"""Spellings the news writes for towns GeoNames holds under other spellings only
(``data/places/cities.toml``, ``[aliases]``): the event lands on the town, not nowhere."""

import pytest

PUBLISHED = "2026-03-04"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Government airstrikes hit a market in Maarat al-Numan in Idlib province on Tuesday, killing "
           "nine civilians, activists said.", ("Ma'arrat an Nu'man", "SY")),
    ("fr", "Des frappes aériennes ont tué six civils mardi à Jisr al-Choughour, dans le nord-ouest de la "
           "Syrie, selon une ONG.", ("Jisr ash Shughur", "SY")),
    ("de", "Bei einem Luftangriff auf Dschisr asch-Schughur im Nordwesten Syriens wurden am Dienstag fünf "
           "Zivilisten getötet.", ("Jisr ash Shughur", "SY")),
    ("en", "Turkish drones struck a vehicle near Ras al-Ain in northeastern Syria on Tuesday, killing two "
           "SDF fighters.", ("Ra's al 'Ayn", "SY")),
    ("ar", "قتل ثلاثة أشخاص في قصف جوي على مدينة الشدادي في ريف الحسكة يوم الثلاثاء.",
     ("Ash Shaddadah", "SY")),
    ("es", "Al menos cuatro civiles murieron el martes en un bombardeo contra Raqa, en el norte de Siria.",
     ("Ar Raqqah", "SY")),
    ("en", "An Israeli airstrike on a house in Deir al-Balah in central Gaza killed seven people on "
           "Tuesday, medics said.", ("Dayr al Balah", "PS")),
    ("de", "Bei einem israelischen Angriff in Chan Junis im Süden des Gazastreifens wurden am Dienstag "
           "zwölf Menschen getötet.", ("Khan Yunis", "PS")),
    ("fr", "Des soldats israéliens ont tué deux Palestiniens lors d'un raid à Qalqilya, en Cisjordanie "
           "occupée, mardi.", ("Qalqilyah", "PS")),
    ("en", "A rocket fired from Lebanon hit a house in Kfar Giladi in northern Israel on Tuesday, wounding "
           "two people.", ("Kfar Gil'adi", "IL")),
    ("ar", "قتل أربعة مدنيين في هجوم بطائرة مسيرة على مدينة كابول يوم الثلاثاء.", ("Kabul", "AF")),
    ("fr", "Les forces de soutien rapide ont bombardé El-Facher mardi, tuant quinze civils, selon des "
           "médecins.", ("El Fasher", "SD")),
    ("ar", "قُتل خمسة أشخاص في قصف مدفعي روسي على مدينة بوكروفسك يوم الثلاثاء، وفق السلطات الأوكرانية.",
     ("Pokrovsk", "UA")),
    ("fr", "Une frappe russe sur Lyssytchansk a fait trois morts mardi, selon les autorités d'occupation.",
     ("Lysychansk", "UA")),
    ("de", "Ukrainische Truppen haben am Dienstag einen russischen Angriff auf Tschassiw Jar abgewehrt, "
           "zwei Soldaten wurden getötet.", ("Chasiv Yar", "UA")),
    ("ru", "В результате удара по Ходейда во вторник погибли четыре человека, сообщили хуситы.",
     ("Al Hudaydah", "YE")),
    ("ar", "قتل ستة جنود في هجوم على مدينة تنبكتو شمالي مالي يوم الثلاثاء.", ("Timbuktu", "ML")),
])
def test_a_news_spelling_of_a_town_is_the_place_of_the_event(events_of, lang, text, place):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.location, e.country_code) for e in events] == [place]
