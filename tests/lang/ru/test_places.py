"""Russian places (invented sentences): a province in any case of its noun."""

import pytest

from ..examples import events_of


@pytest.mark.parametrize("text", [
    "Силы ПВО уничтожили украинский беспилотник над Курской областью.",  # instrumental: "-ью"
    "Силы ПВО уничтожили украинский беспилотник в Курской области.",
])
def test_a_province_is_found_in_every_case_of_its_noun(engine, text):
    (event,) = events_of(engine, "ru", text, "2024-09-10")
    assert (event.country_code, event.admin1, event.geo_precision) == ("RU", "Kurskaya oblast'", 3)
