"""A Cyrillic name of several words in an oblique case: each word goes back to the stem its
dictionary form is indexed under, the short noun ("Яр") losing its case vowel too
(``dateline.geo.keys.query_keys``). Sentences are ours."""

import pytest

from dateline.geo.keys import query_keys
from dateline.models import Document


@pytest.mark.parametrize("declined", ["часова яра", "часовом яре", "часового яру"])
def test_every_case_of_a_two_word_name_reaches_its_stem(declined):
    assert set(query_keys("часов яр")) & set(query_keys(declined))


def test_a_clash_near_a_town_told_in_the_genitive(engine):
    text = ("Российские подразделения во вторник атаковали позиции ВСУ в районе Часова Яра, бои "
            "продолжались несколько часов, сообщил Генштаб.")
    events = engine.extract(Document(id="t", text=text, published="2025-06-14", lang="ru")).events
    assert [(e.location, e.sub_event_type) for e in events] == [("Chasiv Yar", "Armed clash")]
