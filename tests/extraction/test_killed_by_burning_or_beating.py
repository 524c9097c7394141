""""Burned alive", "beaten to death", "brûlé vif", "quemado vivo", "сожгли заживо" tell deaths:
the victims they count are the toll, not only a mob's act."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Three suspected thieves were burned alive by a mob in Onitsha on Saturday.", 3),
    ("fr", "Un présumé voleur a été brûlé vif par la foule samedi à Bouaké.", 1),
    ("es", "Dos presuntos ladrones fueron quemados vivos por una turba el sábado en Ayacucho.", 2),
    ("de", "Ein mutmaßlicher Dieb wurde am Samstag in Kaduna von einer aufgebrachten Menge zu Tode geprügelt.", 1),
    ("ru", "В субботу в Кадуне толпа забила до смерти двух мужчин, обвинённых в краже.", 2),
    ("uk", "У суботу в Кадуні натовп спалив живцем чоловіка, підозрюваного у крадіжці.", 1),
])
def test_a_burning_or_a_beating_to_death_counts_its_dead(events_of, lang, text, killed):
    assert [k for k, _ in _figures(events_of, lang, text)] == [killed]
