""""Nearly 30", "près de 30", "casi 30", "почти 30", "майже 30", "fast 30", "قرابة 30": ACLED
codes the stated figure, in every language, and a qualifier opening the sentence ("Casi 30
personas murieron") is no place name."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.location, e.fatalities) for e in events)


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Nearly 30 people were killed on Sunday when gunmen stormed a village near Zurmi.", "Zurmi"),
    ("fr", "Près de 30 personnes ont été tuées dimanche dans l'attaque d'un village près de Ménaka.", "Menaka"),
    ("es", "Casi 30 personas murieron el domingo en un ataque armado contra un palenque en Zamora.", "Zamora"),
    ("ru", "Почти 30 человек погибли в воскресенье в результате обстрела Горловки.", "Horlivka"),
    ("uk", "Майже 30 людей загинули в неділю внаслідок обстрілу Нікополя.", "Nikopol"),
    ("ar", "قتل قرابة 30 شخصا يوم الأحد في هجوم على قرية قرب غاو.", "Gao"),
])
def test_nearly_a_figure_is_the_figure(events_of, lang, text, place):
    assert _figures(events_of, lang, text) == [(place, 30)]
