"""GeoNames writes glottal stops and ejectives of transliterated names with an apostrophe
("Nek’emtē", "Debre Mark’os", "Sa'dah"); the press writes the word whole. Such a name is also
indexed with its inner apostrophes dropped (``geo/keys.py``)."""

from dateline.geo.keys import name_keys


def test_a_latin_name_is_also_indexed_with_its_inner_apostrophes_dropped():
    assert "nekemte" in name_keys("Nek’emtē")
    assert "debre markos" in name_keys("Debre Mark’os")
    assert {"al qaim", "qaim"} <= name_keys("Al-Qa'im")


def test_an_apostrophe_before_a_capital_or_in_cyrillic_keeps_its_words():
    assert name_keys("N'Djamena") == {"n djamena"}
    assert name_keys("Côte d'Ivoire") == {"cote d ivoire"}
    assert name_keys("Куп'янськ") == {"куп'янськ"}


def test_ethiopian_towns_are_found_as_the_press_spells_them(gazetteer):
    for spelling in ("Nekemte", "Debre Markos", "Maychew"):
        found = [p for p in gazetteer.search(spelling) if p.kind == "city"]
        assert found and found[0].country_code == "ET", spelling
