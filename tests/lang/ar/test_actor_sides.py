"""Arabic: who did an act and to whom. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "قُتل 11 مزارعا في هجوم نفذه مسلحون على قريتهم قرب بلدة جيبو شمال بوركينا فاسو، الأحد.",
    "قتل تسعة مدنيين في هجوم شنّه مسلحون مجهولون على سوق في بلدة كاتسينا الجمعة.",
])
def test_the_doers_follow_the_word_that_says_they_carried_out_the_act(events_of, text):
    """"هجوم نفذه مسلحون" (an attack that gunmen carried out): the gunmen after "نفذه" did it,
    the farmers told before were its target, so it is violence against civilians, no clash."""
    (event,) = events_of(text, "ar", "2025-09-16")
    assert event.sub_event_type == "Attack"
    assert event.actor2.startswith("Civilians")


def test_a_force_named_inside_the_event_phrase_is_its_subject(events_of):
    """"سيطرت قوات" is one event phrase that ends inside the name "قوات الدعم السريع": the force
    still follows its verb and is the side that took the town."""
    (event,) = events_of("سيطرت قوات الدعم السريع على مدينة بابنوسة في ولاية غرب كردفان "
                         "الأحد بعد معارك مع الجيش.", "ar", "2025-03-12")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "Rapid Support Forces"


@pytest.mark.parametrize("text", [
    "أعلنت جماعة الحوثي، الاثنين، إسقاط طائرة أمريكية مسيرة من طراز إم كيو-9 في أجواء محافظة الجوف.",
    "أعلن الجيش السوداني إسقاط طائرة إماراتية مسيرة من طراز حديث فوق مدينة كسلا الاثنين.",
])
def test_a_drone_named_with_its_country_before_drone_is_shot_down_by_the_speaker(events_of, text):
    """"طائرة أمريكية مسيرة": the demonym may stand between aircraft and drone; the country owns
    the drone that was shot down, the side announcing it shot it down. "من طراز" (of the type) is
    no place (a town of that name is in Kazakhstan)."""
    (event,) = events_of(text, "ar", "2025-03-12")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.country_code != "KZ"
    assert not event.actor1.startswith(("Military Forces of the United States", "Military Forces of the United Arab"))


@pytest.mark.parametrize("text, actor1", [
    ("قتل ثلاثة مدنيين جراء قصف مدفعي لقوات الدعم السريع على سوق مدينة الدلنج بولاية جنوب كردفان، الخميس.",
     "Rapid Support Forces"),
    ("أصيب أربعة مدنيين في قصف بطائرة مسيرة لقوات الدعم السريع على حي في مدينة كوستي بولاية النيل الأبيض الخميس.",
     "Rapid Support Forces"),
])
def test_a_force_after_a_glued_la_owns_the_weapon(events_of, text, actor1):
    """"قصف مدفعي لقوات X" (shelling of X's forces): the لـ-construct names the weapon's owner as
    "من" does, so X fired, though the victims are told first."""
    (event,) = events_of(text, "ar", "2025-03-14")
    assert event.actor1 == actor1
    assert event.actor2.startswith("Civilians")


@pytest.mark.parametrize("text", [
    # the state's dead at its own post: the attackers are not named
    "قتل ثلاثة من عناصر الأمن وأصيب اثنان آخران في هجوم مسلح على حاجز أمني في مدينة حماة السورية، الأحد.",
    # a dual noun is its own number: "two soldiers" were killed, they did not kill
    "قتل جنديان في هجوم على نقطة عسكرية قرب مدينة تدمر في ريف حمص السوري، الأحد.",
])
def test_soldiers_killed_at_their_post_did_not_attack(events_of, text):
    (event,) = events_of(text, "ar", "2025-03-12")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_the_owner_of_an_attack_is_not_its_target(events_of):
    """"هجوم لقوات الدعم السريع على قرية" (an attack of the RSF on a village): the force after the
    attack word owns it; the village is the target, so the attack is on civilians, no clash."""
    (event,) = events_of("قتل أكثر من ثلاثين شخصا في هجوم لقوات الدعم السريع على قرية قرب "
                         "مدينة الحصاحيصا بولاية الجزيرة السودانية، الأربعاء.", "ar", "2025-03-14")
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Rapid Support Forces"


def test_a_group_named_with_a_glued_la_is_found(events_of):
    """"مواقع لحركة الشباب" (positions of al-Shabaab): the name is found with the لـ the stemmer
    leaves on it, so the strike hit al-Shabaab, not civilians."""
    (event,) = events_of("شنت القوات الأمريكية غارة جوية على مواقع لحركة الشباب قرب مدينة كيسمايو "
                         "جنوب الصومال، الأحد.", "ar", "2025-03-12")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 == "Al Shabaab"


def test_an_ambush_set_by_gunmen_on_soldiers_is_a_clash(events_of):
    """"كمين نصبه مسلحون" (an ambush gunmen set): the gunmen set it; the soldiers told before
    were its target."""
    (event,) = events_of("قتل عشرة جنود في كمين نصبه مسلحون قرب مدينة ميناكا شمال شرقي مالي، "
                         "الأحد.", "ar", "2025-03-12")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.startswith("Unidentified Armed Group")


def test_the_counted_dead_told_before_a_noun_act_are_its_target(events_of):
    """"قتل عنصران من قسد بهجوم لمسلحين ...": the gunmen own the attack; the two counted members
    told before it were hit, not a group named later to describe the gunmen."""
    (event,) = events_of("قتل عنصران من قوات سوريا الديمقراطية بهجوم لمسلحين يعتقد أنهم من خلايا "
                         "تنظيم الدولة قرب بلدة الشحيل بريف دير الزور الشرقي، السبت.", "ar", "2025-03-12")
    assert event.actor2 == "SDF: Syrian Democratic Forces"
    assert event.actor1 != "SDF: Syrian Democratic Forces"


def test_an_army_glued_to_its_la_after_an_air_strike_carried_it_out(events_of):
    """"غارة جوية للجيش السوداني": the army after the strike, with its glued لـ, struck."""
    (event,) = events_of("قتل سبعة مدنيين في غارة جوية للجيش السوداني على سوق بلدة مليط بولاية "
                         "شمال دارفور، الاثنين.", "ar", "2025-03-12")
    assert event.actor1.startswith("Military Forces of Sudan")
    assert event.actor2 == "Civilians (Sudan)"


def test_the_army_attacking_the_positions_of_a_militia_is_actor1(events_of):
    """"شن الجيش هجوما على مواقع قوات الدعم السريع ... واستعاد السيطرة عليها": the militia owns
    the positions that were attacked, so it is the target; a territory word with no place after
    it is not the act whose subject is sought."""
    (event,) = events_of("شن الجيش السوداني هجوما بريا على مواقع قوات الدعم السريع قرب مدينة "
                         "الدلنج بولاية جنوب كردفان واستعاد السيطرة عليها، الأحد.", "ar", "2025-03-12")
    assert event.actor1.startswith("Military Forces of Sudan")
    assert event.actor2 == "Rapid Support Forces"


@pytest.mark.parametrize("text, killed", [
    # the gunmen right after the verb killed; the herders after them are the target
    ("قتل مسلحون مجهولون أربعة رعاة وسرقوا مواشيهم قرب مدينة دوري شمال بوركينا فاسو، الجمعة.", 4),
    # "gunmen" is the act's word and its doers at once: not its target; the bus's driver is one dead
    ("أطلق مسلحون النار على حافلة تقل ركابا قرب مدينة نيالا بولاية جنوب دارفور، ما أسفر عن مقتل سائقها "
     "وإصابة أربعة ركاب، الجمعة.", 1),
])
def test_civilians_shot_by_gunmen_are_attacked_not_fighting(events_of, text, killed):
    (event,) = events_of(text, "ar", "2025-03-12")
    assert event.sub_event_type == "Attack"
    assert event.actor2.startswith("Civilians")
    assert event.fatalities == killed


def test_a_bomb_defused_by_forces_named_between_verb_and_bomb_is_disrupted(events_of):
    """"فككت قوات الأمن العراقية عبوة ناسفة": the force stands between the verb and the bomb."""
    (event,) = events_of("فككت قوات الأمن العراقية عبوة ناسفة زرعت على جانب طريق في قضاء "
                         "الطارمية شمالي بغداد، الأحد.", "ar", "2025-03-12")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text, actor1", [
    ("أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق باتجاه مدينة إيلات، فجر اليوم الأحد.", "Military Forces of Israel"),
    ("أعلنت القوات المسلحة السعودية اعتراض طائرة مسيرة مفخخة باتجاه مدينة جازان، الأحد.",
     "Military Forces of Saudi Arabia"),
])
def test_an_armed_speaker_announcing_an_interception_intercepted(events_of, text, actor1):
    (event,) = events_of(text, "ar", "2025-03-16")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.startswith(actor1)


def test_the_force_owning_a_targeted_post_is_the_target(events_of):
    """"استهدف نقطة تفتيش للشرطة": the police own the checkpoint the bomb targeted; they did not
    set it off."""
    (event,) = events_of("قتل ستة أشخاص في انفجار سيارة مفخخة استهدف نقطة تفتيش للشرطة في مدينة "
                         "بيدوا جنوب غربي الصومال، السبت.", "ar", "2025-03-16")
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2.startswith("Police Forces of Somalia")


@pytest.mark.parametrize("text, sub_event_type", [
    # live fire named as the weapon of a raid, no crowd: violence against a civilian
    ("قتلت القوات الإسرائيلية شابا فلسطينيا برصاص حي خلال اقتحامها مدينة جنين بالضفة الغربية، فجر اليوم.", "Attack"),
    # live fire on demonstrators stays force used on a demonstration
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة الناصرية جنوب العراق، الجمعة.",
     "Excessive force against protesters"),
])
def test_live_fire_is_force_on_protesters_only_where_there_are_some(events_of, text, sub_event_type):
    (event,) = events_of(text, "ar", "2025-03-16")
    assert event.sub_event_type == sub_event_type


def test_its_forces_are_the_speaker_s_abroad(events_of):
    """"قال المتحدث باسم الجيش الإسرائيلي من تل أبيب إن قواته قتلت": "its forces" are the
    speaking army's, not the forces of the country where the clash was (nor Tel Aviv its place)."""
    (event,) = events_of("قال المتحدث باسم الجيش الإسرائيلي من تل أبيب إن قواته قتلت ثلاثة مسلحين "
                         "في اشتباك قرب مدينة طوباس بالضفة الغربية، الأحد.", "ar", "2025-03-16")
    assert event.actor1.startswith("Military Forces of Israel")
    assert event.country_code == "PS"


def test_the_subject_of_a_targeting_verb_that_opens_the_sentence_is_no_target(events_of):
    """"استهدف الحوثيون سفينة" (the Houthis targeted a ship): the armed side right after a
    targeting verb that opens its clause is its subject; after a noun ("انفجار ... استهدف نقطة"),
    what follows the verb is the target."""
    (event,) = events_of("استهدف الحوثيون سفينة تجارية قبالة سواحل ميناء المخا غربي اليمن بصاروخ "
                         "مضاد للسفن، الأحد.", "ar", "2025-03-16")
    assert event.actor1 == "Houthi Movement"


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الأمن العراقية 12 مطلوبا في محافظة نينوى يوم السبت.",
    "اعتقلت قوات أمن عراقية 12 مطلوبا في محافظة نينوى يوم السبت.",
])
def test_security_forces_of_a_country_making_an_arrest_are_its_police(events_of, text):
    """"قوات الأمن العراقية" with or without the article is one word of security forces: they
    are the police when they arrest (ACLED), whatever the article."""
    (event,) = events_of(text, "ar", "2024-06-10")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.startswith("Police Forces of Iraq")


