"""An attack "repelled by" a side: the repelled attacked, the agent of the passive defended.

Why: "the army repelled an attack by the RSF" already had the RSF first (the attack's author).
Told in the passive ("insurgents attacked the town but were repelled by vigilantes", "ont été
repoussés par l'armée"), the repelling word stands between the attackers and the agent, and the
passive made the attackers the target: the defenders came first. A repel word right after a
passive marker, between the two sides, now swaps them back. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday; "Saturday" is 2025-05-31

CASES = [
    ("en", "Boko Haram insurgents attacked Konduga on Saturday but were repelled by members of the Civilian "
           "Joint Task Force, who killed 11 of the attackers.",
     ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "CJTF: Civilian Joint Task Force")),
    ("fr", "Les jihadistes ont attaqué samedi le camp de Boulsa mais ont été repoussés par l'armée burkinabè.",
     ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")),
    ("en", "The army repelled an attack by the RSF on El Obeid on Saturday.",
     ("Rapid Support Forces", "Military Forces of Sudan (2019-)")),
]


@pytest.mark.parametrize(("lang", "text", "actors"), CASES)
def test_the_repelled_side_attacked(events_of, lang, text, actors):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [("Armed clash", *actors)]
