"""Arabic: a second crowd told beside the first in one sentence ("كما تظاهر آخرون") is a
demonstration of its own (sentences written for these tests)."""


_TWO_CROWDS = ("اعتقلت الشرطة عشرات المتظاهرين تجمعوا الأربعاء أمام مقر الحكومة في القاهرة للمطالبة "
               "بالإفراج عن المعتقلين، كما تظاهر آخرون أمام السفارة الأميركية احتجاجا على الحرب.")


def test_others_who_demonstrated_elsewhere_are_a_second_protest(events_of):
    events = events_of(_TWO_CROWDS, "ar", "2024-02-08")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Protest with intervention"]
    assert {e.location for e in events} == {"Cairo"}


def test_the_story_goes_on_about_the_first_crowd(events_of):
    """A later sentence on the police's dispersal is the first crowd's, not the second's."""
    text = _TWO_CROWDS + " وقالت الشرطة إنها فرقت المتظاهرين باستخدام الغاز المسيل للدموع."
    events = events_of(text, "ar", "2024-02-08")
    peaceful = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert len(events) == 2 and len(peaceful) == 1 and not peaceful[0].actor2


def test_others_injured_are_no_second_crowd(events_of):
    events = events_of("تظاهر مئات الأشخاص الجمعة في الخرطوم، وأصيب ثلاثة آخرون بجروح.", "ar", "2024-02-10")
    assert len(events) == 1
