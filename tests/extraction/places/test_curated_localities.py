"""Localities of dateline's own list (``data/places/villages``): a town the news of a war names
and GeoNames gives no population is the event's place in a story about its country."""


def test_a_listed_locality_is_the_place_of_an_attack_on_it(events_of):
    events = events_of("Des rebelles ont attaqué mardi une position de l'armée à Kitshanga, dans le "
                       "territoire de Masisi, au Nord-Kivu, tuant trois soldats, selon l'armée congolaise.",
                       "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Kitshanga", "CD")]


def test_a_listed_locality_is_not_taken_in_a_story_about_another_country(events_of):
    events = events_of("Des hommes armés ont tué deux bergers près de Kitchanga, selon la police kényane, "
                       "dans le comté de Marsabit, au Kenya.", "fr", "2026-03-04")
    assert all(e.country_code != "CD" for e in events)


# the Sahel (Mali, Burkina Faso, Niger, Lake Chad): data/places/villages/ml.toml, bf.toml...
def test_sahel_a_burkinabe_commune_seat_is_the_place_of_an_attack(events_of):
    events = events_of("Des hommes armés ont attaqué lundi un détachement militaire à Barsalogho, dans la "
                       "province du Sanmatenga, tuant au moins douze soldats, selon des sources sécuritaires.",
                       "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Barsalogho", "BF")]


def test_sahel_a_malian_town_of_the_gourma_is_the_place_of_an_ambush(events_of):
    events = events_of("Suspected jihadists ambushed a Malian army convoy near Hombori in central Mali on "
                       "Tuesday, killing at least five soldiers, security sources said.", "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Hombori", "ML")]
# Levant (lb.toml, ps.toml, sy.toml, il.toml)

def test_levant_a_south_lebanon_border_village_is_the_place_of_a_strike(events_of):
    events = events_of("An Israeli drone strike on a car in Aitaroun in southern Lebanon killed two Hezbollah "
                       "members on Tuesday, Lebanon's state news agency said.", "en", "2024-03-06")
    assert [(e.location, e.country_code) for e in events] == [("Aitaroun", "LB")]


def test_levant_a_gaza_neighbourhood_and_a_jabal_al_zawiya_village_by_their_arabic_names(events_of):
    gaza = events_of("استشهد خمسة مواطنين في قصف إسرائيلي على الشجاعية في قطاع غزة.", "ar", "2024-07-11")
    assert [(e.location, e.country_code) for e in gaza] == [("Shujaiya", "PS")]
    idlib = events_of("قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء قصف مدفعي لقوات النظام على بلدة كنصفرة "
                      "في جبل الزاوية بريف إدلب الجنوبي، بحسب الدفاع المدني السوري.", "ar", "2021-06-10")
    assert [(e.location, e.country_code) for e in idlib] == [("Kansafra", "SY")]


def test_levant_a_gaza_border_kibbutz_in_russian(events_of):
    events = events_of("В результате ракетного удара по кибуцу Нир-Оз на юге Израиля погибли два человека, "
                       "сообщила полиция.", "ru", "2024-07-11")
    assert [(e.location, e.country_code) for e in events] == [("Nir Oz", "IL")]


def test_levant_tents_of_the_displaced_are_not_the_lebanese_village_of_khiam(events_of):
    # "الخيام" is Khiam and also "the tents"
    for text in ("قتل ثمانية نازحين بينهم أطفال في غارة إسرائيلية على خيام للنازحين في منطقة "
                 "المواصي غرب خان يونس جنوب قطاع غزة.",
                 "أصيب ثلاثة أشخاص في غارة إسرائيلية على خيام للنازحين في سهل البقاع في لبنان."):
        events = events_of(text, "ar", "2024-09-10")
        assert events and all(e.location != "Khiam" for e in events)
# Yemen, Iraq, Afghanistan, Pakistan, Haiti (data/places/villages/ye, iq, af, pk, ht.toml)

def test_asia_a_sinjar_village_is_the_place_of_a_drone_strike(events_of):
    events = events_of("A drone strike on a vehicle killed two members of a Yazidi armed group in Sinuni, "
                       "in the Sinjar district of Nineveh province, Iraqi security officials said on Tuesday.",
                       "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Sinuni", "IQ")]


