"""Reporting of Russia's war on Ukraine in five languages: advances are fights, a foreign state's
taking of a village overtakes territory, a belligerent ministry that speaks names no side of the
front, a soldier told after the verb killed, an attempt to cross the border is an incursion, a
capital under attack is the place. Sentences are ours, in the wire style of TASS, Ukrinform,
Reuters, AFP and dpa; neighbours that must not change sit beside each case."""

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday

OVERTAKES = "Non-state actor overtakes territory"
REGAINS = "Government regains territory"
RUSSIA, UKRAINE = "Military Forces of Russia", "Military Forces of Ukraine"


def _fields(event):  # type: ignore[no-untyped-def]
    return event.sub_event_type, event.country_code, event.admin1, event.location, event.geo_precision


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("ru", "Российские подразделения продвинулись под Курахово, сообщило Минобороны России.", "Kurakhove"),
    ("uk", "Російські війська просунулися поблизу Торецька, повідомили аналітики.", "Toretsk"),
    ("en", "Russian troops advanced near Pokrovsk, the Russian Defence Ministry said on Tuesday.", "Pokrovsk"),
    ("de", "Russische Truppen rücken nach Angaben aus Kiew nahe Pokrowsk weiter vor.", "Pokrovsk"),
    ("fr", "Les forces russes progressent près de Pokrovsk, selon l'état-major ukrainien.", "Pokrovsk"),
])
def test_an_advance_is_a_fight_at_the_front(events_of, lang, text, place):
    """"продвинулись под Покровском": ACLED codes an advance as an armed clash near the town;
    the advancing army's adjective and the ministry that speaks put the front in both countries,
    so the town is Donetsk oblast's, not Yakutia's Pokrovsk nor Engels (once called Pokrovsk)."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.country_code, e.location, e.geo_precision) for e in events] == [
        ("Armed clash", "UA", place, 2)]
    assert events[0].actor1.startswith(RUSSIA) and events[0].actor2.startswith(UKRAINE)


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("ru", "Российские военные заняли село Новоселовка в Донецкой области, сообщили во вторник в Минобороны.",
     "2025-04-15"),
    ("uk", "Російські окупанти захопили село Новоселівка на Донеччині, повідомили аналітики.", PUBLISHED),
    ("en", "Russian forces captured the village of Novoselivka in Ukraine's Donetsk region.", PUBLISHED),
    ("fr", "L'armée russe a revendiqué mardi la prise du village de Novosselivka, dans la région de Donetsk.",
     "2025-04-15"),
    ("ru", "Минобороны России заявило об освобождении села Новоселовка в Донецкой области.", PUBLISHED),
])
def test_a_foreign_army_taking_a_village_overtakes_it(events_of, lang, text, day):
    """ACLED's *Government regains territory* is a government retaking its own ground; a foreign
    state's forces that take a place (Russia's in Ukraine) overtake it, from the defender's army.
    "the village of" names the place taken, not its people; a ministry that claims the taking
    took it."""
    events = events_of(text, lang, PUBLISHED)
    assert [(_fields(e), str(e.event_date)) for e in events] == [
        ((OVERTAKES, "UA", "Donetsk", "Novoselivka", 1), day)]
    assert events[0].actor1.startswith(RUSSIA) and events[0].actor2.startswith(UKRAINE)


@pytest.mark.parametrize(("lang", "text", "sub", "country", "actor1"), [
    ("uk", "Сили оборони звільнили село Новоселівка на Донеччині, повідомив Генштаб.", REGAINS, "UA", UKRAINE),
    ("ru", "Российские войска освободили село Михайловка в Курской области.", REGAINS, "RU", RUSSIA),
    ("en", "Nigerian troops recaptured the town of Bama from Boko Haram on Tuesday.", REGAINS, "NG",
     "Military Forces of Nigeria"),
])
def test_a_state_retaking_its_own_ground_regains_it(events_of, lang, text, sub, country, actor1):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.country_code) for e in events] == [(sub, country)]
    assert events[0].actor1.startswith(actor1)


@pytest.mark.parametrize(("lang", "text", "location", "admin1"), [
    ("uk", "Росіяни вдарили по Михайлівці на Запоріжжі, загинула жінка.", "Mykhaylivka", "Zaporizhzhia"),
    ("uk", "В Іванівці на Херсонщині внаслідок обстрілу загинув чоловік.", "Ivanivka", "Kherson"),
])
def test_a_locative_in_ci_is_the_village_in_ka(events_of, lang, text, location, admin1):
    """"у Михайлівці" is the locative of Михайлівка, not Slovakia's Michalovce ("Михайлівці"),
    nor "в Іванівці" the Ivanivtsi of Chernivtsi oblast."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.admin1, e.location) for e in events] == [("UA", admin1, location)]


