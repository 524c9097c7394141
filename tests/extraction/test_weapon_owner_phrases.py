"""A weapon named with its owner's adjective fires for that owner even when the weapon's name is
two words ("a Russian ballistic missile", "un misil balístico ruso"). Sentences we wrote."""

import pytest

from dateline.models import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "A Russian ballistic missile slammed into an apartment block in Zaporizhzhia early on Friday, killing "
           "three people and wounding 15, regional officials said. Ukraine's air force said it had downed 40 drones."),
    ("en", "Russian glide bombs hit a school in Kupiansk on Friday, killing two teachers, the regional governor said."),
    ("es", "Un misil balístico ruso impactó el viernes contra un edificio residencial en Zaporiyia, matando a tres "
           "personas e hiriendo a 15, informaron las autoridades regionales."),
])
def test_a_weapon_named_with_its_owner_fires_for_the_owner(engine, lang, text):
    events = engine.extract(Document(id="t", text=text, published="2025-03-14", lang=lang)).events
    struck = [e for e in events if e.fatalities]
    assert struck and all(e.actor1 == "Military Forces of Russia (2000-)" for e in struck)
    assert all(e.actor2 == "Civilians (Ukraine)" for e in struck)
