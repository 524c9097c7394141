"""What the engine does with the constructions news uses. Sentences written for these tests."""

import pytest

from dateline.models import Document

PUBLISHED = "2024-05-02"  # a Thursday


def run(engine, text, published=PUBLISHED, lang=None):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang))


def test_interception_is_disrupted_weapons_use_defender_first(engine):
    result = run(engine, "BAGHDAD, Nov 9 (Wire) - A drone launched at U.S. forces at Ain al-Asad air base "
                         "was shot down on Thursday before reaching its target, a U.S. official said.",
                 published="2023-11-09")
    (event,) = result.events
    assert event.sub_event_type == "Disrupted weapons use" and event.intercepted
    assert event.actor1 == "Military Forces of the United States (2021-2025)"
    assert event.actor2 == "Unidentified Armed Group (Iraq)"


def test_passive_voice_makes_the_subject_the_target(events_of):
    (event,) = events_of("Jeudi, un convoi de l'armée malienne a été visé par une mine près de Gao, "
                         "faisant trois morts, selon des sources sécuritaires.", None, PUBLISHED)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 == "Unidentified Armed Group (Mali)" and event.actor2 == "Military Forces of Mali (2021-)"
    assert event.fatalities == 3 and event.geo_precision == 2
    assert event.claimed_by == "des sources sécuritaires"


@pytest.mark.parametrize("text, claim_kind", [
    ("The militia said U.S. bases in Syria will continue to be targeted.", "threat"),
    ("Insurgents have attacked army posts at least 30 times in Borno since January, officials said.", "count"),
])
def test_threats_and_tallies_are_claims_not_events(engine, text, claim_kind):
    result = run(engine, text)
    assert result.events == []
    assert claim_kind in {c.kind for c in result.claims}


@pytest.mark.parametrize("text, kind, claimed_by, period", [
    ("Insurgents have attacked army posts at least 30 times in Borno since early January, the army "
     "spokesman said.", "count", "the army spokesman", "since early January"),
    ("Les rebelles ont attaqué des postes de l'armée au moins 25 fois depuis début mars, a indiqué "
     "le gouverneur de la province, lors d'une conférence de presse.", "count", "le gouverneur de la province",
     "depuis début mars"),
    ("La milice a déclaré publiquement que les convois continueront d'être ciblés.", "threat", "La milice", ""),
    ("Le gouvernement accuse les rebelles d'avoir incendié le village, une version que les rebelles nient.",
     "denial", "les rebelles", ""),
    ("قال مسؤول عسكري إن المسلحين شنوا أكثر من 30 هجوما على مواقع الجيش منذ مطلع العام.", "count",
     "مسؤول عسكري", None),
])
def test_claims_name_who_says_so_and_the_period(engine, text, kind, claimed_by, period):
    claim = next(c for c in run(engine, text, published="2024-05-07").claims if c.kind == kind)
    assert claim.claimed_by == claimed_by
    if period is not None:
        assert claim.period == period


def test_a_story_told_twice_is_one_event(events_of):
    text = ("Gunmen killed five villagers in Kajuru on Tuesday, police said.\n\n"
            "The attackers stormed Kajuru at night, firing at residents, the police spokesman added.")
    assert len(events_of(text, None, "2024-11-13")) == 1


def test_three_places_the_same_day_are_three_events(events_of):
    text = ("Russian forces shelled Kupiansk, Vovchansk and Balakliia on Monday, the Kharkiv regional "
            "governor said.")
    events = events_of(text, None, "2025-01-27")
    assert len({e.location for e in events}) == 3
    assert {e.location[0] for e in events} == {"K", "V", "B"}
    assert all(e.admin1 == "Kharkiv" and e.actor1 == "Military Forces of Russia (2000-)" for e in events)


def test_no_casualties_is_zero_and_no_figure_is_none(events_of):
    (quiet,) = events_of("A roadside bomb exploded near a patrol in Kandahar on Tuesday, causing no "
                         "casualties, police said.", None, "2024-05-01")
    assert quiet.fatalities == 0 and quiet.injured == 0
    (unknown,) = events_of("Israeli warplanes struck targets in Khan Younis on Tuesday.", None, "2024-10-22")
    assert unknown.fatalities is None


def test_dozens_and_at_least_follow_acled(events_of):
    (event,) = events_of("Des dizaines de civils ont été tués samedi dans l'attaque d'hommes armés contre "
                         "le village de Djibo, selon des habitants.", None, "2025-03-08")
    assert event.fatalities == 12
    (event,) = events_of("At least five soldiers were killed when militants ambushed an army convoy near "
                         "Diffa on Sunday.", None, "2025-03-09")
    assert event.fatalities == 5 and event.sub_event_type == "Armed clash"


