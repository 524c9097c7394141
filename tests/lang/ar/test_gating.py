"""Arabic: what is an event and what only surrounds one. Sentences written for these tests."""


def test_a_purpose_clause_is_no_clash(events_of):
    (event,) = events_of("وقعت الحكومة والمتمردون اتفاق سلام في الدوحة السبت بهدف إنهاء القتال في "
                         "شرق البلاد.", "ar", "2025-11-15")
    assert event.sub_event_type == "Agreement"


def test_a_habit_after_a_semicolon_qualifies_its_own_statement_only(events_of):
    (event,) = events_of("تظاهر مئات الطلاب صباح الخميس أمام مبنى الجامعة في مدينة تعز؛ احتجاج يتكرر "
                         "بشكل دوري منذ أشهر.", "ar", "2024-03-09")
    assert (event.sub_event_type, event.location, event.event_date.isoformat()) == \
        ("Peaceful protest", "Taiz", "2024-03-07")


def test_a_habit_in_the_same_statement_still_gates(events_of):
    assert not events_of("تظاهر مئات الطلاب بشكل دوري أمام مبنى الجامعة في مدينة تعز.", "ar", "2024-03-09")


def test_a_background_clause_after_a_glued_dot_does_not_place_the_event(events_of):
    """"… مساء اليوم.على نحو مشابه لما حدث … في ولاية النيل الأبيض الأسبوع الماضي": the event
    told before the glued dot is not placed nor dated by the comparison after it."""
    text = ("قتل مسلحون شخصين في مدينة ود مدني يوم الخميس قبل أن ينسحبوا مساء اليوم.على نحو مشابه لما حدث "
            "لأهالي قرية في ولاية النيل الأبيض الأسبوع الماضي.")
    events = events_of(text, "ar", "2024-02-03")
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Wad Medani", "2024-02-01")]


def test_what_the_news_comes_after_is_background(events_of):
    """"وتأتي هذه الانتهاكات بعد انشقاق قائد ..." (these abuses come after a commander's
    defection): the defection is the story's background, no event of its own, and it does not
    retype the raid told before."""
    events = events_of("اقتحمت قوات الدعم السريع، الجمعة، بلدة الحصاحيصا بولاية الجزيرة ونهبت "
                       "السوق وقتلت ستة من السكان.\n\nوتأتي هذه الانتهاكات بعد انشقاق قائد "
                       "قوات الدعم السريع في ولاية الجزيرة وانضمامه إلى الجيش.", "ar", "2024-10-27")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_no_comment_on_the_attack_is_no_event_where_the_silence_was(events_of):
    """"ولم تعلق السلطات في نيامي على الهجوم": the authorities' silence names the attack and a
    city; it is no second attack in the capital."""
    events = events_of("قتل 12 قرويا، الجمعة، في هجوم لمسلحين على قرية قرب مدينة تيلابيري غربي النيجر."
                       "\n\nولم تعلق السلطات العسكرية في نيامي على الهجوم.", "ar", "2025-05-12")
    assert [e.admin1 for e in events] == ["Tillaberi"]


def test_a_number_after_a_title_names_a_unit_and_counts_no_fights(events_of):
    """"قوات اللواء 444 قتال" (the forces of the 444th Combat Brigade): a number right after a title
    word (the pack's name openers: "اللواء", "قناة") is part of a name, not 444 fights."""
    (event,) = events_of("اندلعت اشتباكات عنيفة، مساء الاثنين، في عدة أحياء من العاصمة الليبية "
                         "طرابلس بين قوات اللواء 444 قتال وعناصر من جهاز دعم الاستقرار.", "ar", "2025-05-13")
    assert (event.sub_event_type, event.location) == ("Armed clash", "Tripoli")
