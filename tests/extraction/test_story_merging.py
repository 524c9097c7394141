"""One event told twice in a story, on sentences we wrote: the lead and the body name the
same place in two ways (a district, then the town it is named after)."""

import pytest


def test_a_district_in_the_lead_and_its_namesake_town_in_the_body_are_one_event(events_of):
    events = events_of("Two traders in Chhattisgarh's Kondagaon district were beaten to death by villagers who "
                       "suspected them of stealing cattle. Police said on Tuesday the two men were dragged from "
                       "their truck and beaten to death by a mob in Kondagaon on Monday night.", "en", "2024-09-11")
    assert len(events) == 1
    assert events[0].sub_event_type == "Mob violence"
    assert str(events[0].event_date) == "2024-09-09"


DRONE_STORY = ("Kabul. Zwölf Zivilisten sind bei einem amerikanischen Drohnenangriff in Afghanistan getötet "
               "worden, darunter vier Kinder.\n\n"
               "Das teilte ein Sprecher der Provinzregierung am Freitag mit.\n\n"
               "Nach Angaben der Behörden hatte die Rakete am Mittwoch zwei Geländewagen in der Provinz Paktika "
               "getroffen. Im vergangenen Monat hatten Bewaffnete in der Hauptstadt eine Schule angegriffen.")


def test_a_lead_naming_only_the_country_takes_the_province_and_day_the_story_gives_later(events_of):
    events = events_of(DRONE_STORY, "de", "2024-05-11")
    (strike,) = [e for e in events if e.admin1 == "Paktika"]
    assert strike.sub_event_type == "Air/drone strike"  # the missile told later is the strike's
    assert str(strike.event_date) == "2024-05-08"
    assert strike.fatalities == 12


def test_a_missile_and_its_verb_nine_words_apart_are_one_strike(events_of):
    events = events_of("Eine Rakete hat am Dienstag in der Provinz Kunar ein Fahrzeug getroffen.", "de", "2024-05-15")
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Shelling/artillery/missile attack", "Kunar")]


def test_an_attack_with_a_day_of_its_own_is_no_town_line_of_an_earlier_regional_strike(events_of):
    events = events_of("Am Dienstag hat eine Rakete in der Provinz Kunar ein Fahrzeug getroffen.\n\n"
                       "Die Behörden schlossen am Mittwoch mehrere Schulen.\n\n"
                       "Am 2. Mai hatten Bewaffnete ein Krankenhaus in Kabul angegriffen. 20 Menschen starben "
                       "bei dem Angriff.", "de", "2024-05-15")
    (kabul,) = [e for e in events if e.location == "Kabul"]
    assert kabul.sub_event_type == "Attack"


_CAMP_STORY = (
    "Des combattants shebab ont attaqué un camp militaire jeudi matin dans le sud de la Somalie, tuant au moins six "
    "soldats, selon des sources officielles.\n\n"
    "L'attaque a visé un camp de l'armée situé à environ 30 km au nord de Merca.\n\n"
    "Selon des témoins, les assaillants se sont rendus maîtres du camp à l'issue de combats ayant coûté la vie "
    "à au moins six personnes.\n\n")
_QUOTE = ('"Cette attaque était bien préparée : ils sont venus de deux directions et il y a eu une forte explosion, '
          'sans doute un kamikaze", a rapporté un habitant.\n')


@pytest.mark.parametrize("text", [_CAMP_STORY, _CAMP_STORY + _QUOTE])
def test_a_lead_placed_by_its_country_joins_the_report_that_places_it(events_of, text):
    """The lead says "in southern Somalia"; a later report names the camp near Merca and the
    witnesses' report inherits the country: one event, at the camp, whatever report leads its
    group; a witness's quote retelling it in other words ("a strong explosion, no doubt a
    suicide bomber") is the same event, not a bombing of its own."""
    events = events_of(text, "fr", "2024-03-09", title="Somalie : six morts dans une attaque contre un camp militaire")
    assert [(e.location, e.fatalities) for e in events] == [("Marka", 6)]
    assert events[0].sub_event_type != "Suicide bomb"