def test_sport_and_anniversaries_make_no_events(events_of):
    sport = ("The striker scored twice as the league leaders attacked from the first minute, "
             "shooting at goal repeatedly; the goalkeeper was beaten and the team won the match.")
    assert events_of(sport, None, PUBLISHED) == []
    anniversary = ("Hundreds gathered on Sunday to commemorate the tenth anniversary of the massacre "
                   "in which gunmen killed 40 villagers in Boda in 2014.")
    assert events_of(anniversary, None, "2024-01-29") == []


def test_weekday_is_the_most_recent_such_day(events_of):
    (event,) = events_of("Jeudi, une frappe de drone a touché un dépôt d'armes à Kidal.",
                         None, "2024-05-02")  # 2 May 2024 is a Thursday
    assert str(event.event_date) == "2024-05-02" and event.time_precision == 1


def test_protest_types(events_of):
    (peaceful,) = events_of("Thousands of farmers protested peacefully in Berlin on Monday.", None, "2024-12-16")
    assert peaceful.sub_event_type == "Peaceful protest" and peaceful.actor1 == "Protesters (Germany)"
    (dispersed,) = events_of("Police fired tear gas to disperse protesters in Tbilisi on Sunday.", None, "2024-12-01")
    assert dispersed.sub_event_type == "Protest with intervention"
    assert dispersed.actor2 == "Police Forces of Georgia"


def test_every_evidence_span_indexes_the_text(engine):
    text = "Un drone a été abattu jeudi au-dessus de la base aérienne d'Al-Harir à Erbil."
    result = run(engine, text, published="2023-11-09")
    assert result.events
    for event in result.events:
        for item in event.evidence:
            assert text[item.start:item.end] == item.text


def test_a_distant_landmark_does_not_locate_the_event(events_of):
    text = ("Ukrainian drones hit an oil refinery in Ryazan on Monday, the regional governor said.\n\n"
            "The drones struck the refinery, which lies about 180 km south-east of Moscow, shortly before dawn.")
    events = events_of(text, None, "2025-02-04")
    assert [e.location for e in events] == ["Ryazan'"]  # GeoNames' spelling


def test_a_near_landmark_anchors_the_event(events_of):
    (event,) = events_of("A roadside bomb killed two soldiers 20 km south of Kirkuk on Monday.", None, "2024-05-07")
    assert event.location == "Kirkuk" and event.geo_precision == 2


@pytest.mark.parametrize("text, actor1, actor2", [
    ("L'armée malienne a annoncé avoir mené mardi des frappes de drones contre des combattants de "
     "l'État islamique au Sahel à Ménaka.", "Military Forces of Mali (2021-)", "Islamic State Sahel Province"),
    ("The Malian army said it had carried out drone strikes on Tuesday against Islamic State Sahel Province "
     "fighters in Menaka.", "Military Forces of Mali (2021-)", "Islamic State Sahel Province"),
])
def test_an_armed_speaker_reporting_its_own_strike_is_the_actor(events_of, text, actor1, actor2):
    (event,) = events_of(text, None, "2025-04-09")
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Air/drone strike", actor1, actor2)


def test_police_reporting_a_bombing_are_not_its_authors(events_of):
    (event,) = events_of("Police said a bomb exploded in a market in Maiduguri on Tuesday, killing three people.",
                         None, "2025-04-09")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_a_claim_of_responsibility_names_the_attackers(engine, events_of):
    text = ("Gunmen attacked an army post in Djibo on Sunday, security sources said.\n\n"
            "The Group for Support of Islam and Muslims (JNIM) claimed the attack on Monday.")
    (event,) = events_of(text, None, "2024-12-02")
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert event.actor2 == "Military Forces of Burkina Faso (2022-)"
    (claim,) = [c for c in run(engine, text, published="2024-12-02").claims if c.kind == "attribution"]
    assert claim.claimed_by == "JNIM"


@pytest.mark.parametrize("text, lang, claimed_by", [
    ("A bomb exploded at a checkpoint in Kirkuk on Monday. No group claimed the attack.", "en", None),
    ("Une bombe a explosé lundi à un barrage à Kirkouk. L'attaque n'a pas été revendiquée, mais un officier de "
     "police l'a attribuée à l'État islamique.", "fr", "un officier de police"),
])
def test_no_claim_is_not_a_claim_and_the_next_speaker_is_named(engine, text, lang, claimed_by):
    claims = [c for c in run(engine, text, published="2024-05-06", lang=lang).claims if c.kind == "attribution"]
    assert [c.claimed_by for c in claims] == ([claimed_by] if claimed_by else [])


