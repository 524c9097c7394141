"""German stories of two places (invented sentences): a report placed only by context joins the
event told at that place, not one of its type told elsewhere before."""

PUBLISHED = "2025-11-23"  # a Sunday


def test_a_toll_after_a_riot_is_the_riots_not_an_earlier_arrest_elsewhere(events_of):
    text = ("Bei einem Messerangriff in Kassel ist am Samstagabend ein Mann getötet worden. Der mutmaßliche "
            "Täter wurde kurz darauf von Beamten festgenommen.\n\n"
            "In Erfurt ist es unterdessen am Samstag bei einer Demonstration zu Ausschreitungen gekommen. "
            "Vermummte warfen Steine auf Polizisten. Ein Dutzend Polizisten wurde verletzt, 19 Personen "
            "wurden vorübergehend in Gewahrsam genommen.")
    events = {e.location: e for e in events_of(text, "de", PUBLISHED)}
    assert events["Erfurt"].injured == 12
    assert events["Kassel"].injured is None
