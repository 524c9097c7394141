"""Export stage: ACLED-compatible CSV, GeoJSON, JSON lines, Parquet and terminal tables."""

from .records import ACLED_COLUMNS, CSV_COLUMNS, OWN_COLUMNS, csv_row, event_record
from .writers import FORMATS, write_claims, write_csv, write_geojson, write_jsonl, write_parquet

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "FORMATS", "OWN_COLUMNS", "csv_row", "event_record",
           "write_claims", "write_csv", "write_geojson", "write_jsonl", "write_parquet"]
