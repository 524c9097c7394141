"""Words that tell a killing ("massacred", "gunned down", "exécutés", "égorgés", "ultimados",
"hingerichtet", "казнили", "أعدم") count their victims as dead, as "killed" does; "succumbed to
their injuries" counts the dead, not the wounded."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Six herders were gunned down by bandits near Birnin Gwari on Sunday."),
    ("en", "Six villagers were massacred by militants near Mopti on Sunday."),
    ("en", "Six soldiers succumbed to their injuries after an ambush near Menaka on Sunday."),
    ("fr", "Six bergers ont été égorgés par des jihadistes près de Tillabéri dimanche."),
    ("fr", "Six villageois ont été exécutés par des hommes armés près de Mopti dimanche."),
    ("fr", "Six soldats ont succombé à leurs blessures après une embuscade près de Ménaka dimanche."),
    ("es", "Seis comerciantes fueron ultimados por hombres armados en Zitácuaro el domingo."),
    ("de", "Sechs Hirten wurden am Sonntag von Dschihadisten nahe Tillabéri hingerichtet."),
    ("ru", "В воскресенье боевики казнили шестерых пастухов под Тиллабери."),
    ("ar", "أعدم مسلحون ستة رعاة يوم الأحد قرب غاو."),
])
def test_a_killing_word_counts_the_dead(events_of, lang, text):
    assert _figures(events_of, lang, text) == [(6, None)]


@pytest.mark.parametrize("lang, text", [
    # an operation carried out, a base destroyed: their article counts nobody dead
    ("en", "The army said it executed a successful operation near Sikasso on Monday, destroying two vehicles."),
    ("fr", "L'armée a éliminé une base logistique des terroristes près de Sikasso lundi, détruisant deux véhicules."),
])
def test_an_operation_carried_out_counts_no_dead(events_of, lang, text):
    assert all(killed in (None, 0) for killed, _ in _figures(events_of, lang, text))
