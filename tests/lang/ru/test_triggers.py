"""Russian acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("В понедельник повстанцы взяли контроль над городом Кидаль.", "Non-state actor overtakes territory"),
    ("В понедельник у здания суда в Ереване проходят акции.", "Peaceful protest"),
    ("В понедельник боевики обстреляли из автоматического оружия пост полиции в Дербенте.", "Armed clash"),
    # "Гао" is no police abbreviation "ГАИ": the civilians killed near it were attacked, no clash
    ("В среду боевики убили пятерых мирных жителей в деревне под Гао.", "Attack"),
    # hostages freed: no abduction of the day, nor a town regained
    ("В воскресенье военные освободили в штате Замфара 40 человек, похищенных бандитами.", "Other"),
    ("В воскресенье в Замфаре военные освободили из плена 12 заложников.", "Other"),
])
def test_russian_acts(events_of, text, expected):
    assert sub_types(events_of(text, "ru", PUBLISHED)) == [expected]


def test_earlier_is_not_wounded(events_of):
    doc = "В понедельник в Бишкеке протестующие вышли на митинг. Ранее власти обещали диалог."
    assert sub_types(events_of(doc, "ru", PUBLISHED)) == ["Peaceful protest"]