@pytest.mark.parametrize("text, actor1", [
    ("قتل مزارع فلسطيني برصاص الجيش الإسرائيلي قرب بلدة طوباس بالضفة الغربية، الأربعاء.",
     "Military Forces of Israel"),
    ("قتل أربعة رعاة برصاص قوات الدعم السريع في قرية قرب مدينة الأبيض بولاية شمال كردفان، الأربعاء.",
     "Rapid Support Forces"),
    ("أصيب ثلاثة أطفال بنيران الجيش الإسرائيلي في مخيم قرب مدينة طولكرم بالضفة الغربية، الأربعاء.",
     "Military Forces of Israel"),
])
def test_the_force_after_the_bullets_word_shot_the_civilians_told_before(events_of, text, actor1):
    """"قتل مزارع برصاص الجيش" (a farmer was killed by the army's bullets): unvocalised, the verb
    reads active too, but the force after "برصاص"/"بنيران" is who fired, the civilians between
    are the victims: violence against civilians by that force, not a clash of unknown gunmen."""
    (event,) = events_of(text, "ar", "2025-10-16")
    assert event.sub_event_type == "Attack"
    assert event.actor1.startswith(actor1)
    assert event.actor2.startswith("Civilians")


def test_soldiers_killed_by_gunmens_bullets_stay_one_side_of_a_fight(events_of):
    """Dead soldiers before "برصاص مسلحين" are a side of a fight: still a clash, not an attack
    on civilians."""
    (event,) = events_of("قتل ثلاثة جنود برصاص مسلحين قرب بلدة تل عفر غرب مدينة الموصل، الأربعاء.", "ar", "2025-10-16")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, actor1", [
    ("نصب مسلحون كمينا لدورية للجيش قرب مدينة كيدال، الخميس، ما أسفر عن مقتل ستة جنود.", "Unidentified Armed Group"),
    ("نصبت حركة الشباب كمينا محكما لقافلة عسكرية قرب مدينة جوهر، الخميس.", "Al Shabaab"),
    ("نصب مسلحون مجهولون كمينا لرتل للجيش النيجيري قرب مدينة بيو شمال شرقي نيجيريا، الخميس.",
     "Unidentified Armed Group"),
])
def test_the_ambush_is_set_by_the_subject_for_the_force_after_la(events_of, text, actor1):
    """"نصب مسلحون كمينا لدورية" (gunmen set an ambush for a patrol): the subject told between
    the verb and the act word set it; "لـ" after the act word is for whom, so the patrol was
    hit (after a weapon with no subject before it, "قصف لقوات X", it still names the owner)."""
    (event,) = events_of(text, "ar", "2025-10-17")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.startswith(actor1)
    assert event.actor2.startswith("Military Forces of")


