"""A source told between commas right after a casualty verb ("killing, according to residents,
12 people") parts the verb from its count no more than a day does: the count after it is the toll."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "Gunmen opened fire on a minibus near Katsina on Monday, killing, according to local residents, "
           "nine passengers.", 9, None),
    ("en", "A roadside bomb struck a truck near Gao on Sunday, wounding, according to a security source, "
           "seven soldiers.", 0, 7),
    ("fr", "Des hommes armés ont attaqué un marché près de Dori lundi, tuant, selon des sources locales, "
           "onze civils.", 11, None),
    ("es", "Un comando armado irrumpió en una fiesta en Irapuato el domingo, matando, según testigos, "
           "a seis jóvenes.", 6, None),
    ("ru", "Беспилотник атаковал рынок в Горловке в среду, убив, по словам местных властей, пять человек.",
     5, None),
    ("uk", "Російський дрон атакував автобус у Нікополі в середу, убивши, за словами місцевої влади, "
           "трьох людей.", 3, None),
    ("de", "Bewaffnete überfielen am Montag ein Dorf bei Mopti und töteten, laut Dorfbewohnern, acht Hirten.",
     8, None),
    ("ar", "قتل، بحسب مصادر محلية، ثمانية رعاة يوم الاثنين في هجوم على قرية قرب موبتي.", 8, None),
])
def test_a_source_aside_does_not_part_the_verb_from_its_count(events_of, lang, text, killed, injured):
    assert _figures(events_of, lang, text) == [(killed, injured)]


def test_a_source_after_the_count_still_leaves_it(events_of):
    # no aside between: the count stands right after its verb, the source after it
    text = "Gunmen opened fire on a minibus near Katsina on Monday, killing nine passengers, according to residents."
    assert _figures(events_of, "en", text) == [(9, None)]
