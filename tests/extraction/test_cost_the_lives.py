""""Cost the lives of", "a coûté la vie à", "costó la vida a", "kostete … das Leben", "стоил
жизни", "коштував життя" tell the dead they count, as "killed" does."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "On Friday, mortar rounds fired at a district of Mogadishu cost the lives of four children and "
           "wounded six other civilians.", 4, 6),
    ("fr", "Vendredi, des tirs de mortier sur un marché de Mogadiscio ont coûté la vie à quatre enfants et "
           "blessé six autres civils.", 4, 6),
    ("es", "El ataque armado contra una cantina de Irapuato le costó la vida a cuatro personas el viernes.",
     4, None),
    ("de", "Der Drohnenangriff auf Saporischschja kostete am Freitag vier Menschen das Leben.", 4, None),
    ("ru", "Обстрел Макеевки в пятницу стоил жизни четырем мирным жителям.", 4, None),
    ("uk", "У п'ятницю обстріл Запоріжжя коштував життя чотирьом людям.", 4, None),
])
def test_a_life_cost_counts_the_dead(events_of, lang, text, killed, injured):
    assert _figures(events_of, lang, text) == [(killed, injured)]
