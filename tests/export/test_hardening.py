"""Exports that are safe to open and that ACLED users' scripts read as they expect."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from dateline.export import ACLED_COLUMNS, CSV_COLUMNS, write_claims, write_csv, write_jsonl, write_parquet
from dateline.export.records import CANONICAL_COLUMNS
from dateline.models import CanonicalEvent, Claim, Event, Report

HOSTILE = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def _event(**fields):
    values = dict(doc_id="d1", event_date="2024-05-02", sub_event_type="Attack", country_code="ML",
                  latitude=16.27, longitude=-0.04, location="Gao")
    values.update(fields)
    return Event(**values)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("value", HOSTILE)
def test_csv_cells_that_would_run_as_formulas_are_neutralised(value):
    out = io.StringIO()
    write_csv([_event(notes=value, actor1=value, claimed_by=value)], out)
    (row,) = _rows(out.getvalue())
    for column in ("notes", "actor1", "claimed_by"):
        assert row[column] == "'" + value
    assert row["longitude"] == "-0.04"  # numbers are not text: a negative longitude stays a number


def test_json_lines_keep_hostile_text_verbatim():
    out = io.StringIO()
    write_jsonl([_event(notes=HOSTILE[0])], out)
    assert json.loads(out.getvalue())["notes"] == HOSTILE[0]


def test_claims_csv_is_neutralised_too():
    out = io.StringIO()
    write_claims([Claim(doc_id="d1", kind="count", subject="=1+1", claimed_by="@x", value=3)], out, "csv")
    (row,) = _rows(out.getvalue())
    assert (row["subject"], row["claimed_by"], row["value"]) == ("'=1+1", "'@x", "3")


def test_acled_columns_include_admin3_source_scale_tags_and_timestamp_in_acled_order():
    order = ["admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
             "source_scale", "notes", "fatalities", "tags", "timestamp"]
    assert [c for c in ACLED_COLUMNS if c in order] == order
    out = io.StringIO()
    write_csv([_event()], out)
    (row,) = _rows(out.getvalue())
    assert {row[c] for c in ("admin3", "source_scale", "tags", "timestamp")} == {""}


def test_fatalities_are_zero_in_the_acled_csv_but_null_elsewhere(tmp_path):
    unknown, none = _event(fatalities=None), _event(fatalities=0, location="Ansongo")
    out = io.StringIO()
    write_csv([unknown, none], out)
    assert [row["fatalities"] for row in _rows(out.getvalue())] == ["0", "0"]
    lines = io.StringIO()
    write_jsonl([unknown, none], lines)
    assert [json.loads(line)["fatalities"] for line in lines.getvalue().splitlines()] == [None, 0]
    path = tmp_path / "e.parquet"
    write_parquet([unknown, none], str(path))
    assert pq.read_table(path).column("fatalities").to_pylist() == [None, 0]


def test_canonical_parquet_carries_the_canonical_csv_columns(tmp_path):
    event = CanonicalEvent(**_event(fatalities=None).model_dump(), fatalities_min=2, fatalities_max=5,
                           report_list=[Report(event_id="ev-1", doc_id="d1", source="Wire")])
    path = tmp_path / "c.parquet"
    write_parquet([event], str(path), canonical=True)
    table = pq.read_table(path)
    out = io.StringIO()
    write_csv([event], out, canonical=True)
    assert table.column_names == CANONICAL_COLUMNS == list(pd.read_csv(io.StringIO(out.getvalue())).columns)
    assert table.column("fatalities_max").to_pylist() == [5]
    assert json.loads(table.column("report_list").to_pylist()[0])[0]["doc_id"] == "d1"
    plain = tmp_path / "p.parquet"
    write_parquet([event], str(plain))
    assert pq.read_table(plain).column_names == CSV_COLUMNS