def test_an_accusation_is_not_a_claim(events_of):
    text = ("Gunmen attacked an army post in Djibo on Sunday, security sources said.\n\n"
            "The army blamed the Group for Support of Islam and Muslims (JNIM) for the attack.")
    (event,) = events_of(text, None, "2024-12-02")
    assert event.actor1.startswith("Unidentified Armed Group")


def test_figures_told_in_a_later_sentence_complete_the_event(engine):
    result = run(engine, "KANO, May 2 (Wire) - A bomb hidden in a parked car exploded near the central market "
                         "of Kano on Thursday, killing four people, police said.\n\n"
                         "Eleven other people were wounded and taken to hospital, the police spokesman added.")
    (event,) = result.events
    assert (event.fatalities, event.injured) == (4, 11)
    assert any(e.field == "injured" and e.text.startswith("Eleven") for e in event.evidence)
    assert not [c for c in result.claims if c.kind == "count"]  # a detail, not a tally


def test_a_later_sentence_does_not_override_the_event_s_own_figure_or_add_a_toll(events_of):
    (event,) = events_of("Une frappe de drone a tué trois civils jeudi près de Kidal, selon des sources "
                         "locales. Cinq personnes sont mortes, selon un autre bilan. La guerre a fait des "
                         "centaines de milliers de morts.", None, "2024-05-03")
    assert event.fatalities == 3


def test_a_sentence_with_its_own_earlier_date_is_not_a_detail(events_of):
    (event,) = events_of("Gunmen attacked a police post in Zaria on Wednesday, killing two officers, police "
                         "said. In March, nine people were wounded in a similar raid.", None, "2024-05-02")
    assert event.injured is None


def test_killers_named_before_an_active_kill_verb_act(events_of):
    (event,) = events_of("Des soldats russes ont tué quatre civils mercredi dans le village de Bilozerka, "
                         "a indiqué le gouverneur.", "fr", "2024-05-02")
    assert event.actor1 == "Military Forces of Russia (2000-)" and event.actor2 == "Civilians (Ukraine)"


def test_speakers_after_the_event_are_not_its_target(events_of):
    (event,) = events_of("Gunmen kidnapped nine traders on a road near Birnin Gwari on Monday, police and "
                         "residents said.", None, "2024-05-02")
    assert event.actor2 == "Civilians (Nigeria)"


def test_a_clash_with_both_sides_named_keeps_both(events_of):
    (event,) = events_of("Tres soldados murieron el lunes en combates con disidentes de las FARC en una zona "
                         "rural de Suárez, en el Cauca, informó el Ejército.", "es", "2024-05-02")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"Military Forces of Colombia (2022-)", "FARC Dissidents"}


@pytest.mark.parametrize("text, lang", [
    ("An explosion tore through a restaurant in Kampala on Friday, injuring three people. Police said a gas "
     "cylinder had exploded in the kitchen.", "en"),
    ("Une explosion a fait deux blessés vendredi dans un café de Bamako. Selon la police, il s'agit de "
     "l'explosion accidentelle d'une bouteille de gaz.", "fr"),
])
def test_an_explosion_explained_as_an_accident_is_no_event(events_of, text, lang):
    assert events_of(text, lang, "2024-05-04") == []


@pytest.mark.parametrize("text, lang", [
    ("Solo en la primera quincena de enero se registraron más de 300 asesinatos en la provincia de Guayas.", "es"),
    ("El Gobierno decretó el estado de excepción en Guayas por el aumento de los asesinatos.", "es"),
    ("The governor of Borno blamed the curfew on a surge in killings around Maiduguri.", "en"),
])
def test_counts_and_trends_of_killings_are_not_events(events_of, text, lang):
    assert events_of(text, lang, "2025-01-16") == []


def test_fear_of_fighting_is_not_fighting(events_of):
    text = "À Goma, des habitants disaient craindre une reprise des combats."
    assert events_of(text, "fr", "2025-06-04") == []


def test_the_armed_actor_named_after_a_weapon_fired_it(events_of):
    (event,) = events_of("PORT-SOUDAN, Soudan, 18 septembre (Agence) - Au moins neuf civils ont été tués mardi par "
                         "des tirs d'artillerie des Forces de soutien rapide sur le marché d'El-Facher, selon des "
                         "médecins.", "fr", "2024-09-18")
    assert event.actor1 == "Rapid Support Forces" and event.actor2 == "Civilians (Sudan)"


