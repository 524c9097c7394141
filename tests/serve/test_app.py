"""What the server is besides its data: OpenAPI, the offline docs page and dashboard, the
vendored assets checked against their sources, security headers, CORS, and segments."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from dateline.serve.routes.pages import STATIC
from dateline.serve.views import segments
from dateline.store import Store

from .conftest import make_client

VENDOR = STATIC / "vendor"
ENDPOINTS = {("get", "/api/health"), ("get", "/api/events"), ("get", "/api/events/{event_id}"),
             ("post", "/api/events/{event_id}/merge"), ("post", "/api/events/{event_id}/split"),
             ("get", "/api/documents/{doc_id}"), ("post", "/api/documents"), ("get", "/api/claims"),
             ("get", "/api/stats"), ("get", "/api/points"), ("get", "/api/changes"),
             ("get", "/api/changes/stream")}


def test_openapi_lists_every_endpoint_with_its_problems(client):
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    operations = {(method, path) for path, item in schema["paths"].items() for method in item}
    assert operations == ENDPOINTS
    for method, path in ENDPOINTS:
        responses = schema["paths"][path][method]["responses"]
        problems = [status for status in responses if status[0] in "45"]
        assert problems and ("422" in problems or path == "/api/health")
        for status in problems:
            assert list(responses[status]["content"]) == ["application/problem+json"], (path, status)
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    assert "token" in schema["components"]["securitySchemes"]
    assert schema["paths"]["/api/documents"]["post"]["security"] == [{"token": []}]
    assert "InputDocument" in schema["components"]["schemas"]


def _local_references(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_the_docs_page_and_the_dashboard_load_nothing_from_elsewhere(client):
    for page in ("/", "/docs"):
        response = client.get(page)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
        references = _local_references(response.text)
        assert references
        for reference in references:
            assert "//" not in reference or reference.startswith("data:"), reference
            if not reference.startswith("data:"):
                assert client.get("/" + reference.lstrip("/")).status_code == 200, reference
    for module in (STATIC / "js").glob("*.js"):
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|eval\(", source), \
            module.name
        assert not re.search(r"https?://", source), module.name


def test_security_headers_and_no_cors_by_default(client):
    page = client.get("/", headers={"Origin": "https://elsewhere.example"})
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    api = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in api.headers


def test_cors_only_for_configured_origins(filled_store: Store):
    with make_client(filled_store, cors_origins="https://team.example, https://other.example") as client:
        allowed = client.get("/api/health", headers={"Origin": "https://team.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://team.example"
        refused = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in refused.headers
        preflight = client.options("/api/documents", headers={
            "Origin": "https://other.example", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Authorization"})
        assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_vendored_assets_match_their_sources():
    sources = json.loads((VENDOR / "SOURCES.json").read_text(encoding="utf-8"))
    listed = set()
    for package, info in sources.items():
        assert info["version"] and info["npm_integrity"].startswith("sha512-")
        assert "LICENSE" in info["files"], f"{package} ships without its licence"
        for name, digest in info["files"].items():
            path = VENDOR / package / name
            assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path} differs from npm"
            listed.add(path)
    on_disk = {p for p in VENDOR.rglob("*") if p.is_file() and p.name != "SOURCES.json"}
    assert on_disk == listed


def test_the_package_ships_the_static_files():
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"serve/static/**/*"' in pyproject


def test_segments_cover_the_text_with_overlapping_and_astral_spans():
    text = "A 🚀 struck Kharkiv; four died."
    start = text.index("struck")
    spans = [{"start": 0, "end": len(text), "field": "sentence", "event_id": "ev-1"},
             {"start": start, "end": start + 6, "field": "event_type", "event_id": "ev-1"},
             {"start": start + 7, "end": start + 14, "field": "location", "event_id": "ev-1"},
             {"start": start + 7, "end": start + 14, "field": "subject", "claim_id": "cl-1"}]
    pieces = segments(text, spans)
    assert "".join(p["text"] for p in pieces) == text
    by_text = {p["text"]: p for p in pieces}
    assert by_text["struck"]["fields"] == ["event_type", "sentence"]
    assert by_text["Kharkiv"]["fields"] == ["location", "sentence", "subject"]
    assert by_text["Kharkiv"]["claims"] == ["cl-1"] and by_text["Kharkiv"]["events"] == ["ev-1"]
    assert "fields" not in segments("plain", [])[0]
