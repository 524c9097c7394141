"""Arabic wire phrasings found failing on fresh invented articles (Anadolu, Aden, Sudanese and
Iraqi styles): a woman or a commander counted by the noun alone, a military position ("موقع
عسكري") before the place, "the southern forces" of a Yemeni story, a drone "belonging to" the
army that "shelled", graduates who are no place. Sentences are ours."""

PUBLISHED = "2025-03-12"  # a Wednesday


def _arabic(events_of, text, published=PUBLISHED):
    return events_of(text, "ar", published)


def test_a_woman_killed_counts_one(events_of):
    (event,) = _arabic(events_of, "قتلت امرأة وأصيب طفلها برصاص قناص في حي الجحملية بمدينة تعز صباح اليوم.")
    assert (event.fatalities, event.injured) == (1, 1)


def test_a_commander_killed_by_a_drone_counts_one(events_of):
    text = ("استهدفت طائرة مسيرة تركية، مساء الثلاثاء، سيارة قرب بلدة عين عيسى شمال الرقة، ما أسفر عن "
            "مقتل قيادي وإصابة سائقه.")
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 1


def test_a_one_noun_right_after_a_figure_is_the_noun_it_counts(events_of):
    """"13 امرأة" (thirteen women) is thirteen, and "ورجلان" after it adds two: fifteen, not sixteen."""
    text = "قتل 13 امرأة ورجلان في انفجار سيارة مفخخة قرب مدينة الباب شرقي حلب صباح اليوم."
    (event,) = _arabic(events_of, text)
    assert event.fatalities == 15


def test_a_military_position_does_not_hide_the_place_after_it(events_of):
    """"موقع" opens a website's name ("موقع السومرية"), but "في" ends such a name: "موقع عسكري في
    قضاء سامراء" is a position in Samarra district, and the event is there."""
    text = "قتل ثلاثة جنود عراقيين مساء الثلاثاء في هجوم على موقع عسكري في قضاء سامراء."
    (event,) = _arabic(events_of, text)
    assert event.location.startswith("Samarra")


def test_the_southern_forces_of_a_yemeni_story_are_the_stc(events_of):
    text = ("اندلعت مواجهات عنيفة مساء أمس بين القوات الجنوبية ومسلحي جماعة الحوثي في جبهة كرش شمالي "
            "محافظة لحج، قتل فيها أربعة من عناصر الجماعة.")
    (event,) = _arabic(events_of, text)
    assert {event.actor1, event.actor2} == {"STC: Southern Transitional Council", "Houthi Movement"}


def test_a_drone_belonging_to_the_army_that_shelled_strikes_from_the_air(events_of):
    text = ("قالت مصادر محلية إن مسيّرة تابعة للجيش قصفت سوقا في مدينة الجنينة مساء الأحد، ما أدى إلى "
            "مقتل خمسة أشخاص.")
    (event,) = _arabic(events_of, text)
    assert event.sub_event_type == "Air/drone strike"


def test_graduates_are_no_place(events_of):
    text = "نظم العشرات من خريجي الجامعات وقفة احتجاجية سلمية أمام مبنى محافظة كربلاء اليوم."
    (event,) = _arabic(events_of, text)
    assert event.location == "Karbala"


def test_a_province_opening_the_sentence_before_its_speaker_places_the_event(events_of):
    """"وفي ولاية سنار، قال مصدر طبي إن ...": the province set off by a comma before the speaker
    frames the sentence; it is no part of the source, and the event is there, not at the town of
    the paragraph before."""
    text = ("قتل خمسة مدنيين صباح اليوم الأحد في قصف مدفعي على مدينة كادوقلي بولاية جنوب كردفان.\n\n"
            "وفي ولاية سنار، قال مصدر طبي إن اشتباكات عنيفة اندلعت مساء أمس بين الجيش وقوات الدعم "
            "السريع، قتل فيها سبعة من عناصر الأخيرة.")
    clash = next(e for e in _arabic(events_of, text, "2025-03-16") if e.sub_event_type == "Armed clash")
    assert clash.admin1 == "Sennar"


def test_dawn_is_no_blowing_up(events_of):
    """"فجر اليوم" (at dawn today) shares its letters with "فجّر" (blew up): read as an act and as
    the agent word "فجرها", it took the place of the strike's verb and lost the aircraft's side."""
    text = ("استشهد أربعة فلسطينيين وأصيب آخرون فجر اليوم الأربعاء في غارة شنتها طائرات الاحتلال "
            "الإسرائيلي على منزل في مخيم النصيرات وسط قطاع غزة.")
    (event,) = _arabic(events_of, text, "2025-03-12")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Israel")


def test_an_israeli_force_that_arrests_is_israels(events_of):
    text = "اعتقلت قوة إسرائيلية أربعة رعاة قرب بلدة كودنة بريف القنيطرة الجنوبي في سوريا اليوم."
    (event,) = _arabic(events_of, text)
    assert event.sub_event_type == "Arrests"
    assert event.actor1.startswith("Military Forces of Israel")


