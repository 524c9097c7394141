"""The write token: ``Authorization: Bearer $DATELINE_API_TOKEN``.

Without a configured token the server is read-only and every write answers 403; with one, a
missing or wrong token answers 401. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .problems import Problem
from .state import Resources, resources

bearer = HTTPBearer(auto_error=False, scheme_name="token",
                    description="The server's DATELINE_API_TOKEN; writes are refused without it.")


def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
                  held: Annotated[Resources, Depends(resources)]) -> None:
    expected = held.settings.api_token
    if not expected:
        raise Problem(403, "this server is read-only: start it with DATELINE_API_TOKEN set to accept writes")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise Problem(401, "a valid token is needed: Authorization: Bearer <DATELINE_API_TOKEN>",
                      headers={"WWW-Authenticate": 'Bearer realm="dateline"'})
