"""Ukrainian acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types


@pytest.mark.parametrize("text, expected", [
    ("У понеділок повстанці заявили про взяття під контроль міста Гома.", "Non-state actor overtakes territory"),
    ("У понеділок протестувальники закидали камінням поліцію у Полтаві.", "Violent demonstration"),
])
def test_ukrainian_acts(engine, text, expected):
    assert sub_types(engine, "uk", text) == [expected]


def test_in_the_course_of_is_no_procession(engine):
    assert sub_types(engine, "uk", "У понеділок у Києві в ході обшуків поліція затримала двох підозрюваних.") \
        == ["Arrests"]
