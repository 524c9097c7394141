"""Arabic news phrasings met in real reporting (Anadolu, AFP, Al Jazeera style): a lead placed
only by its country whose one town line comes right after it, a withdrawal with the side that
took over, air defences that shot down drones another side launched, an army blowing up houses.
Sentences are ours."""

PUBLISHED = "2024-10-09"  # a Wednesday


def test_a_country_lead_with_one_town_line_gives_that_town_its_dead(events_of):
    """The lead names two villages the gazetteer lacks and "south Lebanon"; the next sentence
    places the strike in a district. Another town's strike told later does not make the lead a
    summary of several towns: its three dead are the district's event's."""
    text = ("قُتل ثلاثة مدنيين في غارة إسرائيلية، الأربعاء، استهدفت دراجة نارية بين بلدتي عين زبدة "
            "ووادي السلوقي جنوبي لبنان.\n\n"
            "وقالت الوكالة الوطنية للإعلام إن العدو الإسرائيلي استهدف دراجة نارية على طريق زراعي في "
            "قضاء بنت جبيل.\n\n"
            "كما أصيب شخصان في وقت سابق اليوم جراء قصف مدفعي إسرائيلي استهدف منزلا في بلدة الناقورة "
            "جنوب لبنان.")
    by_place = {e.location: e for e in events_of(text, "ar", PUBLISHED)}
    assert set(by_place) == {"Caza de Bent Jbail", "En Naqoura"}
    assert by_place["Caza de Bent Jbail"].fatalities == 3
    assert by_place["En Naqoura"].injured == 2


def test_a_withdrawal_lead_then_unnamed_locals_entering_gives_the_takers_first(events_of):
    """The lead tells the withdrawal only (the withdrawing side would act); the next sentence
    tells that locals entered the camp as "the forces" withdrew: the site was taken over by an
    unnamed side from the one that withdrew (ACLED's non-violent transfer)."""
    text = ("أفادت مصادر محلية، مساء الأحد، بانسحاب قوات المجلس الانتقالي الجنوبي من معسكر اللواء الثاني "
            "في مدينة عتق بمحافظة شبوة.\n"
            "وقالت المصادر إن أبناء القبائل دخلوا المعسكر بالتزامن مع انسحاب القوات منه، دون وقوع اشتباكات.")
    (event,) = events_of(text, "ar", "2025-06-12")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Yemen)",
                                            "STC: Southern Transitional Council")


def test_a_withdrawal_told_alone_keeps_the_withdrawing_side_first(events_of):
    text = ("أفادت مصادر محلية، مساء الأحد، بانسحاب قوات المجلس الانتقالي الجنوبي من معسكر اللواء الثاني "
            "في مدينة عتق بمحافظة شبوة.")
    (event,) = events_of(text, "ar", "2025-06-12")
    assert (event.actor1, event.actor2) == ("STC: Southern Transitional Council", "")


def test_a_town_entered_by_tribal_forces_after_a_withdrawal_has_an_unidentified_taker(events_of):
    text = "دخلت قوات قبلية الأحد مدينة عتق بعد انسحاب قوات المجلس الانتقالي الجنوبي منها دون قتال."
    (event,) = events_of(text, "ar", "2025-06-12")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Yemen)",
                                            "STC: Southern Transitional Council")


def test_ground_defences_that_shot_down_drones_another_side_launched_intercepted_them(events_of):
    """"المضادات الأرضية" (anti-aircraft guns) are the army's air defences; the drones' launcher,
    named in the relative clause "أطلقتها ...", is the second side, and the interception told
    again after it ("وأسقطتها", and shot them down) keeps the defences as its subject."""
    text = ("قال مصدر عسكري إن المضادات الأرضية تصدت فجر الخميس لثلاث طائرات مسيّرة أطلقتها قوات "
            "الدعم السريع باتجاه مدينة الأبيض، وأسقطتها قبل وصولها إلى أهدافها.")
    (event,) = events_of(text, "ar", "2025-03-13")
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor1, event.actor2) == ("Military Forces of Sudan (2019-)", "Rapid Support Forces")


