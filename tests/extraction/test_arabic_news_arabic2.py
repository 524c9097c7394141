"""Arabic news phrasings of the wars in Sudan, the Sahel, Syria, Iraq, Lebanon and the West Bank
(Al Jazeera, SANA, Dabanga, WAFA, Anadolu style): towns a settlement word introduces in a
one-sentence report, names ending in a common word ("رام الله"), a governorate heading before
its village, two towns each told with its own act and toll across an Arabic comma, a claim told
after its verb, a group's name between a verb and its count. Sentences are ours."""

PUBLISHED = "2025-03-10"  # a Monday


def test_a_town_a_settlement_word_introduces_is_placed_in_a_one_sentence_report(events_of):
    """No country is named: "مدينة جنين" is a name for sure, whatever its modest population."""
    (event,) = events_of("اعتقلت قوات الاحتلال الإسرائيلي 15 فلسطينيا خلال حملة مداهمات في مدينة جنين "
                         "يوم الثلاثاء.", "ar", PUBLISHED)
    assert event.sub_event_type == "Arrests"
    assert (event.location, event.country_code) == ("Janin", "PS")
    assert event.event_date.isoformat() == "2025-03-04"


def test_a_name_ending_in_a_common_word_is_read_whole(events_of):
    """"رام الله" ends in "الله", no place alone: the name of two words is Ramallah."""
    (event,) = events_of("تظاهر المئات في مدينة رام الله يوم الخميس تضامنا مع الأسرى.", "ar", PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"
    assert event.location == "Ramallah"


def test_a_common_word_after_a_town_word_is_a_name(events_of):
    """"مدينة الأبيض" (El Obeid, "the white") is a name after the word for a city; the second town
    is told in a clause of its own after the comma, not as the first one's municipality."""
    events = events_of("قتل أربعة مدنيين في غارة على مدينة الأبيض يوم السبت، وأصيب خمسة آخرون في قصف مدفعي "
                       "على مدينة الدلنج.", "ar", PUBLISHED)
    by_place = {e.location: e for e in events}
    assert set(by_place) == {"El Obeid", "Dilling"}
    assert by_place["El Obeid"].sub_event_type == "Air/drone strike"
    assert by_place["El Obeid"].fatalities == 4
    assert by_place["Dilling"].sub_event_type == "Shelling/artillery/missile attack"
    assert by_place["Dilling"].injured == 5


def test_a_second_town_wounded_in_its_own_shelling_keeps_its_act_and_toll(events_of):
    """The attack is Dori's with its six dead; the shelling after the Arabic comma is Sebba's with
    its three wounded."""
    events = events_of("قتل ستة جنود في هجوم على مفرزة عسكرية في بلدة دوري شمال شرقي بوركينا فاسو، وأصيب "
                       "ثلاثة آخرون في قصف على بلدة سيبا.", "ar", PUBLISHED)
    by_place = {e.location: e for e in events}
    assert set(by_place) == {"Dori", "Sebba"}
    assert by_place["Dori"].sub_event_type == "Armed clash"
    assert (by_place["Dori"].fatalities, by_place["Dori"].injured) == (6, None)
    assert by_place["Sebba"].sub_event_type == "Shelling/artillery/missile attack"
    assert by_place["Sebba"].injured == 3


def test_a_governorate_told_first_holds_the_village_attacked(events_of):
    """WAFA's round-up heading "وفي محافظة نابلس،" names the governorate after its city: the
    settlers' attack is the village's, not a second event in Nablus."""
    (event,) = events_of("وفي محافظة نابلس، هاجم مستعمرون، مساء أمس، قرية قريوت جنوب نابلس، وأضرموا النيران "
                         "في ثلاث مركبات.", "ar", PUBLISHED)
    assert event.location == "Qaryut"
    assert event.actor1 == "Settlers (Israel)"


def test_the_sea_a_port_stands_on_is_still_no_event_place(events_of):
    """The Red Sea's name ends in a colour: read whole it would be the event's sea, where the
    port it describes is."""
    (event,) = events_of("استهدفت طائرات مسيرة تابعة لقوات الدعم السريع فجر اليوم مستودعات للوقود بالقرب من "
                         "ميناء بورتسودان على البحر الأحمر.", "ar", PUBLISHED)
    assert event.location == "Port Sudan"


def test_a_claim_after_its_verb_names_the_bomber(events_of):
    """"وتبنت حركة الشباب الهجوم": the verb first, the claimant after it, in the bombing's sentence."""
    (event,) = events_of("فجر انتحاري نفسه في مطعم في مقديشو يوم السبت، ما أسفر عن مقتل سبعة أشخاص، وتبنت "
                         "حركة الشباب الهجوم.", "ar", PUBLISHED)
    assert event.sub_event_type == "Suicide bomb"
    assert (event.actor1, event.fatalities) == ("Al Shabaab", 7)


def test_a_group_named_between_the_verb_and_its_count_leaves_the_count_the_dead(events_of):
    """"قتل مسلحو تنظيم داعش ولاية غرب إفريقيا 7 مزارعين": the subject's long name stands between
    the verb and the seven farmers; IS named with its province is ISWAP."""
    (event,) = events_of("قتل مسلحو تنظيم داعش ولاية غرب إفريقيا 7 مزارعين في قرية قرب مدينة مايدوغوري.",
                         "ar", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert (event.actor1, event.actor2) == ("Islamic State West Africa Province", "Civilians (Nigeria)")
    assert event.fatalities == 7


def test_soldiers_on_a_military_bus_are_soldiers(events_of):
    (event,) = events_of("قتل سبعة من عناصر الجيش السوري في هجوم لتنظيم داعش على حافلة عسكرية في بلدة السخنة.",
                         "ar", PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Military Forces of Syria (2024-)"


def test_police_firing_on_protesters_with_the_subject_between(events_of):
    (event,) = events_of("أصيب أربعة أشخاص عندما أطلقت الشرطة النار على المتظاهرين في مدينة كانو بشمال نيجيريا "
                         "يوم الاثنين.", "ar", PUBLISHED)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.actor1, event.actor2) == ("Police Forces of Nigeria (2023-)", "Protesters (Nigeria)")


def test_rockets_that_fell_near_an_airport_are_a_shelling(events_of):
    (event,) = events_of("سقطت ثلاثة صواريخ كاتيوشا قرب مطار بغداد الدولي فجر الثلاثاء دون وقوع إصابات.",
                         "ar", PUBLISHED)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.country_code == "IQ"
    assert event.fatalities == 0


def test_a_march_joined_by_hundreds_is_a_protest(events_of):
    (event,) = events_of("شارك المئات في مسيرة في مدينة نابلس يوم الخميس تضامنا مع الأسرى.", "ar", PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"


def test_two_towns_each_with_its_town_word(events_of):
    """"وبلدة الخيام": a town word joined by "و" introduces Khiam ("the tents", else a word of people)."""
    events = events_of("قصفت المدفعية الإسرائيلية بلدة كفركلا وبلدة الخيام في جنوب لبنان صباح الاثنين.",
                       "ar", PUBLISHED)
    assert {e.location for e in events} == {"Kfar Kila", "Khiam"}


def test_a_valley_with_a_provinces_consonants_is_not_that_province(events_of):
    """"متينا" (Metina, in Duhok) has the Latin consonants of Muthanna, whose Arabic name the
    sources give: not the southern province 800 km away; the country places it."""
    (event,) = events_of("قالت وزارة الدفاع التركية إنها حيدت 6 من عناصر حزب العمال الكردستاني في منطقة متينا "
                         "شمالي العراق.", "ar", PUBLISHED)
    assert event.admin1 != "Muthanna"
    assert event.country_code == "IQ"


def test_the_fire_after_the_dead_and_the_wounded_is_the_agent_of_both(events_of):
    """"قُتل ... وأصيب ... برصاص القوات الإسرائيلية": the passive told first, its wounded, then the
    agent word: the forces fired, the Palestinians are the victims."""
    (event,) = events_of("قُتل ٥ فلسطينيين وأصيب ٢٠ آخرون برصاص القوات الإسرائيلية في مدينة رفح يوم السبت.",
                         "ar", PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert (event.actor1, event.actor2) == ("Military Forces of Israel (2022-)", "Civilians (Palestine)")
    assert (event.fatalities, event.injured) == (5, 20)
