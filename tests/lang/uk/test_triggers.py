"""Ukrainian acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("У понеділок повстанці заявили про взяття під контроль міста Гома.", "Non-state actor overtakes territory"),
    ("У понеділок протестувальники закидали камінням поліцію у Полтаві.", "Violent demonstration"),
])
def test_ukrainian_acts(events_of, text, expected):
    assert sub_types(events_of(text, "uk", PUBLISHED)) == [expected]


def test_in_the_course_of_is_no_procession(events_of):
    assert sub_types(events_of("У понеділок у Києві в ході обшуків поліція затримала двох підозрюваних.",
                               "uk", PUBLISHED)) \
        == ["Arrests"]
