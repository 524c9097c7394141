"""Wire phrasings found by probing with articles we wrote: a German separable particle that is
also an article ("schlug in ein Haus ... ein"), and "government forces" as a state's military.
Sentences are ours (invented places and figures)."""

import pytest

PUBLISHED = "2025-09-03"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Eine Drohne schlug am Mittwoch in ein Wohnhaus in Saporischschja ein, sieben Menschen wurden verletzt.",
    "In Dnipro schlug eine Rakete in ein Bürogebäude ein, vier Menschen wurden verletzt.",
])
def test_separable_particle_after_an_article_of_the_same_word(events_of, text):
    """The first "ein" is the article of "ein Wohnhaus"; the one that ends the clause is the
    particle of "einschlagen": the hit is an event with its wounded."""
    events = events_of(text, "de", PUBLISHED)
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence"
    assert events[0].country_code == "UA"
    assert events[0].injured in (7, 4)


def test_a_particle_word_inside_the_clause_alone_is_no_separable_verb(events_of):
    """"schlug ... ein neues Kapitel": no particle ends the clause, so no impact is told."""
    text = "Der Minister schlug am Mittwoch in Berlin ein neues Kapitel der Zusammenarbeit vor."
    assert events_of(text, "de", PUBLISHED) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Government forces recaptured the town of Bulo Burde from the militants in central Somalia on Tuesday.",
     "Government regains territory"),
    ("Somali government forces retook the town of Bulo Burde from al-Shabaab on Tuesday.",
     "Government regains territory"),
    ("Government troops killed nine insurgents near Bulo Burde in Somalia on Tuesday, an officer said.", "Armed clash"),
])
def test_government_forces_are_the_military(events_of, text, sub):
    """"government forces" is how wires name a state's army: the military acted (not the
    government, not nobody)."""
    events = events_of(text, "en", PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [(sub, "Military Forces of Somalia (2022-)")]


@pytest.mark.parametrize(("lang", "text", "sub", "actor1"), [
    ("en", "Somali troops, backed by clan militias, recaptured the town of Bulo Burde from al-Shabaab on Tuesday.",
     "Government regains territory", "Military Forces of Somalia (2022-)"),
    ("es", "Soldados somalíes, apoyados por milicias de clanes, reconquistaron el martes la ciudad de Bulo Burde.",
     "Government regains territory", "Military Forces of Somalia (2022-)"),
])
def test_helpers_named_after_a_side_are_no_side(events_of, lang, text, sub, actor1):
    """"troops backed by clan militias recaptured": the militias help; the troops act (the nearest
    actor before the verb would otherwise be taken for its subject)."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [(sub, actor1)]


def test_an_actor_after_an_ally_word_with_no_side_before_it_stays(events_of):
    """No side right before "with the help of": nothing is an associate, the militants still act."""
    text = "With the help of local informants, militants abducted nine farmers near Gusau on Tuesday."
    events = events_of(text, "en", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert events[0].actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text", [
    "Shelling by the paramilitary Rapid Support Forces killed 11 civilians in El Obeid in Sudan's North Kordofan "
    "state on Monday, medics said. Witnesses said the shells fell on the Nakuru market in the east of the city.",
    "Gunmen killed eight traders in Maiduguri, the capital of Nigeria's Borno State, on Monday, police said. "
    "The attackers opened fire at the Kumasi market near the city centre, a witness said.",
])
def test_a_site_named_after_a_foreign_town_is_no_event_there(events_of, text):
    """"the Nakuru market" in a story of Kordofan is a market of the city told, not the Kenyan
    town: no second event abroad."""
    events = events_of(text, "en", "2025-03-17")
    assert events and {e.country_code for e in events} == {events[0].country_code}
    assert events[0].country_code in ("SD", "NG")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "LAHORE, July 8 (Reuters) - A bomb attack killed five policemen on Tuesday, officials said. The roadside "
           "bomb exploded in Bannu district as a police van drove past, police said. Three other officers were hurt."),
    ("de", "LAHORE (dpa) - Bei einem Bombenanschlag sind am Dienstag fünf Polizisten getötet worden. Ein Sprengsatz "
           "explodierte im Bezirk Bannu, als ein Polizeiwagen vorbeifuhr, teilte die Polizei mit."),
])
def test_a_lead_placed_by_its_dateline_takes_the_place_the_body_gives(events_of, lang, text):
    """The dateline is where the reporter is; the next sentence says where the bomb went off:
    one event there, with the lead's dead."""
    events = events_of(text, lang, "2025-07-08")
    assert [(e.admin1, e.fatalities) for e in events] == [("Khyber Pakhtunkhwa", 5)]


def test_town_lines_with_their_own_dead_stay_apart_from_a_dateline_lead(events_of):
    """A town line with its own toll is its own event, not the detail of the lead."""
    text = ("KYIV, May 4 (Reuters) - Russian drones killed four people in Ukraine overnight, officials said on "
            "Sunday. In Sumy, a drone hit a house, killing three people. In Poltava, a drone killed one man.")
    events = events_of(text, "en", "2025-05-04")
    assert {"Sumy", "Poltava"} <= {e.location for e in events}


def test_a_strike_told_with_no_author_is_the_campaigns_named_one(events_of):
    """The story names the author of its strikes once ("Israeli air strikes"); a town line with
    no author of its own is theirs, not the armed group the story names as their target."""
    text = ("Israeli air strikes killed at least 19 Palestinians across the Gaza Strip on Monday, health officials "
            "said. In Deir al-Balah, a strike on a school sheltering displaced families killed seven people, medics "
            "said. Another strike on a house in Gaza City killed five people. The Israeli military said it had "
            "targeted Hamas fighters.")
    events = events_of(text, "en", "2025-03-17")
    assert events
    assert {e.actor1 for e in events} == {"Military Forces of Israel (2022-)"}


def test_an_ambush_with_rocket_propelled_grenades_is_a_clash(events_of):
    """RPGs are the light weapons of a ground fight, not shelling; the ambushers stay the first
    side though the troops "fought back" in a later sentence."""
    text = ("Jihadist fighters of Islamic State West Africa Province ambushed an army patrol near Gwoza in Borno "
            "State on Friday, killing four soldiers, security sources said. The militants attacked with "
            "rocket-propelled grenades and machine guns. Troops fought back and killed several of the attackers.")
    events = events_of(text, "en", "2025-03-15")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Islamic State West Africa Province", "Military Forces of Nigeria (2023-)")]


def test_an_abduction_told_beside_a_raid_with_no_one_hurt_is_an_abduction(events_of):
    """"abducted 40 people ... The attackers stormed the village": ACLED's abduction, for no one
    was killed or wounded."""
    text = ("Gunmen abducted more than 40 people in northwest Nigeria, police said on Tuesday. The attackers "
            "stormed the village of Tsafe in Zamfara State on Monday night, police said.")
    events = events_of(text, "en", "2025-03-18")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_bottles_thrown_at_officers_words_apart_make_a_riot(events_of):
    """"warfen Flaschen auf Beamte": thrown objects apart from their verb are protesters' violence."""
    text = "Bei einer Kundgebung in Hamburg warfen Demonstranten am Samstag Flaschen auf Polizisten."
    events = events_of(text, "de", "2025-03-17")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_spanish_occupied_territory_is_no_taking(events_of):
    """"en Cisjordania ocupada": the adjective is no "ocuparon"; settlers attacking a village are
    the settlers (ACLED's "Settlers (Israel)"), not an abduction by unknown men."""
    text = ("Colonos israelíes atacaron el viernes la aldea palestina de Sinjil, en Cisjordania ocupada, "
            "incendiaron casas y dejaron tres palestinos heridos.")
    (event,) = events_of(text, "es", "2025-06-21")
    assert (event.sub_event_type, event.actor1, event.actor2) == \
        ("Attack", "Settlers (Israel)", "Civilians (Palestine)")


def test_spanish_gunmen_riding_a_motorbike_are_no_demonstration(events_of):
    """"sicarios que se movilizaban en una motocicleta": travelling, not a mobilisation."""
    text = ("Un concejal fue asesinado a tiros el lunes en Portoviejo, Manabí, por sicarios que se movilizaban "
            "en una motocicleta.")
    (event,) = events_of(text, "es", "2025-03-18")
    assert event.sub_event_type == "Attack"


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "هاجم مسلحون حاجزا للجيش السوري قرب مدينة جبلة بقذائف آر بي جي فجر الثلاثاء، ما أدى إلى مقتل جنديين."),
    ("ar", "اندلعت اشتباكات بين مسلحين وقوات الأمن في مدينة درعا الثلاثاء استخدمت فيها قذائف آر بي جي، ما أسفر "
           "عن مقتل عنصرين من الأمن."),
    ("ru", "Боевики во вторник атаковали блокпост армии у Джеблы из гранатометов, погибли двое военных."),
    ("uk", "Бойовики у вівторок атакували блокпост армії біля Джебли з гранатометів, загинули двоє військових."),
])
def test_rpgs_in_a_fight_are_an_armed_clash_in_every_pack(events_of, lang, text):
    """RPGs, "قذائف آر بي جي", "гранатомёты": the infantry's weapon of a ground fight, not shelling."""
    assert [e.sub_event_type for e in events_of(text, lang, "2025-03-11")] == ["Armed clash"]