def test_a_participle_with_its_agent_is_passive(events_of):
    (event,) = events_of("SANAA, Yémen, 27 novembre (Agence) - Mardi, des obus tirés par les houthis sur un quartier "
                         "de Taëz ont blessé quatre civils, selon les autorités locales.", "fr", "2024-11-27")
    assert event.actor1 == "Houthi Movement"


def test_a_state_s_violence_is_coded_to_its_forces(events_of):
    (event,) = events_of("Washington carried out an air strike on a militia depot near Al Qaim on Tuesday, "
                         "officials said.", None, "2024-05-08")
    assert event.actor1 == "Military Forces of the United States (2021-2025)"


def test_activists_reporting_an_attack_are_not_its_authors(events_of):
    (event,) = events_of("Gunmen killed six civilians in a village near Geneina on Monday, activists said.",
                         None, "2024-05-08")
    assert event.actor1 == "Unidentified Armed Group (Sudan)"


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    ("Thousands of students marched peacefully through Belgrade on Tuesday as police watched.",
     "Peaceful protest", "Protesters (Serbia)", ""),
    ("Police fired live rounds at protesters in Nairobi on Tuesday, killing two demonstrators.",
     "Excessive force against protesters", "Police Forces of Kenya (2022-)", "Protesters (Kenya)"),
])
def test_demonstrations_pair_their_actors_as_acled_does(events_of, text, sub, actor1, actor2):
    (event,) = events_of(text, None, "2025-05-14")
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub, actor1, actor2)


def test_a_claim_in_a_sentence_of_its_own_names_the_attackers(engine):
    result = run(engine, "MOGADISHU, March 12 (Wire) - A car bomb exploded outside a busy restaurant in Mogadishu on "
                         "Tuesday evening, killing at least seven people, police said. Al Shabaab claimed "
                         "responsibility.", published="2025-03-12")
    (event,) = result.events
    assert event.actor1 == "Al Shabaab" and event.geo_precision == 1  # in Mogadishu, not near it
    assert [c.claimed_by for c in result.claims if c.kind == "attribution"] == ["Al Shabaab"]


def test_police_arresting_members_of_a_gang_is_an_arrest(events_of):
    (event,) = events_of("Police in Nigeria's Kano state arrested 14 suspected members of a kidnapping gang on "
                         "Tuesday, a police spokesman said.", None, "2025-03-12")
    assert event.sub_event_type == "Arrests" and event.actor1 == "Police Forces of Nigeria (2023-)"


def test_a_country_after_in_and_an_adjective_is_where_and_the_killed_are_the_target(events_of):
    (event,) = events_of("BEIRUT, March 12 (Wire) - An Israeli drone strike on a car in southern Lebanon killed "
                         "two Hezbollah members on Tuesday, a security source said.", None, "2025-03-12")
    assert event.country_code == "LB"
    assert (event.actor1, event.actor2) == ("Military Forces of Israel (2022-)", "Hezbollah")


def test_a_kill_verb_followed_by_its_count_has_the_victims_after_it(events_of):
    text = ("بغداد، 12 مارس (وكالة) - قتل ثلاثة جنود عراقيين وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت "
            "دوريتهم في قضاء الطارمية شمال بغداد أمس الثلاثاء، بحسب مصدر أمني.")
    (event,) = events_of(text, "ar", "2025-03-12")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)")
    assert (event.fatalities, event.injured) == (3, 2)


def test_the_source_after_a_comma_is_not_the_clause_before_it(events_of):
    (event,) = events_of("BERLIN, 12. März (Agentur) - Bei einem russischen Drohnenangriff auf die ukrainische "
                         "Stadt Sumy sind am Dienstag drei Menschen getötet und zwölf weitere verletzt worden, "
                         "teilten die Behörden mit.", "de", "2025-03-12")
    assert event.claimed_by == "die Behörden" and (event.fatalities, event.injured) == (3, 12)


@pytest.mark.parametrize("text, lang, claimed_by", [
    ("NIAMEY, 5 juin (Agence) - Au moins quinze soldats ont été tués mercredi dans une embuscade près de "
     "Tillabéri, a annoncé jeudi le ministère de la Défense.", "fr", "le ministère de la Défense"),
])
def test_the_day_a_source_spoke_is_not_part_of_its_name(events_of, text, lang, claimed_by):
    (event,) = events_of(text, lang, "2025-06-05")
    assert event.claimed_by == claimed_by


