"""One event told twice in a story, on sentences we wrote: the lead and the body name the
same place in two ways (a district, then the town it is named after)."""

from dateline.models import Document


def run(engine, text, published, lang="en"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


def test_a_district_in_the_lead_and_its_namesake_town_in_the_body_are_one_event(engine):
    events = run(engine, "Two traders in Chhattisgarh's Kondagaon district were beaten to death by villagers who "
                         "suspected them of stealing cattle. Police said on Tuesday the two men were dragged from "
                         "their truck and beaten to death by a mob in Kondagaon on Monday night.",
                 published="2024-09-11")
    assert len(events) == 1
    assert events[0].sub_event_type == "Mob violence"
    assert str(events[0].event_date) == "2024-09-09"
