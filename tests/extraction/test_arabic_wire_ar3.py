"""Arabic wire phrasings found by stories we wrote in the style of Reuters, AFP and Al Jazeera
Arabic: a brigade's number after "and", armed groups that arrest. Sentences are ours."""

import pytest

PUBLISHED = "2024-06-08"  # a Saturday


def test_a_brigade_number_after_and_names_the_brigade(events_of):
    """"واللواء 301": the number names a brigade, it counts no fights (the sentence is no tally)."""
    text = ("اندلعت اشتباكات عنيفة بين جهاز دعم الاستقرار واللواء 301 في مدينة الزاوية مساء الأحد، "
            "أسفرت عن مقتل تسعة أشخاص.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events_of(text, "ar", PUBLISHED)] == [
        ("Armed clash", "Az Zawiyah", 9)]


@pytest.mark.parametrize(("text", "actor1"), [
    ("اعتقلت جماعة الحوثي 14 موظفا في منظمات إغاثية في صنعاء يوم الخميس.", "Houthi Movement"),
    ("اعتقلت قوات سوريا الديمقراطية سبعة شبان في مدينة الحسكة يوم الخميس.", "SDF: Syrian Democratic Forces"),
    ("شنت هيئة تحرير الشام حملة اعتقالات في مدينة إدلب يوم الخميس.", "HTS: Hayat Tahrir al Sham"),
])
def test_an_armed_group_that_arrests_is_the_first_side(events_of, text, actor1):
    """Verb, subject, object: the group right after the arrest verb (or before the arrest
    campaign) arrests, as de facto authorities do; it is not the group of the arrested."""
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.sub_event_type, event.actor1) == ("Arrests", actor1)
    assert event.actor2 != actor1


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة أربعة عناصر من حركة الشباب في مدينة كسمايو يوم الخميس.",
    "اعتقال مسلحين من حركة الشباب في مدينة كسمايو يوم الخميس.",
    "اعتقل عناصر حركة الشباب في مدينة كسمايو يوم الخميس.",
])
def test_a_group_after_the_arrest_word_without_an_object_is_arrested(events_of, text):
    """The police arrest; a verbal noun or a passive verb with the group after it and nothing
    after the group: the group's members are the arrested."""
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.actor1, event.actor2) == ("Police Forces of Somalia (2022-)", "Al Shabaab")


def test_a_word_opening_with_a_bare_proclitic_is_no_name_written_with_the_article(events_of):
    """"فرقة" (a team) is no "ف" + Raqqa: a name the language writes with its article keeps it
    after a glued "and" or "so" ("والرقة"), so the rescue team's sentence is no event in Raqqa."""
    text = ("قُتل أربعة مدنيين وأصيب ستة آخرون يوم الأحد جراء قصف مدفعي استهدف مدينة درعا، "
            "بحسب ما أفاد ناشطون.\nوقالت مصادر طبية إن فرقة إسعاف نقلت المصابين بعد القصف إلى المستشفى.")
    assert {e.location for e in events_of(text, "ar", "2025-04-07")} == {"Dar'a"}


def test_a_name_without_the_article_may_follow_a_bare_proclitic(events_of):
    (event,) = events_of("قصفت الطائرات الحربية مواقع بحلب يوم الاثنين.", "ar", "2025-04-08")
    assert event.location == "Aleppo"


def test_shelling_of_another_town_after_an_air_strike_is_its_own_event(events_of):
    """A drone strike on a car in one town, then the artillery of the same side shelling the
    outskirts of another town nearby: two acts, two weapons, two places, two events."""
    text = ("شنت طائرة مسيرة إسرائيلية غارة على دراجة نارية في بلدة بنت جبيل جنوبي لبنان، صباح الجمعة، "
            "ما أدى إلى مقتل شاب.\nوقصفت المدفعية الإسرائيلية أطراف مدينة النبطية دون أن تسجل إصابات.")
    events = events_of(text, "ar", "2024-06-14")
    assert sorted((e.sub_event_type, e.admin1) for e in events) == [
        ("Air/drone strike", "Nabatieh"), ("Shelling/artillery/missile attack", "Nabatieh")]
    assert len({e.location for e in events}) == 2
