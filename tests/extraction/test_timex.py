import datetime as dt

import pytest

from dateline.extraction.rules.timex import most_recent_weekday, nearest_past
from dateline.models import Document

THURSDAY = dt.date(2023, 11, 9)


def test_weekday_on_its_own_day_is_that_day():
    assert most_recent_weekday(THURSDAY, 3) == THURSDAY
    assert most_recent_weekday(THURSDAY, 4) == dt.date(2023, 11, 3)  # Friday: the one before


def test_explicit_date_without_year_is_the_nearest_past():
    assert nearest_past(dt.date(2024, 1, 5), 12, 30) == dt.date(2023, 12, 30)
    assert nearest_past(dt.date(2024, 3, 10), 3, 3) == dt.date(2024, 3, 3)


@pytest.mark.parametrize("text, published, day, precision", [
    ("Hier, un obus est tombé sur le marché de Goma.", "2024-02-15", "2024-02-14", 1),
    ("Yesterday a mortar shell hit the market in Goma.", "2024-02-15", "2024-02-14", 1),
    ("Dans la nuit de mardi à mercredi, des roquettes ont frappé Kiryat Shmona.", "2024-05-02", "2024-04-30", 1),
    ("Le 26 octobre, une frappe a touché Deir ez-Zor.", "2023-11-03", "2023-10-26", 1),
    ("Last week, army artillery shelled positions near Bentiu.", "2024-05-02", "2024-04-25", 2),
])
def test_dates_resolved_against_publication(engine, text, published, day, precision):
    (event,) = engine.extract(Document(id="t", text=text, published=published)).events
    assert (str(event.event_date), event.time_precision) == (day, precision)


def test_background_years_are_not_news(engine):
    text = "In July 2024, Israeli jets bombed fuel tanks at the port of Hodeidah."
    assert engine.extract(Document(id="t", text=text, published="2025-02-12")).events == []


@pytest.mark.parametrize("lang, words, published", [
    ("fr", "Des hommes armés ont tué sept civils à Bunia.", "2025-04-09"),  # "sept": seven, not September
    ("en", "Thousands of protesters march through Nairobi.", "2025-04-09"),  # "march": a verb
])
def test_words_that_look_like_months_are_not_dates(lang, words, published):
    from dateline.extraction.rules.timex import TimeFinder
    from dateline.prepare import Analyzer, prepare

    analyzer = Analyzer(lang)
    prepared = prepare(Document(id="t", text=words, lang=lang), {lang: analyzer})
    found = TimeFinder(analyzer.pack).find(prepared.tokens, [], dt.date.fromisoformat(published))
    assert [t for t in found if t.kind == "month"] == []


def test_a_month_named_alone_is_month_precision(engine):
    (event,) = engine.extract(Document(id="t", text="In March, gunmen killed five villagers in Kajuru.",
                                       published="2025-03-20")).events
    assert (str(event.event_date), event.time_precision) == ("2025-03-15", 3)


def _times(lang: str, words: str, published: str) -> list[tuple[str, str, int]]:
    """(kind, day, precision) of the time expressions TimeFinder reads in ``words``."""
    from dateline.extraction.rules.timex import TimeFinder
    from dateline.prepare import Analyzer, prepare

    analyzer = Analyzer(lang)
    prepared = prepare(Document(id="t", text=words, lang=lang), {lang: analyzer})
    found = TimeFinder(analyzer.pack).find(prepared.tokens, [], dt.date.fromisoformat(published))
    return [(t.kind, str(t.day), t.precision) for t in found]


@pytest.mark.parametrize("lang, words, published, expected", [
    # a night pattern opening with its weekday slot ("{a} soir"), and one opening with a word
    ("fr", "Samedi soir, des tirs ont visé le poste de Tessalit.", "2025-03-12", [("night", "2025-03-08", 1)]),
    ("fr", "Dans la nuit du 3 au 4 mars, un drone a frappé Tessalit.", "2025-03-12", [("night", "2025-03-03", 1)]),
    # a month name of two words ("كانون الثاني"), with the day before it
    ("ar", "قصفت الطائرات بلدة الباب في 21 كانون الثاني", "2025-02-01", [("explicit", "2025-01-21", 1)]),
    # a same-day phrase found wherever its common first word stands, and one longer than the sentence
    ("en", "The convoy was ambushed the same day near Gao.", "2025-03-12", [("same", "2025-03-12", 1)]),
    ("fr", "Le même", "2025-03-12", []),
])
def test_times_found_only_where_their_words_stand(lang, words, published, expected):
    """The finder tries a pattern only where its fixed words stand (speed): it finds the same times."""
    assert _times(lang, words, published) == expected


@pytest.mark.parametrize("lang, text, published, saturday", [
    ("en", "Gunmen killed twelve villagers in Kaura Namoda over the weekend, police said.", "2025-03-17", "2025-03-15"),
    ("fr", "Au moins 18 personnes ont été tuées le week-end dernier à Gonaïves par un gang.", "2025-03-18",
     "2025-03-15"),
    ("es", "Hombres armados mataron a seis personas el fin de semana en Tumaco.", "2025-03-16", "2025-03-15"),
    ("de", "Am Wochenende wurden in Kaura Namoda zwölf Dorfbewohner getötet.", "2025-03-17", "2025-03-15"),
    ("ru", "На выходных в результате обстрела Херсона погибли три человека.", "2025-03-17", "2025-03-15"),
])
def test_the_weekend_is_the_weekend_before_the_report(engine, lang, text, published, saturday):
    """Told on a Monday (or later in the week, or on the Sunday), "over the weekend" is the
    Saturday and Sunday before: dated its Saturday, to the week."""
    (event,) = engine.extract(Document(id="t", text=text, published=published, lang=lang)).events
    assert (str(event.event_date), event.time_precision) == (saturday, 2)
