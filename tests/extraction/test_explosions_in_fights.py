"""Explosions told in a fight are the fight's (ACLED: a bomb followed by armed clashes is an
*Armed clash*); a device with no exchange of fire stays a bombing; the fight that won a town
keeps its territorial type. Sentences are our own."""

import pytest

from dateline.extraction.rules.classify import classify
from dateline.taxonomy import SubEventType as S

PUBLISHED = "2024-05-07"  # a Tuesday


def _types(events):
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("weapons, events, expected", [
    (set(), {"clash", "explosion"}, S.ARMED_CLASH),  # "explosions were heard during the fighting"
    ({"ied", "firearm"}, {"explosion", "clash"}, S.ARMED_CLASH),  # device, then a gun battle
    ({"ied"}, {"explosion", "clash"}, S.REMOTE_EXPLOSIVE),  # a device and no gunfire: a bombing
    ({"ied"}, {"attack", "clash"}, S.REMOTE_EXPLOSIVE),
    ({"suicide", "firearm"}, {"explosion", "clash"}, S.SUICIDE_BOMB),  # a higher rung keeps its type
    ({"artillery"}, {"clash", "explosion"}, S.SHELLING),
    (set(), {"overtake", "clash", "explosion"}, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    (set(), {"regain", "explosion"}, S.GOVERNMENT_REGAINS_TERRITORY),
    (set(), {"explosion"}, S.REMOTE_EXPLOSIVE),  # explosions with no fight told are still a bombing
])
def test_explosions_and_fights(weapons, events, expected):
    found = classify(weapons, events, set(), target_armed=True, impact=False)
    assert found is not None and found.sub_event_type is expected


@pytest.mark.parametrize("text, lang", [
    ("Soldiers clashed with insurgents near Mopti on Sunday; several explosions were heard during the "
     "fighting.", "en"),
    ("Gunmen detonated an explosive device and then opened fire on an army patrol near Maiduguri on "
     "Monday, sparking a gun battle that lasted two hours.", "en"),
    ("Des soldats et des jihadistes se sont affrontés mardi à Djibo ; des explosions et des tirs ont été "
     "entendus pendant des heures.", "fr"),
    ("Disidentes de las FARC atacaron con explosivos y fusiles una base militar en Jamundí el martes, lo "
     "que desató un combate de tres horas.", "es"),
])
def test_a_fight_with_explosions_is_a_clash(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Armed clash"]


def test_a_roadside_bomb_during_an_operation_stays_a_bombing(events_of):
    text = ("A roadside bomb hit a military convoy during a security operation near Mopti on Sunday, "
            "killing three soldiers.")
    assert _types(events_of(text, "en", PUBLISHED)) == ["Remote explosive/landmine/IED"]


def test_a_town_won_amid_explosions_is_taken(events_of):
    text = "Rebels seized the town of Kalehe on Tuesday after heavy fighting in which explosions shook the town."
    assert _types(events_of(text, "en", PUBLISHED)) == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text, lang", [
    ("An attacker wearing an explosives-laden vest blew up at a market in Maiduguri on Monday, killing 12.", "en"),
    ("A woman detonated explosives strapped to her body at a mosque in Konduga on Friday, killing nine.", "en"),
    ("Two women blew themselves up at a checkpoint in Gwoza on Sunday, killing three soldiers.", "en"),
    ("Una mujer que llevaba explosivos adheridos al cuerpo los detonó el viernes en una mezquita de Konduga.", "es"),
    ("Dos atacantes se hicieron estallar el lunes en un mercado de Maiduguri.", "es"),
    ("Une femme portant une ceinture d'explosifs s'est fait sauter vendredi dans une mosquée de Konduga.", "fr"),
    ("Deux assaillants se sont fait exploser lundi à un poste de contrôle à Gwoza, tuant trois soldats.", "fr"),
    ("A suicide car bomber rammed a military checkpoint in Mogadishu on Tuesday, killing six soldiers.", "en"),
    ("Two teenage girls wearing explosives detonated themselves at a market in Maiduguri on Tuesday.", "en"),
    ("A suicide blast at a police station in Quetta killed 12 officers on Tuesday.", "en"),
    ("A man wearing a suicide belt blew up at a checkpoint in Baghdad on Tuesday.", "en"),
])
def test_suicide_bombers_told_without_the_word_suicide(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Suicide bomb"]


def test_a_suicide_drone_is_a_drone(events_of):
    text = "Russian forces hit Kherson with suicide drones on Monday, killing two civilians."
    assert _types(events_of(text, "en", PUBLISHED)) == ["Air/drone strike"]


def test_aircraft_bombarding_a_village_strike_from_the_air(events_of):
    """ACLED's precedence: a bombardment by aircraft is an air strike, not shelling."""
    text = ("Military jets bombarded the village of Kyauk Taw in Sagaing on Tuesday. Bombs hit a school, "
            "killing 11 people.")
    assert _types(events_of(text, "en", PUBLISHED)) == ["Air/drone strike"]


def test_a_bomb_told_right_after_an_air_strike_is_its_munition(events_of):
    text = ("Hours later, military aircraft struck the town of Lashio. A bomb hit the central market late on "
            "Tuesday, killing at least nine civilians.")
    assert _types(events_of(text, "en", PUBLISHED)) == ["Air/drone strike"]


def test_a_roadside_bomb_of_another_day_stays_its_own_event(events_of):
    text = ("Military aircraft struck the town of Lashio on Tuesday. Separately, a roadside bomb hit an army truck "
            "near the town on Wednesday, killing two soldiers.")
    assert sorted(_types(events_of(text, "en", PUBLISHED))) == ["Air/drone strike", "Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text, lang", [
    ("A bomb blast tore through a crowded market in Maiduguri on Monday, killing at least 14 people, police "
     "said. The attacker, a suicide bomber, detonated his explosives near a row of food stalls, a witness said.", "en"),
    ("Una bomba estalló el lunes en un mercado de Maiduguri y mató a 14 personas. Según la policía, el ataque "
     "fue obra de una terrorista suicida.", "es"),
])
def test_a_bomber_told_right_after_the_blast_set_it_off(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Suicide bomb"]


def test_a_bomber_of_another_day_and_town_is_another_event(events_of):
    text = ("A roadside bomb hit a police truck in Peshawar on Friday, killing three officers. A suicide bomber "
            "killed five people at a market in Quetta on Thursday.")
    assert sorted(_types(events_of(text, "en", PUBLISHED))) == ["Remote explosive/landmine/IED", "Suicide bomb"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Militants ambushed an army convoy near Gao on Tuesday with a roadside bomb and gunfire, killing four "
     "soldiers, the army said.", "en", "Armed clash"),
    ("Militants attacked an army post in Mopti with explosives and machine guns on Tuesday, killing seven "
     "soldiers.", "en", "Armed clash"),
    ("Des jihadistes ont attaqué mardi un convoi de l'armée près de Gao à l'aide d'un engin explosif et "
     "d'armes automatiques, tuant quatre soldats.", "fr", "Armed clash"),
    ("Disidentes de las FARC atacaron una patrulla del Ejército con explosivos y disparos en Jamundí el "
     "martes, matando a dos soldados.", "es", "Armed clash"),
    # "gunmen", "hommes armés" name the side, they tell no shots: the bomb stays a bombing
    ("Gunmen detonated a roadside bomb targeting a police convoy near Gao on Tuesday, killing four officers.",
     "en", "Remote explosive/landmine/IED"),
    ("Des hommes armés ont fait exploser mardi un engin explosif au passage d'un convoi de l'armée près de "
     "Gao, tuant quatre soldats.", "fr", "Remote explosive/landmine/IED"),
])
def test_a_bomb_and_gunfire_against_armed_forces(events_of, text, lang, expected):
    assert _types(events_of(text, lang, PUBLISHED)) == [expected]


def test_gunfire_is_told_shots_not_armed_men():
    both = classify({"ied", "firearm"}, {"attack"}, set(), target_armed=True, impact=True, gunfire=True)
    named = classify({"ied", "firearm"}, {"attack"}, set(), target_armed=True, impact=True, gunfire=False)
    civilians = classify({"ied", "firearm"}, {"attack"}, set(), target_armed=False, impact=True, gunfire=True)
    assert both is not None and both.sub_event_type is S.ARMED_CLASH
    assert named is not None and named.sub_event_type is S.REMOTE_EXPLOSIVE
    assert civilians is not None and civilians.sub_event_type is S.REMOTE_EXPLOSIVE


def test_a_fight_with_no_blast_is_no_concern_of_the_blast_rule():
    """The rule is about blasts: a fight with no explosion told keeps its own reason, and a
    taking with a strike and no weapon is left to ACLED's ladder as before."""
    found = classify(set(), {"clash"}, set(), target_armed=True, impact=False)
    assert found is not None and found.sub_event_type is S.ARMED_CLASH and found.reason == "clash words"
