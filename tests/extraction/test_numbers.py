import pytest

from .sentences import context_of


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen killed 12 people in Kajuru on Tuesday.", 12, None),
    ("Twenty-three people were killed and forty wounded in Maiduguri on Tuesday.", 23, 40),
    ("Trois civils ont été tués et quinze blessés mardi à Bunia.", 3, 15),
    ("A bomb in Kabul on Tuesday killed between five and seven people.", 5, None),
    ("Shelling killed 1,200 people in Khartoum on Tuesday.", 1200, None),
    ("A car bomb exploded in Mogadishu on Tuesday, but no one was hurt.", 0, 0),
    ("A mortar shell hit a school in Goma on Tuesday; no one was killed but four pupils were wounded.", 0, 4),
    ("Gunmen attacked a village near Bunia on Tuesday, killing five men and three women.", 8, None),
    ("Four soldiers and two militiamen were killed when gunmen attacked a post in Djibo on Tuesday.", 6, None),
    ("Gunmen killed four people and two were wounded in an attack on a bus near Kaduna on Tuesday.", 4, 2),
    ("Rioters clashed with police in Lyon on Tuesday; 41 arrests and three officers injured were reported.",
     None, 3),
    # an attack told with its wounded and no dead killed nobody; a demonstration's hurt say nothing of its dead
    ("A grenade thrown at a crowded bus stand in Mardan on Tuesday wounded nine passengers.", 0, 9),
    ("Police fired tear gas at marchers in Lyon on Tuesday; four demonstrators were injured.", None, 4),
    # the count before an active verb is its subject's: the victims are counted after it
    ("A gunman killed two people at a bus station in Kano on Tuesday.", 2, None),
    ("Two gunmen killed three farmers near Kajuru on Tuesday.", 3, None),
    ("A suicide bomber killed nine people and wounded 20 at a mosque in Kabul on Tuesday.", 9, 20),
    ("Zwei Bewaffnete töteten vier Dorfbewohner in Gao am Dienstag.", 4, None),
    ("Un terrorista suicida mató el martes a siete personas en Kabul.", 7, None),
    ("Three gunmen killed in a shootout with police in Kano on Tuesday.", 3, None),
    ("Five people died in an armed attack on a market in Zaria on Tuesday.", 5, None),
    # "a" after a comma opens the reporting clause: no count of the wounded
    ("A bomb exploded at a market in Quetta on Tuesday. Eleven people were wounded, a police officer said.",
     0, 11),
])
def test_casualty_figures(events_of, text, killed, injured):
    (event,) = events_of(text, None, "2024-05-07")
    assert (event.fatalities, event.injured) == (killed, injured)


def test_counts_of_hours_and_attacks_are_not_casualties(events_of):
    text = "Militants attacked a checkpoint in Bannu on Tuesday, the second attack in 24 hours."
    (event,) = events_of(text, None, "2024-05-07")
    assert event.fatalities is None and event.injured is None


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the toll of the sentence that reports the event; a part of it and a later act are no toll
    ("en", "At least 19 people were killed in a market bombing in Maiduguri on Tuesday, police said. "
           "One of the victims was a councillor. Troops later shot dead two suspected accomplices.", 19, None),
    # both sides of a fight add up, as ACLED counts them
    ("fr", "Mardi, trois militaires ont péri et une quinzaine d'assaillants ont été neutralisés pendant "
           "l'assaut contre un poste militaire à Djibo.", 18, None),
    ("de", "Drei Männer und zwei Frauen kamen am Dienstag in Celaya ums Leben.", 5, None),
    ("ar", "قتل 14 امرأة ورجلا واحدا في انفجار سيارة مفخخة في منبج الثلاثاء.", 15, None),
    # an indefinite article is no count; a count of people may stand after a place
    ("es", "Cuatro guerrilleros murieron el martes en un combate con el Ejército en Tame.", 4, None),
    ("fr", "Trois soldats sont morts mardi dans une embuscade près de Mora.", 3, None),
    ("de", "Am Dienstag starben bei einer Minenexplosion nahe Djibo 35 Menschen.", 35, None),
    # the separable verb's parts apart ("kamen … ums Leben"): the count before the verb is the dead
    ("de", "Mindestens 35 Menschen kamen am Montag bei der Explosion einer Mine nahe Djibo ums Leben und 37 "
           "weitere wurden verletzt.", 35, 37),
    # a weekday is not "four"; ages and houses are not casualties
    ("uk", "Унаслідок нападу на військовий табір у Мопті у вівторок загинули 33 солдати.", 33, None),
    ("uk", "Унаслідок удару дрона по Херсону у вівторок поранені 34- та 61-річні чоловіки.", None, None),
    # a comma ends a count: three dead, twelve wounded
    ("ru", "В Харькове во вторник ракетный удар: погибли трое, ранены 12.", 3, 12),
    # the count after the comma is of those arrested, its clause's own
    ("de", "In Dresden ist es am Dienstag zu Krawallen gekommen. Sechs Beamte wurden leicht verletzt, 17 "
           "Personen wurden festgenommen.", None, 6),
    ("en", "Three men were beaten to death by a mob near Dahanu on Tuesday.", 3, None),
    # an aside between commas after the count: the count is still the subject's
    ("en", "At least 30 people, most of them women and children, were killed on Tuesday in Kaura Namoda.", 30, None),
    ("fr", "Au moins 184 personnes, pour la plupart des personnes âgées, ont été tuées mardi à Jérémie.", 184, None),
    ("es", "Al menos 30 personas, la mayoría de ellas mujeres y niños, fueron asesinadas el martes en Tumaco.",
     30, None),
])
def test_tolls_as_acled_counts_them(events_of, lang, text, killed, injured):
    (event,) = events_of(text, lang, "2024-05-07")
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize("lang, text, killed, injured", [
    # a precise figure beats a vague one ("dozens" is 12 only when nothing better is told)
    ("ru", "В Кабуле во вторник смертник подорвался у мечети, десятки погибших. "
           "Как сообщили в полиции, погибли 27 человек.", 27, None),
    # "more than 20" then "22": the exact figure within the bound
    ("ru", "В Одессе во вторник в результате удара пострадали более 20 человек. "
           "Пострадали 22 человека, сообщил мэр.", 0, 22),  # a strike told with its wounded only: none dead
    ("ar", "أودى انفجار سيارة مفخخة في منبج الثلاثاء بعشرات القتلى. وقال الدفاع المدني إن 14 امرأة ورجلا واحدا "
           "قتلوا في الانفجار.", 15, None),
])
def test_a_precise_figure_beats_a_vague_one(events_of, lang, text, killed, injured):
    (event,) = events_of(text, lang, "2024-05-07")
    assert (event.fatalities, event.injured) == (killed, injured)


