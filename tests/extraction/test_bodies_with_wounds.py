"""A dead body counts the dead, not the hurt: the wounds told right after it describe how the dead
died ("the body of a man with gunshot wounds", "جثة رجل مصابة بطلقات نارية", "тело мужчины с
огнестрельными ранениями"), and a body in the singular counts one when no figure counts it. A
wound word in a clause of its own after the body (a comma, a conjunction) still counts the hurt."""

import pytest


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("ar", "عُثر صباح الخميس على جثة شاب مصابة بطلقات نارية في حي الوعر بمدينة حمص.", 1, None),
    ("ar", "عثرت دورية للشرطة على جثمان رجل مصاب بعيار ناري قرب مدينة القصير.", 1, None),
    ("ru", "В четверг в Макеевке обнаружили тело мужчины с огнестрельными ранениями.", 1, None),
    ("uk", "У четвер у Слов'янську знайшли тіло жінки з вогнепальними пораненнями.", 1, None),
    ("en", "Residents found the body of a trader with gunshot wounds near Kisumu on Thursday.", 1, None),
    ("de", "Am Donnerstag wurde in Kisumu die Leiche eines Händlers mit Schussverletzungen gefunden.", 1, None),
    ("de", "Am Donnerstag wurde in Kisumu ein Händler tot aufgefunden.", 1, None),
    ("es", "El cuerpo de un taxista con heridas de bala fue hallado el jueves en Culiacán.", 1, None),
    # the hurt of a clause of its own after the body still count
    ("ar", "عثرت الشرطة على جثة رجل في مدينة القصير، وأصيب شخصان بجروح في اشتباك قريب.", 1, 2),
])
def test_wounds_of_a_body_count_the_dead(events_of, lang, text, killed, injured):
    events = events_of(text, lang, "2025-03-14")
    assert events, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured)


def test_bodies_in_the_plural_take_their_own_figure(events_of):
    events = events_of("Police found the bodies of four men with gunshot wounds near Kisumu on Thursday.",
                       "en", "2025-03-14")
    assert events and events[0].fatalities == 4
    assert not events[0].injured
