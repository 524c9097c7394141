"""ACLED's actor pairs by kind of event, on sentences we wrote: who arrests whom, who signs
with whom, from whom a town is taken, who claims an act, and words whose owner or clause
decides who they are (a police checkpoint, security forces at a protest, a cause told in a
clause of response)."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


def one(events, sub_event_type):
    (event,) = [e for e in events if e.sub_event_type == sub_event_type]
    return event


# -- arrests --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, lang, arrested", [
    ("Police arrested a commander of the Sinaloa cartel in Culiacan on Tuesday.", "en", "Sinaloa Cartel"),
    ("Ein Kommandeur der ELN wurde am Montag in Saravena festgenommen, sagte ein Sprecher.", "de",
     "ELN: National Liberation Army"),
])
def test_the_arrested_group_is_actor2_and_the_police_arrest_when_no_force_is_named(events_of, text, lang, arrested):
    event = one(events_of(text, lang, PUBLISHED), "Arrests")
    assert event.actor1.startswith("Police Forces of")
    assert event.actor2 == arrested


def test_the_agent_of_an_arrest_noun_arrests(events_of):
    events = events_of("Le parquet a annoncé samedi l'arrestation par la Minusca d'un chef de milice anti-balaka "
                       "à Bambari.", "fr", "2015-01-18")
    event = one(events, "Arrests")
    assert event.actor1.startswith("MINUSCA")
    assert event.actor2 == "Anti-Balaka"


# -- agreements -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("Afghanistan and Pakistan signed a ceasefire agreement in Doha on Sunday.", "en"),
    ("Афганистан и Пакистан договорились о прекращении огня на переговорах в Катаре в воскресенье.", "ru"),
])
def test_the_states_that_agree_are_their_governments_in_the_order_named(events_of, text, lang):
    event = one(events_of(text, lang, "2025-10-19"), "Agreement")
    assert (event.actor1, event.actor2) == ("Government of Afghanistan (2021-)", "Government of Pakistan (2024-)")


# -- territory ------------------------------------------------------------------------------


def test_a_town_a_rebel_group_takes_is_taken_from_the_state_when_no_holder_is_named(events_of):
    event = one(events_of("M23 rebels took control of Sake on Monday.", "en", PUBLISHED),
                "Non-state actor overtakes territory")
    assert event.actor1 == "M23: March 23 Movement"
    assert event.actor2 == "Military Forces of the Democratic Republic of Congo (2019-)"


# -- who acts -------------------------------------------------------------------------------


def test_what_a_weapon_was_hurled_at_did_not_throw_it(events_of):
    (event,) = events_of("On Sunday a grenade was hurled at a police post in Srinagar and exploded, "
                         "injuring 11 civilians.", "en", "2024-11-03")
    assert event.actor1 == "Unidentified Armed Group (India)"


def test_members_of_a_named_group_counted_among_the_dead_are_actor2(events_of):
    event = one(events_of("Tres miembros del Nuevo Ejército Popular murieron el sábado en un enfrentamiento con "
                          "el Ejército en Kabankalan.", "es", "2026-03-21"), "Armed clash")
    assert (event.actor1, event.actor2) == ("Military Forces of the Philippines (2022-)", "NPA: New People's Army")


def test_a_state_force_named_in_a_later_sentence_does_not_replace_the_gunmen(events_of):
    events = events_of("Gunmen abducted 30 villagers in Bakura on Tuesday. "
                       "The state police command has yet to comment on the attack.", None, "2024-05-02")
    event = one(events, "Abduction/forced disappearance")
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


def test_a_suicide_bomber_is_the_attacker_whatever_the_voice(events_of):
    event = one(events_of("Trois kamikazes se sont fait exploser vendredi soir sur un marché de Konduga, tuant "
                          "19 personnes.", "fr", "2018-02-17"), "Suicide bomb")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_in_a_verb_final_clause_the_object_stands_before_the_verb(events_of):
    events = events_of("Am Montag hatten Mitglieder der Bande Viv Ansanm die Polizeistation in Mirebalais "
                       "angegriffen.", "de", "2025-04-01")
    assert events[0].actor1 == "Viv Ansanm"
    assert events[0].actor2 == "Police Forces of Haiti (2021-)"


def test_a_subject_after_its_verb_stands_right_after_it(events_of):
    # verb first: an actor far after the event word (here in a relative clause about the town) is no subject
    (event,) = events_of("أعلن الدفاع المدني أمس عن مقتل 15 شخصا في انفجار سيارة مفخخة في مدينة منبج، التي "
                         "تسعى قوات سوريا الديمقراطية إلى السيطرة عليها.", "ar", "2025-02-04")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")


@pytest.mark.parametrize("text, lang", [
    ("On Friday the RSF shelled residential areas of El Obeid, killing five civilians, in response to shelling by "
     "the army on its positions.", "en"),
    ("قتل خمسة مدنيين الجمعة جراء قصف مدفعي من قوات الدعم السريع على أحياء سكنية في مدينة الأبيض بولاية شمال "
     "كردفان، ردا على قصف من الجيش على مواقعها.", "ar"),
])
def test_the_actors_of_a_cause_told_in_response_are_not_the_attackers(events_of, text, lang):
    (event,) = events_of(text, lang, "2025-06-13")
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Civilians (Sudan)")


def test_a_group_first_told_as_a_criminal_group_is_the_one_named_just_after(events_of):
    events = events_of("В Рио-де-Жанейро во вторник произошла перестрелка между полицейскими и членами "
                       "преступной группировки. Цель полиции — задержать участников группировки «Команда "
                       "Вермелью».", "ru", "2025-10-29")
    event = one(events, "Armed clash")
    assert (event.actor1, event.actor2) == ("Police Forces of Brazil (2023-)", "Comando Vermelho")


# -- words whose owner decides -------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("Gunmen attacked a police checkpoint in Maiduguri on Monday.", "en"),
    ("Des hommes armés ont attaqué lundi un poste de police à Maiduguri.", "fr"),
])
def test_a_post_named_with_the_police_is_the_police_s(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor2 == "Police Forces of Nigeria (2023-)"


@pytest.mark.parametrize("text, lang", [
    ("Security forces fired tear gas at protesters in Lome on Thursday.", "en"),
    ("Las fuerzas de seguridad lanzaron gases lacrimógenos contra los manifestantes en Lomé el jueves.", "es"),
])
def test_security_forces_facing_a_crowd_are_the_police(events_of, text, lang):
    (event,) = events_of(text, lang, "2017-09-08")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 == "Police Forces of Togo (2005-)"


def test_security_forces_in_a_fight_are_the_army(events_of):
    (event,) = events_of("Security forces killed five militants in a clash near Maiduguri on Monday.", None, PUBLISHED)
    assert "Military Forces of Nigeria (2023-)" in (event.actor1, event.actor2)


def test_an_ambiguous_abbreviation_names_a_group_only_in_a_story_about_its_country(events_of):
    colombia = events_of("В Колумбии боевики АНО атаковали военную базу в Саравене во вторник.", "ru", PUBLISHED)
    assert colombia[0].actor1 == "ELN: National Liberation Army"
    russia = events_of("В Москве во вторник полиция задержала директора АНО «Новый путь».", "ru", PUBLISHED)
    assert all("ELN" not in (e.actor1 + e.actor2) for e in russia)


def test_a_common_word_for_dissidents_names_the_farc_dissidents_only_in_a_colombian_story(events_of):
    text = ("Soldados de Myanmar mataron el lunes a cuatro combatientes en la aldea de Kyauk Taw, en la región "
            "de Sagaing, en plena represión de la disidencia.")
    assert all("FARC" not in (e.actor1 + e.actor2) for e in events_of(text, "es", PUBLISHED))
    colombia = events_of("Las disidencias atacaron el lunes una patrulla del Ejército en Argelia, Cauca.",
                         "es", PUBLISHED)
    assert "FARC Dissidents" in (colombia[0].actor1, colombia[0].actor2)


def test_fds_is_the_syrian_democratic_forces_only_in_a_syrian_story(events_of):
    """French "FDS" is also the Sahel states' "Forces de défense et de sécurité"."""
    (niger,) = events_of("Samedi, une patrouille des Forces de défense et de sécurité (FDS) est tombée dans une "
                         "embuscade près de Filingué, au Niger. Quatre soldats ont été tués.", "fr", PUBLISHED)
    assert "SDF: Syrian Democratic Forces" not in (niger.actor1, niger.actor2)
    assert niger.actor2.startswith("Military Forces of Niger")
    (syria,) = events_of("Samedi, les FDS ont affronté des combattants de l'EI près de Raqqa, en Syrie.",
                         "fr", PUBLISHED)
    assert "SDF: Syrian Democratic Forces" in (syria.actor1, syria.actor2)


