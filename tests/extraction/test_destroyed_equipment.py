"""Ukrainian «знищили» and Russian «уничтожили» (destroyed) with a military object is a strike
on it, with drones or missiles an interception; the same verb about a building is no event."""

import pytest

PUBLISHED = "2025-03-14"  # a Friday


@pytest.mark.parametrize("lang, text, sub_type, actor1", [
    ("uk", "Сили оборони знищили склад боєприпасів окупантів у Запорізькій області в четвер.",
     "Air/drone strike", "Military Forces of Ukraine"),
    ("ru", "Российские артиллеристы уничтожили гаубицу ВСУ под Купянском в четверг.",
     "Shelling/artillery/missile attack", "Military Forces of Russia"),
    ("uk", "У ніч на четвер сили ППО знищили 17 безпілотників над Полтавською областю.",
     "Disrupted weapons use", "Military Forces of Ukraine"),
    ("ru", "Военные уничтожили 6 украинских беспилотников над Брянской областью в четверг.",
     "Disrupted weapons use", "Military Forces of Russia"),
])
def test_destroyed_military_objects_are_events(events_of, lang, text, sub_type, actor1):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == sub_type
    assert event.actor1.startswith(actor1)


@pytest.mark.parametrize("lang, text", [
    ("uk", "У 1943 році нацисти знищили історичну будівлю ратуші в Полтаві."),
    ("ru", "В 1941 году немецкие войска уничтожили старинный храм в Вязьме."),
    ("uk", "Окупанти знищили понад 40 житлових будинків у Херсонській області з початку року."),
])
def test_destroyed_buildings_in_the_past_are_no_events(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []
