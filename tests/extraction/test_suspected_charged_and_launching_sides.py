"""Sides a report names beside the act without being the side they seem: the group unnamed
attackers are believed to belong to, the group a charge names, the launcher that announced the
missile another side shot down, and an ally joined to a state's forces in a clash.

Why: "gunmen believed to be from JNIM" read the group as the side the gunmen hit (the hearsay
words hold a passive, "to be"); ACLED codes the group the report attributes the act to. "Arrested
on charges of collaborating with the RSF" made the RSF the arrested side; the people taken are
civilians, the group is the charge (a membership charge still names the arrested group). "The
Houthis said they fired a missile at Tel Aviv, which the Israeli army said it intercepted": the
launcher, a speaker far from the interception, was left unknown. "Malian soldiers and Wagner
mercenaries clashed with JNIM" made Wagner, the ally named next to the verb, actor1; the state's
forces named first lead, the ally is their associate (``assoc_actor_1``). Each pack lists its
``charge_ties`` and ``suspected_links``. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday: "Monday" is 2025-03-10, "Tuesday" 2025-03-11, "Sunday" 2025-03-09

JNIM = "JNIM: Group for Support of Islam and Muslims"

SUSPECTED = [
    ("en", "Gunmen believed to be from JNIM killed seven villagers in Djibo on Monday, local sources said.",
     "Attack", JNIM, "Civilians (Burkina Faso)"),
    ("ar", "قتل مسلحون يعتقد أنهم من جماعة نصرة الإسلام والمسلمين ستة مدنيين في جيبو يوم الاثنين.",
     "Attack", JNIM, "Civilians (Burkina Faso)"),
    ("ar", "قتل مسلحون يشتبه في انتمائهم إلى حركة الشباب أربعة جنود قرب أفجوي يوم الثلاثاء.",
     "Armed clash", "Al Shabaab", "Military Forces of Somalia"),
    # neighbours that were already right
    ("fr", "Des hommes armés soupçonnés d'appartenir au JNIM ont tué cinq civils lundi à Djibo, selon des "
           "sources locales.", "Attack", JNIM, "Civilians (Burkina Faso)"),
    ("en", "Suspected Al-Shabaab militants killed four soldiers in an ambush near Afgooye on Tuesday.",
     "Armed clash", "Al Shabaab", "Military Forces of Somalia"),
]


@pytest.mark.parametrize(("lang", "text", "sub", "actor1", "actor2"), SUSPECTED)
def test_unnamed_attackers_believed_to_be_of_a_group_are_that_group(events_of, lang, text, sub, actor1, actor2):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [(sub, actor1)], events
    assert events[0].actor2.startswith(actor2), events[0].actor2


CHARGED = [
    ("ar", "اعتقلت قوات الأمن السودانية خمسة أشخاص في كسلا يوم الأحد بتهمة التعاون مع قوات الدعم السريع.",
     "Civilians (Sudan)"),
    ("en", "Sudanese security forces arrested five people in Kassala on Sunday on charges of collaborating "
           "with the RSF.", "Civilians (Sudan)"),
    ("fr", "Les forces de sécurité soudanaises ont arrêté cinq personnes dimanche à Kassala, accusées de "
           "collaborer avec les FSR.", "Civilians (Sudan)"),
    ("es", "La policía colombiana detuvo el lunes en Cali a cuatro personas acusadas de colaborar con el ELN.",
     "Civilians (Colombia)"),
    # a membership charge names the arrested group (ACLED), as before
    ("ar", "اعتقلت قوات الأمن العراقية ثلاثة أشخاص في الموصل يوم الاثنين بتهمة الانتماء إلى تنظيم داعش.",
     "Islamic State (Iraq)"),
]


@pytest.mark.parametrize(("lang", "text", "actor2"), CHARGED)
def test_a_group_the_arrested_are_charged_with_helping_is_no_side(events_of, lang, text, actor2):
    arrests = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Arrests"]
    assert [e.actor2 for e in arrests] == [actor2], arrests
    assert arrests[0].actor1.startswith("Police Forces of"), arrests[0].actor1


def test_a_charged_group_is_not_the_one_group_of_the_story(events_of):
    text = "Police in Maiduguri arrested three men on Monday on suspicion of links to Boko Haram."
    arrests = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, arrests
    assert "Boko Haram" not in arrests[0].actor2, arrests[0].actor2


LAUNCHED = [
    ("en", "The Houthis said they fired a ballistic missile at Tel Aviv on Monday, which the Israeli army said "
           "it intercepted."),
    ("fr", "Les Houthis ont affirmé avoir tiré un missile balistique sur Tel-Aviv lundi, que l'armée "
           "israélienne a dit avoir intercepté."),
    ("es", "Los hutíes afirmaron haber lanzado un misil contra Tel Aviv el lunes, que el ejército israelí "
           "interceptó."),
    ("de", "Die Huthi erklärten, am Montag eine Rakete auf Tel Aviv abgefeuert zu haben; die israelische Armee "
           "fing sie ab."),
    # neighbours that were already right
    ("ar", "أعلنت جماعة الحوثي إطلاق صاروخ باليستي على تل أبيب يوم الاثنين، واعترضه الجيش الإسرائيلي."),
    ("en", "The Israeli army said it intercepted a missile fired by the Houthis at Tel Aviv on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), LAUNCHED)
def test_the_side_that_announced_the_launch_launched_what_was_intercepted(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Israel (2022-)", "Houthi Movement")], events


ALLIES = [
    ("en", "Malian soldiers and Wagner mercenaries clashed with JNIM fighters near Tessalit on Tuesday, "
           "killing 12 militants.", "Military Forces of Mali", JNIM),
    # two sides joined as the subject of a clash with no side after it fought each other
    ("en", "Government troops and RSF fighters clashed in El Obeid on Monday, killing 12 civilians.",
     "Military Forces of Sudan", "Rapid Support Forces"),
]


@pytest.mark.parametrize(("lang", "text", "actor1", "actor2"), ALLIES)
def test_an_ally_joined_to_a_state_force_in_a_clash_with_a_third_side(events_of, lang, text, actor1, actor2):
    events = events_of(text, lang, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"], events
    assert events[0].actor1.startswith(actor1) and events[0].actor2 == actor2, events


ASSOCIATES = [
    ("en", "Malian soldiers and Wagner mercenaries clashed with JNIM fighters near Tessalit on Tuesday, "
           "killing 12 militants.", "Wagner Group"),
    ("en", "Malian soldiers and Africa Corps fighters killed 20 civilians in Niono on Monday.", "Africa Corps"),
    ("fr", "Les soldats maliens et les mercenaires de Wagner ont tué lundi vingt civils à Niono.", "Wagner Group"),
    # an ally told with no name is no associate; two sides of a clash joined as its subject neither
    ("en", "The Malian army and Russian fighters killed at least 20 civilians in Niono on Monday.", ""),
    ("en", "Government troops and RSF fighters clashed in El Obeid on Monday, killing 12 civilians.", ""),
]


@pytest.mark.parametrize(("lang", "text", "associate"), ASSOCIATES)
def test_an_ally_joined_to_actor1_is_its_associate(events_of, lang, text, associate):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == 1, events
    assert events[0].actor1.startswith(("Military Forces of Mali", "Military Forces of Sudan")), events[0].actor1
    assert events[0].assoc_actor_1 == associate, events[0]
