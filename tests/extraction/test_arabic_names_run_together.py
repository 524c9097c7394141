"""Arabic writers often leave out the space after a letter that does not join the next one
(ا د ذ ر ز و ة): "دير حافر" and "ديرحافر" look alike on the page. A place name of several
words whose words end in such letters is also indexed run together, so the strike is placed at
the town, not lost or moved to the province named beside it."""
import pytest

from dateline.geo.keys import name_keys

PUBLISHED = "2024-05-14"  # a Tuesday


@pytest.mark.parametrize("name, joined", [
    ("دير حافر", "ديرحافر"),
    ("عيتا الشعب", "عيتاالشعب"),
    ("كفر شوبا", "كفرشوبا"),
])
def test_a_name_is_indexed_run_together(name, joined):
    assert joined in name_keys(name)


@pytest.mark.parametrize("name", ["عين عرب", "بنت جبيل", "Deir Hafer"])
def test_a_joining_letter_or_latin_name_is_not_run_together(name):
    assert all(" " in key for key in name_keys(name))


@pytest.mark.parametrize("text, town, country", [
    ("قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء قصف مدفعي استهدف بلدة ديرحافر شرقي حلب يوم الاثنين.",
     "Dayr Hafir", "SY"),
    ("أصيب مزارعان بجروح جراء غارة إسرائيلية بمسيرة استهدفت أطراف بلدة كفرشوبا جنوبي لبنان الاثنين.",
     "Kfar Shouba", "LB"),
])
def test_a_town_written_run_together_places_the_event(events_of, text, town, country):
    events = events_of(text, "ar", PUBLISHED)
    assert events
    assert {(e.location, e.country_code) for e in events} == {(town, country)}