# -- the story's armed group ------------------------------------------------------------------


@pytest.mark.parametrize("text, lang, author", [
    ("Las disidencias de las FARC dijeron que entregarán a tres policías que fueron secuestrados el lunes "
     "en el municipio de Saravena.", "es", "FARC Dissidents"),
    ("Al-Shabaab said on Monday that it would free the four aid workers who were abducted in Baidoa on "
     "Sunday.", "en", "Al Shabaab"),
])
def test_an_act_told_without_its_author_is_the_one_armed_group_the_story_names(events_of, text, lang, author):
    (event,) = [e for e in events_of(text, lang, "2025-04-08")
                if e.sub_event_type == "Abduction/forced disappearance"]
    assert event.actor1 == author


def test_an_act_told_without_its_author_stays_unidentified_when_the_story_names_two_groups(events_of):
    text = ("El ELN y las disidencias de las FARC se disputan la zona. Tres policías fueron secuestrados el lunes "
            "en el municipio de Saravena.")
    (event,) = [e for e in events_of(text, "es", "2025-04-08")
                if e.sub_event_type == "Abduction/forced disappearance"]
    assert event.actor1 == "Unidentified Armed Group (Colombia)"


# -- who is a side -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("Doce comerciantes, cuyos hijos pertenecían a una pandilla rival, fueron asesinados en Puerto Príncipe, "
     "Haití, el lunes.", "es"),
    ("Двоє фермерів, чиї сини воювали в лавах бойовиків, були вбиті в Ракці в понеділок.", "uk"),
])
def test_actors_in_a_relative_clause_between_commas_are_no_side(events_of, text, lang):
    """"Twelve traders, whose sons belonged to a rival gang, were killed": the gang describes the
    traders; they are the civilians hit, and no gang fought anyone."""
    (event,) = events_of(text, lang, "2025-12-10")
    assert event.sub_event_type == "Attack"
    assert event.actor2.startswith("Civilians")