def test_tolls_told_town_by_town(events_of):
    text = "Mardi, la répression des manifestations a fait sept morts à Saqqez et trois à Boukan."
    events = events_of(text, "fr", "2024-05-07")
    assert sorted((e.location, e.fatalities) for e in events) == [("Bukan", 3), ("Saqqez", 7)]
    assert {e.sub_event_type for e in events} == {"Excessive force against protesters"}


def test_a_towns_toll_may_stand_a_few_words_before_it(events_of):
    text = ("Mardi, lors de la répression des manifestations dans l'ouest de l'Iran, au moins sept personnes ont été "
            "tuées à Saqqez, quatre à Boukan et deux dans d'autres localités.")
    events = events_of(text, "fr", "2024-05-07")
    assert sorted((e.location, e.fatalities) for e in events) == [("Bukan", 4), ("Saqqez", 7)]


def test_a_total_over_towns_is_no_towns_toll(events_of):
    text = "On Tuesday Russian missiles hit Kyiv, Odesa and Kharkiv, killing at least five people."
    events = events_of(text, "en", "2024-05-07")
    assert len(events) >= 2 and all(e.fatalities is None for e in events)

PUBLISHED = "2024-05-07"  # a Tuesday


def _figures(events):
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, published, killed", [
    # the dead of a clause about the day before are another time's
    ("en", "Troops fired on mourners in Javanrud on Monday, killing at least five people at the funeral of two "
           "protesters killed the day before.", "2022-11-22", 5),
    ("fr", "Des soldats ont ouvert le feu lundi sur le cortège funèbre à Mahabad, tuant six personnes, lors des "
           "obsèques de deux manifestants tués la veille.", "2022-11-22", 6),
])
def test_figures_of_another_time_are_no_toll(events_of, lang, text, published, killed):
    assert [k for k, _ in _figures(events_of(text, lang, published))] == [killed]


def test_dead_of_an_earlier_month_are_no_toll_of_a_protest(events_of):
    # a day named after the event's and earlier than it: "in November, which killed 15"
    text = ("У четвер, 30 січня, тисячі студентів вийшли на протест у Белграді після обвалу даху вокзалу в "
            "листопаді, внаслідок якого загинули 15 людей.")
    events = events_of(text, "uk", "2025-01-31")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", None)]


def test_a_day_before_told_first_is_the_events_own(events_of):
    # "la veille" opening the sentence dates the event itself: its toll stays
    assert _figures(events_of("La veille, deux soldats ont été tués dans une embuscade près de Djibo.",
                              "fr", PUBLISHED)) \
        == [(2, None)]


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the count after "killing" is the dead's; the wounded have their own
    ("en", "A suicide bomber blew himself up in a mosque in Peshawar on Tuesday, killing at least 31 people and "
           "wounding more than 160.", 31, 160),
    ("uk", "У вівторок у Пешаварі смертник підірвав себе в мечеті, вбивши щонайменше 31 людину та поранивши "
           "понад 160.", 31, 160),
    # "one" written as a word far before the casualty word is an article
    ("fr", "Mardi, des jihadistes ont attaqué le village de Oula près de Macomia et décapité trois villageois, "
           "avant de gagner un hameau voisin où ils ont décapité d'autres habitants.", 3, None),
    # the agents of a passive are not the dead; the count opening the passive clause is
    ("en", "On Thursday the two drivers were pulled from their truck and beaten to death by a crowd of residents "
           "near Dahanu.", 2, None),
    # a count with its own casualty word is no part of the one before "including"
    ("ar", "قُتل ثلاثة نازحين بينهم امرأة وأصيب خمسة آخرون الثلاثاء جراء سقوط قذائف هاون على مخيم في مدينة مأرب.",
     3, 5),
])
def test_each_count_has_one_casualty_word(events_of, lang, text, killed, injured):
    assert _figures(events_of(text, lang, PUBLISHED)) == [(killed, injured)]