def test_a_country_lead_led_by_a_report_that_inherited_the_town_still_joins_it(events_of):
    """The lead names only "the south of the country"; a witness's "before the fighting broke
    out" inherits the town and leads the lead's group. The group is still told by its country
    and joins the event placed 40 km from the capital: one event, not a second at the centroid."""
    text = ("8 mars 2024\n\nSomalie : huit morts dans l'attaque d'un camp de l'armée\n\n"
            "Mogadiscio (Agence Exemple)\n\n"
            "Des insurgés shebab ont pris d'assaut et saccagé une base de l'armée vendredi à l'aube dans le sud "
            "du pays, tuant au moins huit militaires, selon un responsable régional.\n\n"
            "L'assaut a visé une base située à quelque 40 km à l'ouest de la capitale Mogadiscio.\n\n"
            "Selon des habitants, les shebab se sont emparés de la base au terme d'affrontements ayant fait au "
            "moins huit morts.\n\n"
            "\"J'ai compté huit corps de militaires près de la base\", a raconté un témoin.\n\n"
            "Un second témoin a dit avoir entendu deux déflagrations puissantes avant le début des tirs à "
            "l'arme automatique.\n\n"
            "\"Ils ont surgi de trois côtés avec deux très fortes explosions, sans doute des kamikazes\", "
            "a-t-il ajouté.\n")
    events = events_of(text, "fr", "2024-03-09")
    assert [(e.location, e.fatalities) for e in events] == [("Mogadishu", 8)]


AIRSTRIKES = ("Junta aircraft bombed two villages of Budalin Township in Sagaing Region on Monday, residents "
              "said.\n\n"
              "A fighter jet hit Shwe Let village, killing eight villagers, a local rescue worker said.\n\n"
              "A young villager from Sut Pyet in Budalin Township was killed when another air strike hit the "
              "village on Monday.")


def test_another_strike_at_a_place_of_its_own_is_its_own_event(events_of):
    events = events_of(AIRSTRIKES, "en", "2024-03-05")
    assert len(events) == 2
    second = next(e for e in events if e.location == "Sut Pyet")
    assert second.sub_event_type == "Air/drone strike"
    assert second.fatalities == 1  # "A young villager ... was killed": the article counts the subject


def test_another_victim_is_more_of_the_event_told(events_of):
    events = events_of("Gunmen killed three villagers in Katsina State on Sunday.\n\n"
                       "Another villager was killed in the attack, police said.", "en", "2024-03-05")
    assert len(events) == 1


def test_a_lead_dated_by_publication_takes_the_day_its_town_report_inherits(events_of):
    events = events_of("Gunmen attacked a police checkpoint in Nalchik, killing two officers.\n\n"
                       "On the night of 12 May, a mosque in Baksan was set on fire. Meanwhile, in Nalchik, "
                       "gunmen opened fire on the checkpoint.", "en", "2024-05-14")
    days = {e.location: str(e.event_date) for e in events}
    assert days.get("Nalchik") == "2024-05-12"


def test_a_lead_toll_with_no_place_joins_the_event_the_story_places_later(events_of):
    events = events_of("Three marchers died and dozens were hurt when police broke up an opposition march, "
                       "hospital officials said.\n\n"
                       "Riot police fired tear gas at the march in Lusaka on Friday, and protesters clashed with "
                       "officers in the streets.", "en", "2024-06-09")
    assert [(e.location, e.fatalities) for e in events] == [("Lusaka", 3)]


def test_the_dead_of_the_day_before_are_the_toll_of_that_days_event(events_of):
    events = events_of("Troops shot dead four mourners in Piranshahr on Tuesday as they buried three men killed "
                       "the day before, activists said.\n\n"
                       "State media reported clashes between protesters and police in Piranshahr on Monday "
                       "night.", "en", "2022-11-16")
    tolls = {str(e.event_date): e.fatalities for e in events}
    assert tolls == {"2022-11-15": 4, "2022-11-14": 3}


