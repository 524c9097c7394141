"""Who acts and who is acted upon, on sentences we wrote in the style of real reports: the main
clause's subject acts, victims and responders do not, the target of an attack word is actor2,
a clash has two sides, sources are never sides."""

import pytest

PUBLISHED = "2024-05-02"  # a Thursday


def test_the_main_clause_s_subject_acts_not_the_participle_s_victims(events_of):
    (event,) = events_of("Gunmen attacked a police checkpoint in Derbent on Monday, killing two police officers.",
                         None, PUBLISHED)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Russia)", "Police Forces of Russia (2000-)")


def test_a_passive_marker_belongs_to_its_own_verb(events_of):
    # "was killed" is passive; "opened fire" is not: the gunmen fired, the police officer is the victim
    (event,) = events_of("A police officer was killed when gunmen opened fire on a checkpoint in Derbent on Monday.",
                         None, PUBLISHED)
    assert event.actor1 == "Unidentified Armed Group (Russia)"


def test_an_attack_word_with_no_agent_has_its_object_as_target(events_of):
    (event,) = events_of("Lundi, une attaque a visé le détachement militaire de Déou, faisant onze morts.",
                         "fr", "2022-09-13")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Burkina Faso)",
                                            "Military Forces of Burkina Faso (2022-)")


def test_the_side_ambushed_is_the_target_even_when_its_attackers_died(events_of):
    (event,) = events_of("Five gunmen were killed on Thursday in Culiacan when soldiers were ambushed on a highway.",
                         None, "2025-01-10")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mexico)", "Military Forces of Mexico (2024-)")