@pytest.mark.parametrize("text", [
    "وأكد المتحدث باسم الجيش الكونغولي في إقليم إيتوري مقتل 14 قرويا في الهجوم على قرية شرقي البلاد.",
    "وأكد متحدث باسم جيش الكونغو في إقليم إيتوري سقوط 14 قتيلا في الهجوم على قرية شرقي البلاد.",
])
def test_the_side_a_spokesman_speaks_for_is_no_actor_of_the_toll_he_gives(events_of, text):
    """A speech word opening the sentence, then "the spokesman for the army": the army reports
    the toll of an attack it did not make, so it is the source, not the attacker."""
    (event,) = events_of(text, "ar", "2025-07-27")
    assert not event.actor1.startswith("Military Forces")
    assert event.fatalities == 14


@pytest.mark.parametrize("text, actor", [
    ("أصيب مواطنان بنيران جيش العدو السعودي في مديرية شدا الحدودية بمحافظة صعدة، الأحد.",
     "Military Forces of Saudi Arabia"),
    ("شن العدوان الأمريكي، فجر الأحد، غارتين على مديرية الصليف بمحافظة الحديدة.",
     "Military Forces of the United States"),
])
def test_the_enemy_named_with_its_nationality_is_that_country_s_forces(events_of, text, actor):
    """"جيش العدو" alone is Israel's army in Lebanon's press; "جيش العدو السعودي", "العدوان
    الأمريكي" (the Saudi enemy's army, the American aggression) name the country's forces."""
    (event,) = events_of(text, "ar", "2025-04-07")
    assert event.actor1.startswith(actor)


