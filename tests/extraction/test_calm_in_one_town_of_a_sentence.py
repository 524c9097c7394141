""""Police fired tear gas in Nairobi, while marches in Mombasa were peaceful", on sentences we
wrote: a word of calm makes peaceful only the protest of the part of the sentence it stands
in; the town where force was used keeps its intervention."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("text", "lang", "forced", "calm"), [
    ("Police fired tear gas to disperse protesters in Nairobi, while marches in Mombasa and Kisumu were "
     "peaceful.", "en", "Nairobi", "Mombasa"),
    ("La police a tiré des gaz lacrymogènes pour disperser les manifestants à Conakry, tandis qu'à Labé la "
     "marche s'est déroulée dans le calme.", "fr", "Conakry", "Labe"),
    ("La policía lanzó gases lacrimógenos contra los manifestantes en Lima, mientras que en Arequipa la "
     "marcha transcurrió de forma pacífica.", "es", "Lima", "Arequipa"),
    ("In Hamburg setzte die Polizei Wasserwerfer gegen Demonstranten ein, in München blieb der Protest "
     "friedlich.", "de", "Hamburg", "Munich"),
    ("В Тбилиси полиция применила слезоточивый газ для разгона демонстрантов, а в Батуми акция прошла "
     "мирно.", "ru", "Tbilisi", "Batumi"),
    ("У Києві поліція затримала кількох протестувальників, а у Львові акція пройшла мирно.", "uk", "Kyiv", "Lviv"),
    ("وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين في الخرطوم، فيما مرت المظاهرات في عطبرة "
     "بشكل سلمي.", "ar", "Khartoum", "Atbara"),
])
def test_calm_in_one_part_leaves_force_in_the_other(events_of, text, lang, forced, calm):
    events = {e.location: e.sub_event_type for e in events_of(text, lang, PUBLISHED)}
    assert events[forced] == "Protest with intervention"
    assert events[calm] == "Peaceful protest"


def test_calm_told_of_the_whole_list_stays_peaceful(events_of):
    events = events_of("Thousands of people marched peacefully in Nairobi and Mombasa on Tuesday.", "en", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Peaceful protest"]
