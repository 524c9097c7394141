"""When: the event's own day beats the day it was published or said. Sentences written for
these tests, in the languages whose packs name the constructions."""

import datetime as dt

import pytest

from dateline.extraction.rules.reference import MONTH, Reference, dated_by_text


@pytest.mark.parametrize("lang, text, published, day", [
    # a numeric night is dated on its first day
    ("fr", "Le rebelle a été arrêté à Bouca dans la nuit du 17 au 18 janvier.", "2015-01-19", "2015-01-17"),
    ("es", "Hombres armados atacaron un retén policial en Tame en la noche del 3 al 4 de enero.", "2024-01-06",
     "2024-01-03"),
    ("de", "In der Nacht zum 18. Januar griffen Bewaffnete eine Polizeiwache in Goma an und töteten zwei "
           "Polizisten.", "2024-01-19", "2024-01-18"),
    ("ru", "В ночь на 18 января беспилотник атаковал Белгород, погибли двое.", "2024-01-19", "2024-01-18"),
    # an explicit date beats the weekday written beside it
    ("ar", "نصبت جماعة مسلحة كمينا لدورية عسكرية قرب مدينة غاو مساء الثلاثاء 1 يوليو، وقتل 5 جنود.", "2025-07",
     "2025-07-01"),
    # "two days ago", "three days ago" in Arabic ("منذ" here is "ago", not "since")
    ("ar", "قتل ثلاثة مدنيين في قصف مدفعي على مدينة الأبيض منذ يومين.", "2025-03-12", "2025-03-10"),
    ("ar", "قتل ثلاثة مدنيين في قصف مدفعي على مدينة الأبيض قبل ثلاثة أيام.", "2025-03-12", "2025-03-09"),
    # ordinal days and ordinal digits
    ("ar", "قتل ثلاثة مدنيين بالرصاص في حمص في الأول من نوفمبر الجاري.", "2025-11-05", "2025-11-01"),
    ("fr", "Le 1er mai, des hommes armés ont attaqué un poste de police à Gao.", "2024-05-02", "2024-05-01"),
    # "last Friday" in a Friday story is a week back; "el viernes pasado" the Friday before publication
    ("en", "Last Friday, insurgents killed two farmers in Macomia.", "2019-08-30", "2019-08-23"),
    ("es", "El viernes pasado, hombres armados mataron a dos campesinos en Tame.", "2025-11-05", "2025-10-31"),
    # a daily summary's day is the day before it
    ("uk", "За минулу добу внаслідок обстрілу у Херсоні загинула жінка.", "2025-09-25", "2025-09-24"),
    ("ru", "За минувшие сутки в Белгороде в результате обстрела погибла женщина.", "2025-09-25", "2025-09-24"),
])
def test_the_event_day(events_of, lang, text, published, day):
    (event,) = events_of(text, lang, published)
    assert str(event.event_date) == day


def test_the_same_day_is_the_day_told_before(events_of):
    text = ("قتل 9 أشخاص في انفجار سيارة مفخخة في منبج السبت الماضي. "
            "وفي اليوم ذاته قتل 10 مقاتلين في معارك في منبج.")
    dates = {e.event_date for e in events_of(text, "ar", "2025-02-04")}
    assert dates == {dt.date(2025, 2, 1)}


def test_a_month_and_its_year_is_that_month(events_of):
    text = "In January 2024, a drone strike on an outpost in Jordan killed three soldiers."
    assert events_of(text, "en", "2025-01-20") == []  # January 2024: background, not last January


def test_a_report_day_after_the_reporting_verb_is_when_it_was_said(events_of):
    text = ("Bewaffnete haben am Donnerstag in Kaduna Schüler entführt. "
            "Lokalmedien berichteten am Freitag von 287 entführten Schülern.")
    (event,) = events_of(text, "de", "2024-03-08")
    assert event.event_date == dt.date(2024, 3, 7)


@pytest.mark.parametrize("lang, text", [
    ("es", "Al menos seis personas murieron en un ataque armado contra un bar de Irapuato, informaron las "
           "autoridades locales el jueves.\n\nSegún la fiscalía, los agresores dispararon contra los clientes la "
           "noche del martes."),
    ("en", "At least six people died in an armed attack on a bar in Irapuato, the state prosecutor's office said "
           "on Thursday.\n\nThe gunmen opened fire on customers on Tuesday night, prosecutors said."),
])
def test_a_report_day_after_the_speakers_name_leaves_the_day_to_the_story(events_of, lang, text):
    """"informaron las autoridades locales el jueves": the day after the reporting verb and its
    speaker is when it was said, so the lead is the attack the next paragraph dates (one event)."""
    assert [(e.event_date.isoformat(), e.fatalities) for e in events_of(text, lang, "2025-06-19")] == [
        ("2025-06-17", 6)]


def test_a_month_only_story_counts_from_the_day_it_writes_with_its_weekday(events_of):
    text = ("Dix-neuf personnes sont mortes vendredi soir dans un attentat-suicide sur un marché à Konduga. "
            "Selon la police, qui s'est exprimée ce samedi 17 février 2018, le bilan pourrait s'alourdir.")
    dates = {e.event_date for e in events_of(text, "fr", "2018-02")}
    assert dates == {dt.date(2018, 2, 16)}


def test_a_date_written_alone_does_not_refine_a_month_only_reference():
    reference = Reference(dt.date(2023, 4, 30), MONTH, "month only")
    assert dated_by_text(reference, []) is reference
    refined = dated_by_text(reference, [dt.date(2023, 4, 15), dt.date(2023, 3, 2)])
    assert refined.day == dt.date(2023, 4, 15) and not refined.month_only


def test_meanwhile_after_an_undated_lead_is_the_storys_day_and_place(events_of):
    """"Параллельно" (meanwhile) ties a sentence to the day told before; after a lead with no day
    it is the day the story reports on, and the sentence takes the story's place like the lead.
    Sentences are ours."""

    text = ("В Минске начался судебный процесс над тремя активистами оппозиции.\n\n"
            "Параллельно у здания суда проходят акции в поддержку активистов, их участники держат плакаты.")
    events = events_of(text, "ru", "2025-03-12")
    assert [(e.sub_event_type, e.location, str(e.event_date)) for e in events] == [
        ("Peaceful protest", "Minsk", "2025-03-12")]


def test_weekdays_of_a_month_only_story_count_back_from_the_last_one(events_of):
    """Published "2024-04" with no day written: "Vendredi dernier …", "Dimanche, ils ont ensuite
    attaqué …", "Mercredi matin, ils ont incendié …" are told in order up to the story's present,
    Wednesday the 24th counted from the month's end (Tuesday the 30th); Friday and Sunday are the
    19th and 21st before it, not the 26th and 28th after it."""
    text = ("Vendredi dernier, des hommes armés ont attaqué le village de Mocímboa da Praia et tué quatre civils, a "
            "déclaré la police. Dimanche, les insurgés ont ensuite attaqué le village de Mueda, où une fusillade a "
            "éclaté avec des soldats. Mercredi matin, ils ont incendié des maisons à Macomia, a ajouté la police.")
    events = events_of(text, "fr", "2024-04")
    days = {e.location: e.event_date.isoformat() for e in events}
    # (Mueda: the gazetteer has no Palma of Mozambique, and Mallorca's is no village of this story)
    assert days == {"Mocimboa da Praia": "2024-04-19", "Mueda": "2024-04-21", "Macomia": "2024-04-24"}
