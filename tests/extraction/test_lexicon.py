"""The compiled lexicon: phrases found on stems, and its on-disk cache."""

from dataclasses import replace

import pytest

from dateline.extraction.rules.lexicon import Lexicon
from dateline.models import Document
from dateline.prepare import Analyzer, prepare

TEXT = "Des hommes armés ont attaqué un convoi près de Gao ; un drone a été abattu mardi."


def _hits(lexicon: Lexicon, analyzer: Analyzer) -> list[tuple[str, str, str]]:
    prepared = prepare(Document(id="t", text=TEXT, lang="fr"), {"fr": analyzer})
    words = [t.norm for t in prepared.tokens]
    return [(h.kind, h.label, " ".join(words[h.start:h.end])) for h in lexicon.scan(prepared.tokens)]


def test_inflected_forms_match_on_stems():
    analyzer = Analyzer("fr")
    hits = _hits(Lexicon(analyzer.pack, analyzer.stem), analyzer)
    assert any(kind == "outcome" and words == "abattu" for kind, _label, words in hits)
    assert any(kind == "actor" and words.startswith("hommes armes") for kind, _label, words in hits)


def test_cached_lexicon_is_written_once_and_finds_the_same_phrases(tmp_path):
    analyzer = Analyzer("fr")
    fresh = _hits(Lexicon(analyzer.pack, analyzer.stem), analyzer)
    first = Lexicon.cached(analyzer.pack, analyzer.stem, tmp_path)
    (cache_file,) = (tmp_path / "cache").glob("lexicon-fr-*.pickle")
    written = cache_file.stat().st_mtime_ns
    second = Lexicon.cached(analyzer.pack, analyzer.stem, tmp_path)
    assert cache_file.stat().st_mtime_ns == written  # read, not rebuilt
    assert _hits(first, analyzer) == _hits(second, analyzer) == fresh


def test_an_edited_pack_gets_a_new_cache_file_and_the_old_one_goes(tmp_path):
    analyzer = Analyzer("fr")
    Lexicon.cached(analyzer.pack, analyzer.stem, tmp_path)
    (old,) = (tmp_path / "cache").glob("lexicon-fr-*.pickle")
    files = {**analyzer.pack.files, "triggers": {**analyzer.pack.files["triggers"], "outcomes": {}}}
    edited = replace(analyzer.pack, files=files)
    lexicon = Lexicon.cached(edited, analyzer.stem, tmp_path)
    (new,) = (tmp_path / "cache").glob("lexicon-fr-*.pickle")
    assert new != old
    assert not any(kind == "outcome" for kind, _label, _words in _hits(lexicon, analyzer))


