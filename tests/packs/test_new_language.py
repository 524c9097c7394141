"""Adding a language is adding a folder of data: an Italian pack nobody wrote code for, installed
from a temporary package, reads an Italian sentence into an event."""

from dateline.extraction.rules.engine import RulesEngine
from dateline.models import Document
from dateline.packs import available_languages
from dateline.prepare.language import detect_language

from .conftest import LATIN

ITALIAN = {
    "pack.toml": ('name = "Italiano"\nversion = "1"\n'
                  'stopwords = ["il", "lo", "la", "di", "e", "che", "un", "una", "per", "con", "del", "della", '
                  '"ha", "hanno", "sono", "nel", "nella"]\n'
                  '[morphology]\nstemmer = "italian"\n' + LATIN),
    "triggers.toml": '[weapons]\ndrone = ["drone", "droni"]\n[events]\nattack = ["attacco"]\n',
    "numbers.toml": '[units]\n3 = ["tre"]\n[casualties]\nkilled = ["uccisi", "morti"]\n',
    "dates.toml": '[weekdays]\n3 = ["giovedì"]\n',
    "places.toml": '[places]\nat = ["a", "su"]\nlocative = ["a", "su", "di"]\n',
    "actors.toml": '[generic]\ncivilians = ["civili"]\n',
}
SENTENCE = ("Un attacco di droni ha colpito Kharkiv giovedì e tre civili sono stati uccisi, "
            "ha detto il governatore della regione.")


def test_a_new_language_is_installed_and_identified(install_pack):
    install_pack("it", ITALIAN)
    assert "it" in available_languages()
    assert detect_language(SENTENCE) == "it"  # Latin candidates are whatever packs exist


def test_the_engine_reads_a_new_language_from_its_pack_alone(install_pack, settings, gazetteer):
    install_pack("it", ITALIAN)
    engine = RulesEngine(settings, gazetteer=gazetteer)
    extraction = engine.extract(Document(id="it-1", text=SENTENCE, published="2025-03-14"))
    assert [(e.sub_event_type, e.country_code, e.event_date.isoformat(), e.fatalities, e.language)
            for e in extraction.events] == [("Air/drone strike", "UA", "2025-03-13", 3, "it")]
