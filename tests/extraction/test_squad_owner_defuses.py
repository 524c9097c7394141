"""A bomb defused by a squad word that names its force after it ("un equipo antiexplosivos de la
Policía desactivó ...", "the bomb squad of the national police defused ..."): that force defused
it (actor1) and the bomb's unknown owner is actor2. Sentences we wrote."""

import pytest

from dateline.models import Document


@pytest.mark.parametrize("lang, text", [
    ("es", "En Cuenca, Ecuador, un equipo antiexplosivos de la Policía desactivó el lunes una mochila con explosivos "
           "abandonada junto a un puente, informaron las autoridades."),
    ("en", "In Cuenca, Ecuador, the bomb squad of the national police defused an explosive device left near a bridge "
           "on Monday, the authorities said."),
    ("es", "En Cuenca, Ecuador, la Policía desactivó el lunes un artefacto explosivo abandonado junto a un puente, "
           "informaron las autoridades."),
])
def test_the_squad_s_force_defused_the_bomb(engine, lang, text):
    (event,) = engine.extract(Document(id="t", text=text, published="2025-01-07", lang=lang)).events
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Disrupted weapons use", "Police Forces of Ecuador", "Unidentified Armed Group (Ecuador)")


def test_a_weapon_after_an_interception_word_is_still_the_launcher(engine):
    (event,) = engine.extract(Document(id="t", text="On Monday, air defences shot down two Russian drones over "
                                                   "Kharkiv, the regional governor said.",
                                       published="2025-01-07", lang="en")).events
    assert (event.actor1, event.actor2) == ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")
