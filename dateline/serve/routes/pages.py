"""The dashboard (``/``), its files (``/static``) and the offline API docs page (``/docs``)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parents[1] / "static"
router = APIRouter(include_in_schema=False)


@router.get("/")
def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


@router.get("/docs")
def docs() -> FileResponse:
    """Swagger UI from the vendored swagger-ui-dist, reading /openapi.json: no CDN."""
    return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})
