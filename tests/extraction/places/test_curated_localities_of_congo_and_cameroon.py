"""Localities of dateline's own list added for eastern Congo, Cameroon and Bangui
(``data/places/villages/cd, cm, cf.toml``) and news spellings of two
Congolese towns GeoNames holds under other names (``cities.toml``): a story of an attack there
is placed at the locality, in its country, whatever language spells it. Sentences invented."""

import pytest


@pytest.mark.parametrize(("text", "lang"), [
    ("Des rebelles des ADF ont attaqué dans la nuit de lundi la cité d'Eringeti, dans le territoire "
     "de Beni, au Nord-Kivu, tuant sept civils, selon la société civile locale.", "fr"),
    ("Боевики ADF атаковали город Эрингети на северо-востоке ДР Конго, убив семь мирных жителей, "
     "сообщили местные власти.", "ru"),
    ("قتل مسلحون من تحالف القوى الديمقراطية سبعة مدنيين في هجوم على بلدة إيرينغيتي في إقليم "
     "شمال كيفو بشرق الكونغو الديمقراطية.", "ar"),
])
def test_an_adf_attack_on_eringeti_is_placed_there(events_of, text, lang):
    events = events_of(text, lang, "2025-05-06")
    assert [(e.location, e.country_code) for e in events] == [("Eringeti", "CD")]


@pytest.mark.parametrize(("text", "lang"), [
    ("CODECO militiamen attacked the Plaine Savo camp for displaced people in Djugu territory, "
     "Ituri province, overnight, killing nine people, local officials said.", "en"),
    ("هاجم مسلحون من ميليشيا كوديكو مخيم بلين سافو للنازحين في إقليم إيتوري شرق الكونغو "
     "الديمقراطية، ما أسفر عن مقتل تسعة أشخاص.", "ar"),
])
def test_a_militia_raid_on_the_plaine_savo_camp_is_placed_there(events_of, text, lang):
    events = events_of(text, lang, "2025-05-06")
    assert [(e.location, e.country_code) for e in events] == [("Plaine Savo", "CD")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Des combattants de Boko Haram ont attaqué dimanche soir Amchidé, dans le département du "
     "Mayo-Sava, dans l'Extrême-Nord du Cameroun, tuant quatre civils.", "fr"),
    ("Боевики «Боко харам» напали на камерунский город Амчиде у границы с Нигерией, убив четырёх "
     "мирных жителей.", "ru"),
])
def test_a_boko_haram_raid_on_amchide_is_placed_in_cameroon(events_of, text, lang):
    events = events_of(text, lang, "2025-05-06")
    assert [(e.location, e.country_code) for e in events] == [("Amchidé", "CM")]


def test_clashes_in_bangui_s_pk5_quarter_are_placed_there(events_of):
    events = events_of("Des affrontements entre groupes d'autodéfense ont fait trois morts samedi au PK5, "
                       "à Bangui, en Centrafrique, selon une source hospitalière.", "fr", "2025-05-06")
    assert [(e.location, e.country_code) for e in events] == [("PK5", "CF")]


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Повстанцы M23 заняли город Каньябайонга на севере провинции Северное Киву после боёв с "
     "армией ДР Конго.", "ru", "Kanyobagonga"),
    ("قتل خمسة مدنيين في قصف استهدف بلدة كانيابايونغا في إقليم شمال كيفو شرق الكونغو الديمقراطية، "
     "بحسب مصادر محلية.", "ar", "Kanyobagonga"),
])
def test_a_congolese_town_spelt_as_the_news_spells_it(events_of, text, lang, town):
    events = events_of(text, lang, "2024-06-28")
    assert [(e.location, e.country_code) for e in events] == [(town, "CD")]


def test_a_separatist_attack_in_the_south_west_is_placed_at_its_town(events_of):
    events = events_of("Separatist fighters attacked a gendarmerie post in Mbonge, in Cameroon's Meme division "
                       "of the South-West region, on Monday, killing two gendarmes, officials said.",
                       "en", "2025-05-06")
    assert [(e.location, e.country_code) for e in events] == [("Mbonge", "CM")]
