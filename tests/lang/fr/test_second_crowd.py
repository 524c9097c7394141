"""French: "tandis que d'autres manifestaient devant…" is a second demonstration of the sentence
(sentences written for these tests)."""


def test_others_who_demonstrated_elsewhere_are_a_second_protest(events_of):
    text = ("La police a interpellé des dizaines d'étudiants rassemblés mercredi devant le parlement à Dakar, "
            "tandis que d'autres manifestaient devant le ministère des Finances.")
    events = events_of(text, "fr", "2024-02-08")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Protest with intervention"]


def test_others_hurt_in_one_protest_are_no_second_crowd(events_of):
    text = "Des milliers de personnes ont manifesté mardi à Dakar ; deux ont été blessées et d'autres interpellées."
    events = events_of(text, "fr", "2024-02-08")
    assert len(events) == 1
