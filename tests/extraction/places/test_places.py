"""Place resolution in context (``dateline.extraction.places``): lookup, scoring, sentences."""


import pytest

from dateline.extraction.places import Focus, PlaceResolver, ScoreContext, score_place
from dateline.geo.gazetteer import Place
from dateline.models import Document
from dateline.packs import load_pack
from dateline.prepare import prepare


def _place(kind: str = "city", population: int = 50_000, country: str = "IQ", name: str = "Testabad",
           source: str = "geonames") -> Place:
    return Place(1, name, kind, country, "Ninawa", "", 36.0, 43.0, population, None, source)


def test_score_terms_add_up_to_the_total():
    scored = score_place(_place(), "testabad", ScoreContext(focus={"IQ": 2.0}, focus_total=4.0,
                                                            admin_names={"ninawa"}))
    assert sum(value for _name, value in scored.terms) == pytest.approx(scored.total)
    names = [name for name, _value in scored.terms]
    assert names == ["population", "country in focus", "its province named in the sentence", "its own name"]
    assert "its own name +0.3" in scored.explain()


def test_an_alternate_name_far_from_the_story_costs():
    own = score_place(_place(), "testabad").total
    alternate = score_place(_place(), "old town").total
    assert own - alternate == pytest.approx(2.3)


def test_a_spelling_of_the_own_name_is_no_alternate_name():
    """"Odessa" written for a city now spelled "Odesa" is its own name in an older spelling: no
    away penalty, which stays for a true alternate name of the same letters count."""
    city = _place(name="Odesa", country="UA", population=1_000_000)
    assert all(name != "alternate name, country not in focus" for name, _ in score_place(city, "odessa").terms)
    assert any(name == "alternate name, country not in focus" for name, _ in score_place(city, "odenza").terms)
    town = _place(name="Odessa", country="US", population=110_000)
    assert score_place(city, "odessa").total > score_place(town, "odessa").total


def test_a_cyrillic_name_favours_the_place_whose_own_name_it_spells():
    """Two towns of the same size both answer to "Слов'янськ" (one by an 18th-century alias):
    the one whose own Latin name the Cyrillic spells wins, in any grammatical case."""
    own = _place(name="Slovyansk", country="UA", population=105_000)
    alias = _place(name="Nikopol", country="UA", population=105_000)
    for written in ("слов'янськ", "слов'янську"):
        assert score_place(own, written).total > score_place(alias, written).total
        assert ("its own name, transliterated", 0.3) in score_place(own, written).terms
    assert all(name != "its own name, transliterated" for name, _ in score_place(own, "slovyansk").terms)


def test_a_feature_word_selects_sites():
    context = ScoreContext(feature="base")
    base = score_place(_place(kind="base", population=0), "testabad", context)
    city = score_place(_place(kind="city", population=1_000_000), "testabad", context)
    assert base.total > city.total
    assert ("feature word fits", 3.0) in base.terms and ("feature word, other kind", -0.5) in city.terms


def test_a_province_word_favours_provinces():
    context = ScoreContext(admin_word=True)
    assert score_place(_place(kind="admin1", population=0), "testabad", context).total > \
        score_place(_place(kind="city", population=200_000), "testabad", context).total


def test_lookup_reads_every_spelling(gazetteer):
    resolver = PlaceResolver(gazetteer, load_pack("fr"))
    assert any(p.country_code == "IQ" for p in resolver.lookup("mossoul"))
    assert resolver.lookup("zzqxv") == ()


def test_resolve_a_sentence_in_its_documents_focus(gazetteer):
    """"Falloujah" is an alternate name (not a spelling of "Al Fallūjah"): alone it is too weak,
    with the story about Iraq it is Fallujah."""
    resolver = PlaceResolver(gazetteer, load_pack("fr"))
    prepared = prepare(Document(id="t", text="Une roquette est tombée à Falloujah jeudi.", lang="fr"), {})
    alone = resolver.resolve(prepared.tokens, [], set(), None, prepared.doc.text)
    in_focus = resolver.resolve(prepared.tokens, [], set(), Focus({"IQ": 3.0}), prepared.doc.text)
    assert alone == []
    assert [(m.place.country_code, m.relation, m.located) for m in in_focus] == [("IQ", "in", True)]
    assert "'falloujah'" in in_focus[0].reason


def test_a_small_town_named_without_in_is_no_place_when_no_country_is_known(engine):
    """A story naming no country: "Víctor, el hombre que terminó detenido" is a man, not the
    small town Victor of another continent; after "en" a name is a place."""
    from dateline.models import Document

    person = ("La policía dispersó con gases la marcha de los jubilados el miércoles. Entre los afectados "
              "estaba Víctor, un jubilado que terminó detenido.")
    events = engine.extract(Document(id="t", text=person, published="2025-10-01", lang="es")).events
    assert all(e.location != "Victor" for e in events)
    town = "La policía dispersó con gases una marcha de jubilados en Apatzingán el miércoles."
    (event,) = engine.extract(Document(id="t", text=town, published="2025-10-01", lang="es")).events
    assert event.location.startswith("Apatzing")


@pytest.mark.parametrize("text, lang, where", [
    ("Al menos tres militares murieron este martes en un ataque con explosivos en Argelia, Cauca.", "es",
     ("CO", "Argelia")),
    ("Bewaffnete töteten am Dienstag vier Soldaten in Argelia, Cauca.", "de", ("CO", "Argelia")),
])
def test_a_name_then_a_comma_and_a_province_is_a_place_of_that_province(engine, text, lang, where):
    """"Argelia, Cauca" is the Colombian municipality of Cauca, not Algeria."""
    (event,) = engine.extract(Document(id="t", text=text, published="2025-03-12", lang=lang)).events
    assert (event.country_code, event.location) == where
