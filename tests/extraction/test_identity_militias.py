"""Clan, ethnic and communal militias are identity militias, named as ACLED names them.

Why: ACLED codes an armed group defined by a clan, an ethnic group or a hunters' brotherhood as
an identity militia (inter 4) named after it and the country of the event: "Unidentified Clan
Militia (Somalia)", "Fulani Ethnic Militia (Nigeria)", "Dozo Communal Militia (Mali)". The
actor list knew none of them, so "clan militiamen", "des miliciens peuls" or "des chasseurs
dozos" were an Unidentified Armed Group, and "chasseurs" alone no actor at all. They are now
named actors with ``qualify = true``; only words that say the people are armed name them, never
the community itself ("ten Fulani herders were killed" are civilians). All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday; "Saturday" is 2025-05-31

ACTS = [
    ("en", "Clan militiamen clashed with government forces in Beledweyne on Saturday, killing three soldiers.",
     "Unidentified Clan Militia (Somalia)"),
    ("en", "Rival clan militias clashed over grazing land near Galkayo on Saturday, leaving seven people dead.",
     "Unidentified Clan Militia (Somalia)"),
    ("fr", "Des miliciens peuls ont tué samedi neuf villageois près de Bandiagara, selon des élus locaux.",
     "Fulani Ethnic Militia (Mali)"),
    ("en", "Fulani militiamen killed 17 farmers in an attack on a village in Benue state on Saturday.",
     "Fulani Ethnic Militia (Nigeria)"),
    ("fr", "Des chasseurs dozos ont attaqué samedi un village dans le cercle de Bankass, tuant dix civils.",
     "Dozo Communal Militia (Mali)"),
    ("fr", "Des chasseurs traditionnels ont affronté samedi des combattants du JNIM près de Ségou, faisant "
           "douze morts.", "Dozo Communal Militia (Mali)"),
    ("en", "Druze fighters clashed with Bedouin gunmen in Sweida province on Saturday, leaving 12 people dead.",
     "Druze Ethnic Militia (Syria)"),
    ("ar", "اشتبك مسلحون قبليون السبت مع قوات الحكومة في محافظة مأرب.", "Unidentified Tribal Militia (Yemen)"),
]


@pytest.mark.parametrize(("lang", "text", "militia"), ACTS)
def test_the_militia_acts_under_its_acled_name(events_of, lang, text, militia):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == 1, events
    assert events[0].actor1 == militia, (events[0].actor1, events[0].actor2)


def test_both_sides_of_a_communal_clash_are_named(events_of):
    text = "Druze fighters clashed with Bedouin gunmen in Sweida province on Saturday, leaving 12 people dead."
    events = events_of(text, "en", PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [("Druze Ethnic Militia (Syria)",
                                                       "Bedouin Ethnic Militia (Syria)")]


def test_the_community_itself_is_no_militia(events_of):
    text = "Gunmen killed ten Fulani herders in an attack on a settlement in Plateau state on Saturday."
    events = events_of(text, "en", PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_rival_clan_militias_fought_each_other(events_of):
    """"Rival clan militias clashed": an unnamed clan fought another of its kind, not an unknown group."""
    text = "Rival clan militias clashed over grazing land near Galkayo on Saturday, leaving seven people dead."
    events = events_of(text, "en", PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Clan Militia (Somalia)",
                                                       "Unidentified Clan Militia (Somalia)")]
