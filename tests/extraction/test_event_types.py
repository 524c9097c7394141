"""Event types decided beyond one word: a sentence telling two events, an agreement about a
war, a state's attack on a town, force in a protest story, a rescue, a drone's bombs."""

import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def test_two_events_in_one_sentence(events_of):
    text = ("Heavy fighting broke out in Bentiu on Tuesday after soldiers arrested a local militia commander "
            "at a checkpoint.")
    assert sorted(e.sub_event_type for e in events_of(text, "en", PUBLISHED)) == ["Armed clash", "Arrests"]


def test_an_arrest_told_first_is_the_event(events_of):
    text = "Police arrested three men suspected of the attack on a church in Kaduna on Tuesday."
    assert [e.sub_event_type for e in events_of(text, "en", PUBLISHED)] == ["Arrests"]


def test_an_agreement_to_end_a_war_is_an_agreement(events_of):
    text = "وقعت الحكومة والمتمردون اتفاقا في الدوحة الثلاثاء بهدف إنهاء القتال في شرق البلاد."
    assert [e.sub_event_type for e in events_of(text, "ar", PUBLISHED)] == ["Agreement"]


def test_an_army_attacking_a_town_with_no_victims_named_is_a_fight(events_of):
    (event,) = events_of("The army attacked Kidal on Tuesday, a local official said.", "en", PUBLISHED)
    assert event.sub_event_type == "Armed clash"


def test_an_army_attacking_a_village_and_burning_its_houses_destroys_property(events_of):
    """No side fought back and nobody was hurt: the act is the houses burned, not a clash."""
    text = "El Ejército atacó el martes la aldea de Kyauk Taw, en la región de Sagaing, y quemó unas 60 casas."
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 == "Civilians (Myanmar)"


def test_a_rebel_group_attacking_a_town_with_no_victims_named_is_a_fight(events_of):
    """... and the town it attacked is held by the state: the state's forces are the other side."""
    (event,) = events_of("JNIM attacked the town of Nioro on Sunday, the group said in a statement.", "en", PUBLISHED)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.startswith("Military Forces of Mali")


def test_a_rebel_group_killing_villagers_is_an_attack(events_of):
    (event,) = events_of("JNIM attacked the village of Nioro on Sunday, killing five villagers.", "en", PUBLISHED)
    assert event.sub_event_type == "Attack"


def test_force_in_a_protest_story(events_of):
    text = ("Thousands of students marched in Saqqez on Tuesday against the government. "
            "In Javanrud, security forces shot dead a teenager on Tuesday.")
    types = {e.location: e.sub_event_type for e in events_of(text, "en", PUBLISHED)}
    assert types.get("Javanrud") == "Excessive force against protesters"


def test_tear_gas_on_marchers_is_an_intervention(events_of):
    (event,) = events_of("Police fired tear gas at students marching in Kumasi on Tuesday; no injuries were "
                         "reported.", "en", PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"


def test_people_freed_are_part_of_the_rescue(events_of):
    text = ("Troops clashed with gunmen in a forest near Kajuru on Tuesday. "
            "The soldiers freed 12 kidnapped villagers.")
    assert [e.sub_event_type for e in events_of(text, "en", PUBLISHED)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "A drone dropped two explosives on a checkpoint in Kachin on Tuesday, killing a soldier.",
    "On Tuesday a jet dropped four bombs on the village of Letpan, killing seven.",
])
def test_bombs_dropped_are_a_strike_from_the_air(events_of, text):
    (event,) = events_of(text, "en", PUBLISHED)
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang, text, expected", [
    # the crowd storming a building is a violent demonstration; the police storming a camp is not
    ("en", "Protesters tried to storm the parliament in Imphal on Saturday.", "Violent demonstration"),
    ("es", "Personas que protestaban intentaron irrumpir el sábado en residencias de funcionarios en Imphal.",
     "Violent demonstration"),
    ("fr", "Samedi, des manifestants ont pris d'assaut le parlement à Bamako.", "Violent demonstration"),
    ("en", "Thousands of protesters marched peacefully in Imphal on Saturday.", "Peaceful protest"),
    # the crowd burning a building riots too
    ("en", "Protesters torched the office of the district commissioner in Imphal on Saturday.",
     "Violent demonstration"),
    # small arms named before the verb of shelling: gunfire, not artillery
    ("ru", "Во вторник в Дербенте неизвестные из автоматического оружия обстреляли синагогу.", "Attack"),
    ("uk", "У вівторок у Дербенті невідомі з автоматичної зброї обстріляли синагогу.", "Attack"),
    # an object before the verb that ends the clause: a police station is an armed target
    ("de", "Am Montag hatten Mitglieder einer Bande die Polizeistation in Mirebalais angegriffen.", "Armed clash"),
    ("de", "Am Montag hatten Mitglieder einer Bande die Polizeistation in Mirebalais angegriffen und Häuser in Brand "
           "gesetzt.", "Armed clash"),
    # a drone strike outranks the shelling told beside it (ACLED's precedence)
    ("uk", "У четвер бойовики завдали ударів безпілотниками та артилерією по лікарні в Кадуглі.", "Air/drone strike"),
])
def test_type_cues(events_of, lang, text, expected):
    assert [e.sub_event_type for e in events_of(text, lang, "2025-03-11")] == [expected]