@pytest.mark.parametrize("text, sub_event_type, actor1", [
    ("أعلن الجيش السوداني، السبت، استعادة السيطرة على مدينة الدندر بولاية سنار بعد طرد قوات الدعم السريع منها.",
     "Government regains territory", "Military Forces of Sudan"),
    ("أعلنت قوات الدعم السريع، الأحد، سيطرتها الكاملة على مدينة النهود بولاية غرب كردفان بعد معارك مع الجيش.",
     "Non-state actor overtakes territory", "Rapid Support Forces"),
])
def test_a_side_announcing_a_taking_took_the_town(events_of, text, sub_event_type, actor1):
    """"أعلن الجيش، السبت، استعادة السيطرة على ..." (the army announced, on Saturday, regaining
    control of ...): the speaker, named right before its act with only the day between, took
    the town; "سيطرتها الكاملة على" (its full control of) is a taking like "سيطرتها على"."""
    (event,) = events_of(text, "ar", "2025-05-12")
    assert event.sub_event_type == sub_event_type
    assert event.actor1.startswith(actor1)


@pytest.mark.parametrize("text, actor1, actor2", [
    ("أعلن الجيش الإسرائيلي، الأحد، أنه قصف موقعا لحزب الله في مدينة صور جنوبي لبنان.",
     "Military Forces of Israel", "Hezbollah"),
    ("أعلنت القوات التركية أنها قتلت ستة من عناصر حزب العمال الكوردستاني في غارة جوية بمحافظة دهوك.",
     "Military Forces of Turkey", "PKK: Kurdistan Workers Party"),
])
def test_a_speaker_after_its_word_telling_its_own_act_did_it(events_of, text, actor1, actor2):
    """"أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله" (the Israeli army announced that it shelled a
    Hezbollah position): in a verb-first sentence the speaker follows its speech word; "أنه"
    (that it) makes the act its own, and the side named after the act's verb is what it hit
    (the Kurdish spelling "الكوردستاني" names the PKK too)."""
    (event,) = events_of(text, "ar", "2025-02-03")
    assert event.actor1.startswith(actor1)
    assert event.actor2.startswith(actor2)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود من الجيش العراقي، مساء الاثنين، بانفجار عبوة ناسفة استهدفت دوريتهم في محافظة كركوك.",
    "قُتل ضابط وجنديان من الجيش العراقي، مساء الاثنين، بانفجار عبوة ناسفة استهدفت دوريتهم في محافظة كركوك.",
])
def test_the_force_the_counted_dead_belong_to_was_hit(events_of, text):
    """"ثلاثة جنود من الجيش العراقي" (three soldiers of the Iraqi army): the army named after the
    count lost them; it did not plant the bomb that "targeted their patrol"."""
    (event,) = events_of(text, "ar", "2024-12-03")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)")
    assert event.fatalities == 3