def test_where_a_rocket_was_launched_from_is_no_event_place(events_of):
    """"صاروخ أطلق من غزة باتجاه عسقلان": one interception, at Ashkelon (the pack's ``origins``)."""
    text = "اعترض الجيش الإسرائيلي صاروخا أطلق من غزة باتجاه عسقلان مساء الثلاثاء."
    (event,) = _arabic(events_of, text)
    assert event.location == "Ashkelon"


def test_villagers_hurt_while_confronting_settlers_were_attacked(events_of):
    """"خلال تصديهم للهجوم" (while confronting the attack) is how the villagers were hurt, not an
    interception nor a fight: the settlers' attack on civilians stays an attack."""
    text = ("هاجم مستوطنون قرية المغير شمال شرق رام الله في الضفة الغربية اليوم، وأصيب ثلاثة فلسطينيين "
            "برضوض خلال تصديهم للهجوم.")
    (event,) = _arabic(events_of, text)
    assert event.sub_event_type == "Attack"
    assert (event.actor1, event.actor2) == ("Settlers (Israel)", "Civilians (Palestine)")


_SAHEL_ROUNDUP = ("قتل 14 جنديا من الجيش البوركينابي وعناصر من متطوعي الدفاع عن الوطن، السبت، في هجوم شنه "
                  "مسلحون على موقع عسكري في بلدة سيبا شمالي بوركينا فاسو.\n\n"
                  "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان.\n\n"
                  "وفي النيجر المجاورة، اختطف مسلحون مجهولون أربعة مدنيين قرب مدينة تيلابيري ليل السبت.")


def test_a_claim_is_of_the_attack_told_before_not_of_an_act_in_another_country(events_of):
    """The claim names its author for the attack told before it; an abduction told after it in
    another country keeps its unidentified gunmen."""
    events = {e.country_code: e for e in _arabic(events_of, _SAHEL_ROUNDUP, "2025-03-16")}
    assert events["BF"].actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert events["NE"].actor1 == "Unidentified Armed Group (Niger)"


def test_the_group_of_an_earlier_sentence_is_its_rebel_group_not_the_militia_among_the_dead(events_of):
    """"The group claimed both attacks": the group of the sentence that named JNIM as the attacker
    and the VDP volunteers among the dead is JNIM, and the attack on the village is its own."""
    text = ("قتل 14 جنديا من الجيش البوركينابي وعناصر من متطوعي الدفاع عن الوطن، السبت، في هجوم شنه "
            "مسلحو جماعة نصرة الإسلام والمسلمين على موقع عسكري في بلدة سيبا شمالي بوركينا فاسو.\n\n"
            "والأحد، هاجم مسلحون قرية قرب مدينة جيبو وقتلوا ثلاثة مدنيين.\n\n"
            "وتبنت الجماعة الهجومين في بيان.")
    village = next(e for e in _arabic(events_of, text, "2025-03-16") if e.actor2 == "Civilians (Burkina Faso)")
    assert village.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_the_countryside_told_first_holds_the_village_told_after_it(events_of):
    """"وفي ريف درعا الغربي، انفجر لغم ... بين بلدتي طفس والمزيريب": the countryside of Daraa set
    off first and a village a few kilometres from the city told after it are one blast, not two."""
    text = ("وفي ريف درعا الغربي، انفجر لغم أرضي بحافلة صغيرة على الطريق بين بلدتي طفس والمزيريب صباح "
            "اليوم، ما أدى إلى إصابة ثلاثة عمال.")
    (event,) = _arabic(events_of, text)
    assert event.injured == 3


def test_a_military_vehicle_belonging_to_a_group_is_the_groups(events_of):
    """"سيارة عسكرية تابعة لـ«قسد»" (a military vehicle belonging to the SDF): "تابعة" and the
    glued "لـ" cut off by the quote mark are genitive words, and a military vehicle is an army word:
    the SDF was hit, not civilians."""
    text = ("استهدفت طائرة مسيرة تركية، مساء الثلاثاء، سيارة عسكرية تابعة لـ«قسد» قرب بلدة عين عيسى "
            "شمال الرقة، ما أسفر عن مقتل عنصرين.")
    (event,) = _arabic(events_of, text)
    assert (event.actor1, event.actor2) == ("Military Forces of Turkey", "SDF: Syrian Democratic Forces")


def test_a_civilian_killed_and_two_children_hurt(events_of):
    """The one-noun of the dead and the dual of the hurt keep their own counts (1 and 2)."""
    text = "انفجرت عبوة ناسفة بسيارة قرب مدينة نوى مساء أمس، ما أدى إلى مقتل مدني وإصابة طفلين."
    (event,) = _arabic(events_of, text)
    assert (event.fatalities, event.injured) == (1, 2)


def test_a_brief_hold_told_after_the_raid_is_that_raid(events_of):
    """The raid told in the lead, the camp held "for hours" in the next sentence: no territory
    changed hands, the event stays the fight."""
    text = ("قتل 16 جنديا، الجمعة، في هجوم شنه مسلحو جماعة نصرة الإسلام والمسلمين على معسكر للجيش في "
            "بلدة دوري شمالي بوركينا فاسو.\n\n"
            "وقال مصدر أمني إن المهاجمين سيطروا لساعات على أجزاء من المعسكر قبل أن ينسحبوا.")
    (event,) = _arabic(events_of, text, "2025-03-16")
    assert event.sub_event_type == "Armed clash"