@pytest.mark.parametrize("text, lang", [
    ("On Monday, two militias clashed in Bria.", "en"),
    ("Am Dienstag lieferten sich zwei Milizen in Bria Gefechte.", "de"),
])
def test_a_clash_has_two_sides_even_when_both_are_unknown(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == event.actor2 == "Unidentified Armed Group (Central African Republic)"


def test_responders_in_a_follow_up_sentence_are_not_the_attackers(events_of):
    events = events_of("Unidentified gunmen killed a village chief in Kaduna on Tuesday. "
                       "Soldiers later arrested two suspects.", None, PUBLISHED)
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert (attack.actor1, attack.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize("text, lang", [
    ("Mali: three soldiers killed in an ambush near Gao on Tuesday.", "en"),
    ("Mali : trois soldats tués dans une embuscade près de Gao mardi.", "fr"),
])
def test_a_headline_s_country_before_a_colon_is_its_topic_not_its_actor(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor1 == "Unidentified Armed Group (Mali)"
    assert event.actor2 == "Military Forces of Mali (2021-)"


def test_a_country_naming_whose_group_it_is_does_not_act(events_of):
    (event,) = events_of("Artillery shells fired by Sudan's paramilitary Rapid Support Forces hit a market in "
                         "El Fasher on Saturday, killing 15 people.", None, "2024-09-15")
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Civilians (Sudan)")


@pytest.mark.parametrize("text, lang", [
    ("The White Helmets said an air strike hit Idlib on Monday.", "en"),
    ("قال الدفاع المدني إن غارة جوية استهدفت مدينة إدلب يوم الاثنين.", "ar"),
])
def test_rescuers_and_monitors_are_sources_never_sides(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Air/drone strike"
    assert "Civilians" not in event.actor2 and "Civilians" not in event.actor1


def test_a_bomb_that_hurt_people_and_hit_no_armed_side_hit_civilians(events_of):
    (event,) = events_of("A grenade exploded in Bujumbura on Saturday evening, wounding seven.", None, "2024-05-12")
    assert (event.actor2, event.civilian_targeting) == ("Civilians (Burundi)", "Civilian targeting")


def test_a_count_after_a_comma_is_another_clause_not_the_object_of_a_death(events_of):
    # "один сотрудник полиции погиб, один ранен": the officer died; he did not kill anyone
    (event,) = events_of("В воскресенье в Назрани неизвестные обстреляли церковь. По предварительной информации, "
                         "один сотрудник полиции погиб, один ранен.", "ru", "2024-06-24")
    assert event.actor1 == "Unidentified Armed Group (Russia)"


@pytest.mark.parametrize("text, lang", [
    ("Gunmen ambushed a convoy near Gao on Tuesday, killing five soldiers. JNIM claimed responsibility for the attack.",
     "en"),
    ("هاجم مسلحون دورية للجيش المالي قرب مدينة سيغو أمس الاثنين وقتلوا خمسة جنود. "
     "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.", "ar"),
])
def test_the_group_claiming_the_attack_carried_it_out(events_of, text, lang):
    (event,) = events_of(text, lang, "2024-05-02")
    assert (event.actor1, event.actor2) == ("JNIM: Group for Support of Islam and Muslims",
                                            "Military Forces of Mali (2021-)")


@pytest.mark.parametrize("text, lang, published, side", [
    ("La banda 400 Mawozo controla la zona desde hace meses. El jueves, un pandillero fue detenido por la policía "
     "en Delmas.", "es", "2024-09-20", "400 Mawozo Gang"),
    ("Al Shabaab has fought the government for years. On Tuesday, the group attacked a military base in Baidoa, "
     "killing four soldiers.", "en", "2024-05-02", "Al Shabaab"),
    ("تنشط جماعة نصرة الإسلام والمسلمين في غرب مالي منذ سنوات. وهاجمت الجماعة قافلة قرب مدينة كايس أمس الثلاثاء.",
     "ar", "2025-07-02", "JNIM: Group for Support of Islam and Muslims"),
])
def test_the_group_is_the_armed_group_named_before(events_of, text, lang, published, side):
    (event,) = events_of(text, lang, published)
    assert side in (event.actor1, event.actor2)


def test_the_group_a_spokesman_accuses_is_no_claimant(events_of):
    events = events_of("Un coche bomba explotó el domingo frente a un comercio en Machala. Los Lobos se disputan "
                       "el puerto con Los Choneros. Un portavoz policial aseguró que el grupo estaría detrás del "
                       "atentado.", "es", "2025-01-07")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Ecuador)"]


@pytest.mark.parametrize("text, lang", [
    ("У четвер у Ель-Пасо двох лідерів угруповання були заарештовані американською владою.", "uk"),
    ("В четверг в Эль-Пасо два лидера картеля были задержаны американскими властями.", "ru"),
])
def test_an_agent_in_the_instrumental_case_arrests(events_of, text, lang):
    # no preposition marks the agent: the case ending does; the authorities arrest as the police
    (event,) = events_of(text, lang, "2024-07-26")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == "Police Forces of the United States (2021-2025)"


def test_an_arabic_weapon_followed_by_min_and_an_armed_group_was_fired_by_it(events_of):
    # "shells from the RSF": the RSF fired, though the army is the sentence's first subject
    (event,) = events_of("استهدف الجيش مواقع في الفاشر أمس، وسقطت قذائف مدفعية من قوات الدعم السريع على سوق "
                         "المدينة فقتلت خمسة مدنيين.", "ar", "2025-06-13")
    assert event.actor1 == "Rapid Support Forces"


@pytest.mark.parametrize("lang, text", [
    ("en", "At least 12 people were killed when a bomb exploded at a bus station in Gombe, police said. "
           "Soldiers later shot dead one of the suspected bombers."),
    ("fr", "Au moins douze personnes ont été tuées par l'explosion d'une bombe dans une gare routière de Gombe. "
           "Des soldats ont ensuite abattu un des poseurs de bombe présumés."),
])
def test_soldiers_who_responded_to_a_bombing_are_not_its_bombers(events_of, lang, text):
    events = events_of(text, lang, "2025-05-08")
    bombing = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bombing.actor1.startswith("Unidentified Armed Group") and bombing.fatalities == 12


def test_an_armed_sides_adjective_before_a_weapon_makes_that_side_the_attacker(events_of):
    """"атаки армейского беспилотника": the army's drone; after an attack noun the genitive
    would otherwise read as the target."""
    text = ("В центральной Мьянме по меньшей мере семь человек погибли и 20 получили ранения в результате атаки "
            "армейского беспилотника на свадьбе.")
    (event,) = events_of(text, "ru", "2025-10-08")
    assert (event.actor1, event.actor2) == ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


def test_territory_regained_is_taken_from_the_armed_side_the_story_names(events_of):
    text = "У вівторок українські десантники звільнили село Вільне на Запоріжжі, взявши в полон 20 окупантів."
    (event,) = events_of(text, "uk", "2025-10-08")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Government regains territory", "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")


@pytest.mark.parametrize(("lang", "text", "attacker"), [
    ("ru", "В среду пятеро мирных жителей погибли в результате удара Израиля по городу Тир на юге Ливана.",
     "Military Forces of Israel (2022-)"),
    ("uk", "У середу п'ятеро цивільних загинули внаслідок удару Ізраїлю по місту Тір на півдні Лівану.",
     "Military Forces of Israel (2022-)"),
])
def test_a_country_in_the_genitive_after_a_strike_noun_struck(events_of, lang, text, attacker):
    """Russian and Ukrainian mark whose strike it was by the genitive case alone ("удара
    Израиля"); the target takes a preposition ("по городу Тир")."""
    (event,) = events_of(text, lang, "2025-10-08")
    assert (event.location, event.actor1) == ("Tyre", attacker)


def test_a_speaker_that_names_itself_before_the_act_acts_though_its_enemy_comes_first(events_of):
    """"The army said on Monday it had killed 11 insurgents in a raid": "it" is the army; the
    insurgents told before the raid are its target, not the raid's other side acting."""
    (event,) = events_of("The Nigerian army said on Monday it had killed 11 insurgents in a clearance operation "
                         "near Damboa.", None, "2025-03-11")
    assert event.actor1.startswith("Military Forces of Nigeria")


@pytest.mark.parametrize(("text", "actors"), [
    # a part of the country named first is where: the country does not act
    ("Im Süden des Libanon wurden bei einem israelischen Drohnenangriff am Dienstag zwei Menschen getötet.",
     ("Military Forces of Israel", "Civilians (Lebanon)")),
])
def test_a_country_named_after_a_part_of_it_is_where_not_who(events_of, text, actors):
    (event,) = events_of(text, "de", "2025-03-12")
    assert (event.country_code, event.actor1.split(" (20")[0], event.actor2) == ("LB", *actors)


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "Two policemen were killed on Thursday when gunmen ambushed their patrol near Maiduguri.",
     "Police Forces of Nigeria"),
    ("en", "Two peacekeepers were wounded on Thursday when their convoy hit a mine near Kidal.", "MINUSMA"),
    ("fr", "Deux casques bleus ont été blessés jeudi par l'explosion d'une mine au passage de leur convoi "
           "près de Kidal.", "MINUSMA"),
])
def test_a_unit_after_a_possessive_belongs_to_the_force_named_before_it(events_of, lang, text, target):
    # "their patrol" is the policemen's patrol, not the army of the country; nor is the army the attacker
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor2.startswith(target)
    assert not event.actor1.startswith("Military Forces")