def test_an_air_aggression_by_a_state_is_its_air_strike(events_of):
    """SANA's words: "ارتقى مدنيان ... جراء عدوان جوي إسرائيلي" (two civilians rose as martyrs in
    an Israeli air aggression): an air strike by Israel's forces that killed two."""
    (event,) = events_of("دمشق-سانا: ارتقى مدنيان اثنان وأصيب ثلاثة آخرون بجروح جراء عدوان جوي "
                         "إسرائيلي استهدف فجر اليوم عدداً من النقاط في محيط مدينة حمص.", "ar", "2024-02-08")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Israel")
    assert (event.fatalities, event.injured) == (2, 3)


def test_the_attack_verb_opening_the_sentence_gives_the_sides_of_the_fight_it_led_to(events_of):
    """"هاجم مسلحون من حركة الشباب ... قاعدة عسكرية للجيش الصومالي ..., ما أدى إلى اندلاع معارك"
    (al-Shabaab fighters attacked an army base, which led to fighting): the opening verb's subject
    attacked; the army that owns the base is the other side, though named nearer the fighting."""
    (event,) = events_of("هاجم مسلحون من حركة الشباب، فجر اليوم الثلاثاء، قاعدة عسكرية للجيش "
                         "الصومالي في بلدة أفغوي بإقليم شبيلي السفلى، ما أدى إلى اندلاع معارك عنيفة.",
                         "ar", "2025-03-18")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia (2022-)")


def test_the_army_that_fought_back_is_the_side_the_attack_hit(events_of):
    """"قُتل أربعة جنود من الجيش اليمني في هجوم شنته جماعة الحوثي ... وقال المصدر إن قوات الجيش
    تصدت للهجوم بعد مواجهات": "the army" (the story's country's) answering is the Yemeni army the
    attack hit; the attackers stay the event's first side though the answer tells the fight."""
    (event,) = events_of("قُتل أربعة جنود من الجيش اليمني، فجر السبت، في هجوم شنته جماعة الحوثي على "
                         "مواقع القوات الحكومية في محافظة مأرب.\n\nوقال المصدر إن قوات الجيش تصدت "
                         "للهجوم بعد مواجهات عنيفة استمرت عدة ساعات.", "ar", "2025-04-12")
    assert (event.actor1, event.actor2) == ("Houthi Movement", "Military Forces of Yemen (2022-)")


def test_the_people_taken_before_the_raid_word_are_the_abducted(events_of):
    """"خطفوا ما لا يقل عن 30 شخصاً ... في هجوم على قرية" (took at least 30 people in an attack on a
    village): the people told between the takers and the raid word are the ones taken, not the
    police chasing the kidnappers later in the story."""
    (event,) = events_of("قال مسؤولون محليون إن مسلحين خطفوا ما لا يقل عن 30 شخصاً، بينهم نساء "
                         "وأطفال، في هجوم على قرية في ولاية زمفارا شمال غربي نيجيريا ليل السبت.\n\n"
                         "وأوضح المتحدث باسم شرطة الولاية أن قوات الأمن تلاحق الخاطفين.", "ar", "2024-11-25")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 == "Civilians (Nigeria)" and event.admin1 == "Zamfara"


