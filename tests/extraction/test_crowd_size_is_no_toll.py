"""A crowd's size ("des milliers de manifestants") is no toll over time: the sentence that tells
its dead is an event of its own (invented sentences)."""

PUBLISHED = "2024-06-26"  # a Wednesday


def test_thousands_of_protesters_do_not_make_a_tally(events_of):
    text = ("Mardi, des manifestations ont eu lieu au Kenya. À Nairobi, où des milliers de manifestants ont forcé "
            "les barrières du Parlement et incendié une partie du bâtiment, au moins dix personnes ont été tuées "
            "par balles, selon des médecins.")
    events = events_of(text, "fr", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events if e.fatalities] == [("Nairobi", 10)]


def test_thousands_of_dead_still_make_a_tally(events_of):
    text = "Des milliers de civils ont été tués au Soudan depuis le début de la guerre, selon l'ONU."
    assert events_of(text, "fr", PUBLISHED) == []
