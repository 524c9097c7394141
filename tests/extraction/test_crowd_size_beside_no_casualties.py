"""A sentence telling a crowd's size and that no one was hurt ("Police put the crowd at about
2,000 people and said the rally passed off peacefully, with no arrests or injuries reported")
is no tally: a word of no casualties counts no dead, so the count beside it is the crowd, and
the sentence gives the rally its zero figures."""

import pytest

PUBLISHED = "2024-12-16"  # a Monday


@pytest.mark.parametrize("lang, text", [
    ("en", "Thousands of farmers rallied in Munich on Monday against diesel taxes. Police put the crowd at "
           "about 2,000 people and said the rally passed off peacefully, with no arrests or injuries reported."),
    ("fr", "Des milliers d'agriculteurs ont manifesté lundi à Lyon contre la hausse des taxes. La police a évalué "
           "la foule à environ 2 000 personnes et indiqué que la manifestation s'était déroulée sans incident, "
           "sans blessé ni interpellation."),
    ("es", "Miles de agricultores marcharon el lunes en Sevilla contra el alza de impuestos. La policía cifró la "
           "multitud en unas 2.000 personas y dijo que la marcha transcurrió sin incidentes, sin heridos ni "
           "detenidos."),
])
def test_the_rally_gets_its_zero_figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.fatalities, e.injured) for e in events] == [("Peaceful protest", 0, 0)]


def test_sans_blesse_is_no_wounded(events_of):
    text = "Une grenade a explosé lundi devant un bar de Bujumbura, sans blessé selon la police."
    assert [e.injured for e in events_of(text, "fr", PUBLISHED)] == [0]
