"""The scorer itself, on hand-made cases."""

import datetime as dt

from dateline.evaluate.gold import GoldArticle, GoldEvent
from dateline.evaluate.matching import actor_matches, field_checks, match_document
from dateline.evaluate.scorer import Counts, evaluate
from dateline.models import Event


def gold_event(**fields) -> GoldEvent:
    values = dict(cluster="IQ-1", required=True, event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", event_date=dt.date(2023, 11, 9), time_precision=1,
                  country_code="IQ", admin1="Anbar", location="Ain al-Asad", latitude=33.79, longitude=42.44,
                  geo_precision=1, actor1="Unidentified Armed Group (Iraq)", actor1_aliases=(),
                  actor2="US-led coalition forces", actor2_aliases=("US forces",), fatalities=0, injured=None,
                  intercepted=False, evidence="")
    values.update(fields)
    return GoldEvent(**values)


def prediction(**fields) -> Event:
    values = dict(doc_id="d", event_date="2023-11-09", sub_event_type="Air/drone strike", country_code="IQ",
                  latitude=33.80, longitude=42.45, geo_precision=1, actor1="Unidentified Armed Group (Iraq)",
                  actor2="US-led coalition forces", fatalities=0)
    values.update(fields)
    return Event(**values)


def counts(golds, preds) -> Counts:
    result = Counts()
    result.add(match_document(golds, preds))
    return result


def test_perfect_prediction():
    c = counts([gold_event()], [prediction()])
    assert (c.tp, c.fp, c.fn, c.f1) == (1, 0, 0, 1.0)
    assert all(field_checks(match_document([gold_event()], [prediction()]).pairs[0]).values())


def test_missed_event():
    c = counts([gold_event(), gold_event(cluster="IQ-2", latitude=36.54, longitude=44.35)], [prediction()])
    assert (c.tp, c.fn, c.recall) == (1, 1, 0.5)


def test_extra_event():
    c = counts([gold_event()], [prediction(), prediction(country_code="SY", latitude=35.0, longitude=38.5)])
    assert (c.tp, c.fp, c.precision) == (1, 1, 0.5)


def test_date_off_by_two_days_does_not_match_day_precision_but_matches_week_precision():
    assert counts([gold_event()], [prediction(event_date="2023-11-11")]).tp == 0
    assert counts([gold_event(time_precision=2)], [prediction(event_date="2023-11-11")]).tp == 1
    one_day = match_document([gold_event()], [prediction(event_date="2023-11-10")])
    assert len(one_day.pairs) == 1 and not field_checks(one_day.pairs[0])["date"]


def test_optional_event_is_neither_rewarded_nor_punished():
    optional = gold_event(required=False)
    assert (counts([optional], [prediction()]).tp, counts([optional], [prediction()]).fp) == (0, 0)
    assert counts([optional], []).fn == 0


def test_country_level_gold_event_matches_anywhere_in_the_country():
    gold = gold_event(geo_precision=3, admin1="", latitude=33.0, longitude=44.0)
    match = match_document([gold], [prediction(latitude=36.3, longitude=43.1, geo_precision=3)])
    assert len(match.pairs) == 1 and field_checks(match.pairs[0])["place"]


def test_place_further_than_50_km_does_not_match():
    assert counts([gold_event()], [prediction(latitude=36.34, longitude=43.12)]).tp == 0


def test_mismatched_actor_is_a_field_error_not_a_miss():
    match = match_document([gold_event()], [prediction(actor2="Civilians (Iraq)")])
    checks = field_checks(match.pairs[0])
    assert len(match.pairs) == 1 and checks["actor1"] and not checks["actor2"]


def test_actor_aliases_case_punctuation_and_country_qualifier():
    assert actor_matches("us forces", "US-led coalition forces", ("US forces",))
    assert actor_matches("Unidentified Armed Group (Iraq)", "Unidentified armed group")
    assert not actor_matches("Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Syria)")


def test_each_gold_event_is_matched_at_most_once():
    c = counts([gold_event()], [prediction(), prediction(actor1="Other")])
    assert (c.tp, c.fp) == (1, 1)


def test_dedup_pairs_use_the_store_clusters():
    article_a = GoldArticle("a", "", "en", "2023-11-09", "", "", "text a", (gold_event(),))
    article_b = GoldArticle("b", "", "fr", "2023-11-09", "", "", "text b", (gold_event(),))
    preds = {"a": [prediction(doc_id="a")], "b": [prediction(doc_id="b")]}
    report = evaluate([article_a, article_b], lambda doc: (preds[doc.id], []))
    assert report.dedup["pairs_gold"] == 1
    assert report.counts().tp == 2