def test_a_sentence_with_no_place_goes_on_with_the_event_told_last(events_of):
    events = events_of("Gunmen opened fire on a market in Zaria on Sunday evening. Meanwhile, gunmen opened fire "
                       "on a church in Kaduna. Later that night, gunmen fired on traders again in Zaria. Two "
                       "traders were killed.", "en", "2024-06-24")
    tolls = {e.location: e.fatalities for e in events}
    assert tolls.get("Zaria") == 2 and not tolls.get("Kaduna")


def test_the_other_sides_rally_is_a_demonstration_of_its_own(events_of):
    events = events_of("Opposition supporters threw stones at police and set a bus alight in Karachi on Sunday "
                       "during a march against fuel prices.\n\n"
                       "Supporters of the governing party gathered at simultaneous rallies across town, which "
                       "passed off without incident.", "en", "2024-02-12")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Violent demonstration"]


def test_a_sentence_with_no_place_joins_the_event_whose_reports_share_its_type(events_of):
    events = events_of("Police fired tear gas to break up an opposition rally in Lahore on Saturday. On Sunday, "
                       "party supporters fought police in Gujranwala. Ministers ordered arrests after hundreds of "
                       "marchers pelted police with stones on Saturday. Rioters then beat a policeman to death.",
                       "en", "2024-03-11")
    tolls = {e.location: e.fatalities for e in events}
    assert tolls == {"Lahore": 1, "Gujranwala": None}


def test_a_lead_toll_after_a_sentence_naming_only_the_country_joins_the_report_placed_later(events_of):
    story = ("У Малі мешканці села зібралися на весілля. Безпілотник скинув бомбу на гостей, загинули 14 людей "
             "і ще 20 дістали поранення.\n\n"
             "За словами місцевої влади, удар стався в неділю ввечері в місті Сегу, де близько 200 людей "
             "зібралися на свято.")
    (strike,) = events_of(story, "uk", "2025-10-08")
    assert (strike.country_code, strike.location, str(strike.event_date)) == ("ML", "Segou", "2025-10-05")
    assert (strike.fatalities, strike.injured) == (14, 20)


def test_the_explosion_of_a_suicide_bombing_told_later_is_the_same_event(events_of):
    story = ("На юге Афганистана смертник подорвал себя на рынке, погибли 9 человек, 30 ранены.\n\n"
             "Базар в провинции Кандагар был полон покупателей. В результате взрыва в провинции Кандагар "
             "11 марта погибли по меньшей мере девять человек.")
    (bombing,) = events_of(story, "ru", "2025-03-12")
    assert (bombing.sub_event_type, bombing.country_code, str(bombing.event_date)) == ("Suicide bomb", "AF",
                                                                                    "2025-03-11")
    assert bombing.location != "Afghanistan"  # placed where the body says


def test_the_sentences_after_a_recalled_event_go_on_telling_it(events_of):
    story = ("В Кандагаре смертник подорвал себя у рынка, погибли 12 человек.\n\n"
             "Напомним, ранее сообщалось, что боевики напали на полицейский участок в Афганистане. Нападение "
             "произошло в понедельник вечером, после того как смертник на грузовике ворвался во двор участка.")
    events = events_of(story, "ru", "2025-03-14")
    assert [(e.sub_event_type, str(e.event_date), e.fatalities) for e in events] == [
        ("Suicide bomb", "2025-03-14", 12)]


def test_the_tragedy_happened_sentence_gives_the_lead_its_place_and_day(events_of):
    story = ("В Нигерии по меньшей мере 15 человек погибли и около 30 получили ранения в результате "
             "авиаудара по рынку.\n\n"
             "Подробности\n\n"
             "Трагедия произошла в среду вечером в городе Майдугури, где сотни людей пришли за покупками.")
    (strike,) = events_of(story, "ru", "2025-03-14")
    assert (strike.location, str(strike.event_date), strike.fatalities) == ("Maiduguri", "2025-03-12", 15)


def test_it_happened_on_a_day_dates_a_placed_event(events_of):
    story = ("Військовий конвой підірвався на міні поблизу Майдугурі на північному сході Нігерії, загинули "
             "семеро солдатів.\n\n"
             "Трагедія сталася у вівторок близько полудня.")
    (blast,) = events_of(story, "uk", "2025-03-14")
    assert (blast.location, str(blast.event_date)) == ("Maiduguri", "2025-03-11")