def test_a_unit_after_a_possessive_with_no_force_before_it_is_still_a_side(events_of):
    # no force named before "their": the positions are the army's
    (event,) = events_of("Rebels shelled their positions near Goma on Thursday, killing three soldiers.",
                         None, PUBLISHED)
    assert event.actor2.startswith("Military Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("text", [
    "Gunmen killed two policemen in an ambush near Maiduguri on Thursday.",
    "Suspected jihadists killed at least 14 soldiers in an ambush near Maiduguri on Saturday.",
])
def test_an_ambush_whose_dead_are_armed_forces_is_a_battle(events_of, text):
    # the act's word ("ambush") names no side after it: the dead say who was fought
    (event,) = events_of(text, None, PUBLISHED)
    assert event.sub_event_type == "Armed clash"


def test_an_attack_whose_dead_are_villagers_stays_violence_against_civilians(events_of):
    (event,) = events_of("Gunmen killed five villagers in an attack near Maiduguri on Thursday.", None, PUBLISHED)
    assert event.sub_event_type == "Attack"


@pytest.mark.parametrize(("lang", "text", "victims"), [
    ("uk", "У Херсоні внаслідок атаки російського дрона загинув чоловік, повідомила обласна адміністрація.",
     "Civilians (Ukraine)"),
    ("ru", "В Херсоне в результате атаки российского дрона погибла женщина, сообщила администрация.",
     "Civilians (Ukraine)"),
])
def test_a_victim_before_a_comma_and_a_reporting_verb_is_no_speaker(events_of, lang, text, victims):
    # the reporting verb after the comma has its own subject after it: the victim is counted and hit
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.actor2, event.fatalities) == (victims, 1)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Боевики обстреляли колонну турецких военных в районе Идлиба во вторник."),
    ("fr", "Des insurgés ont attaqué mardi un convoi de soldats turcs près d'Idlib."),
])
def test_a_unit_word_before_a_states_forces_is_theirs(events_of, lang, text):
    """"колонну турецких военных" (a convoy of Turkish soldiers) in Syria: the convoy is the Turkish
    army's, not the army of the country where it was hit."""
    (event,) = events_of(text, lang, "2025-06-18")
    assert event.actor2.startswith("Military Forces of Turkey")


