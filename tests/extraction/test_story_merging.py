"""One event told twice in a story, on sentences we wrote: the lead and the body name the
same place in two ways (a district, then the town it is named after)."""

from dateline.models import Document


def run(engine, text, published, lang="en"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


def test_a_district_in_the_lead_and_its_namesake_town_in_the_body_are_one_event(engine):
    events = run(engine, "Two traders in Chhattisgarh's Kondagaon district were beaten to death by villagers who "
                         "suspected them of stealing cattle. Police said on Tuesday the two men were dragged from "
                         "their truck and beaten to death by a mob in Kondagaon on Monday night.",
                 published="2024-09-11")
    assert len(events) == 1
    assert events[0].sub_event_type == "Mob violence"
    assert str(events[0].event_date) == "2024-09-09"


DRONE_STORY = ("Kabul. Zwölf Zivilisten sind bei einem amerikanischen Drohnenangriff in Afghanistan getötet "
               "worden, darunter vier Kinder.\n\n"
               "Das teilte ein Sprecher der Provinzregierung am Freitag mit.\n\n"
               "Nach Angaben der Behörden hatte die Rakete am Mittwoch zwei Geländewagen in der Provinz Paktika "
               "getroffen. Im vergangenen Monat hatten Bewaffnete in der Hauptstadt eine Schule angegriffen.")


def test_a_lead_naming_only_the_country_takes_the_province_and_day_the_story_gives_later(engine):
    events = run(engine, DRONE_STORY, published="2024-05-11", lang="de")
    (strike,) = [e for e in events if e.admin1 == "Paktika"]
    assert strike.sub_event_type == "Air/drone strike"  # the missile told later is the strike's
    assert str(strike.event_date) == "2024-05-08"
    assert strike.fatalities == 12


def test_a_missile_and_its_verb_nine_words_apart_are_one_strike(engine):
    events = run(engine, "Eine Rakete hat am Dienstag in der Provinz Kunar ein Fahrzeug getroffen.",
                 published="2024-05-15", lang="de")
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Shelling/artillery/missile attack", "Kunar")]


def test_an_attack_with_a_day_of_its_own_is_no_town_line_of_an_earlier_regional_strike(engine):
    events = run(engine, "Am Dienstag hat eine Rakete in der Provinz Kunar ein Fahrzeug getroffen.\n\n"
                         "Die Behörden schlossen am Mittwoch mehrere Schulen.\n\n"
                         "Am 2. Mai hatten Bewaffnete ein Krankenhaus in Kabul angegriffen. 20 Menschen starben "
                         "bei dem Angriff.", published="2024-05-15", lang="de")
    (kabul,) = [e for e in events if e.location == "Kabul"]
    assert kabul.sub_event_type == "Attack"


def test_a_lead_toll_after_a_sentence_naming_only_the_country_joins_the_report_placed_later(engine):
    story = ("У Малі мешканці села зібралися на весілля. Безпілотник скинув бомбу на гостей, загинули 14 людей "
             "і ще 20 дістали поранення.\n\n"
             "За словами місцевої влади, удар стався в неділю ввечері в місті Сегу, де близько 200 людей "
             "зібралися на свято.")
    (strike,) = run(engine, story, published="2025-10-08", lang="uk")
    assert (strike.country_code, strike.location, str(strike.event_date)) == ("ML", "Segou", "2025-10-05")
    assert (strike.fatalities, strike.injured) == (14, 20)


def test_the_explosion_of_a_suicide_bombing_told_later_is_the_same_event(engine):
    story = ("На юге Афганистана смертник подорвал себя на рынке, погибли 9 человек, 30 ранены.\n\n"
             "Базар в провинции Кандагар был полон покупателей. В результате взрыва в провинции Кандагар "
             "11 марта погибли по меньшей мере девять человек.")
    (bombing,) = run(engine, story, published="2025-03-12", lang="ru")
    assert (bombing.sub_event_type, bombing.country_code, str(bombing.event_date)) == ("Suicide bomb", "AF",
                                                                                    "2025-03-11")
    assert bombing.location != "Afghanistan"  # placed where the body says


def test_the_sentences_after_a_recalled_event_go_on_telling_it(engine):
    story = ("В Кандагаре смертник подорвал себя у рынка, погибли 12 человек.\n\n"
             "Напомним, ранее сообщалось, что боевики напали на полицейский участок в Афганистане. Нападение "
             "произошло в понедельник вечером, после того как смертник на грузовике ворвался во двор участка.")
    events = run(engine, story, published="2025-03-14", lang="ru")
    assert [(e.sub_event_type, str(e.event_date), e.fatalities) for e in events] == [
        ("Suicide bomb", "2025-03-14", 12)]


def test_the_tragedy_happened_sentence_gives_the_lead_its_place_and_day(engine):
    story = ("В Нигерии по меньшей мере 15 человек погибли и около 30 получили ранения в результате "
             "авиаудара по рынку.\n\n"
             "Подробности\n\n"
             "Трагедия произошла в среду вечером в городе Майдугури, где сотни людей пришли за покупками.")
    (strike,) = run(engine, story, published="2025-03-14", lang="ru")
    assert (strike.location, str(strike.event_date), strike.fatalities) == ("Maiduguri", "2025-03-12", 15)


def test_it_happened_on_a_day_dates_a_placed_event(engine):
    story = ("Військовий конвой підірвався на міні поблизу Майдугурі на північному сході Нігерії, загинули "
             "семеро солдатів.\n\n"
             "Трагедія сталася у вівторок близько полудня.")
    (blast,) = run(engine, story, published="2025-03-14", lang="uk")
    assert (blast.location, str(blast.event_date)) == ("Maiduguri", "2025-03-11")
