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


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tres ingenieros fueron secuestrados el martes por el Ejército de Liberación Nacional en Saravena, Arauca."),
    ("fr", "Quatre agents ont été enlevés jeudi par des hommes du Front de libération du Macina près de Mopti."),
    ("fr", "Un pasteur a été enlevé mercredi par l'Armée de libération nationale à Saravena, en Colombie."),
])
def test_an_act_word_inside_a_named_actor(engine, lang, text):
    """"Liberación" in the ELN's name frees no one: the abduction stays an abduction, not the
    release of hostages."""
    events = events_of(engine, text, lang)
    assert events and {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_katiba_macina_is_jnim(engine):
    """The Macina brigade is JNIM's, as ACLED codes it; its name is no place."""
    text = "Des combattants de la katiba Macina ont enlevé dimanche trois bergers près de Mopti."
    assert [e.actor1 for e in events_of(engine, text, "fr")] == ["JNIM: Group for Support of Islam and Muslims"]
