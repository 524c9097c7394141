"""Arabic agency phrasings found failing on fresh invented articles (WAFA, Yemeni, Syrian and
Iraqi styles): a dateline written in figures, a victim's age, WAFA's word for settlers, a raid's
arrests in another town. Sentences are ours."""

PUBLISHED = "2025-12-21"  # a Sunday


def _arabic(events_of, text, published=PUBLISHED):
    return events_of(text, "ar", published)


def test_a_dateline_in_figures_is_no_toll(events_of):
    """"جنين 21-12-2025 وفا-": the day and the month before the agency's name count nobody."""
    text = "جنين 21-12-2025 وفا- استشهد شاب، فجر اليوم، برصاص قوات الاحتلال خلال اقتحامها مخيم جنين."
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 1


def test_a_date_in_figures_with_slashes_is_no_toll(events_of):
    text = "قتل مدني بانفجار عبوة ناسفة في مدينة الحراك بريف درعا يوم 20/12/2025."
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 1


def test_a_victims_age_as_an_ordinal_is_no_toll_and_no_place(events_of):
    """"طفل في الحادية عشرة من عمره" is one child of eleven, not ten dead at a village."""
    text = "استشهد طفل في الحادية عشرة من عمره، صباح اليوم، برصاص قناص في حي ثعبات شرقي مدينة تعز."
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 1
    assert event.location == "Taiz" or event.location.startswith("Ta")
    assert event.country_code == "YE"


def test_an_age_in_springs_is_no_toll(events_of):
    text = "قتل فتى في الخامسة عشرة ربيعاً برصاص مسلحين مجهولين في مدينة الحراك بريف درعا."
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 1
    assert event.actor2 == "Civilians (Syria)"


def test_colonists_are_wafas_settlers(events_of):
    """WAFA writes "مستعمرون" (colonists) for Israeli settlers."""
    text = ("هاجم مستعمرون، مساء أمس، قرية المغير شمال شرق رام الله، وأضرموا النيران في مركبتين، ما أدى "
            "إلى إصابة ثلاثة مواطنين.")
    (event,) = _arabic(events_of, text)
    assert event.actor1 == "Settlers (Israel)"
    assert event.injured == 3


def test_arrests_at_another_town_are_the_days_other_raid(events_of):
    """A killing in Tulkarm camp, then arrests in Huwara near Nablus (some 30 km away): two events,
    though one force on one day."""
    text = ("استشهد شاب، فجر اليوم الأحد، برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مخيم نور شمس شرق "
            "مدينة طولكرم. واعتقلت قوات الاحتلال خمسة مواطنين خلال حملة دهم وتفتيش في بلدة حوارة جنوب نابلس.")
    events = _arabic(events_of, text)
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Attack"]
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrests.location != "Tulkarm refugee camp"


def test_arrests_at_the_raids_own_town_stay_its_part(events_of):
    text = ("استشهد شاب، فجر اليوم الأحد، برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مدينة طولكرم. "
            "واعتقلت قوات الاحتلال خمسة مواطنين خلال اقتحام المدينة.")
    (event,) = _arabic(events_of, text)
    assert event.sub_event_type == "Attack"


def test_guns_and_mortars_fired_in_a_fight_are_a_clash(events_of):
    text = ("اندلعت اشتباكات عنيفة بالأسلحة الرشاشة وقذائف الهاون بين الجيش والدعم السريع في مدينة الأبيض "
            "أمس.")
    (event,) = _arabic(events_of, text, "2026-03-03")
    assert event.sub_event_type == "Armed clash"


def test_english_guns_and_mortars_in_clashes_are_a_clash(events_of):
    text = ("Heavy clashes with machine guns and mortars broke out between the army and the RSF in El Obeid "
            "on Monday, killing four fighters.")
    (event,) = events_of(text, "en", "2026-03-03")
    assert event.sub_event_type == "Armed clash"


def test_shells_beside_clashes_without_gunfire_stay_a_shelling(events_of):
    text = "The army shelled RSF positions in El Obeid with artillery on Monday after clashes in the area."
    (event,) = events_of(text, "en", "2026-03-03")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_mortar_shells_on_a_market_during_clashes_stay_a_shelling(events_of):
    text = "Clashes erupted on Monday in El Obeid as RSF mortar shells hit a market, killing six civilians."
    (event,) = events_of(text, "en", "2026-03-03")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_two_soldiers_killed_by_a_bomb_are_the_side_hit(events_of):
    """"قتل جنديان بانفجار عبوة": the dual noun is its own count, a victim though an act follows."""
    (event,) = _arabic(events_of, "قتل جنديان بانفجار عبوة ناسفة في مدينة الرمادي أمس.", "2025-10-28")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2.startswith("Military Forces of Iraq")
    assert event.fatalities == 2


def test_two_soldiers_wounded_by_a_bomb_are_the_side_hit(events_of):
    text = "أفاد مصدر أمني بإصابة جنديين بانفجار عبوة ناسفة استهدفت عجلة عسكرية في مدينة الرمادي أمس."
    (event,) = _arabic(events_of, text, "2025-10-28")
    assert event.actor2.startswith("Military Forces of Iraq")
    assert event.injured == 2


def test_a_bystander_killed_in_clashes_between_two_armed_groups_is_no_side(events_of):
    text = "قتل شاب وأصيب اثنان في اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية."
    (event,) = _arabic(events_of, text, "2025-09-14")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")
    assert event.fatalities == 1


def test_members_of_the_hashd_are_the_pmf(events_of):
    """"منتسبي الحشد" without "الشعبي" is still the PMF; "الحشد" alone stays a crowd."""
    text = ("أعلنت قيادة العمليات مقتل اثنين من منتسبي الحشد وإصابة ثلاثة آخرين بهجوم شنه داعش على نقطة "
            "مرابطة في قضاء المقدادية ليلة أمس.")
    (event,) = _arabic(events_of, text, "2025-10-28")
    assert event.actor2 == "Popular Mobilization Forces"
    (rally,) = _arabic(events_of, "تجمع الحشد أمام مبنى المحافظة في مدينة البصرة احتجاجا على انقطاع الكهرباء.",
                       "2025-10-28")
    assert rally.actor1.startswith("Protesters")


def test_a_city_after_a_bearing_places_the_district_before_it(events_of):
    """"بقضاء الحويجة جنوب غربي كركوك": one arrest in Hawija district, Kirkuk only its landmark."""
    text = "أعلنت الشرطة القبض على ثلاثة إرهابيين بقضاء الحويجة جنوب غربي كركوك."
    (event,) = _arabic(events_of, text, "2025-10-28")
    assert "Hawija" in event.location


def test_a_force_set_on_blowing_up_houses_destroys_property(events_of):
    """"عمد الجيش إلى تفجير عدد من المنازل": the verbal noun with the houses a few words on."""
    text = "عمد الجيش الإسرائيلي إلى تفجير عدد من المنازل في بلدة كفر كلا جنوب لبنان بعد ظهر اليوم."
    (event,) = _arabic(events_of, text, "2026-03-15")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1.startswith("Military Forces of Israel")