def test_asia_a_port_au_prince_quarter_is_the_place_of_a_gang_attack(events_of):
    events = events_of("Des membres d'un gang armé ont tué quatre habitants et incendié plusieurs maisons "
                       "lundi à Martissant, a indiqué la Police nationale d'Haïti.", "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Martissant", "HT")]


def test_asia_a_north_waziristan_town_is_the_place_of_an_attack_on_police(events_of):
    events = events_of("Militants attacked a police station in Mir Ali, North Waziristan, on Sunday night, "
                       "killing three policemen, officials in Khyber Pakhtunkhwa said.", "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Mir Ali", "PK")]
# -- Great Lakes, Mozambique's north, the Central African Republic, South Sudan (vil-lakes) ------

def test_great_lakes_localities_are_the_places_of_attacks_on_them(events_of):
    congo = events_of("Des rebelles des ADF ont attaqué dans la nuit de lundi à mardi le village de "
                      "Mutwanga, dans le territoire de Beni, au Nord-Kivu, tuant neuf civils, selon la "
                      "société civile locale.", "fr", "2026-02-10")
    assert [(e.location, e.country_code) for e in congo] == [("Mutwanga", "CD")]
    mozambique = events_of("Insurgents linked to the Islamic State attacked the town of Palma in Cabo "
                           "Delgado province on Wednesday, killing at least 12 civilians, local sources said.",
                           "en", "2026-02-10")
    assert [(e.location, e.country_code) for e in mozambique] == [("Palma", "MZ")]
    south_sudan = events_of("Вооружённые люди напали в воскресенье на город Нимуле на юге Южного Судана, "
                            "убив не менее 20 человек, сообщили местные власти.", "ru", "2026-02-10")
    assert [(e.location, e.country_code) for e in south_sudan] == [("Nimule", "SS")]


def test_great_lakes_a_palm_frond_in_a_mozambican_story_is_no_place(events_of):
    events = events_of("Cientos de manifestantes, con hojas de palma en las manos, protestaron el martes "
                       "en Maputo contra el fraude electoral, según la policía mozambiqueña.", "es", "2026-02-10")
    assert [(e.location, e.country_code) for e in events] == [("Maputo", "MZ")]
# Horn of Africa (data/places/villages/sd.toml, so.toml, et.toml, ke.toml)

def test_horn_a_darfur_town_outside_geonames_is_the_place_of_shelling(events_of):
    events = events_of("The Rapid Support Forces shelled the town of Tawila in North Darfur on Tuesday, "
                       "killing twelve displaced people, local volunteers said.", "en", "2025-05-08")
    assert [(e.location, e.country_code) for e in events] == [("Tawila", "SD")]


def test_horn_an_arabic_gezira_town_and_a_somali_coastal_town_are_placed(events_of):
    events = events_of("قصفت قوات الدعم السريع مدينة الكاملين بولاية الجزيرة يوم الاثنين، ما أسفر عن "
                       "مقتل ثمانية مدنيين، بحسب لجان المقاومة.", "ar", "2024-06-12")
    assert [(e.location, e.country_code) for e in events] == [("Al Kamlin", "SD")]
    events = events_of("Al-Shabaab fighters attacked an army base in Barawe, in Somalia's Lower Shabelle "
                       "region, on Sunday, killing four soldiers, officials said.", "en", "2024-06-12")
    assert [(e.location, e.country_code) for e in events] == [("Barawe", "SO")]
# Ukraine and Russia's border regions (data/places/villages/ua.toml, ru.toml)

def test_a_front_line_village_of_donetsk_is_the_place_of_a_clash_ukraine_ru_border(events_of):
    events = events_of("Ukrainian troops repelled a Russian assault on Klishchiivka, south of Bakhmut in the "
                       "Donetsk region, on Tuesday, killing 12 Russian soldiers, the General Staff said.",
                       "en", "2023-09-12")
    assert [(e.location, e.country_code) for e in events] == [("Klishchiivka", "UA")]


def test_a_kursk_border_village_is_the_place_of_shelling_ukraine_ru_border(events_of):
    events = events_of("Украинские военные обстреляли село Махновка Суджанского района Курской области, "
                       "погибли двое мирных жителей, сообщил губернатор.", "ru", "2024-08-20")
    assert [(e.location, e.country_code) for e in events] == [("Makhnovka", "RU")]
