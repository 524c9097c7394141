"""An event told as passing off peacefully, or with nobody hurt, had nobody killed (ACLED's 0)."""
import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _figures(events):
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "Hundreds of nurses marched through Leeds on Tuesday to demand higher pay. Police said the march "
           "passed off peacefully.", 0, None),
    ("en", "Several hundred students rallied outside the town hall in Ghent on Tuesday against tuition fees. "
           "No incidents were reported.", 0, 0),
    ("de", "Rund 500 Pflegekräfte haben am Dienstag in Kassel für höhere Löhne demonstriert. Die Kundgebung "
           "verlief nach Angaben der Polizei friedlich.", 0, None),
    ("fr", "Quelque 2.000 enseignants ont manifesté mardi à Nantes contre la réforme. Le rassemblement s'est "
           "déroulé dans le calme, selon la préfecture.", 0, None),
    ("es", "Cientos de maestros marcharon el martes por el centro de Arequipa para exigir aumentos. La "
           "movilización transcurrió en calma, según la Policía.", 0, None),
    ("ru", "Во вторник около трёхсот жителей вышли на митинг в Самаре против вырубки парка. Акция прошла "
           "спокойно.", 0, None),
    ("ru", "Во вторник полиция задержала пятерых участников митинга в Самаре. Пострадавших, по словам "
           "полицейских, нет.", 0, 0),
    ("uk", "У вівторок близько двохсот людей вийшли на акцію протесту в Полтаві. Акція пройшла спокійно.",
     0, None),
    # nobody hurt: nobody dead either, a dispersed crowd too
    ("es", "Agentes policiales dispersaron el martes con gases lacrimógenos a un grupo de mineros que "
           "bloqueaba la carretera en Puno. La Policía informó que no hubo heridos.", 0, 0),
])
def test_a_calm_event_counts_no_dead(events_of, lang, text, killed, injured):
    assert _figures(events_of(text, lang, PUBLISHED)) == [(killed, injured)]


def test_marching_calmly_says_nothing_of_the_toll(events_of):
    # how the crowd marched is no report on the event's outcome
    text = "Des milliers de manifestants ont marché dans le calme mardi à Nantes contre la réforme."
    assert _figures(events_of(text, "fr", PUBLISHED)) == [(None, None)]


def test_a_toll_beats_a_calm_afterword(events_of):
    text = ("Police shot dead two protesters in Kisumu on Tuesday. In Nakuru, a separate march passed off "
            "peacefully.")
    assert (2, None) in _figures(events_of(text, "en", PUBLISHED))


def test_nobody_hurt_beside_untold_dead_says_nothing_of_them(events_of):
    # the dead are told (vaguely): "no civilians were hurt" does not make them none
    text = ("La aviación militar bombardeó el sábado un campamento cerca de Bosaso y mató a varios milicianos. "
            "No hubo heridos entre los civiles, según el Ejército.")
    assert _figures(events_of(text, "es", PUBLISHED)) == [(None, 0)]