def test_an_air_force_reporting_its_own_interceptions_acted(events_of):
    """"Ukraine's air force said it shot down 41 drones": the speaker reports its own act (the
    air force is the state's military, named by the country's possessive)."""
    text = "Moldova's air force said it shot down three drones over the Ungheni district overnight."
    (event,) = events_of(text, "en", "2025-06-18")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use", "Military Forces of Moldova")


def test_the_mexican_navy_and_a_cartel_it_fought(events_of):
    """"La Marina" is Mexico's navy (a state force), and the Cartel del Noreste a named group."""
    text = "La Marina abatió a cuatro presuntos integrantes del Cártel del Noreste en Anáhuac, Nuevo León."
    (event,) = events_of(text, "es", "2025-06-18")
    assert event.actor1.startswith("Military Forces of Mexico") and event.actor2 == "Northeast Cartel"


@pytest.mark.parametrize("text, lang, sides", [
    ("Government troops and RSF fighters clashed in Omdurman on Monday.", "en",
     ("Military Forces of Sudan (2019-)", "Rapid Support Forces")),
    ("Soldiers and militants clashed near Omdurman on Monday.", "en",
     ("Military Forces of Sudan (2019-)", "Unidentified Armed Group (Sudan)")),
    ("Soldados y guerrilleros del ELN se enfrentaron en Tame el lunes.", "es",
     ("Military Forces of Colombia (2022-)", "ELN: National Liberation Army")),
])
def test_two_sides_joined_as_the_subject_of_a_clash_are_its_sides(events_of, text, lang, sides):
    (event,) = events_of(text, lang, "2024-05-07")
    assert (event.actor1, event.actor2) == sides


def test_a_city_named_like_a_movement_is_no_actor(events_of):
    """"Hama" is no stem of "Hamas": the movement's name matches as written."""
    (event,) = events_of("The army shelled rebel positions near Hama on Monday.", "en", "2024-12-03")
    assert event.actor2 == "Unidentified Armed Group (Syria)" and event.location == "Hamah"


@pytest.mark.parametrize("text, lang, attacker", [
    ("Soldiers repelled an attack by al-Shabaab fighters on a base near Afgooye on Monday, the army said.", "en",
     "Al Shabaab"),
    ("Les soldats ont repoussé une attaque de jihadistes contre un poste près de Gao lundi.", "fr",
     "Unidentified Armed Group (Mali)"),
])
def test_the_side_that_repelled_an_attack_was_attacked(events_of, text, lang, attacker):
    """The pack's `repel` cues: the side that repelled the attack is the clash's second side."""
    (event,) = events_of(text, lang, "2025-03-18")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", attacker)
