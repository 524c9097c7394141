"""Localities added to dateline's own list for the wars and unrest of 2015-2026
(``data/places/villages/*.toml``: Darfur's camps, Kinshasa's communes, Libya's oil terminals,
Yemen's, Baghdad's and Beirut's quarters, towns of Ethiopia, Somalia, Cameroon, Niger and
Pakistan): a story of an attack there is placed at the locality, in its province and country,
whatever language spells it. Sentences invented."""

import pytest


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("The Rapid Support Forces shelled the Kalma camp near Nyala in South Darfur on Tuesday, "
     "killing six displaced people.", "en", ("Kalma camp", "Southern Darfur", "SD")),
    ("Des hommes armés ont tué cinq civils à Saraf Omra, dans le Darfour-Nord, selon des sources "
     "locales.", "fr", ("Saraf Omra", "Northern Darfur", "SD")),
    ("A Houthi drone struck Dahyan in Saada province, Yemen, killing two civilians.", "en",
     ("Dahyan", "Saada", "YE")),
    ("A car bomb exploded in Zayouna, eastern Baghdad, killing four people, Iraqi police said.", "en",
     ("Zayouna", "Baghdad", "IQ")),
    ("Une frappe israélienne a visé un immeuble à Burj al-Barajneh, dans la banlieue sud de Beyrouth, "
     "tuant deux personnes.", "fr", ("Burj al-Barajneh", "Mount Lebanon", "LB")),
    ("Un ataque con drones alcanzó la terminal petrolera de Ras Lanuf, en Libia, sin causar víctimas.",
     "es", ("Ras Lanuf", "Surt", "LY")),
    ("Fano militiamen clashed with federal troops in Sululta, north of Addis Ababa, in Ethiopia's "
     "Oromia region, leaving 10 dead.", "en", ("Sululta", "Oromiya", "ET")),
    ("Al-Shabaab militants attacked an army base in Janaale, Lower Shabelle, Somalia, killing four "
     "soldiers.", "en", ("Janaale", "Lower Shabeelle", "SO")),
    ("Des séparatistes armés ont tué deux gendarmes à Idenau, dans le Sud-Ouest du Cameroun.", "fr",
     ("Idenau", "South-West", "CM")),
    ("Gunmen killed three policemen in Jandola, in Pakistan's Khyber Pakhtunkhwa province.", "en",
     ("Jandola", "Khyber Pakhtunkhwa", "PK")),
    ("La police a dispersé des manifestants à Limete, à Kinshasa, en RDC, faisant trois blessés.", "fr",
     ("Limete", "Kinshasa City", "CD")),
    ("Heavy clashes broke out in Dabiq, north of Aleppo, between Turkish-backed factions and the SDF, "
     "leaving three fighters dead.", "en", ("Dabiq", "Aleppo", "SY")),
])
def test_an_attack_on_a_listed_locality_is_placed_there(events_of, text, lang, place):
    events = events_of(text, lang, "2025-06-01")
    assert [(e.location, e.admin1, e.country_code) for e in events] == [place]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("قتل أربعة أشخاص في انفجار سيارة مفخخة في سلمان باك جنوب شرق بغداد، بحسب مصدر في الشرطة.", "ar",
     ("Salman Pak", "IQ")),
    ("قصفت طائرة مسيرة مخيم عطاش للنازحين في نيالا بولاية جنوب دارفور، ما أسفر عن مقتل ثلاثة أشخاص.", "ar",
     ("Otash camp", "SD")),
    ("Боевики атаковали армейский пост в Джандоле на северо-западе Пакистана, погибли трое "
     "полицейских.", "ru", ("Jandola", "PK")),
    ("Ізраїльський удар по Бурдж-ель-Бараджне на півдні Бейрута вбив двох людей.", "uk",
     ("Burj al-Barajneh", "LB")),
])
def test_a_listed_locality_spelt_in_arabic_or_cyrillic(events_of, text, lang, place):
    events = events_of(text, lang, "2025-06-01")
    assert [(e.location, e.country_code) for e in events] == [place]
