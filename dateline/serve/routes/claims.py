"""``GET /api/claims``: tallies, attributions, denials, threats and contradictions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from ...store.api_queries import ClaimFilter, claim_page
from ..params import PageParams, TableFormat, claim_filter, page_params
from ..responses import claims_response
from ..schemas import ClaimPage
from ..state import Resources, resources
from . import problems

router = APIRouter(tags=["claims"])


@router.get("/api/claims", response_model=ClaimPage, responses={
    **problems(400, 422, 503), 200: {"content": {"text/csv": {}}, "description": "A page of claims."}})
def list_claims(request: Request, flt: Annotated[ClaimFilter, Depends(claim_filter)],
                page: Annotated[PageParams, Depends(page_params)], held: Annotated[Resources, Depends(resources)],
                format: Annotated[TableFormat, Query(description="json or csv.")] = TableFormat.json) -> Response:
    """Claims by document, a page at a time (follow `next`)."""
    return claims_response(request, claim_page(held.store, flt, limit=page.limit, after=page.cursor), format)