def test_deaths_with_no_killer_named_in_a_story_of_live_fire_on_a_crowd(events_of):
    text = ("Lundi, la police a ouvert le feu à balles réelles pour disperser des rassemblements dans l'ouest "
            "de l'Iran. D'après une ONG, au moins cinq manifestants sont morts à Saqqez.")
    events = events_of(text, "fr", "2022-11-22")
    assert {e.sub_event_type for e in events} == {"Excessive force against protesters"}


@pytest.mark.parametrize("lang, text", [
    # "the attack on X" told first takes the weapon of the sentence that says how it was done
    ("en", "The attack on a market in Kadugli killed 40 people on Tuesday. A drone dropped bombs on the crowded "
           "market, witnesses said."),
    ("fr", "L'attaque contre un marché de Kadugli a fait 40 morts mardi. Un drone a largué des bombes sur le marché, "
           "selon des témoins."),
    ("es", "El ataque contra un mercado de Jamundí dejó tres muertos el martes. Un dron arrojó explosivos sobre el "
           "mercado, según testigos."),
])
def test_the_attack_on_a_place_takes_the_weapon_told_of_it(events_of, lang, text):
    (event,) = events_of(text, lang, "2024-05-09")
    assert event.sub_event_type == "Air/drone strike" and event.fatalities in (40, 3)


@pytest.mark.parametrize("lang, text", [
    # the arrested whose release the crowd demands were not arrested at the rally
    ("ru", "Во вторник сотни сторонников движения вышли на митинг в Ереване и требуют освобождения арестованных."),
    ("en", "On Tuesday hundreds of students rallied in Lagos, demanding the release of detained classmates."),
    # force only named in the words the crowd heard is none used on it
    ("ar", "تظاهر مئات الطلاب في تونس مساء الأحد للمطالبة بالإصلاحات. وهتف المحتجون بشعارات تندد بـ"
           "\"قمع الأصوات الحرة\"."),
])
def test_force_only_said_or_demanded_is_none_used(events_of, lang, text):
    assert [e.sub_event_type for e in events_of(text, lang, "2024-05-08")] \
        == ["Peaceful protest"]


@pytest.mark.parametrize("lang, text", [
    # a side withdraws and the other enters, without fighting: a non-violent transfer (pack not_events
    # "without clashes" hides the clash word inside it)
    ("en", "Rebels entered the town of Kidal on Tuesday after the army withdrew from it."),
    ("ar", "دخلت قوات حضرموت الأحد مدينة المكلا بعد انسحاب قوات المجلس الانتقالي منها دون قتال."),
])
def test_a_town_taken_as_the_other_side_withdrew_is_a_transfer(events_of, lang, text):
    assert [e.sub_event_type for e in events_of(text, lang, "2024-05-08")] \
        == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "أعلن الجيش، مساء الخميس، انسحاب عناصر موالية للحركة الشعبية لتحرير السودان - شمال بقيادة عبد "
           "العزيز الحلو من مقر اللواء الثالث في مدينة كادقلي بولاية جنوب كردفان."),
])
def test_a_withdrawal_from_a_base_told_after_the_force_s_name_is_a_transfer(events_of, lang, text):
    """The base a force withdrew from comes after that force's name, however long: the name does
    not push the base out of reach of the withdrawal word."""
    events = events_of(text, lang, "2024-05-10")
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]
    assert events[0].event_date.isoformat() == "2024-05-09"


def test_a_town_taken_after_fighting_is_overtaken(events_of):
    text = "Rebels seized the town of Kidal on Tuesday after heavy fighting, and the army withdrew from it."
    assert [e.sub_event_type for e in events_of(text, "en", "2024-05-08")] \
        == ["Non-state actor overtakes territory"]


def test_a_fight_told_in_an_opening_phrase_does_not_decide_who_took_the_town(events_of):
    """"After a night of fighting, the fighters overran the town": the taking is the main clause's
    act, so the fighters before it took the town (no clash of its own); the army lost it."""
    text = ("JNIM fighters seized the town of Kidal on Tuesday, residents said. After a night of heavy fighting, "
            "the fighters overran the town early on Tuesday, a local official in Kidal told reporters.")
    (event,) = events_of(text, "en", "2024-05-08")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert event.actor2.startswith("Military Forces of Mali")


