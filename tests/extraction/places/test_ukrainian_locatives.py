"""Ukrainian towns in "-ук" take "-уці" in the locative ("у Кременчуці"); the name is found
through its dictionary form (``dateline/data/places/names.toml`` alternations). Sentences are ours."""

from dateline.geo.keys import query_keys
from dateline.models import Document


def test_the_locative_in_utsi_gives_the_name_in_uk():
    assert "кременчук" in query_keys("кременчуці")


def test_a_strike_in_a_town_told_in_its_locative(engine):
    text = "Російська ракета в суботу влучила в склад у Кременчуці, поранено двох охоронців."
    events = engine.extract(Document(id="t", text=text, published="2025-06-14", lang="uk")).events
    assert [(e.location, e.country_code) for e in events] == [("Kremenchuk", "UA")]