def test_protesters_clashing_with_police_is_a_violent_demonstration(events_of):
    (event,) = events_of("ISTANBUL, 5. Juni (Agentur) - Bei Zusammenstößen zwischen Demonstranten und der Polizei "
                         "in Istanbul sind am Mittwoch mehrere Menschen verletzt worden.", "de", "2025-06-05")
    assert event.sub_event_type == "Violent demonstration"
    assert (event.actor1, event.actor2) == ("Rioters (Turkey)", "Police Forces of Turkey")


def test_a_toll_told_for_several_towns_belongs_to_none_of_them(events_of):
    text = ("KYIV, Feb 10 (Example Wire) - Russian drones hit Kyiv, Odesa and Kharkiv overnight, killing at least "
            "five people and injuring 20, Ukrainian officials said on Monday.")
    events = events_of(text, None, "2025-02-10")
    assert len(events) >= 2
    assert all(e.fatalities is None and e.injured is None for e in events)


def test_a_bomb_striking_a_police_vehicle_has_the_police_as_target(events_of):
    (event,) = events_of("QUETTA, June 5 (Wire) - A roadside bomb struck a police vehicle in Quetta on Wednesday, "
                         "wounding four officers, police said.", None, "2025-06-05")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2024-)")


def test_soldiers_evacuated_are_not_a_crowd_dispersed(events_of):
    text = "Trois soldats grièvement atteints ont été évacués mardi vers Bogota, selon l'armée."
    assert [e.sub_event_type for e in events_of(text, "fr", "2024-08-21")] == []


def test_a_death_told_after_the_act_does_not_decide_who_acted(events_of):
    text = ("МАХАЧКАЛА, 5 июня (Агентство) – Неизвестные открыли огонь по посту ДПС в Дербенте во вторник, "
            "в результате чего погиб полицейский.")
    (event,) = events_of(text, "ru", "2025-06-05")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Russia)", "Police Forces of Russia (2000-)")


def test_major_armed_groups_are_known_by_name(events_of):
    text = ("GOMA, 5 juin (Agence) - Au moins huit personnes ont été tuées dans la nuit de mardi à mercredi lors "
            "d'une attaque des ADF contre un village près de Beni, selon la société civile.")
    (event,) = events_of(text, "fr", "2025-06-05")
    assert event.fatalities == 8 and event.actor1 == "ADF: Allied Democratic Forces"


def test_a_long_name_between_a_count_and_its_casualty_word_counts_as_one_word(events_of):
    text = ("OUAGADOUGOU, 5 juin (Agence) - Une vingtaine de volontaires pour la défense de la patrie (VDP) ont "
            "été tués lundi dans une attaque jihadiste contre leur position à Arbinda, selon des sources sécuritaires.")
    (event,) = events_of(text, "fr", "2025-06-05")
    assert event.fatalities == 20


@pytest.mark.parametrize("text, lang, actor1, actor2", [
    ("JERUSALEM, June 5 (Wire) - Israel's military said it intercepted a missile launched from Yemen on "
     "Wednesday, sounding sirens in Tel Aviv.", "en", "Military Forces of Israel (2022-)",
     "Unidentified Armed Group (Israel)"),
    ("KABUL, June 5 (Wire) - Police defused a bomb planted near a mosque in Kabul on Wednesday, a spokesman "
     "said.", "en", "Police Forces of Afghanistan (2021-)", "Unidentified Armed Group (Afghanistan)"),
    ("بغداد، 5 يونيو (وكالة) - أسقطت الدفاعات الجوية طائرة مسيرة قرب مطار أربيل مساء الأربعاء، وفق مصدر أمني.",
     "ar", "Military Forces of Iraq (2022-)", "Unidentified Armed Group (Iraq)"),
])
def test_the_interceptor_comes_first_whatever_the_sentence_says_before(events_of, text, lang, actor1, actor2):
    (event,) = events_of(text, lang, "2025-06-05")
    assert event.sub_event_type == "Disrupted weapons use" and event.intercepted
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, lang", [
    ("LONDON, June 5 (Wire) - The opposition leader called the new law an attack on democracy during a debate "
     "in parliament on Wednesday.", "en"),
    ("NEW YORK, June 5 (Wire) - Airlines are fighting a price war on transatlantic routes, analysts said.", "en"),
    ("PARIS, 5 juin (Agence) - Le gouvernement a lancé mercredi une offensive contre l'inflation, avec un plan de "
     "baisse des prix de l'énergie.", "fr"),
])
def test_figures_of_speech_are_not_violence(events_of, text, lang):
    assert events_of(text, lang, "2025-06-05") == []
