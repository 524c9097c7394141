"""A sentence that names a district the gazetteer does not know ("resident in
Mbalavala village, in Nandimbwe district") is somewhere the story's place is not: it takes
only the province of the story's place (geo_precision 3), never the story's district or town.
Sentences and names are ours (``dateline.extraction.rules.engine``)."""

PUBLISHED = "2019-08-28"  # a Wednesday

LEAD = "Insurgents beheaded three villagers on Tuesday in Macomia district, in the northern province of Cabo Delgado. "


def test_an_unknown_district_takes_the_province_of_the_storys_place(events_of):
    text = LEAD + ("Last Friday, insurgents shot dead two farmers, resident in Mbalavala village, in Nandimbwe "
                   "district. They were returning home from their fields.")
    events = sorted(events_of(text, "en", PUBLISHED), key=lambda e: e.event_date)
    assert [(e.location, e.geo_precision) for e in events] == [("Cabo Delgado", 3), ("Macomia", 2)]


def test_a_sentence_without_a_name_of_its_own_still_takes_the_storys_place(events_of):
    text = LEAD + "Last Friday, insurgents shot dead two farmers who were returning home from their fields."
    assert {e.location for e in events_of(text, "en", PUBLISHED)} == {"Macomia"}


def test_a_group_named_with_a_kind_word_is_no_unknown_place(events_of):
    text = LEAD + "Last Friday, fighters of the Islamic State shot dead two farmers returning home from their fields."
    assert {e.location for e in events_of(text, "en", PUBLISHED)} == {"Macomia"}