def test_the_agent_word_closing_an_event_phrase_introduces_the_named_agent(events_of):
    """"fueron ejecutados por la banda X": the lexicon's "ejecutados por" holds the "por", and
    "la banda X" is X, not the gang the story named first."""
    text = ("Las bandas Gran Grif y Viv Ansanm se disputan la zona desde hace meses. Doce comerciantes fueron "
            "ejecutados por la banda Viv Ansanm en Puerto Príncipe, Haití, el lunes.")
    (event,) = events_of(text, "es", "2025-12-10")
    assert event.actor1 == "Viv Ansanm"
    assert event.actor2 == "Civilians (Haiti)"


@pytest.mark.parametrize("text, lang", [
    ("Según testigos, soldados del ejército incendiaron decenas de viviendas en Kalay el martes.", "es"),
    ("According to witnesses, soldiers torched dozens of houses in Kalay on Tuesday.", "en"),
])
def test_the_source_opening_a_sentence_ends_at_its_comma(events_of, text, lang):
    """"According to witnesses, soldiers torched...": the soldiers after the comma act; they are
    not part of who reports it."""
    (event,) = events_of(text, lang, "2022-02-08")
    assert event.actor1 == "Military Forces of Myanmar (2021-)"


def test_a_state_s_clash_with_no_other_side_named_is_with_the_enemy_the_story_names(events_of):
    """A border war of two states: Pakistan's attack told with no other side is against the
    Taliban the story names, not an unidentified armed group; never against its own police."""
    text = ("На афгансько-пакистанському кордоні у неділю знову спалахнули сутички. Талібан повідомив про загибель "
            "двох цивільних внаслідок атаки Пакистану в районі Чаман.")
    (event,) = events_of(text, "uk", "2025-06-02")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Military Forces of Pakistan (2024-)"
    assert event.actor2 == "Taliban"


