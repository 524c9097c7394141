"""Words of happening in English, French, Spanish and Arabic ("the events took place on Friday
evening", "les faits se sont produits", "los hechos ocurrieron"), on sentences we wrote: a
sentence with no act of its own gives the event told before its day and place; a disruption
told as coming later is an event of its own."""


def test_a_french_sentence_of_happening_dates_the_lead(events_of):
    story = ("Au Nigeria, deux kamikazes se sont fait exploser dans une gare routière de Gombe, tuant "
             "onze personnes, a annoncé ce lundi 14 avril la police.\n\n"
             "Les faits se sont produits dimanche soir, à l'heure de pointe.")
    (bombing,) = events_of(story, "fr", "2025-04-14")
    assert (bombing.location, str(bombing.event_date), bombing.fatalities) == ("Gombe", "2025-04-13", 11)


def test_an_english_sentence_of_happening_dates_the_lead(events_of):
    story = ("Gunmen killed seven traders at a cattle market in Katsina state, police said on Thursday.\n\n"
             "The incident happened on Tuesday afternoon in the town of Funtua.")
    (attack,) = events_of(story, "en", "2025-06-12")
    assert (attack.location, str(attack.event_date)) == ("Funtua", "2025-06-10")


def test_a_spanish_sentence_of_happening_dates_the_lead(events_of):
    story = ("Hombres armados asesinaron a cuatro comerciantes en el municipio de Tumaco, informó el "
             "jueves la policía.\n\n"
             "Los hechos ocurrieron el martes por la noche en una calle del barrio Viento Libre.")
    (attack,) = events_of(story, "es", "2025-06-12")
    assert str(attack.event_date) == "2025-06-10"


def test_the_act_named_as_happening_is_the_one_at_its_place(events_of):
    """The lead tells two acts; "the blast in Pasto happened …" details the blast, not the
    disruption told beside it, so the zero toll of its quote stays the blast's."""
    story = ("Un coche bomba explotó la madrugada del sábado frente a una comisaría en la ciudad de Pasto, sin "
             "dejar víctimas, mientras que en Cali un equipo antiexplosivos de la policía desactivó el domingo una "
             "mochila con explosivos junto a un puente, informaron las autoridades.\n\n"
             "La explosión en Pasto se produjo hacia las 02:00 hora local y destruyó varias motos. "
             "\"No hubo heridos ni fallecidos\", dijo el comandante.")
    events = {e.location: e for e in events_of(story, "es", "2025-06-16")}
    assert events["Pasto"].sub_event_type == "Remote explosive/landmine/IED"
    assert str(events["Pasto"].event_date) == "2025-06-14"
    assert (events["Pasto"].injured, events["Cali"].injured) == (0, None)
    assert events["Cali"].sub_event_type == "Disrupted weapons use"


def test_a_bomb_defused_later_that_evening_is_its_own_event(events_of):
    story = ("A suicide bomber blew himself up at a police post in the city of Kohat on Sunday, killing "
             "four officers, police said.\n\n"
             "Later that evening, a bomb disposal team defused a second device hidden under a bridge "
             "near the post, officials said. No one was hurt.")
    events = events_of(story, "en", "2025-06-16")
    assert sorted(e.sub_event_type for e in events) == ["Disrupted weapons use", "Suicide bomb"]
    assert {e.location for e in events} == {"Kohat"}
