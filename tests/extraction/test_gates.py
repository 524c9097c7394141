"""Gates: sentences with event words that report no event as news, and why."""

import pytest

from dateline.extraction.rules.gates import Skip, SkipReason
from dateline.models import Document
from dateline.packs.vocabulary import TRIGGER_KINDS

from .sentences import frame_builder


@pytest.mark.parametrize("text, lang, reason", [
    ("The militia warned that it would attack the bases again.", "en", {SkipReason.THREAT, SkipReason.FUTURE}),
    ("Insurgents have attacked army posts 30 times since January, officials said.", "en",
     {SkipReason.TALLY, SkipReason.AGGREGATE}),
    ("The government denied that its forces attacked the village.", "en", {SkipReason.DENIAL}),
    ("Le prix du pain a déclenché une guerre des prix entre les boulangers.", "fr", {SkipReason.FIGURATIVE}),
    ("L'explosion accidentelle d'une bouteille de gaz a détruit une maison à Gao.", "fr", {SkipReason.ACCIDENT}),
    ("Eleven people were killed when a mudslide buried houses in Kasese district on Monday, police said.", "en",
     {SkipReason.DISASTER}),
    ("Beim Kentern eines Bootes auf dem Kivusee sind am Montag 14 Menschen ums Leben gekommen, nachdem es "
     "gekentert war.", "de", {SkipReason.DISASTER}),
])
def test_the_gate_names_the_reason(engine, text, lang, reason):
    builder = frame_builder(engine, text, lang=lang)
    (view,) = builder.ctx.views
    result = builder.frames(view)
    assert isinstance(result, Skip) and result.reason in reason


def test_an_armed_act_told_beside_a_disaster_passes_the_gates(engine):
    """"gunmen attacked villagers fleeing the floods": the disaster is the setting, the act is news."""
    builder = frame_builder(engine, "Gunmen attacked villagers fleeing the floods near Dikwa on Monday, killing "
                                    "six, police said.", lang="en")
    (view,) = builder.ctx.views
    trigger = next(h for h in view.hits if h.kind in TRIGGER_KINDS)
    assert builder.gates.gate(view, trigger) is None


def test_news_passes_the_gates(engine):
    builder = frame_builder(engine, "Gunmen attacked a police post in Gao on Tuesday, killing two officers.",
                            lang="en")
    (view,) = builder.ctx.views
    trigger = next(h for h in view.hits if h.kind in TRIGGER_KINDS)
    assert builder.gates.gate(view, trigger) is None


@pytest.mark.parametrize("text, lang, weapons", [
    ("Bei einem Überfall auf ein Café in Kolumbien sind sieben Menschen erschossen worden.", "de", 0),
    ("Über Nacht schoss die Luftabwehr 40 Drohnen über Russland ab.", "de", 40),
    ("За ніч сили ППО збили 25 російських безпілотників над Україною.", "uk", 25),
])
def test_people_shot_are_no_count_of_weapons(engine, text, lang, weapons):
    """"Seven people shot dead" counts victims, not guns: one attack stays an event even when
    told of a whole country; "40 drones" over a country is an aggregate."""
    builder = frame_builder(engine, text, lang=lang)
    (view,) = builder.ctx.views
    assert builder.gates.counted_weapons(view) == weapons
    assert isinstance(builder.frames(view), Skip) == (weapons >= 5)


@pytest.mark.parametrize("text, lang", [
    ("Troops set fire to about 300 houses in Kalay, a witness said.", "en"),
    ("Las tropas prendieron fuego a unas 300 casas en Kalay, dijo un testigo.", "es"),
])
def test_hundreds_of_houses_burnt_are_no_toll(engine, text, lang):
    """A big number of houses counts things, not people: no toll over time, one act of arson."""
    (event,) = engine.extract(Document(id="t", text=text, published="2022-02-06", lang=lang)).events
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1.startswith("Military Forces of Myanmar")


@pytest.mark.parametrize("text, kind, killed", [
    ("Farmers marched in Tamale on Friday, weeks after 9 people were killed in May in clashes with police.",
     "Peaceful protest", None),
    ("Gunmen attacked a village near Zaria on Monday, months after 30 people were killed there in March.",
     "Attack", None),
])
def test_a_past_month_in_a_background_phrase_is_background(engine, text, kind, killed):
    """"after N people were killed in May": that toll is history; "May" the month is no modal."""
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-20", lang="en")).events
    assert (event.sub_event_type, event.fatalities) == (kind, killed)


