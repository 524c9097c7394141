"""A word of calm joined to the crowd ("peaceful protesters") describes who the police hit, not
how the demonstration went: tear gas on it is still ACLED's protest with intervention, while a
march said to be peaceful, in its own part of the sentence, stays peaceful. Sentences are our own."""

import pytest

PUBLISHED = "2025-06-04"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("Police fired tear gas at peaceful protesters in Nairobi on Tuesday.", "en"),
    ("La police a tiré des gaz lacrymogènes sur des manifestants pacifiques à Dakar mardi.", "fr"),
    ("La policía lanzó gases lacrimógenos contra manifestantes pacíficos en Lima el martes.", "es"),
    ("Die Polizei setzte am Dienstag in Tiflis Tränengas gegen friedliche Demonstranten ein.", "de"),
    ("Полиция во вторник применила слезоточивый газ против мирных демонстрантов в Тбилиси.", "ru"),
    ("Поліція у вівторок застосувала сльозогінний газ проти мирних протестувальників у Тбілісі.", "uk"),
    ("أطلقت الشرطة الغاز المسيل للدموع على متظاهرين سلميين في الخرطوم يوم الثلاثاء.", "ar"),
])
def test_force_on_peaceful_protesters_is_an_intervention(events_of, text, lang):
    assert [e.sub_event_type for e in events_of(text, lang, PUBLISHED)] == ["Protest with intervention"]


def test_calm_marches_elsewhere_stay_peaceful(events_of):
    events = events_of("Police fired tear gas at protesters in Nairobi on Tuesday, while marches in "
                       "Mombasa and Kisumu were peaceful.", "en", PUBLISHED)
    assert {(e.location, e.sub_event_type) for e in events} == {
        ("Nairobi", "Protest with intervention"), ("Mombasa", "Peaceful protest"), ("Kisumu", "Peaceful protest")}


@pytest.mark.parametrize("text, lang", [
    ("Des milliers de personnes ont manifesté pacifiquement à Dakar mardi.", "fr"),
    ("خرج آلاف المتظاهرين في مظاهرة سلمية في الخرطوم يوم الثلاثاء.", "ar"),
])
def test_a_calm_crowd_with_no_force_is_peaceful(events_of, text, lang):
    assert [e.sub_event_type for e in events_of(text, lang, PUBLISHED)] == ["Peaceful protest"]