@pytest.mark.parametrize("text, lang", [
    ("В среду в Бишкеке протестующие разбили окна в здании мэрии. Полиция оцепила площадь перед зданием.", "ru"),
    ("On Wednesday in Bishkek rioters smashed the windows of the city hall. Police cordoned off the square.", "en"),
])
def test_the_police_a_riot_s_paragraph_names_faced_it(events_of, text, lang):
    (event,) = events_of(text, lang, "2025-06-04")
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration", "Police Forces of Kyrgyzstan")


@pytest.mark.parametrize("text, lang, police", [
    ("В воскресенье в Хасавюрте неизвестные обстреляли мечеть из автоматов. По данным МВД, один полицейский "
     "погиб, еще один ранен.", "ru", "Police Forces of Russia (2000-)"),
    ("Gunmen opened fire on a church in Kaduna on Sunday. One police officer was killed, police said.", "en",
     "Police Forces of Nigeria (2023-)"),
])
def test_the_force_that_lost_men_in_an_attack_on_a_building_is_the_side_hit(events_of, text, lang, police):
    (event,) = events_of(text, lang, "2025-06-02")
    assert event.actor2 == police


@pytest.mark.parametrize("text, lang, pair", [
    ("Al menos cuatro policías murieron el martes en un ataque con explosivos atribuido al ELN en el departamento "
     "de Arauca, informó la Policía.", "es", ("ELN: National Liberation Army", "Police Forces of Colombia (2022-)")),
])
def test_the_dead_of_an_act_blamed_on_a_group_are_the_side_it_hit(events_of, text, lang, pair):
    """Blame names the attacker; the group blamed is not also its target: the dead are."""
    (event,) = events_of(text, lang, "2025-03-12")
    assert (event.actor1, event.actor2) == pair


@pytest.mark.parametrize("text, lang", [
    ("У Дніпрі в ніч на 14 березня пролунали вибухи, окупанти атакували місто ударними БпЛА, пошкоджено "
     "приватні будинки.", "uk"),
    ("Explosions were heard in Dnipro overnight, Russian forces attacked the city with drones, damaging homes.", "en"),
])
def test_blasts_heard_have_no_agent_the_act_told_with_its_subject_decides(events_of, text, lang):
    (event,) = events_of(text, lang, "2025-03-15")
    assert (event.actor1, event.actor2) == ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")


@pytest.mark.parametrize("text, lang, author", [
    ("В Курской области во вторник в результате атаки ВСУ на автомобиль погибла женщина.", "ru",
     "Military Forces of Ukraine (2019-)"),
    ("El martes un ataque del ELN contra un bus dejó dos civiles muertos en Saravena.", "es",
     "ELN: National Liberation Army"),
])
def test_the_author_between_an_attack_and_its_target_word_is_no_armed_target(events_of, text, lang, author):
    """"атаки ВСУ на автомобиль": the army is the attack's author; the car hit makes it an attack
    on civilians, not a clash."""
    (event,) = events_of(text, lang, "2025-03-15")
    assert (event.sub_event_type, event.actor1) == ("Attack", author)
    assert event.actor2.startswith("Civilians")


# -- claims of responsibility ----------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("JNIM claimed responsibility for an ambush on an army patrol near Gao on Tuesday.", "en"),
    ("Le JNIM a revendiqué mardi l'embuscade contre une patrouille de l'armée près de Gao.", "fr"),
])
def test_a_claim_of_responsibility_keeps_the_event_and_names_its_author(events_of, text, lang):
    events = events_of(text, lang, "2025-07-02")
    assert events, "a claimed ambush is an event"
    assert events[0].actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert events[0].actor2.startswith("Military Forces of Mali")


