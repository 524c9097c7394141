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


def test_a_regime_period_is_left_out_on_either_side():
    # gold with a period, prediction without, and the other way round, even when an alias has parentheses
    assert actor_matches("Police Forces of Brazil", "Police Forces of Brazil (2023-)")
    assert actor_matches("Military Forces of Mali (2021-)", "Military Forces of Mali", ("Civilians (Mali)",))
    assert actor_matches("Military Forces of Somalia (2022-)", "Military Forces of Somalia (2017-2022)")
    assert not actor_matches("Military Forces of Mali (2021-)", "Military Forces of Niger (2023-)")


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


def test_accepted_date_matches_and_counts_as_right():
    gold = gold_event(event_date=dt.date(2023, 11, 9), accept={"event_date": ("2023-11-07",)})
    early = prediction(event_date="2023-11-06")  # two days before the gold day, one before the accepted one
    assert counts([gold], [early]).tp == 1
    exact = match_document([gold], [prediction(event_date="2023-11-07")]).pairs[0]
    assert field_checks(exact)["date"]
    assert not field_checks(match_document([gold], [early]).pairs[0])["date"]


def test_accepted_sub_event_type_is_right():
    gold = gold_event(accept={"sub_event_type": ("Shelling/artillery/missile attack",)})
    pair = match_document([gold], [prediction(sub_event_type="Shelling/artillery/missile attack")]).pairs[0]
    assert field_checks(pair)["sub_event_type"]
    other = match_document([gold], [prediction(sub_event_type="Grenade")]).pairs[0]
    assert not field_checks(other)["sub_event_type"]


def test_accepted_country_matches_wherever_the_prediction_is():
    gold = gold_event(accept={"country_code": ("SY",)})
    assert counts([gold], [prediction(country_code="SY", latitude=35.0, longitude=38.0)]).tp == 1
    assert counts([gold], [prediction(country_code="JO", latitude=32.0, longitude=36.0)]).tp == 0


def test_province_level_gold_matches_within_150_km_or_the_same_admin1():
    gold = gold_event(geo_precision=3, admin1="Anbar", latitude=33.0, longitude=42.0)
    near = prediction(latitude=33.9, longitude=42.0, admin1="")  # about 100 km from the centroid
    far_same_province = prediction(latitude=34.5, longitude=41.0, admin1="Anbar")
    far_elsewhere = prediction(latitude=36.3, longitude=43.1, admin1="Nineveh")
    for pred, expected in ((near, 1), (far_same_province, 1), (far_elsewhere, 0)):
        assert counts([gold], [pred]).tp == expected
    assert field_checks(match_document([gold], [near]).pairs[0])["place"]


def test_country_level_gold_place_is_right_in_the_same_country():
    gold = gold_event(geo_precision=3, admin1="")
    pair = match_document([gold], [prediction(latitude=36.3, longitude=43.1, geo_precision=1)]).pairs[0]
    assert field_checks(pair)["place"]


def test_malformed_accept_is_an_eval_error():
    import pytest

    from dateline.errors import EvalError
    from dateline.evaluate.gold import parse_gold

    event = {"cluster": "c", "status": "required", "event_type": "Battles", "sub_event_type": "Armed clash",
             "event_date": "2023-11-09", "time_precision": 1, "country_code": "IQ", "latitude": 1, "longitude": 1,
             "geo_precision": 1, "actor1": "a", "actor2": "", "fatalities": None, "injured": None,
             "intercepted": False}
    with pytest.raises(EvalError, match="accept"):
        parse_gold({"id": "x", "text": "t", "events": [event | {"accept": {"fatalities": [2]}}]})
    with pytest.raises(EvalError, match="accept"):
        parse_gold({"id": "x", "text": "t", "events": [event | {"accept": {"event_date": ["9 Nov"]}}]})


def test_details_say_why_a_gold_event_was_missed():
    from dateline.evaluate.report import details_lines

    gold = gold_event()
    far = prediction(latitude=36.3, longitude=43.1)
    article = GoldArticle(id="a", path="a.json", lang="en", published="2023-11-09", title="", outlet="",
                          text="t", events=(gold,))
    report = evaluate([article], lambda doc: ([far], []), dedup=False)
    text = "\n".join(details_lines(report))
    assert "MISSED" in text and "km away" in text and "EXTRA" in text


def test_the_engine_reads_a_gold_article_with_its_address():
    """The address is part of the article (a slug may name its city), as it is at ingest."""
    from dateline.evaluate.gold import parse_gold

    article = parse_gold({"id": "x", "text": "t", "url": "https://example.org/a/kharkiv-strike", "events": []})
    assert article.document().url == "https://example.org/a/kharkiv-strike"
    assert parse_gold({"id": "y", "text": "t", "events": []}).document().url is None


def test_two_predictions_at_one_point_pair_with_the_gold_events_whose_tolls_they_give():
    golds = [gold_event(cluster="MZ-1", fatalities=2, latitude=-11.10, longitude=39.70),
             gold_event(cluster="MZ-2", fatalities=5, latitude=-11.08, longitude=39.67)]
    preds = [prediction(fatalities=2, latitude=-11.07, longitude=39.67),
             prediction(fatalities=5, latitude=-11.07, longitude=39.67)]
    pairs = match_document(golds, preds).pairs
    assert len(pairs) == 2
    assert all(field_checks(pair)["fatalities"] for pair in pairs)


def test_the_toll_never_outweighs_the_place():
    golds = [gold_event(cluster="A", fatalities=3), gold_event(cluster="B", fatalities=7, latitude=34.0,
                                                                  longitude=42.6)]
    preds = [prediction(fatalities=7)]  # at A, with B's toll
    (pair,) = match_document(golds, preds).pairs
    assert pair.gold.cluster == "A"