def test_a_plural_town_in_ci_stays_itself(events_of):
    events = events_of("У Чернівцях відбувся мітинг проти корупції.", "uk", PUBLISHED)
    assert [(e.country_code, e.location) for e in events] == [("UA", "Chernivtsi")]


@pytest.mark.parametrize(("lang", "text", "location", "precision"), [
    ("ru", "В результате удара ВСУ по Климову Брянской области пострадали два человека.", "Klimovo", 1),
    ("ru", "ВСУ атаковали дронами село Глотово Белгородской области, ранена женщина.",
     "Belgorodskaya oblast'", 3),
    ("uk", "У селі Глотове Бєлгородської області поранено жінку внаслідок атаки дрона.",
     "Belgorodskaya oblast'", 3),
])
def test_a_village_told_with_its_oblast_is_in_it(events_of, lang, text, location, precision):
    """"по Климову Брянской области": the oblast told after the town is evidence of its country
    (the AFU's strike named Ukraine only); an unknown village before it ("Глотово") is no part of
    a longer name: the oblast places the event."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.location, e.geo_precision) for e in events] == [("RU", location, precision)]
    assert events[0].injured in (1, 2)


@pytest.mark.parametrize(("lang", "text", "precision"), [
    ("ru", "Под Часовым Яром продолжаются ожесточенные бои.", 2),
    ("uk", "Під Часовим Яром тривають запеклі бої.", 2),
    ("ru", "Бои идут за Часов Яр.", 1),
])
def test_a_name_of_two_words_in_the_instrumental(events_of, lang, text, precision):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [
        ("Armed clash", "Chasiv Yar", precision)]


@pytest.mark.parametrize("text", [
    "Am Dienstag tötete ein russischer Soldat in Cherson einen Zivilisten, wie die Behörden mitteilten.",
    "Ein russischer Soldat tötete am Dienstag in Cherson einen Zivilisten.",
])
def test_a_soldier_who_killed_is_the_killer(events_of, text):
    """The soldier, counted by his article, after the finite verb or before a place, killed; he
    was not killed, and the Kherson of the story is Ukraine's."""
    events = events_of(text, "de", PUBLISHED)
    assert [(e.sub_event_type, e.country_code, e.location) for e in events] == [("Attack", "UA", "Kherson")]
    assert events[0].actor1.startswith(RUSSIA) and events[0].actor2 == "Civilians (Ukraine)"


def test_soldiers_killed_are_still_the_dead(events_of):
    events = events_of("Am Dienstag wurden zwei Soldaten in Cherson getötet.", "de", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Kherson", 2)]
    assert events[0].actor2.startswith(UKRAINE)


@pytest.mark.parametrize("text", [
    "Ukrainian border guards repelled an attempt by a Russian sabotage group to cross into the Sumy region.",
    "Ukrainian troops crossed into the Kursk region on Tuesday and clashed with Russian forces near Sudzha.",
])
def test_armed_men_crossing_a_border_invade(events_of, text):
    events = events_of(text, "en", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert {events[0].actor1.split(" (")[0], events[0].actor2.split(" (")[0]} == {RUSSIA, UKRAINE}


def test_civilians_crossing_a_border_flee(events_of):
    assert events_of("Thousands of civilians crossed into Chad after clashes in El Geneina.", "en",
                     PUBLISHED) == []


@pytest.mark.parametrize(("text", "events_count"), [
    ("Kyiv came under a massive Russian missile attack overnight, with debris injuring four people.", 1),
    ("Kyiv was hit by Russian missiles overnight, injuring four people.", 1),
    ("Kyiv was quick to condemn the attack on Sumy that killed two.", 0),
])
def test_a_capital_under_attack_is_the_place(events_of, text, events_count):
    events = events_of(text, "en", PUBLISHED)
    assert len(events) == events_count
    assert all((e.location, e.injured) == ("Kyiv", 4) for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russische Truppen haben das Dorf Nowoselowka im Gebiet Donezk erobert."),
    ("fr", "Les forces russes se sont emparées du village de Novosselivka, dans la région de Donetsk."),
])
def test_a_village_told_with_its_province_word_after_it(events_of, lang, text):
    """"im Gebiet Donezk" names Ukraine's oblast (the province named after its Donetsk), not the
    Rostov oblast of Russia's Donetsk: the village is the oblast's namesake, not Crimea's."""
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.admin1, e.location) for e in events] == [("UA", "Donetsk", "Novoselivka")]
