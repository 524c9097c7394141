"""Arabic acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("مليشيا الانتقالي تسيطر على مدينة المكلا الاثنين.", "Non-state actor overtakes territory"),
    ("ونظمت مسيرات أخرى في مدينة تعز الاثنين.", "Peaceful protest"),
    # a stand ("وقفة") organised in front of a building is a demonstration, whatever it demands
    ("نظم العشرات من أسر المفقودين وقفة أمام مقر البرلمان في مدينة الجزائر الاثنين للمطالبة بالإفراج عن ذويهم.",
     "Peaceful protest"),
    # protesters who burn or storm a building: a violent demonstration, verb first
    ("أضرم محتجون النار في مقر مجلس المحافظة في مدينة الديوانية جنوب العراق الاثنين.", "Violent demonstration"),
    ("اقتحم متظاهرون مبنى البلدية في مدينة الكوت الاثنين.", "Violent demonstration"),
])
def test_arabic_acts(events_of, text, expected):
    assert sub_types(events_of(text, "ar", PUBLISHED)) == [expected]


@pytest.mark.parametrize("text", [
    "تواصلت في القاهرة الاثنين مفاوضات وقف إطلاق النار في غزة.",  # a ceasefire talked about is no shooting
    "تجمع مئات المحتجين أمام البرلمان في عمان الاثنين بحضور شرطة مكافحة الشغب.",  # riot police are no riot
])
def test_arabic_words_that_are_no_violence(events_of, text):
    assert not set(sub_types(events_of(text, "ar", PUBLISHED))) - {"Peaceful protest"}


def test_a_raid_told_with_its_arrests_and_no_harm_is_the_arrests(events_of):
    """"اقتحمت القوات بلدة ... واعتقلت ستة شبان" (forces stormed a town and detained six young
    men): with no weapon and no one hurt the storming is the arrests' operation, one event of
    arrests, not an attack beside them, and the youths are civilians; gunfire told too keeps the
    attack."""
    (event,) = events_of("اقتحمت القوات الإسرائيلية مدينة قلقيلية بالضفة الغربية فجر الخميس "
                         "واعتقلت ستة شبان.", "ar", "2025-10-23")
    assert event.sub_event_type == "Arrests"
    assert event.actor1.startswith("Military Forces of Israel")
    assert event.actor2.startswith("Civilians")  # youths detained with no riot told: no rioters
    fired = events_of("اقتحمت القوات الإسرائيلية مدينة قلقيلية بالضفة الغربية فجر الخميس وأطلقت "
                      "الرصاص الحي على الشبان واعتقلت ستة منهم.", "ar", "2025-10-23")
    assert "Arrests" in {e.sub_event_type for e in fired} and len(fired) == 2


def test_rockets_that_fell_and_wounded_struck(engine):
    """"سقط صاروخان على قاعدة ... ما أسفر عن إصابة ثلاثة جنود" (two rockets fell on a base,
    wounding three soldiers): no act word, but a weapon told with its wounded struck, as one
    told with its dead does."""
    from dateline.models import Document

    (event,) = engine.extract(Document(id="t", text="سقط صاروخان على قاعدة عين الأسد الجوية غربي العراق، مساء "
                                                    "الأحد، ما أسفر عن إصابة ثلاثة جنود أمريكيين.",
                                       published="2024-08-05", lang="ar")).events
    assert (event.sub_event_type, event.injured) == ("Shelling/artillery/missile attack", 3)
    assert event.actor2.startswith("Military Forces of the United States")
