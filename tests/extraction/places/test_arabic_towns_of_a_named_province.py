"""Arabic wire copy names a town with its province ("مدينة بارا في شمال كردفان"), glues "in" to
a province ("قرية بشمال دارفور"), and names Gezira state without its word ("شرق الجزيرة"). The
gazetteer holds many of those towns in Latin letters only, and GeoNames gives some of their
Arabic spellings to a foreign namesake (Arrah in India for "بارا", Algiers for "الجزيرة"): the
province the text names says which place it is. Sentences are ours
(``dateline.extraction.places.qualified``, ``evidence``, ``roles``, ``surroundings``)."""

import pytest

PUBLISHED = "2025-10-15"  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مسلحون خمسة مدنيين يوم الثلاثاء في مدينة بارا في ولاية شمال كردفان، وفق مصادر طبية.",
     ("Barah", "North Kordofan")),
    ("شنت قوات الدعم السريع هجوما على مدينة كتم بولاية شمال دارفور يوم الإثنين وقتلت تسعة أشخاص.",
     ("Kutum", "Northern Darfur")),
    ("قتل متمردو القوات الديمقراطية المتحالفة عشرة مزارعين في مدينة بيني في إقليم شمال كيفو يوم الأحد.",
     ("Beni", "North Kivu")),
])
def test_a_town_found_by_its_consonants_in_the_province_named_after_it(events_of, text, expected):
    """Not the foreign namesake its Arabic spelling finds (Arrah, Kitim in Jordan, Penne), nor
    the province alone: the town of that province with the name's consonants."""
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.admin1) == expected
    assert event.geo_precision <= 2


def test_a_district_word_of_sudan_introduces_its_town(events_of):
    """"بمحلية كتم" (in the locality of Kutum), Sudan's district word glued to "in", introduces
    the name after it as a place, found in the province named right after."""
    text = "قتل مسلحون مجهولون ستة رعاة يوم الإثنين في قرية بمحلية كتم شمال دارفور."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.admin1) == ("Kutum", "Northern Darfur")


def test_a_town_of_the_province_named_after_it_over_the_acting_country(events_of):
    """"أعلنت روسيا" puts Russia in the story; "في مقاطعة دونيتسك" says which Pokrovsk it is."""
    text = "أعلنت روسيا يوم الثلاثاء السيطرة على قرية قرب مدينة بوكروفسك في مقاطعة دونيتسك."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.country_code) == ("Pokrovsk", "UA")


def test_near_is_no_village_by_another_spelling(events_of):
    """"قرب" (near) read with غ for ق is "غرب", the name of a village of Malta; it is the word
    that introduces the place, never one itself."""
    text = "أعلنت روسيا يوم الثلاثاء السيطرة على قرية قرب مدينة بوكروفسك في مقاطعة دونيتسك."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.location != "Kirov"


@pytest.mark.parametrize(("text", "province"), [
    ("قتل ثمانية أشخاص يوم الثلاثاء في قصف مدفعي على قرية بشمال دارفور.", "Northern Darfur"),
    ("قتل أربعة مدنيين يوم الإثنين في هجوم مسلح على قرية بجنوب كردفان.", "Southern Kordofan"),
])
def test_a_province_glued_to_its_preposition_after_a_village_word(events_of, text, province):
    """"قرية بشمال دارفور" is a village in North Darfur: the glued "بـ" introduces the province,
    which the settlement word before it does not name (no "village called North Darfur")."""
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.admin1, event.geo_precision) == (province, 3)


@pytest.mark.parametrize("text", [
    "قتلت قوات الدعم السريع 14 مدنيا يوم الثلاثاء في هجوم على قرية ود بلال شرق الجزيرة، بحسب لجان المقاومة.",
    "اقتحم مقاتلو الدعم السريع يوم الإثنين قرية أم دقرسي جنوب الجزيرة ونهبوا المنازل وقتلوا ستة أشخاص.",
])
def test_gezira_named_without_its_state_word(events_of, text):
    """"جنوب الجزيرة", "شرق الجزيرة" in a story about the RSF: Sudan's Gezira state, not Algiers,
    which GeoNames also calls "الجزيرة"."""
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.admin1, event.country_code) == ("Al Jazirah", "SD")


def test_a_reporter_of_al_jazeera_is_no_place(events_of):
    """"مراسل الجزيرة", the channel's reporter, in a story about Sudan: no Gezira state; the
    event stays in Sudan, the only place the story gives."""
    text = ("قصفت قوات الدعم السريع سوقا في السودان يوم الثلاثاء وقتلت ثمانية مدنيين. وقال مراسل الجزيرة إن "
            "القصف أسفر أيضا عن إصابة 25 آخرين.")
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.country_code, event.admin1) == ("SD", "")
