"""Who is actor1 and who actor2, from where the actors stand around the act."""

from dateline.actors.kb import ActorRef
from dateline.actors.roles import ActorMention, assign_roles
from dateline.taxonomy import SubEventType as S

ARMY = ActorRef("military", inter=1, country="ML")
GUNMEN = ActorRef("unidentified", inter=3)
CIVILIANS = ActorRef("civilians", inter=7)


def test_the_subject_of_an_active_verb_acts_on_its_object():
    # "gunmen(0-1) attacked(2) civilians(3-4)"
    roles = assign_roles(S.ATTACK, 2, 3, [ActorMention(0, 1, GUNMEN), ActorMention(3, 4, CIVILIANS)],
                         passive=False, agent_cue=None, target_cue=None)
    assert roles.actor1 is not None and roles.actor1.ref == GUNMEN
    assert roles.actor2 is not None and roles.actor2.ref == CIVILIANS


def test_a_passive_verb_makes_its_subject_the_target():
    # "soldiers(0-1) were attacked(2-3) by(4) gunmen(5-6)"
    roles = assign_roles(S.ARMED_CLASH, 2, 4, [ActorMention(0, 1, ARMY), ActorMention(5, 6, GUNMEN)],
                         passive=True, agent_cue=5, target_cue=None)
    assert roles.actor1 is not None and roles.actor1.ref == GUNMEN
    assert roles.actor2 is not None and roles.actor2.ref == ARMY


def test_victims_do_not_act():
    # "two soldiers(0-2, victims) died(3) in an explosion(5)"
    roles = assign_roles(S.REMOTE_EXPLOSIVE, 5, 6, [ActorMention(0, 2, ARMY, victim=True)],
                         passive=False, agent_cue=None, target_cue=None)
    assert roles.actor1 is None or roles.actor1.ref != ARMY
