"""Fields of events the engine finds: tolls and actors that other sentences of the story must
not spoil. Sentences written for these tests."""

import pytest

from dateline.models import Document

PUBLISHED = "2024-05-02"  # a Thursday


def run(engine, text, published=PUBLISHED, lang=None):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang))


@pytest.mark.parametrize("text, lang, killed", [
    ("Le mardi 30 avril, des hommes armés ont attaqué un village près de Macomia, tuant deux civils. "
     "Selon une ONG locale, au moins neuf personnes ont été tuées dans cette nouvelle vague de violences.", "fr", 2),
    ("El martes 30 de abril, un ataque con drones contra una base militar en Jamundí dejó tres soldados "
     "heridos. Desde enero se han registrado en la región 80 ataques de este tipo. "
     "Estos hechos dejan un saldo de 9 soldados asesinados y 40 heridos.", "es", 0),
])
def test_a_figure_over_several_events_is_no_toll_of_one(engine, text, lang, killed):
    """"Six were beheaded in this new wave of violence", "these attacks have left 9 dead": a
    total over several attacks, a count claim, not the toll of the event told before it."""
    result = run(engine, text, lang=lang)
    (event,) = result.events
    assert event.fatalities == killed
    assert "count" in {c.kind for c in result.claims}


def test_this_one_strike_is_no_series(events_of):
    """"this strike" (singular) is the event told, not several: its toll stays the event's."""
    text = ("Российские войска 30 апреля ударили по Харькову. "
            "Из-за этого удара погибли пять мирных жителей.")
    (event,) = events_of(text, "ru", PUBLISHED)
    assert event.fatalities == 5


def test_a_number_of_axes_counts_no_wounded(events_of):
    """"attacked on three axes, causing injuries": the three counts the axes, not the hurt."""
    text = ("اندلعت اشتباكات بين الجيش وقوات الدعم السريع يوم الثلاثاء في مدينة الأبيض. "
            "وقال الجيش إن قوات الدعم السريع هاجمت مواقعه عبر ثلاثة محاور ما أدى إلى وقوع إصابات بين السكان.")
    (event,) = events_of(text, "ar", "2024-04-30")
    assert event.injured is None and event.fatalities is None


def test_the_dead_of_two_sides_told_apart_add_up(events_of):
    """"A dozen assailants were neutralised" in the lead and "three soldiers fell" later: ACLED
    counts the dead of both sides of the fight (15); the attack was on the army's post, so the
    assailants attacked, although they are the dead of the lead."""
    text = ("Une douzaine d'assaillants ont été neutralisés mardi lors d'une attaque contre le détachement "
            "militaire de Djibo, selon l'état-major. Le bilan côté ami fait état de trois soldats tombés "
            "et de cinq blessés.")
    (event,) = events_of(text, "fr", "2024-05-01")
    assert event.fatalities == 15 and event.injured == 5
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert event.actor2.startswith("Military Forces of Burkina Faso")


def test_two_counts_of_people_are_two_reports_of_one_toll(events_of):
    """Counts of "people" or civilians in two sentences are two reports of one toll, not sides."""
    text = ("Gunmen attacked a police station in Bannu on Tuesday, killing two policemen. "
            "Local media said at least three people died in the attack.")
    (event,) = events_of(text, "en", "2024-05-01")
    assert event.fatalities in (2, 3)


def test_the_speaker_nearest_its_speech_word_claims_the_act(events_of):
    """"Бойовики з угруповання M23 заявили про взяття під контроль Букаву": the group named right
    before "заявили" reports its own act, not the plain "угруповання" before it."""
    text = "Бойовики з угруповання M23 заявили у вівторок про взяття під контроль міста Букаву."
    (event,) = events_of(text, "uk", PUBLISHED)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "M23: March 23 Movement"


def test_officers_who_got_to_safety_were_not_killed(events_of):
    """"los agentes lograron ponerse a salvo": nobody was killed (0), the wounded are not told."""
    text = ("El martes 30 de abril, policías estatales fueron atacados con explosivos lanzados desde drones "
            "en Aguililla, aunque los agentes lograron ponerse a salvo.")
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.fatalities == 0 and event.injured is None


@pytest.mark.parametrize("text, lang", [
    ("اشتبك متظاهرون مع شرطة مكافحة الشغب أمام مبنى البرلمان في ليما السبت.\n\n"
     "وقال وزير الداخلية إن 150 شرطيا أصيبوا.\n\n"
     "وأشار الوزير كذلك إلى إصابة 30 مدنيا بجروح طفيفة.", "ar"),
    ("Protesters clashed with riot police outside parliament in Lima on Saturday.\n\n"
     "The interior minister said 150 police officers were injured.\n\n"
     "He also reported that another 30 civilians suffered light injuries.", "en"),
])
def test_the_wounded_of_a_riot_told_after_it_add_up(events_of, text, lang):
    """A riot's wounded told in sentences of their own right after it, by party ("150 police
    officers were injured", then "another 30 civilians" hurt), are its toll: a hundred or
    more right after one event is no tally over time, and the other party's "another" adds (180)."""
    events = events_of(text, lang, "2024-05-05")
    assert [e.injured for e in events] == [180]


def test_a_lead_s_whole_toll_takes_no_later_part(events_of):
    """The lead's toll is the whole: a party counted again later with "also" is a part of it."""
    text = ("Forty people were killed in a police raid in Rio de Janeiro on Tuesday.\n\n"
            "Four police officers died. Four residents also died.")
    (event,) = events_of(text, "en", "2024-05-01")
    assert event.fatalities == 40


@pytest.mark.parametrize("text, lang", [
    ("قتلى وجرحى بقصف للدعم السريع على الفاشر\n\n"
     "قُتل ستة مدنيين وأصيب 14 آخرون، الأربعاء، جراء قصف مدفعي شنته قوات الدعم السريع على حي أبو شوك "
     "شمالي مدينة الفاشر، بحسب ما أفادت مصادر محلية.\n\n"
     "وقال مصدر طبي في مستشفى المدينة إن بين القتلى طفلين وامرأة، مشيرا إلى أن حالة ثلاثة من المصابين "
     "خطيرة.", "ar"),
])
def test_the_toll_of_the_report_that_places_the_event_beats_a_part_told_later(events_of, text, lang):
    """A headline without figures leads; the report that places the event in a district gives its
    toll (six dead, 14 hurt), not the later sentence on some of the victims, though that one
    inherits the headline's city."""
    (event,) = events_of(text, lang, "2025-03-13")
    assert (event.fatalities, event.injured) == (6, 14)
