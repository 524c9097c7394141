"""A revised toll told right after an act, naming no place of its own ("Le bilan de cette frappe a
été revu à la hausse mardi matin à six morts"), is that act's toll, though the story told acts at
other places before it and its act word and later day would make a new act (invented sentences)."""

PUBLISHED = "2025-07-22"  # a Tuesday


def test_a_revised_toll_right_after_a_strike_is_that_strikes(events_of):
    text = ("Mardi matin, une frappe israélienne a visé une école de Gaza-ville, tuant sept personnes.\n\n"
            "Lundi soir, une frappe de drone israélienne a touché un groupe de personnes dans le camp de "
            "Nousseirat. Le bilan de cette frappe a été revu à la hausse mardi matin à six morts.")
    events = events_of(text, "fr", PUBLISHED)
    assert sorted((e.location, str(e.event_date), e.fatalities) for e in events) == [
        ("Gaza", "2025-07-22", 7), ("Nuseirat camp", "2025-07-21", 6)]
