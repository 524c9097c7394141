"""A count told after the part an "including" cue names keeps its own casualty word."""
import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _figures(events):
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the wounded after the part are no more of the dead
    ("en", "Rival militias fought with heavy weapons in Zawiya on Monday night. The local hospital said seven "
           "people had been killed, including three civilians, and 19 wounded.", 7, 19),
    # a comma before "et" ends the first count: twelve wounded, not a range from one to twelve
    ("fr", "Un kamikaze s'est fait exploser mardi soir devant un café à Baidoa. « Nous avons dénombré quatre "
           "morts, dont un policier, et douze blessés », a déclaré un responsable.", 4, 12),
    # parts right after the cue stay parts
    ("en", "Gunmen attacked a village near Kajuru on Tuesday, killing nine people, including two women and "
           "three children.", 9, None),
    ("fr", "Un kamikaze s'est fait exploser mardi à Baidoa, faisant onze blessés, dont deux grièvement blessés.",
     0, 11),
    # a range keeps its first end
    ("fr", "Entre 30 et 40 personnes ont été tuées mardi à Baidoa dans un attentat.", 30, None),
])
def test_a_count_after_a_part_is_its_own(events_of, lang, text, killed, injured):
    assert _figures(events_of(text, lang, PUBLISHED)) == [(killed, injured)]