def test_a_corrupt_cache_file_is_replaced(tmp_path):
    analyzer = Analyzer("fr")
    Lexicon.cached(analyzer.pack, analyzer.stem, tmp_path)
    (cache_file,) = (tmp_path / "cache").glob("lexicon-fr-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    lexicon = Lexicon.cached(analyzer.pack, analyzer.stem, tmp_path)
    assert _hits(lexicon, analyzer)
    assert cache_file.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_directory_is_no_error(tmp_path):
    analyzer = Analyzer("fr")
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data directory should be")
    lexicon = Lexicon.cached(analyzer.pack, analyzer.stem, blocker)
    assert _hits(lexicon, analyzer)



@pytest.mark.parametrize("people", ["villagers", "residents", "farmers", "civilians", "soldiers", "traders"])
def test_a_count_of_people_is_not_read_as_a_unit(engine, people):
    """"7 villagers" counts people even though "7 villages" does not (same stem, "=villages")."""
    text = f"Gunmen killed 7 {people} near Kano on Monday, police said."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-05", lang="en")).events
    assert event.fatalities == 7


def _found(lang: str, text: str) -> list[tuple[str, str, str]]:
    analyzer = Analyzer(lang)
    prepared = prepare(Document(id="t", text=text, lang=lang), {lang: analyzer})
    words = [t.norm for t in prepared.tokens]
    lexicon = Lexicon(analyzer.pack, analyzer.stem)
    return [(h.kind, h.label, " ".join(words[h.start:h.end])) for h in lexicon.scan(prepared.tokens, text)]


def test_a_separable_verb_is_found_with_its_particle_at_the_clause_end():
    hits = _found("de", "Bewaffnete greifen am Montag die Polizeiwache von Hinche an.")
    assert ("event", "attack", "greifen") in hits


@pytest.mark.parametrize("text", [
    "Die Kinder greifen am Montag nach den Sternen an der Schule.",  # "an" opens a phrase: no particle
    "Sie greifen zu. An der Grenze blieb es ruhig.",  # the sentence ended before
])
def test_a_particle_elsewhere_makes_no_separable_verb(text):
    assert not any(label == "attack" and words.startswith("greif") for _kind, label, words in _found("de", text))


def test_a_compound_is_read_by_its_parts():
    hits = _found("de", "Bei einer Minenexplosion starben drei Menschen.")
    assert ("event", "explosion", "minenexplosion") in hits and ("weapon", "ied", "minenexplosion") in hits
    quiet = _found("de", "Die Minenarbeiter kamen am Montag nach Hause.")
    assert not any(kind in ("event", "weapon") for kind, _label, _words in quiet)


def test_an_acronym_in_capitals_is_not_a_name():
    assert any(label == "rocket" for _kind, label, _words in _found("ru", "По городу выпустили НУР."))
    assert not any(kind == "weapon" for kind, _label, _words in _found("ru", "Нур Ахмед приехал в город."))


def test_a_phrase_that_reports_no_act_outranks_the_trigger_inside_it():
    assert not any(label == "riot" for _kind, label, _words in _found("en", "Riot police stood by in Lagos."))
    assert any(label == "riot" for _kind, label, _words in _found("en", "A riot broke out in Lagos."))


def test_a_phrase_in_two_parts_outranks_the_verb_alone():
    hits = _found("ru", "Боевики обстреляли пост полиции из автоматического оружия.")
    labels = {label for kind, label, _words in hits if kind == "weapon"}
    assert "firearm" in labels and "artillery" not in labels


@pytest.mark.parametrize("lang, text, kind, label", [
    # words whose stem is a trigger's or a casualty word's, but which mean something else
    ("en", "In March the mayor, who lives in the town, opened a market.", "event", "protest"),
    ("en", "In March the mayor, who lives in the town, opened a market.", "casualty", "killed"),
    ("en", "The National Liberation Army sent a delegation to the talks.", "event", "regain"),
    ("en", "A mining company and its executive visited the combatants' families.", "weapon", "ied"),
    ("en", "A mining company and its executive visited the combatants' families.", "event", "kill"),
    ("fr", "« Tu nous fais peur », a dit le maire devant la tombe de son père.", "casualty", "killed"),
    ("fr", "Le bus a marqué un arrêt devant la mairie.", "event", "arrest"),
    ("es", "Un muro de la escuela fue pintado por los vecinos.", "casualty", "killed"),
    ("es", "El asesino fue visto cerca del mercado.", "casualty", "killed"),
    ("ru", "Ранее мэр посетил больницу.", "casualty", "injured"),
])
def test_a_word_sharing_a_stem_is_no_hit(lang, text, kind, label):
    assert not any((k, lab) == (kind, label) for k, lab, _words in _found(lang, text))


@pytest.mark.parametrize("lang, text, kind, label", [
    ("en", "Protesters marched to parliament.", "event", "protest"),
    ("en", "Students were marching in Kumasi.", "event", "protest"),
    ("en", "The attack claimed the lives of six people.", "casualty", "killed"),
    ("fr", "Les assaillants ont tiré, tuant deux gendarmes.", "casualty", "killed"),
    ("fr", "Deux soldats sont tombés au combat.", "casualty", "killed"),
    ("es", "Dos policías murieron en el ataque.", "casualty", "killed"),
    ("ru", "Осколками ранены трое.", "casualty", "injured"),
])
def test_the_words_themselves_still_hit(lang, text, kind, label):
    assert any((k, lab) == (kind, label) for k, lab, _words in _found(lang, text))