def test_a_lead_figure_that_is_a_part_yields_to_the_whole(events_of):
    text = ("Un ataque con drones cargados con explosivos dejó cuatro niños heridos el martes en Suárez, Cauca. "
            "Según las autoridades, las explosiones dejaron ocho personas heridas, entre ellas cuatro menores.")
    assert _figures(events_of(text, "es", PUBLISHED)) == [(0, 8)]  # wounded only: none dead


@pytest.mark.parametrize("lang, text, published, killed, injured", [
    ("en", "Gunmen killed 12 people in an attack on a market in Maiduguri on Tuesday. The death toll from the attack "
           "rose to 18 on Wednesday, police said.", "2024-05-09", 18, None),
    ("fr", "Mardi, une attaque contre un marché à Konna a fait 12 morts. Mercredi, le bilan s'est alourdi à 20 "
           "morts, selon un responsable local.", "2024-05-09", 20, None),
    # a toll of a hundred or more right after the event is its own, not a tally over time
    ("uk", "У п'ятницю терорист-смертник підірвав себе біля мечеті в Ісламабаді. Через це загинула 31 людина та "
           "майже 170 постраждали.", "2026-02-06", 31, 170),
])
def test_tolls_told_after_the_event(events_of, lang, text, published, killed, injured):
    assert _figures(events_of(text, lang, published)) == [(killed, injured)]


def test_an_age_in_brackets_is_no_count(events_of):
    text = "Gunmen attacked a bus in Kaduna on Tuesday; the driver, Ahmed Ali (30), was wounded."
    assert _figures(events_of(text, "en", PUBLISHED)) == [(None, None)]


def test_a_detention_count_is_no_toll_of_the_event_before(events_of):
    text = ("Thousands marched peacefully in Caracas on Tuesday. Rights groups say more than 1,800 people were "
            "detained after the election and that at least 24 were killed.")
    assert all(k is None for k, _ in _figures(events_of(text, "en", PUBLISHED)))


@pytest.mark.parametrize("lang, text, killed", [
    # the dead of two parties add up wherever the sentence tells them
    ("en", "Six soldiers were killed in an ambush near Djibo on Tuesday and the army said nine attackers were "
           "killed.", 15),
    # two reports of one toll stay apart: the lower one
    ("en", "Seven people were killed in Javanrud on Monday, according to Hengaw, while another group put the toll "
           "at five people.", 5),
])
def test_the_dead_of_every_party_add_up(events_of, lang, text, killed):
    assert [k for k, _ in _figures(events_of(text, lang, PUBLISHED))] == [killed]


def test_a_conjunction_glued_to_digits_is_a_number(engine):
    context, _builder = context_of(engine, "أسقطت الدفاعات 19 طائرة، 12 فوق المدينة، و7 فوق القرية.", lang="ar")
    assert [n.value for n in context.numbers(context.views[0])] == [19, 12, 7]


@pytest.mark.parametrize("text", [
    "The death toll from an al-Shabaab attack on a restaurant in Kismayo rose to 17 on Wednesday.",
    "The death toll from Tuesday's suicide attack on a crowded restaurant in Kismayo rose to 17.",
])
def test_a_toll_update_far_after_its_toll_word(events_of, text):
    """"The death toll from an al-Shabaab attack on … rose to 17": the update's figure, however long
    the attack's description, and not the article "an" read as one dead."""
    (event,) = events_of(text, "en", "2025-06-18")
    assert event.fatalities == 17


@pytest.mark.parametrize(("lang", "text", "killed", "injured"), [
    ("es", "Siete presuntos integrantes de un grupo delictivo murieron el martes en un enfrentamiento con "
           "militares en Apatzingán, Michoacán.", 7, None),
    ("en", "Five members of a criminal gang were killed on Tuesday in a clash with soldiers near Culiacán, "
           "Mexico.", 5, None),
    # a conjunction or a comma between: the "one" counts people of its own
    ("es", "Dos soldados y un civil murieron el martes en un ataque en Tame, Arauca.", 3, None),
])
def test_one_inside_a_counted_phrase_is_an_article(events_of, lang, text, killed, injured):
    """"seis integrantes de un grupo": the article inside the phrase the figure counts is no count."""
    (event,) = events_of(text, lang, "2024-05-08")
    assert (event.fatalities, event.injured) == (killed, injured)