def test_anti_aircraft_guns_name_the_defender(events_of):
    text = "تصدت المضادات الأرضية مساء الثلاثاء لطائرتين مسيرتين فوق مدينة الأبيض."
    (event,) = events_of(text, "ar", "2025-03-13")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use", "Military Forces of Sudan (2019-)")


def test_houses_blown_up_by_an_army_are_property_destruction_not_a_bomb(events_of):
    """"نسف/فجّر الجيش ... منازل", the subject between the verb and the houses: ACLED's
    property destruction by that army; the blasts heard in the same sentence are the demolition."""
    text = ("نسف الجيش الإسرائيلي صباح الأربعاء عدة منازل في بلدة الناقورة جنوبي لبنان، بحسب الوكالة "
            "الوطنية التي تحدثت عن دوي انفجارات عنيفة في المنطقة.")
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 == "Military Forces of Israel (2022-)"


def test_houses_blown_up_with_the_verb_first_and_no_blast_told(events_of):
    text = "فجّرت القوات الإسرائيلية مساء الاثنين عدداً من المنازل في بلدة الناقورة الحدودية."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.sub_event_type, event.actor1) == ("Looting/property destruction",
                                                    "Military Forces of Israel (2022-)")


def test_a_bomb_set_off_by_gunmen_stays_an_explosive(events_of):
    text = "فجر مسلحون عبوة ناسفة استهدفت دورية للجيش في مدينة الناقورة مساء الثلاثاء."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_what_a_crowd_protests_against_is_no_act_of_the_crowd(events_of):
    """"احتجاجا على اقتحام الشرطة لمنزل ناشط" (in protest at the police storming an activist's
    home): the storming is what the crowd protests, a purpose as "in protest against" is in the
    other packs; the crowd did not storm anything."""
    text = "تظاهر المئات في مدينة صفاقس يوم الجمعة احتجاجا على اقتحام الشرطة لمنزل ناشط."
    (event,) = events_of(text, "ar", "2025-05-17")
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Tunisia)")


def test_the_dead_a_crowd_protests_are_not_its_toll_even_told_first(events_of):
    """The purpose opening the sentence ("احتجاجا على مقتل شاب برصاص الشرطة، تظاهر المئات"): its
    dead are the ones the crowd mourns; no lethal force, no toll."""
    text = "احتجاجا على مقتل شاب برصاص الشرطة، تظاهر المئات في مدينة صفاقس يوم الجمعة."
    (event,) = events_of(text, "ar", "2025-05-17")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", None)


def test_a_crowd_condemning_a_bombing_abroad_is_a_peaceful_protest(events_of):
    text = "تظاهر المئات أمام السفارة في عمّان يوم الجمعة تنديدا بالقصف الإسرائيلي على غزة."
    (event,) = events_of(text, "ar", "2025-05-17")
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Amman")


def test_parts_of_a_base_held_for_hours_in_a_raid_are_no_taking(events_of):
    """The claim says the fighters held parts of the base "for several hours": the raid is a
    clash with the army, no territory changing hands."""
    text = ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين فجر الأحد قاعدة للجيش في مدينة سيغو وسط مالي.\n"
            "وتبنت الجماعة الهجوم في بيان، وقالت إن مقاتليها سيطروا على أجزاء من القاعدة لعدة ساعات.")
    (event,) = events_of(text, "ar", "2025-04-14")
    assert (event.sub_event_type, event.location) == ("Armed clash", "Segou")


def test_a_brief_taking_told_alone_stays_a_taking(events_of):
    """With no raid told beside it, the words of taking are all the sentence says: still a taking."""
    (event,) = events_of("JNIM fighters briefly took over the town of Nioro on Tuesday.", "en", "2025-04-15")
    assert event.sub_event_type == "Non-state actor overtakes territory"
