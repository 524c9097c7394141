"""The columns of dateline's tables, in the order every export and the API write them (the
data contract of ``docs/data-contract.md``): ``ACLED_COLUMNS`` are ACLED's own column names in
ACLED's order, for every column dateline has (``admin3``, ``source_scale``, ``tags`` and
``timestamp`` are there, empty, so that scripts written for ACLED exports find them);
``OWN_COLUMNS`` follow them. Here, below the store and the exports, because both write them.
"""

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
OWN_COLUMNS = [
    "event_id", "doc_id", "cluster_id", "country_code", "geonameid", "injured", "intercepted",
    "source_url", "claimed_by", "language", "confidence", "reports", "corroboration", "evidence",
]
CSV_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
CANONICAL_COLUMNS = CSV_COLUMNS + ["fatalities_min", "fatalities_max", "injured_min", "injured_max",
                                   "first_reported", "report_list"]
CLAIM_COLUMNS = ["claim_id", "doc_id", "kind", "subject", "value", "period", "claimed_by",
                 "evidence"]
# ACLED columns dateline does not know: empty, never invented
UNKNOWN_TO_DATELINE = ("admin3", "source_scale", "tags", "timestamp")
