"""A quote told after an abduction is a sentence of its own: the release of some of the hostages it
tells leaves the abduction an abduction (invented sentences)."""

PUBLISHED = "2025-09-17"  # a Wednesday


def test_a_partial_release_quoted_after_an_abduction_keeps_the_abduction(events_of):
    text = ("Lundi, des hommes armés non identifiés ont intercepté un car à la sortie de Niono, au Mali, et enlevé "
            "une vingtaine de passagers, selon un transporteur. « Les femmes et les enfants ont été relâchés dans "
            "la soirée, mais nous restons sans nouvelles de seize hommes », a-t-il précisé.")
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in events_of(text, "fr", PUBLISHED)]
