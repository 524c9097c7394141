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
