"""The shortcuts that keep extraction fast give the answers of the long way round: memoised
gazetteer rows, the story's place found on first use, hits indexed by kind and label, name
spans cut at their first lower-case word, clauses and demonyms read once. Sentences are ours."""

from __future__ import annotations

import pytest

from dateline.extraction.hits import Hit
from dateline.extraction.rules.context import SentenceView
from dateline.extraction.rules.gates import Gates
from dateline.normalize import CLAUSE_BREAKS, breaks_clause
from dateline.packs.vocabulary import Cue, HitKind
from tests.extraction.sentences import context_of


def test_a_place_row_is_read_once_and_stays_the_same(gazetteer):
    capital = gazetteer.capital("FR")
    assert capital is not None
    assert gazetteer.place(capital.id) is gazetteer.place(capital.id) == capital
    assert gazetteer.place(-1) is None and gazetteer.place(-1) is None


def test_consonant_lookups_hand_out_their_own_list(gazetteer):
    first = gazetteer.by_consonants("mrbl", "MA")
    first.append(None)  # type: ignore[arg-type]
    assert None not in gazetteer.by_consonants("mrbl", "MA")


def test_near_spellings_scored_in_one_call_find_what_one_by_one_did(gazetteer):
    from rapidfuzz import fuzz

    found = gazetteer._fuzzy("el facher", "SD", 80.0)
    assert found and all(score >= 80.0 for _place, score in found)
    assert [score for _place, score in found] == sorted((score for _place, score in found), reverse=True)
    assert all(score == max(fuzz.ratio("el facher", key) for key in (_keys(gazetteer, place.id)))
               for place, score in found if score < 95.0)


def _keys(gazetteer, place_id):  # type: ignore[no-untyped-def]
    rows = gazetteer._dbs[0].execute("SELECT key FROM names WHERE place_id = ? AND key >= 'el ' AND key < 'el!'",
                                     (place_id,)).fetchall()
    return [key for (key,) in rows]


def test_the_story_place_is_found_only_when_asked(engine):
    context, _language = context_of(engine, "KANO, 3 mai (Agence) - Des hommes armés ont attaqué un marché "
                                            "de Kano vendredi, tuant quatre commerçants.", lang="fr")
    asked = []
    finder = context.story_place_finder
    assert finder is not None
    context.story_place_finder = lambda ctx: asked.append(ctx) or finder(ctx)
    assert not asked
    first = context.story_place
    assert context.story_place is first and len(asked) == 1


def _view(hits: list[Hit]) -> SentenceView:
    from dateline.prepare import Sentence

    return SentenceView(Sentence(0, 0, 10, 0, []), hits)


def test_hits_by_kind_and_label_answer_as_a_scan_would():
    hits = [Hit(HitKind.CUE, Cue.NEGATION, 0, 1), Hit(HitKind.CUE, Cue.PASSIVE, 2, 3),
            Hit(HitKind.EVENT, "attack", 3, 4), Hit(HitKind.CUE, Cue.NEGATION, 5, 6)]
    view = _view(hits)
    for kind in (HitKind.CUE, HitKind.EVENT, HitKind.WEAPON):
        assert view.has(kind) == any(h.kind == kind for h in hits)
        assert view.of(kind) == [h for h in hits if h.kind == kind]
        for label in (Cue.NEGATION, Cue.PASSIVE, "attack", Cue.FUTURE):
            assert view.has(kind, label) == any(h.kind == kind and h.label == label for h in hits)
            assert view.of(kind, label) == [h for h in hits if h.kind == kind and h.label == label]
    # the view's own lists, read-only: asked tens of thousands of times a corpus, never copied
    assert view.of(HitKind.CUE, Cue.NEGATION) is view.of(HitKind.CUE, Cue.NEGATION)
    assert view.of(HitKind.CUE) is view.of(HitKind.CUE)


def test_a_clause_break_is_any_of_its_marks():
    for gap in (" ", ", ", " ; ", "", " (", "\u060c ", " - "):
        assert breaks_clause(gap) == any(mark in CLAUSE_BREAKS for mark in gap)


def test_clauses_and_statements_are_read_once_a_sentence(engine):
    context, _language = context_of(engine, "Les rebelles ont attaqué le camp; les habitants manifestent chaque "
                                            "semaine, a dit le maire.", lang="fr")
    gates = Gates(context, frozenset())
    view = context.views[0]
    clauses = gates.clauses(view)
    assert len(clauses) >= 2 and gates.clauses(view) == clauses
    clauses.clear()  # a caller's own list
    assert gates.clauses(view)
    opening = gates._statements(view)
    assert len(opening) == 1 and gates._independent_clause(view, view.hits[-1])[0] == opening[0]


def test_a_place_name_is_not_looked_up_past_a_lower_case_word(engine):
    context, language = context_of(engine, "Des obus sont tombés sur Kharkiv mardi soir.", lang="fr")
    finder = language.places.finder
    tokens = context.views[0].sentence.tokens
    at = next(i for i, t in enumerate(tokens) if t.norm == "kharkiv")
    assert finder._name_run(tokens, at, set(), 5) == 1  # "mardi" is lower case
    assert finder._name_run(tokens, at - 1, set(), 5) == 2  # "sur Kharkiv", then "mardi"
    assert finder._name_run(tokens, at - 1, {tokens[at].index}, 5) == 1  # a blocked word ends it too
    assert [key for _s, _e, key, _p in finder.candidates(tokens, set())] == ["kharkiv"]


def test_a_word_known_to_name_no_people_is_skipped_the_same(engine):
    context, language = context_of(engine, "Une base aérienne nigérienne a été visée, et une autre base "
                                            "nigérienne aussi.", lang="fr")
    reader = language.places.reader
    tokens = context.views[0].sentence.tokens
    assert reader._demonyms(tokens) == ["NE", "NE"]
    assert reader._demonyms(tokens) == ["NE", "NE"]  # the second time with the words known to name none
    assert "base" in reader._no_demonym



def test_the_title_is_tokenised_once_for_its_countries_and_the_story_place(engine, monkeypatch):
    from dateline.extraction.rules import story
    from dateline.extraction.rules.reference import publication_reference
    from dateline.models import Document
    from dateline.prepare import prepare

    doc = Document(id="t", lang="fr", published="2024-05-02", title="Des tirs à Kidal font trois morts",
                   text="Des hommes armés ont tiré sur des civils vendredi, selon des habitants.")
    prepared = prepare(doc, {})
    language = engine._language("fr")
    context = engine._context(prepared, engine.scan(prepared, language), language,
                              publication_reference(doc, prepared.dateline))
    assert context.title_tokens and [t.norm for t in context.title_tokens][2:4] == ["a", "kidal"]
    monkeypatch.setattr(story, "tokenize", lambda *args, **kwargs: pytest.fail("the title tokenised again"))
    place = context.story_place
    assert place is not None and place.place.country_code == "ML"
