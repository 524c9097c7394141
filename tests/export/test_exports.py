import io
import json

import jsonschema
import pandas as pd
import pyarrow.parquet as pq

from dateline.export import ACLED_COLUMNS, CSV_COLUMNS, write_csv, write_geojson, write_jsonl, write_parquet
from dateline.models import Event, Evidence, event_json_schema

EVENTS = [
    Event(doc_id="d1", event_date="2023-11-09", sub_event_type="Disrupted weapons use", intercepted=True,
          actor1="US-led coalition forces", inter1=8, actor2="Unidentified Armed Group (Iraq)", inter2=3,
          interaction=38, country="Iraq", country_code="IQ", iso=368, region="Middle East", admin1="Anbar",
          location="Ain al-Asad Air Base", latitude=33.79, longitude=42.44, geo_precision=1, fatalities=0,
          injured=0, source="Reuters", language="fr", claimed_by="un responsable militaire américain",
          evidence=[Evidence(field="location", text="base aérienne d’Ain al-Asad", start=10, end=37)]),
    Event(doc_id="d2", event_date="2023-11-08", time_precision=2, sub_event_type="Air/drone strike",
          actor1="Military Forces of the United States", country="Syria", country_code="SY",
          location="Syria", geo_precision=3),
]


def test_csv_has_acled_columns_first_in_acled_order_then_ours():
    out = io.StringIO()
    write_csv(EVENTS, out)
    header = out.getvalue().splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert header == CSV_COLUMNS
    assert ACLED_COLUMNS.index("event_date") < ACLED_COLUMNS.index("actor1") < ACLED_COLUMNS.index("fatalities")


def test_csv_reads_in_pandas_with_the_documented_columns():
    out = io.StringIO()
    write_csv(EVENTS, out)
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == CSV_COLUMNS
    assert frame.loc[0, "sub_event_type"] == "Disrupted weapons use"
    assert frame.loc[0, "event_type"] == "Strategic developments"
    assert frame.loc[0, "year"] == 2023 and frame.loc[0, "event_id_cnty"] == frame.loc[0, "event_id"]
    assert json.loads(frame.loc[0, "evidence"])[0]["text"] == "base aérienne d’Ain al-Asad"
    assert frame.loc[1, "fatalities"] == 0  # ACLED writes 0 when no death is reported


def test_geojson_is_a_feature_collection_with_lon_lat_points():
    out = io.StringIO()
    write_geojson(EVENTS, out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [42.44, 33.79]}
    assert first["properties"]["location"] == "Ain al-Asad Air Base"
    assert data["features"][1]["geometry"] is None


def test_geojson_of_nothing_is_still_valid():
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_every_json_line_validates_against_the_published_schema():
    out = io.StringIO()
    write_jsonl(EVENTS, out)
    schema = event_json_schema()
    for line in out.getvalue().splitlines():
        jsonschema.validate(json.loads(line), schema)


def test_parquet_round_trip(tmp_path):
    path = tmp_path / "events.parquet"
    assert write_parquet(EVENTS, str(path)) == 2
    table = pq.read_table(path)
    assert table.column_names == CSV_COLUMNS
    assert table.column("location").to_pylist() == ["Ain al-Asad Air Base", "Syria"]