def test_clashes_and_a_mob_in_a_protest_story_are_the_demonstration_turned_violent(events_of):
    text = ("Opposition supporters rallied in Dhaka on Saturday against the government. The clashes killed an "
            "opposition activist in Dhaka on Saturday. An angry crowd lynched a police officer in Dhaka on Saturday.")
    assert {e.sub_event_type for e in events_of(text, "en", "2023-10-29")} == {"Violent demonstration"}


def test_battling_for_life_is_no_fight(events_of):
    text = "One policeman was killed in Dhaka on Saturday and another is battling for his life in hospital."
    assert "Armed clash" not in [e.sub_event_type for e in events_of(text, "en", "2023-10-29")]


@pytest.mark.parametrize("text, lang", [
    ("Tension in Marib city\n\nTribal fighters took over the base on Monday evening as government troops "
     "withdrew from it.", "en"),
    ("توتر أمني في مدينة مأرب\n\nوسيطرت على معسكر اللواء الثالث مساء الاثنين قوات قبلية بالتزامن مع انسحاب "
     "القوات الحكومية منه.", "ar"),
])
def test_a_site_taken_as_the_other_side_withdrew_is_a_transfer_where_the_story_is(events_of, text, lang):
    """The object of the taking is a kind of site ("the base", "معسكر"), no named place: the
    story's place (Marib) is where."""
    (event,) = events_of(text, lang, "2026-02-10")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.location.replace("'", "") == "Marib"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les rebelles ont pris le contrôle mardi de Kisharo, une petite localité agricole du territoire de "
           "Rutshuru, selon des sources locales."),
    ("fr", "Les rebelles se sont emparés mardi de la localité de Kisharo, dans le territoire de Rutshuru."),
])
def test_a_town_taken_that_the_gazetteer_lacks_is_placed_by_its_description(events_of, lang, text):
    """"took Kisharo, a small farming town in Rutshuru territory": the name the gazetteer lacks,
    then a comma and the place holding it, further than a place taken usually stands."""
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert (event.location, event.geo_precision) == ("Rutshuru Territory", 2)
    assert event.admin1 == "North Kivu"


@pytest.mark.parametrize("lang, text", [
    ("ar", "استعادت قوات الجيش الليبي السيطرة على مدينة غريان بعد معارك مع مجموعات مسلحة، الأحد."),
    ("en", "The Libyan army regained control of the town of Gharyan on Sunday after battles with armed groups."),
])
def test_the_fighting_before_a_recapture_is_not_its_act(events_of, lang, text):
    """"after battles with armed groups": the recapture is the act whose subject acts; the
    battles of the background phrase do not make the armed groups its subject."""
    (event,) = events_of(text, lang, "2025-03-18")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.startswith("Military Forces of Libya")


def test_a_passive_inside_a_relative_clause_leaves_the_act_active(events_of):
    """"the insurgents, who are believed to be inspired by …, killed two farmers": the passive
    describes the insurgents; they killed, the farmers died (an attack, not a fight)."""
    text = ("Last Friday, the insurgents, who are believed to be inspired by radical preachers, killed two "
            "farmers in Macomia district.")
    (event,) = events_of(text, "en", "2019-08-28")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 2)
    assert event.actor2.startswith("Civilians")


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Polizei hat am Samstag in Izmir mehr als 80 Demonstranten festgenommen."),
    ("en", "Police detained more than 80 protesters in Izmir on Saturday."),
])
def test_protesters_arrested_are_a_protest_with_intervention(events_of, lang, text):
    """Force on a crowd named only by its people ("Demonstranten festgenommen") is force on a
    demonstration: ACLED's Protest with intervention, the protesters first."""
    (event,) = events_of(text, lang, "2025-06-16")
    assert (event.sub_event_type, event.actor1) == ("Protest with intervention", "Protesters (Turkey)")


@pytest.mark.parametrize("lang, text", [
    ("ru", "В понедельник полиция штурмовала трущобы Салвадора при поддержке двух вертолетов и нескольких "
           "беспилотников, погибли 12 членов банды."),
    ("uk", "У понеділок поліція штурмувала табір бойовиків поблизу Кідаля за підтримки двох гелікоптерів."),
    ("es", "El lunes, soldados apoyados por helicópteros y drones atacaron un campamento de rebeldes cerca de Tumaco."),
    ("de", "Am Montag griffen Soldaten, unterstützt von Kampfhubschraubern, ein Lager der Rebellen bei Kidal an."),
])
def test_aircraft_backing_a_ground_assault_make_no_air_strike(events_of, lang, text):
    """The helicopters and drones after "backed by" supported the assault: the event is the fight."""
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Armed clash"


def test_a_strike_backed_by_aircraft_stays_a_strike(events_of):
    """No ground act beside them: the aircraft after the support cue are the strike's own weapons."""
    text = "В понедельник армия нанесла удар по Мариуполю при поддержке двух вертолетов."
    (event,) = events_of(text, "ru", PUBLISHED)
    assert event.sub_event_type == "Air/drone strike"