def test_an_attack_told_as_coming_later_that_day_is_its_own_event_at_the_same_place(events_of):
    events = events_of("Insurgents shot dead three farmers in Mueda district on Thursday as they walked back "
                       "from their fields, residents said.\n\n"
                       "Later on Thursday, the insurgents stormed the outskirts of Mueda town itself, where they "
                       "killed four people.", "en", "2021-03-12")
    assert sorted(e.fatalities or 0 for e in events) == [3, 4]
    assert {str(e.event_date) for e in events} == {"2021-03-11"}


@pytest.mark.parametrize("later", [
    "Later that day, the toll rose to seven, a local official said.",
    "Later on Thursday, two more bodies were found near Mueda town.",
])
def test_victims_told_later_the_same_day_stay_with_the_event_told(events_of, later):
    events = events_of("Insurgents shot dead three farmers in Mueda district on Thursday as they walked back "
                       "from their fields, residents said.\n\n" + later, "en", "2021-03-12")
    assert len(events) == 1


def test_two_attacks_on_one_town_that_day_are_one_event(events_of):
    events = events_of("Insurgents shot dead three farmers in Mueda on Thursday as they walked back from their "
                       "fields, residents said.\n\n"
                       "Later on Thursday, the insurgents stormed a neighbourhood of Mueda, where they killed "
                       "four people.", "en", "2021-03-12")
    assert len(events) == 1


def test_a_demonstration_stays_one_event_whatever_happened_later_that_day(events_of):
    events = events_of("Police fired tear gas at thousands of protesters marching on parliament in Nairobi on "
                       "Tuesday.\n\n"
                       "Later that day, police shot dead two protesters near the parliament building, witnesses "
                       "said.", "en", "2024-06-26")
    assert len(events) == 1


@pytest.mark.parametrize("lang, text", [
    ("uk", "Унаслідок російського обстрілу 6 травня в Херсоні поранено трьох людей.\n\n"
           "Російські війська атакували місто ударним безпілотником, повідомила ОВА."),
    ("ru", "В результате российского обстрела 6 мая в Херсоне ранены три человека.\n\n"
           "Российские войска атаковали город ударным беспилотником, сообщили в администрации."),
])
def test_a_shelling_whose_weapon_the_story_then_names_a_drone_is_a_drone_strike(events_of, lang, text):
    """The generic word for shelling leads; the drone told of the same event outranks it, as it
    would in one sentence."""
    (event,) = events_of(text, lang, "2024-05-07")
    assert event.sub_event_type == "Air/drone strike"
    assert event.injured == 3


def test_the_event_retold_in_its_country_alone_gives_the_figures_its_lead_lacks(events_of):
    """The second paragraph retells the strike with no day and no place but the country: no
    event of its own, but its wounded are the strike's."""
    text = ("Bei einem Drohnenangriff sind in Somalia neun Menschen ums Leben gekommen. Die Rakete traf zwei "
            "Fahrzeuge auf einer Landstraße.\n\n"
            "Bei dem Drohnenangriff in Somalia sind neun Hirten getötet und vier weitere verletzt worden. Das "
            "meldeten lokale Medien am Mittwoch.\n\n"
            "Die Rakete hatte am Dienstag zwei Fahrzeuge in der Region Bay getroffen.")
    (event,) = events_of(text, "de", "2024-05-09")
    assert (event.admin1, event.fatalities, event.injured) == ("Bay", 9, 4)


def test_the_charge_of_a_suicide_bombing_told_next_is_the_bombing(events_of):
    """A suicide bombing placed by its dateline alone, then the bomber's vehicle with its day and
    district: one suicide bombing there, with the lead's dead and the body's wounded."""
    text = ("PESCHAWAR (Beispiel) - Bei einem Selbstmordanschlag auf einen Polizeiposten im Nordwesten Pakistans "
            "sind mindestens fünf Polizisten getötet worden. Ein Attentäter habe am Mittwochmorgen ein mit "
            "Sprengstoff beladenes Fahrzeug vor dem Posten im Bezirk Lakki Marwat gezündet, sagte ein "
            "Polizeisprecher. Acht weitere Menschen seien verletzt worden.")
    events = events_of(text, "de", "2025-11-06")
    assert [(e.sub_event_type, e.location, str(e.event_date), e.fatalities, e.injured) for e in events] == [
        ("Suicide bomb", "Lakki Marwat", "2025-11-05", 5, 8)]