def test_a_command_named_with_its_acronym_announcing_its_own_strike_struck(events_of):
    """"أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت ... غارة جوية استهدفت عناصر من تنظيم
    داعش": the acronym in brackets is the speaker again, not another side before the act; the
    command told its own strike. "No casualties among civilians" sets no toll of the militants."""
    (event,) = events_of("أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت، السبت، غارة جوية "
                         "استهدفت عناصر من تنظيم داعش في جبال كال مسكاد جنوب شرقي مدينة بوصاصو، "
                         "وأسفرت عن مقتل عدد من عناصر التنظيم دون وقوع إصابات بين المدنيين.", "ar", "2025-02-02")
    assert event.actor1.startswith("Military Forces of the United States")
    assert event.actor2.startswith("Islamic State")
    assert event.fatalities is None


@pytest.mark.parametrize("text, source", [
    ("أعلنت وزارة الصحة اللبنانية مقتل 31 شخصا في غارة إسرائيلية على مدينة صور الجمعة.", "وزارة الصحة اللبنانية"),
    # "إضافة إلى" (in addition to) shares the stem of "أضاف" (he added) and names no source
    ("أعلنت وزارة الصحة اللبنانية ارتفاع حصيلة الغارة الإسرائيلية على مدينة صور إلى 31 قتيلاً، إضافة إلى 68 "
     "جريحاً.", "وزارة الصحة اللبنانية"),
])
def test_the_speaker_follows_its_verb(events_of, text, source):
    (event,) = events_of(text, "ar", "2024-09-21")
    assert event.claimed_by == source


def test_an_army_neutralising_militants_fought_them(events_of):
    """Algeria's army communiqués: "تمكنت مفرزة للجيش ... من تحييد إرهابيين اثنين واسترجاع مسدسين"
    (a detachment managed the neutralising of two terrorists and the recovery of two pistols): a
    fight the army won with two dead; the act word after "من" is a verbal noun whose object
    follows it, and recovering weapons retakes no territory."""
    (event,) = events_of("تمكنت مفرزة للجيش الوطني الشعبي، أمس الاثنين، إثر عملية بحث وتمشيط بولاية "
                         "تيبازة، من تحييد إرهابيين اثنين واسترجاع مسدسين رشاشين.", "ar", "2024-12-10")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.startswith("Military Forces of Algeria") and event.actor2.startswith("Unidentified")
    assert event.fatalities == 2


def test_an_assassinated_activist_is_one_dead(events_of):
    (event,) = events_of("اغتال مسلحون مجهولون، مساء السبت، ناشطاً مدنياً بإطلاق النار عليه أمام منزله "
                         "في مدينة البصرة.", "ar", "2024-05-12")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


@pytest.mark.parametrize("text", [
    "تصدى الجيش السوداني لهجوم من قوات الدعم السريع على مدينة بابنوسة الأحد.",
    "قال الجيش السوداني إنه صد هجوما شنته قوات الدعم السريع على مدينة بابنوسة الأحد.",
])
def test_the_side_that_repelled_an_attack_was_attacked(events_of, text):
    """"تصدى الجيش لهجوم من قوات الدعم السريع" (the army repelled an RSF attack): the RSF attacked,
    the two armed sides fought (pack `repel` cues)."""
    (event,) = events_of(text, "ar", "2025-06-02")
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Military Forces of Sudan (2019-)")


def test_the_attack_a_later_report_says_was_repelled_gives_the_fight_its_first_side(events_of):
    """"Fighting between the army and the RSF" names no attacker; a later sentence telling that the
    army repelled the RSF's assault on the town does: the RSF are the fight's first side."""
    (event,) = events_of("دارت معارك عنيفة بين الجيش السوداني وقوات الدعم السريع، الأحد، في مدينة "
                         "بابنوسة.\n\nوقال ضابط إن القوات صدت هجوما شنته قوات الدعم السريع من "
                         "الناحية الغربية للمدينة.", "ar", "2025-06-02")
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Military Forces of Sudan (2019-)")