def test_an_accusation_is_still_no_event(events_of):
    events = events_of("The government accused JNIM of the ambush near Gao.", None, "2025-07-02")
    assert events == []


def test_the_one_group_of_an_arrest_story_is_the_arrested_s(events_of):
    event = one(events_of("Two drug lords were arrested by US agents in El Paso on Thursday. They had run the "
                          "Sinaloa cartel for decades.", None, "2024-07-26"), "Arrests")
    assert event.actor2 == "Sinaloa Cartel"


def test_arrested_men_in_a_story_of_unidentified_gunmen_belong_to_no_group_named_as_a_hypothesis(events_of):
    events = events_of("Armed men killed five people in a house in Celaya on Tuesday. On Wednesday police "
                       "detained three men in Villagran. Prosecutors said the killings may be linked to the "
                       "Jalisco New Generation Cartel.", None, "2025-03-06")
    assert one(events, "Arrests").actor2 != "CJNG: Jalisco New Generation Cartel"


def test_a_group_word_before_its_name_is_that_group(events_of):
    (event,) = events_of("La guerrilla del ELN atacó el martes una base militar en Saravena.", "es", "2024-08-20")
    assert (event.actor1, event.actor2) == ("ELN: National Liberation Army", "Military Forces of Colombia (2022-)")


def test_a_village_burnt_with_no_side_named_is_the_civilians(events_of):
    (event,) = events_of("Jeudi, des insurgés ont incendié un village près de Macomia.", "fr", "2022-05-27")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 == "Civilians (Mozambique)"


@pytest.mark.parametrize("text, events", [
    ("L'attaque contre une patrouille près de Kirkouk a été revendiquée mardi par le groupe État islamique.", 1),
    ("L'attaque contre une patrouille près de Kirkouk n'a pas été revendiquée mardi, mais la police l'a attribuée "
     "au groupe État islamique.", 0),
])
def test_a_denied_claim_is_no_claim(events_of, text, events):
    assert len(events_of(text, "fr", "2024-10-17")) == events


@pytest.mark.parametrize("text, lang", [
    ("Un casque bleu a été tué mardi dans l'explosion d'un engin explosif près de Kidal.", "fr"),
    ("A peacekeeper was killed on Tuesday when a roadside bomb exploded near Kidal.", "en"),
])
def test_one_peacekeeper_is_the_un_mission_of_the_country(events_of, text, lang):
    """A peacekeeper told in the singular is the UN mission where it happened; "près de Kidal"
    is the town, not its region."""
    (event,) = events_of(text, lang, "2022-02-09")
    assert event.actor2.startswith("MINUSMA")
    assert (event.location, event.geo_precision) == ("Kidal", 2)


@pytest.mark.parametrize("text, lang", [
    ("Die israelische Armee hat am Dienstag Stellungen der Hisbollah im Südlibanon angegriffen.", "de"),
    ("L'armée israélienne a frappé mardi des positions du Hezbollah dans le sud du Liban.", "fr"),
])
def test_positions_of_a_named_group_are_the_group_s(events_of, text, lang):
    """"Stellungen der Hisbollah": an army word of no country owned by a named armed group is
    that group's, not the army of the country where it happened."""
    (event,) = events_of(text, lang, "2025-05-13")
    assert event.actor1.startswith("Military Forces of Israel") and event.actor2 == "Hezbollah"


def test_a_state_s_forces_abroad_fought_the_army_the_story_names_against_them(events_of):
    """Pakistan's forces in Afghanistan are external there (inter 8), still a state's forces: in a
    border war with the Taliban, the other side of their clash is Afghanistan's army."""
    text = ("На пакистано-афганському кордоні знову спалахнули сутички.\n\n"
            "Талібан заявив, що восьмеро їхніх цивільних загинули і ще 40 отримали поранення внаслідок атаки "
            "Пакистану в районі Хост.")
    (event,) = events_of(text, "uk", PUBLISHED)
    assert event.actor1.startswith("Military Forces of Pakistan")
    assert event.actor2.startswith("Military Forces of Afghanistan")
