"""Localities of the central Sahel (Burkina Faso, Niger, Mali, Lake Chad) that the news of the
jihadist insurgencies names and GeoNames' cities500 leaves out: army posts, massacre sites and
camps of data/places/villages/bf, ne, ml, td.toml. Each is the event's place, written as the
French or English press writes it, inflected in Russian ("в Инатесе") or in Arabic script, and
only in a story about its own country."""

import pytest


@pytest.mark.parametrize(("text", "lang"), [
    ("Des hommes armés ont attaqué dimanche le village de Solhan, dans la province du Yagha, tuant au "
     "moins trente civils, selon des sources locales.", "fr"),
    ("Боевики напали в воскресенье на деревню Солхан на севере Буркина-Фасо, убив не менее 30 мирных "
     "жителей, сообщили местные источники.", "ru"),
    ("قتل مسلحون ثلاثين مدنيا على الأقل في هجوم على قرية سولهان في شمال بوركينا فاسو يوم الأحد، "
     "بحسب مصادر محلية.", "ar"),
])
def test_a_burkinabe_massacre_village_in_three_scripts(events_of, text, lang):
    events = events_of(text, lang, "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Solhan", "BF")]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Suspected jihadists killed 12 soldiers in an attack on an army post in Inates, in Niger's "
     "Tillaberi region, on Monday, the defence ministry said.", "en", "Inatès"),
    ("Боевики атаковали военный лагерь в Инатесе на западе Нигера, погибли 12 военнослужащих, "
     "сообщило министерство обороны.", "ru", "Inatès"),
    ("Bei einem Angriff auf einen Armeeposten in Tongo Tongo im Westen Nigers wurden am Montag sieben "
     "Soldaten getötet, teilte das Verteidigungsministerium mit.", "de", "Tongo Tongo"),
    ("قتل سبعة جنود نيجريين في هجوم على موقع عسكري في شينيغودار غرب النيجر، بحسب وزارة الدفاع.",
     "ar", "Chinégodar"),
])
def test_nigerien_army_posts_of_the_tillaberi_border(events_of, text, lang, place):
    events = events_of(text, lang, "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [(place, "NE")]


def test_a_dogon_country_commune_and_a_lake_chad_shore_village(events_of):
    mali = events_of("Au moins quarante civils ont été tués par des jihadistes à Diallassagou, dans le "
                     "cercle de Bankass, au centre du Mali, selon des élus locaux.", "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in mali] == [("Diallassagou", "ML")]
    chad = events_of("Бойовики напали на військову базу в Нгубуа в провінції Озеро на заході Чаду, "
                     "загинули шестеро військових.", "uk", "2026-03-04")
    assert [(e.location, e.country_code) for e in chad] == [("Ngouboua", "TD")]


def test_a_sahel_village_is_not_taken_in_a_story_about_another_country(events_of):
    # "Pensa" is also German news' spelling of Penza, Russia; "Moura" a Portuguese town
    events = events_of("In Pensa im Westen Russlands nahm die Polizei am Sonntag zwölf Demonstranten fest, "
                       "teilte ein Menschenrechtsportal mit.", "de", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Penza", "RU")]


@pytest.mark.parametrize(("text", "lang", "place", "country"), [
    # the transliterated lookup read these as Diébougou and as Benin City, Nigeria
    ("قتل مسلحون ستة مدنيين في هجوم على سوق في دياباغا شرق بوركينا فاسو، بحسب مصادر أمنية.",
     "ar", "Diapaga", "BF"),
    ("قتل جنديان بنينيان في هجوم على دورية قرب مالانفيل شمال بنين، بحسب مصدر عسكري.",
     "ar", "Malanville", "BJ"),
    ("Боевики атаковали полицейский пост в Тангиета на севере Бенина, погибли двое полицейских.",
     "ru", "Tanguieta", "BJ"),
])
def test_sahel_towns_in_the_arabic_and_russian_spellings_of_the_news(events_of, text, lang, place, country):
    events = events_of(text, lang, "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [(place, country)]


def test_a_tillaberi_commune_of_the_mali_border(events_of):
    events = events_of("Des hommes armés ont tué neuf civils dans la commune d'Anzourou, dans la région de "
                       "Tillabéri, selon des sources locales.", "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Anzourou", "NE")]
