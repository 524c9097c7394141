"""Arabic: which names are event places, and which only describe. Sentences written for these
tests."""

from ...extraction.sentences import context_of


def test_a_war_s_name_is_no_event_place(events_of):
    (event,) = events_of("احتشد آلاف المواطنين عصر الجمعة في ساحة الحرية بمدينة الحديدة؛ تظاهرة تقام "
                         "كل أسبوع منذ بداية حرب غزة. وردد المحتشدون هتافات تضامنا مع غزة.", "ar", "2024-03-09")
    assert (event.location, event.country) == ("Al Hudaydah", "Yemen")


def test_a_war_s_name_gives_no_focus(engine):
    context, _language = context_of(engine, "قتل ثلاثة أشخاص في قصف على مدينة تعز منذ اندلاع الحرب في السودان.",
                                    lang="ar")
    assert "SD" not in context.focus
    assert "YE" in context.focus


def _names(engine, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The gazetteer names of the places the finder reads in the last sentence of ``text``."""
    context, language = context_of(engine, text, lang="ar")
    tokens = context.views[-1].sentence.tokens
    found = language.places.finder.candidates(tokens, set(), text, context.focus)
    return [p.name for _s, _e, _k, places in found for p in places]


def test_a_direction_after_a_definite_noun_is_its_adjective(engine):
    names = _names(engine, "قصفت قوات الدعم السريع مدينة الأبيض في السودان. وتدور اشتباكات منذ الصباح في "
                           "الأحياء الشمالية والغربية من المدينة.")
    assert "Northern" not in names


def test_a_direction_after_a_province_word_is_a_name(engine):
    names = _names(engine, "قتل خمسة مدنيين في هجوم على قرية في الولاية الشمالية بالسودان.")
    assert "Northern" in names


def test_a_bare_root_word_is_no_near_spelling_of_a_town(engine):
    """"من الشهر الجاري" (earlier this month), "في مدن" (in cities), "ضد بدلات" (against
    allowances): three root consonants match some village of the story's country."""
    names = _names(engine, "تظاهر آلاف المكسيكيين في مدن عدة ضد بدلات النواب بعد مقتل صحفي في وقت سابق من "
                           "الشهر الجاري في المكسيك.")
    assert names == ["Mexico"]


def test_arabic_consonants_fall_in_the_latin_classes():
    """A Latin "z" is an "s" in the consonant classes, and "sh" stays "sh": "زيلينودولسك" meets
    Zelenodolsk, "شوستكا" Shostka; "sh" counts as one consonant."""
    from dateline.geo.keys import arabic_consonant_skeleton, consonant_count, consonant_skeleton

    assert arabic_consonant_skeleton("زيلينودولسك") == consonant_skeleton("zelenodolsk")
    assert arabic_consonant_skeleton("شوستكا") == consonant_skeleton("shostka")
    assert consonant_count("sht") == 2


def test_a_final_sh_is_no_final_h():
    """The final ة or ه is dropped as Latin spellings drop their final "h", not the "h" of the
    "sh" before it: "الطويشة" meets Tuwayshah; "العريش" still meets Arish."""
    from dateline.geo.keys import arabic_consonant_skeleton, consonant_skeleton

    assert arabic_consonant_skeleton("الطويشة") == consonant_skeleton("tuwayshah")
    assert arabic_consonant_skeleton("العريش") == consonant_skeleton("arish")
    assert arabic_consonant_skeleton("النبطية") == consonant_skeleton("nabatieh")


def test_a_name_next_in_a_list_is_found_by_its_consonants_with_foreign_sounds(engine):
    """"فوق موسكو وجوكوفسكي": the second name, joined by و to a place found, is read like one after
    a locative; its ج is a "zh" and its ف a "v" (Zhukovsky)."""
    names = _names(engine, "أسقطت الدفاعات الجوية الروسية مساء الأحد طائرات مسيرة أوكرانية فوق موسكو وجوكوفسكي.")
    assert "Zhukovsky" in names


def test_the_districts_of_a_city_named_with_its_city_word_are_in_that_city(events_of):
    """"أحياء مدينة الأبيض" (the districts of the city of El Obeid): a district word before the
    city word does not make the city's name a district's."""
    (event,) = events_of("قتل أربعة مدنيين في قصف مدفعي على أحياء مدينة الأبيض الخميس.", "ar", "2025-03-14")
    assert event.location == "El Obeid"


def test_a_near_spelling_outside_the_named_state_is_not_the_town(events_of):
    """"قرب بلدة مالام فاتوري بولاية بورنو": the town is unknown, and a place of another state
    whose consonants match its first word is not it; the state places the event."""
    (event,) = events_of("قتل 12 جنديا في كمين نصبه مسلحون قرب بلدة مالام فاتوري بولاية بورنو "
                         "شمال شرقي نيجيريا، الأحد.", "ar", "2025-03-12")
    assert event.admin1 == "Borno"
    assert event.fatalities == 12


def test_the_remnants_of_war_lie_where_they_blew_up(events_of):
    """"لغم من مخلفات الحرب في ريف حماة" (a mine left over from the war, in the Hama
    countryside): "الحرب في" there names no war of Hama; the place is where the mine exploded."""
    (event,) = events_of("قتل راعيان بانفجار لغم من مخلفات الحرب في ريف حماة الشرقي، الأحد.", "ar", "2025-10-20")
    assert event.country_code == "SY" and event.location != "Syria"
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_province_word_glued_to_its_preposition_opens_the_province_name(engine, events_of):
    """"بمحافظة الحديدة", "بولاية الجزيرة": the province word carries a glued "بـ"; the name it
    opens is still the province, not the town of the same name (nor Algiers for "الجزيرة")."""
    names = _names(engine, "شنت طائرات حربية ثلاث غارات على مديرية الصليف بمحافظة الحديدة غربي اليمن.")
    assert "Al Hudaydah" in names
    events = events_of("اقتحم مسلحون من قوات الدعم السريع، السبت، مدينة ود الحداد الصغيرة بولاية "
                       "الجزيرة ونهبوا السوق وقتلوا أربعة من السكان.", "ar", "2024-11-03")
    assert [(e.admin1, e.country) for e in events] == [("Al Jazirah", "Sudan")]


def test_an_unknown_town_after_a_settlement_word_leaves_the_province_after_it_a_province(events_of):
    """"مدينة X بولاية Y": the word after the settlement word is the town's own name, unknown;
    the province told after it is no "city of"."""
    (event,) = events_of("قتل خمسة مدنيين، الأحد، في قصف مدفعي على بلدة أم سيالة بولاية شمال "
                         "كردفان، وفق ما أفاد شهود.", "ar", "2025-05-12")
    assert (event.admin1, event.geo_precision) == ("North Kordofan", 3)


def test_a_near_spelling_is_looked_for_in_a_country_its_sentence_names(events_of):
    """A story led by Russia's air defence, then "وفي أوكرانيا، ... على مدينة خاركيف": the
    Ukrainian spelling of Kharkiv is found by its consonants in the country the sentence names,
    not only in the story's main country."""
    events = events_of("أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية اعترضت مسيرات أوكرانية فوق "
                       "مقاطعتي بيلغورود وكورسك ليل الأحد.\n\nوفي أوكرانيا، قتل ثلاثة مدنيين "
                       "وأصيب ثمانية آخرون في قصف روسي بالصواريخ على مدينة خاركيف، الاثنين.", "ar", "2025-04-14")
    assert "Kharkiv" in {e.location for e in events if e.country == "Ukraine"}


def test_the_capital_after_the_one_country_its_sentence_names_is_that_country_s(events_of):
    """"وفي الأردن، تظاهر المئات في العاصمة": "in the capital" after the country the sentence
    opens with is Amman, not a country-wide rally dropped for want of a day."""
    events = events_of("أصيب خمسة محتجين برصاص الشرطة في مدينة البصرة جنوبي العراق، الاثنين.\n\n"
                       "وفي الأردن، تظاهر مئات المواطنين في العاصمة احتجاجا على رفع أسعار الوقود.", "ar", "2025-02-11")
    assert "Amman" in {e.location for e in events}


def test_a_province_opened_by_its_word_is_a_place_outside_the_story_s_countries(events_of):
    """"بمحافظة دهوك" in a story the Turkish ministry's and forces' adjectives place in Turkey:
    a name opened by its province word is no common word read as a name, so it needs no more
    than a province named so in a script with capitals."""
    (event,) = events_of("أعلنت وزارة الدفاع التركية، الأربعاء، مقتل 5 من عناصر حزب العمال "
                         "الكردستاني في اشتباكات مع القوات التركية في منطقة جبلية بمحافظة دهوك.", "ar", "2024-07-10")
    assert (event.admin1, event.country) == ("Duhok", "Iraq")


def test_a_region_of_several_provinces_after_one_of_them_only_locates_it(events_of):
    """"بمحافظة دهوك في إقليم كردستان": the Kurdistan Region (coded to Erbil) named after Duhok
    locates the province; it is no second place splitting the event and its dead."""
    (event,) = events_of("قتل 3 من عناصر حزب العمال الكردستاني، الخميس، في اشتباكات مع القوات "
                         "التركية في منطقة جبلية بمحافظة دهوك في إقليم كردستان العراق.", "ar", "2024-07-12")
    assert (event.admin1, event.fatalities) == ("Duhok", 3)


def test_a_town_in_a_quoted_title_names_the_title(events_of):
    """"وقال مصدر محلي لـ"عدن الغد"" (a local source told "Aden Tomorrow", an outlet): the town
    in the quoted title is no second place of the clash told before."""
    events = events_of("اندلعت مواجهات مسلحة، مساء الأربعاء، بين قوتين أمنيتين في مدينة عتق "
                       "بمحافظة شبوة، أسفرت عن مقتل جندي.\n\nوقال مصدر محلي لـ\"عدن الغد\" إن "
                       "الاشتباكات اندلعت إثر خلاف على نقطة تفتيش.", "ar", "2025-08-14")
    assert [e.location for e in events] == ["Ataq"]


def test_a_near_spelling_told_west_of_a_town_lies_near_it(events_of):
    """"منطقة الضباب غربي مدينة تعز" (the Dhabab area west of the city of Taiz): the area's name
    finds only a district 100 km off by its consonants; told relative to Taiz, it is no place of
    its own there. One event near Taiz, with the sentence's toll (two places had none); the
    nearest relative word ("غربي", not "منطقة" before the name) makes Taiz "near"."""
    (event,) = events_of("قُتل طفلان وأصيب ثالث، السبت، جراء انفجار لغم أرضي في منطقة الضباب "
                         "غربي مدينة تعز.", "ar", "2024-08-12")
    assert (event.location, event.geo_precision) == ("Taiz", 2)
    assert (event.fatalities, event.injured) == (2, 1)


def test_a_capital_a_group_is_loyal_to_is_no_place(events_of):
    """"فصائل ... الموالية لأنقرة" (factions loyal to Ankara): the capital names the backer, as
    "المدعومة من إيران" does; the clash is in the countryside of Manbij, not in Ankara."""
    events = events_of("مقتل 12 عنصرا في معارك بين قسد وفصائل موالية لتركيا قرب منبج.\n\n"
                       "قتل 12 عنصرا على الأقل، الأحد، في اشتباكات بين قوات سوريا الديمقراطية "
                       "وفصائل الجيش الوطني السوري الموالية لأنقرة في ريف منبج الجنوبي بشمال سوريا.",
                       "ar", "2025-01-06")
    assert {e.location for e in events} == {"Manbij"}


def test_a_region_after_a_glued_preposition_and_article_gives_focus(engine, events_of):
    """"بالضفة الغربية" (in the West Bank): a name of several words read behind "بال" is the
    region as written; it says where the story is, so the village of the sentence is the West
    Bank's al-Mughayyir, not the bigger Algerian town of that name."""
    context, _language = context_of(engine, "هاجم مستوطنون قرية المغير شرق رام الله بالضفة الغربية السبت.",
                                    lang="ar")
    assert "PS" in context.focus
    (event,) = events_of("هاجم مستوطنون، السبت، قرية المغير شرق رام الله بالضفة الغربية، وأضرموا "
                         "النار في عدد من المركبات.", "ar", "2024-09-16")
    assert event.country_code == "PS"


def test_another_doer_at_another_village_is_another_event(events_of):
    """A raid by soldiers on one town, then "وفي سياق آخر" settlers at a village 40 km off, with
    no day of its own: no detail of the raid (its doer is no side the raid names) but an event of
    its own; the village told "شرق رام الله" is the al-Mughayyir east of Ramallah, not its
    namesake near Jenin."""
    events = events_of("رام الله - وفا: استشهد شابان، فجر اليوم السبت، برصاص قوات الاحتلال الإسرائيلي "
                       "خلال اقتحامها بلدة قباطية جنوب جنين.\n\nوفي سياق آخر، هاجم مستوطنون قرية "
                       "المغير شرق رام الله، وأضرموا النار في عدد من المركبات.", "ar", "2024-09-14")
    assert len(events) == 2
    village = next(e for e in events if e.actor1.startswith("Settlers"))
    assert village.country_code == "PS" and village.latitude < 32.2


def test_amman_is_the_city_not_oman(engine, events_of):
    """"عمّان - (أ ف ب)", "في حي الرابية بعمان": "عمان" is Oman and Amman; a dateline names the
    city, the country reading gives the story no focus, and a glued "in" after a district's name
    is the district's city (not a name of the district). "السفارة" (the embassy) is no place."""
    text = ("عمّان - (أ ف ب): فرقت قوات الأمن الأردنية، ليل الأربعاء، مئات المحتجين الذين تجمعوا قرب السفارة "
            "الإسرائيلية في حي الرابية بعمان، مستخدمة الهراوات.")
    context, _language = context_of(engine, text, lang="ar")
    assert "OM" not in context.focus and "JO" in context.focus
    (event,) = events_of(text, "ar", "2024-03-28")
    assert (event.location, event.country_code) == ("Amman", "JO")


def test_the_capital_named_with_its_word_is_the_city(events_of):
    """"مسيرات جماهيرية في العاصمة صنعاء ومدن الحديدة وذمار" (mass marches in the capital Sanaa and
    the cities of Hodeidah and Dhamar): "العاصمة صنعاء" is also the name of the capital's province
    (Amanat al-Asimah), dropped beside towns as their container; named with its capital word it is
    the city, a demonstration of its own; "مسيرات جماهيرية" are marches, no drones."""
    events = events_of("خرجت عقب صلاة الجمعة مسيرات جماهيرية حاشدة في العاصمة صنعاء ومدن الحديدة "
                       "وذمار، تنديداً بالغارات على اليمن.", "ar", "2024-01-12")
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}
    assert {"Sanaa", "Al Hudaydah"} <= {e.location for e in events}
