"""A story that also tells a protest keeps its battles: clashes between an army and a named rebel
group are no demonstration turned violent, even when the rebels are named outside the sides the
clash word takes (invented sentences)."""

PUBLISHED = "2024-11-04"  # a Monday


def test_clashes_with_named_rebels_stay_a_battle_in_a_protest_story(events_of):
    text = ("Les combats ont repris lundi entre les Forces armées de la RDC (FARDC), appuyées par des miliciens "
            "locaux, et les rebelles du M23 près de Kanyabayonga et de Lubero, au Nord-Kivu.\n\n"
            "Par ailleurs, à Beni, la police a dispersé samedi à coups de gaz lacrymogènes une marche de jeunes.")
    events = events_of(text, "fr", PUBLISHED)
    kinds = {(e.location, e.sub_event_type) for e in events}
    assert ("Kanyobagonga", "Armed clash") in kinds
    assert not any(e.sub_event_type == "Violent demonstration" for e in events)


def test_clashes_of_a_crowd_still_riot_in_a_protest_story(events_of):
    text = ("Samedi à Kinshasa, des milliers de manifestants ont marché contre la vie chère. "
            "Des affrontements ont éclaté en fin de journée près du boulevard du 30 juin.")
    assert "Armed clash" not in {e.sub_event_type for e in events_of(text, "fr", PUBLISHED)}