def test_may_the_modal_still_makes_a_threat(engine):
    text = "The militia may attack the army base in Gao again, officials warned on Monday."
    assert engine.extract(Document(id="t", text=text, published="2025-06-20", lang="en")).events == []


@pytest.mark.parametrize("text, lang", [
    ("Des rebelles ont attaqué un camp militaire près de Kidal mardi. Le mois dernier, 40 otages avaient été "
     "libérés après des semaines de captivité.", "fr"),
    ("Insurgents attacked an army camp near Kidal on Tuesday. Last week, 40 hostages had been released after "
     "weeks in captivity.", "en"),
])
def test_a_pluperfect_dated_only_by_a_period_is_background(engine, text, lang):
    """"la semaine dernière, 90 otages avaient été libérés": an earlier happening recalled, not news;
    a pluperfect with a day of its own still is (below)."""
    events = engine.extract(Document(id="t", text=text, published="2025-06-20", lang=lang)).events
    assert len(events) == 1 and events[0].event_date.isoformat() == "2025-06-17"


def test_a_pluperfect_with_its_own_day_is_still_an_event(engine):
    text = "Le 12 juin, des hommes armés avaient tué cinq villageois à Ménaka, a indiqué jeudi un élu local."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-20", lang="fr")).events
    assert event.event_date.isoformat() == "2025-06-12" and event.fatalities == 5


@pytest.mark.parametrize("text, lang", [
    ("Bandits killed six herders near Gusau on Sunday. More than 40 people were killed in a similar raid on "
     "villages in the area earlier this month.", "en"),
    ("Des hommes armés ont tué six éleveurs près de Gusau dimanche. Au début du mois, plus de 40 villageois "
     "avaient été tués dans une attaque similaire dans la zone, ce mois-ci.", "fr"),
])
def test_a_later_sentence_dated_only_by_a_month_is_background(engine, text, lang):
    """After the lead, an act dated only "earlier this month" is the story's background: it was
    news when it happened, and has no day to be coded with now."""
    events = engine.extract(Document(id="t", text=text, published="2025-06-17", lang=lang)).events
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2025-06-15", 6)]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen shot dead seven traders near Tillaberi on Sunday, the latest in a wave of attacks in the region.", "en"),
    ("Des hommes armés ont tué sept villageois près de Tillabéri dimanche, dernière en date d'une série "
     "d'attaques dans la région.", "fr"),
    ("Hombres armados asesinaron a siete comerciantes el domingo en Zitácuaro, el último de una serie de "
     "ataques en la zona.", "es"),
])
def test_an_act_with_its_day_placed_in_a_series_is_still_an_event(engine, text, lang):
    """", the latest in a wave of attacks" places the act told before it in a series; the act,
    with its own day, is news (a habit told of the act itself still is none, see above)."""
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-17", lang=lang)).events
    assert (event.event_date.isoformat(), event.fatalities) == ("2025-06-15", 7)


def test_repeated_attacks_denounced_are_no_event(engine):
    text = "The prime minister on Sunday denounced repeated attacks on the town of Nabatieh."
    assert engine.extract(Document(id="t", text=text, published="2025-06-17", lang="en")).events == []


@pytest.mark.parametrize("text, lang", [
    ("Al-Shabaab fighters attacked an army post in Afgooye on Friday, killing eight soldiers. In Somalia, a "
     "resident said he heard two loud explosions before the gunfire started.", "en"),
    ("Des shebab ont attaqué vendredi un poste de l'armée à Afgooye, tuant huit soldats. En Somalie, un habitant "
     "a précisé avoir entendu deux fortes explosions avant les combats.", "fr"),
])
def test_what_a_witness_heard_of_the_event_told_is_no_new_event(engine, text, lang):
    """After the attack is told, "heard two loud explosions" is a witness's account of it, not
    a bombing of its own (even when the sentence names only the country)."""
    events = engine.extract(Document(id="t", text=text, published="2024-03-09", lang=lang)).events
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Afgooye")]


