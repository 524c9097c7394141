"""An Arabic name of two consonants ("سيئون") is too short to be looked for in a whole country,
but after a locative or a feature word, in a story that names its province, it is the one town
or district of that province with those consonants (Seiyun of Hadramaout). Sentences are ours
(``dateline.extraction.places.finder``, ``dateline.geo.gazetteer``)."""

import pytest

PUBLISHED = "2025-12-03"  # a Wednesday


@pytest.mark.parametrize("text", [
    "سيطر مسلحون يوم الأربعاء على مطار سيئون في محافظة حضرموت بعد اشتباكات مع قوات الجيش.",
    "اقتحم مسلحون مقر الشرطة في مدينة سيئون بمحافظة حضرموت يوم الأحد وقتلوا ثلاثة من عناصرها.",
])
def test_a_short_name_in_the_province_the_story_names(events_of, text):
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.admin1, event.geo_precision) == ("Seiyun", "Hadramaout", 2)


def test_a_short_name_without_its_province_is_not_guessed(events_of):
    (event,) = events_of("اقتحم مسلحون مقر الشرطة في مدينة سيئون يوم الأحد وقتلوا ثلاثة من عناصرها في اليمن.",
                         "ar", PUBLISHED)
    assert event.location != "Seiyun"


def test_the_short_name_index_of_a_province(gazetteer):
    assert "Seiyun" in {p.name for p in gazetteer.short_in_province("sn", "YE", "Hadramaout")}


def test_a_town_taken_by_a_militia_is_not_taken_from_civilians(events_of):
    """Civilians hold no territory: the witnesses a later sentence names are not the side that lost it."""
    text = ("سيطرت مليشيا المجلس الانتقالي يوم الأربعاء على مدينة عتق. وتداول ناشطون ومدنيون صورا توثق توغل "
            "المليشيا في مدينة عتق.")
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2.startswith("Military Forces of Yemen")


def test_a_short_name_in_the_province_of_a_town_the_story_names(events_of):
    text = "هاجم مسلحون يوم الثلاثاء معسكرا للجيش في مدينة نيونو بولاية سيغو وسط مالي وقتلوا ستة جنود."
    (event,) = events_of(text, "ar", PUBLISHED)
    assert event.location == "Niono"


def test_a_short_name_in_a_list_a_comma_apart_after_a_known_town(events_of):
    """"شملت: كايس، نيورو،": the list a known town opens goes on over commas; Nioro is found in the
    province of Kayes, the town before it."""
    text = "أعلنت الجماعة يوم الثلاثاء تنفيذ هجمات على مواقع للجيش المالي شملت: كايس، نيورو، وقتلت عددا من الجنود."
    assert {event.location for event in events_of(text, "ar", PUBLISHED)} == {"Kayes", "Nioro"}
