import json

from dateline.errors import ReadError
from dateline.read import read_paths


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_is_a_document_with_contract_fields(tmp_path):
    path = _write(tmp_path, "feed.jsonl", [
        json.dumps({"id": "a", "text": "First report.", "title": "T", "url": "https://example.org/a",
                    "source": "Wire", "published": "2024-05-01T10:00:00Z", "lang": "en", "extra": 1}),
        json.dumps({"text": "Second report."}),
    ])
    docs = list(read_paths([path]))
    assert [d.id for d in docs] == ["a", "feed-2"]
    assert docs[0].published == "2024-05-01" and docs[0].meta["extra"] == 1
    assert docs[0].url == "https://example.org/a"


def test_a_broken_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path):
    path = _write(tmp_path, "feed.jsonl", [json.dumps({"text": "ok one"}), "{not json",
                                           json.dumps({"text": "ok two"})])
    results = list(read_paths([path]))
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [r.text for r in results if not isinstance(r, ReadError)] == ["ok one", "ok two"]
    assert len(errors) == 1 and errors[0].line == 2 and "feed.jsonl:2" in str(errors[0])


def test_documents_without_text_or_not_objects_are_errors(tmp_path):
    path = _write(tmp_path, "feed.jsonl", [json.dumps({"id": "x"}), json.dumps([1, 2]),
                                           json.dumps({"text": "   "})])
    results = list(read_paths([path]))
    assert all(isinstance(r, ReadError) for r in results) and len(results) == 3
    assert "no text" in results[0].message and "JSON object" in results[1].message


def test_impossible_published_date_is_an_error_for_that_line_only(tmp_path):
    path = _write(tmp_path, "feed.jsonl", [json.dumps({"text": "x", "published": "2023-02-30"}),
                                           json.dumps({"text": "y", "published": "yesterday"}),
                                           json.dumps({"text": "z", "published": "2024-02-29"})])
    results = list(read_paths([path]))
    assert [type(r).__name__ for r in results] == ["InvalidDateError", "InvalidDateError", "Document"]


def test_a_json_file_may_hold_one_document_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Alone."}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "A."}, {"text": "B."}]), encoding="utf-8")
    assert [d.id for d in read_paths([one, many])] == ["one", "many-1", "many-2"]


def test_oversized_json_line_is_refused_but_small_ones_pass(tmp_path):
    path = _write(tmp_path, "feed.jsonl", [json.dumps({"text": "x" * 500}), json.dumps({"text": "small"})])
    results = list(read_paths([path], max_bytes=200))
    assert isinstance(results[0], ReadError) and "too large" in results[0].message
    assert results[1].text == "small"
