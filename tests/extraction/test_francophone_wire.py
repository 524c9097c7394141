"""French and Spanish wire phrasings found by probing with articles we wrote (Sahel, Congo,
Haiti, Colombia, Mexico). Sentences are ours."""

import pytest

from dateline.models import Document


def events_of(engine, text, lang, published="2026-06-11"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


@pytest.mark.parametrize(("text", "country"), [
    ("Des hommes armés ont abattu deux commerçants mardi à N'Djamena, selon la police.", "TD"),
    ("Des centaines d'étudiants ont manifesté lundi à N’Djamena contre les frais d'inscription.", "TD"),
    ("Des jihadistes ont attaqué dimanche un poste de gendarmerie à N'Guigmi, tuant quatre gendarmes.", "NE"),
])
def test_a_name_opened_by_an_elided_capital(engine, text, country):
    """"N'Djamena": the capital letter before the apostrophe is the name's first word, not
    a word of its own too short to be a place."""
    assert {e.country_code for e in events_of(engine, text, "fr")} == {country}