@pytest.mark.parametrize("text, lang", [
    ("El Ejército atacó el lunes la aldea de Kyauk Taw, en la región de Sagaing, y quemó unas 60 casas.\n\n"
     "Un vecino de la aldea de Kyauk Taw, en la región de Sagaing, que fue testigo de recientes enfrentamientos, "
     "dijo que las tropas llegaron de madrugada.", "es"),
])
def test_the_fighting_a_witness_saw_is_the_event_told_not_a_new_clash(engine, text, lang):
    """"A resident who witnessed recent clashes said...": the witness tells the event told before,
    as with what a witness heard."""
    events = engine.extract(Document(id="t", text=text, published="2024-05-07", lang=lang)).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_explosions_heard_with_nothing_told_before_are_still_reported(engine):
    text = "Residents heard two loud explosions in Afgooye on Friday night."
    (event,) = engine.extract(Document(id="t", text=text, published="2024-03-09", lang="en")).events
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.location == "Afgooye"


@pytest.mark.parametrize("text, lang", [
    ("Des gendarmes ont arrêté mardi à Niamey un ancien député accusé de complot contre l'État.", "fr"),
    ("Soldiers arrested a former governor accused of plotting a coup in Niamey on Tuesday.", "en"),
])
def test_the_charge_against_the_arrested_is_no_blame(engine, text, lang):
    """"arrested a former governor accused of plotting": the charge is the arrest's, not a
    statement blaming someone for an act (a comma between them still leaves it to the gate)."""
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-19", lang=lang)).events
    assert event.sub_event_type == "Arrests"


@pytest.mark.parametrize("text, lang", [
    ("Los cuatro detenidos pasarán este viernes a disposición judicial en Zaragoza acusados de desórdenes "
     "públicos.", "es"),
    ("The four people arrested will appear before magistrates in Bradford on Friday charged with violent "
     "disorder.", "en"),
    ("Les quatre personnes interpellées comparaîtront vendredi devant un juge à Grenoble.", "fr"),
])
def test_a_hearing_to_come_of_people_arrested_is_no_arrest(engine, text, lang):
    """"The four people arrested will appear before magistrates on Friday": the people an earlier
    arrest took and the day of a hearing to come; read as past, Friday would date a new arrest."""
    assert engine.extract(Document(id="t", text=text, published="2025-03-05", lang=lang)).events == []


@pytest.mark.parametrize("text, lang", [
    ("La policía detuvo el lunes en Zaragoza a cuatro jóvenes, que pasarán este viernes a disposición "
     "judicial.", "es"),
    ("Police arrested four men in Bradford on Monday; they will appear before magistrates on Friday.", "en"),
    ("La police a interpellé lundi quatre personnes à Grenoble, qui comparaîtront vendredi devant un juge.", "fr"),
])
def test_an_arrest_with_a_day_of_its_own_stays_beside_a_hearing_to_come(engine, text, lang):
    (event,) = engine.extract(Document(id="t", text=text, published="2025-03-05", lang=lang)).events
    assert (event.sub_event_type, event.event_date.isoformat()) == ("Arrests", "2025-03-03")


@pytest.mark.parametrize("text, lang, events", [
    ("Militares y sicarios se enfrentaron el lunes en Navolato. Hubo al menos tres muertos. Tras el "
     "enfrentamiento, efectivos del Ejército desplegaron un operativo y cerraron durante horas la carretera a "
     "Culiacán.", "es", [("Armed clash", "Navolato")]),
    ("Troops and gunmen clashed in Mubi on Monday. Residents fled. After the clash, soldiers sealed off the road "
     "to Yola for several hours.", "en", [("Armed clash", "Mubi")]),
    ("Troops and gunmen clashed in Mubi on Monday. Residents fled. After the clash, gunmen attacked a police "
     "post in Yola.", "en", [("Armed clash", "Mubi"), ("Armed clash", "Yola")]),
])
def test_a_sentence_opened_by_the_act_told_before_tells_no_new_one(engine, text, lang, events):
    """"Tras el enfrentamiento, militares cerraron la carretera a Culiacán": after the lead, an
    act named only in a background phrase opening the sentence is the one already told; an act
    of the sentence's own ("gunmen attacked a police post") stays."""
    found = engine.extract(Document(id="t", text=text, published="2025-03-05", lang=lang)).events
    assert sorted((e.sub_event_type, e.location) for e in found) == events


def test_a_clash_feared_is_no_clash(engine):
    """"por temor a nuevos enfrentamientos": a fear, also when the phrase is a background opener."""
    text = "Los comerciantes de Navolato no abrirán sus negocios este sábado por temor a nuevos enfrentamientos."
    assert engine.extract(Document(id="t", text=text, published="2025-03-05", lang="es")).events == []