def test_a_strike_told_shortly_after_with_its_own_dead_is_no_background(events_of):
    """"Kurz darauf" a drone strike on the place just taken, with dead of its own: a second event,
    placed and dated by the story, not background of the first."""
    text = ("Die Armee hat den Flughafen von Khartum von der RSF zurückerobert. Kurz darauf wurden bei einem "
            "Drohnenangriff der RSF auf den Flughafen vier Soldaten getötet.")
    events = events_of(text, "de", "2025-03-22")
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Government regains territory"]


def test_people_taken_in_a_deadly_attack_do_not_make_it_an_abduction(events_of):
    """An attack that killed 15, then "several people were abducted": one attack (ACLED codes the
    killing), the abduction part of it."""
    text = ("Bei einem Angriff der Miliz ADF im Osten des Kongo sind mindestens 15 Zivilisten getötet worden. Die "
            "Angreifer hätten in der Nacht zu Montag ein Dorf im Gebiet Beni überfallen und die Bewohner mit "
            "Macheten attackiert, sagte ein Vertreter der Zivilgesellschaft. Mehrere Menschen seien entführt "
            "worden.")
    events = events_of(text, "de", "2025-07-21")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 15)]


TAKEOVERS = [
    ("en", "GOMA, March 10 - M23 rebels seized the town of Walikale after heavy fighting with the Congolese army, "
           "local officials said on Monday. At least twelve soldiers were killed in the clashes."),
    ("fr", "GOMA, 10 mars – Les rebelles du M23 ont pris la ville de Walikale après de violents combats avec "
           "l'armée congolaise, ont indiqué lundi des responsables locaux. Au moins douze soldats ont été tués "
           "lors des affrontements."),
    ("de", "GOMA, 10. März – Die Rebellengruppe M23 hat nach heftigen Kämpfen mit der kongolesischen Armee die "
           "Stadt Walikale eingenommen. Das teilten örtliche Behörden am Montag mit. Bei den Gefechten seien "
           "mindestens zwölf Soldaten getötet worden."),
]


@pytest.mark.parametrize(("lang", "text"), TAKEOVERS)
def test_the_fighting_that_won_a_town_is_the_takeover_with_its_dead(events_of, lang, text):
    """ACLED codes the fight that won a town as the territorial event, with the fight's dead."""
    (event,) = events_of(text, lang, "2025-03-10")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.fatalities == 12
    assert event.actor1.startswith("M23")


def test_two_towns_won_by_two_sides_stay_two_events(events_of):
    text = ("BAMAKO, 3 juin – Des jihadistes se sont emparés lundi de la ville de Tessalit après des combats avec "
            "l'armée malienne. Mardi, l'armée malienne a repris le contrôle de la ville de Ménaka, a indiqué "
            "l'état-major. Dix soldats ont été tués dans les affrontements de Tessalit.")
    events = events_of(text, "fr", "2025-06-03")
    (taken,) = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    (retaken,) = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert len(events) == 2
    assert taken.location == "Tessalit" and taken.fatalities == 10  # the dead of the fight that won it
    assert retaken.location == "Menaka" and not retaken.fatalities


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Российские войска в пятницу обстреляли Херсон, погиб пенсионер. Кроме того, в селе Белозерка "
           "Херсонского района от удара дрона ранена женщина."),
    ("uk", "Російські війська в пʼятницю обстріляли Нікополь, загинув пенсіонер. Крім того, у селі "
           "Червоногригорівка Нікопольського району від удару дрона поранено жінку."),
])
def test_a_nearby_village_with_wounded_of_its_own_is_another_event(events_of, lang, text):
    events = events_of(text, lang, "2025-05-16")
    assert sorted((e.fatalities or 0, e.injured or 0) for e in events) == [(0, 1), (1, 0)]
