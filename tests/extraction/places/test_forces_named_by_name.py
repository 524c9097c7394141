"""A state's forces named by a name of their own ("ВСУ", "ЗСУ") are evidence of their country as
their people's adjective is ("українські війська"): a story of the war that names the Russian
side by its adjective and the Ukrainian side by its abbreviation is not Russia's alone, so
"под Покровском" is Pokrovsk in Donetsk oblast, not the town of Yakutia. Sentences are ours."""

import pytest

PUBLISHED = "2025-02-19"  # a Wednesday


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во вторник под Покровском продолжались ожесточенные бои, российские подразделения штурмуют "
           "позиции ВСУ, сообщил Генштаб."),
    ("uk", "У вівторок під Покровськом тривали запеклі бої, російські війська атакують позиції ЗСУ."),
    ("ru", "Во вторник под Покровском шли бои с российскими войсками, погибли трое бойцов ВСУ."),
])
def test_the_front_town_is_ukraines(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.admin1, e.location) for e in events] == [("UA", "Donetsk", "Pokrovsk")]
