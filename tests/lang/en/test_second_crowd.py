"""English: "... while others rallied in front of X" is a second demonstration of the sentence
(sentences written for these tests)."""


_TWO_CROWDS = ("Police detained dozens of students who gathered on Wednesday outside the parliament in "
               "Nairobi to demand lower fees, while others rallied in front of the finance ministry.")


def test_others_who_rallied_elsewhere_are_a_second_protest(events_of):
    events = events_of(_TWO_CROWDS, "en", "2024-02-08")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Protest with intervention"]


def test_one_crowd_with_others_hurt_is_one_protest(events_of):
    text = "Thousands protested in Nairobi on Tuesday; two people were hurt and others were detained."
    events = events_of(text, "en", "2024-02-08")
    assert len([e for e in events if e.sub_event_type == "Peaceful protest"]) <= 1


def test_a_second_crowd_with_a_town_of_its_own_is_that_town_s_protest_only(events_of):
    text = "Police detained dozens of students who protested in Nairobi on Wednesday, while others rallied in Mombasa."
    events = events_of(text, "en", "2024-02-08")
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Mombasa", "Peaceful protest"), ("Nairobi", "Protest with intervention")]
