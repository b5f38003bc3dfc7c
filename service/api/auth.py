"""Optional API keys: with keys configured, the extraction endpoints need ``Authorization: Bearer <key>``.

Off by default. The service's metadata (index, liveness, readiness, the OpenAPI document) stays
open, so probes and SDK generators need no key. Keys are compared in constant time and never
logged or echoed.
"""
from __future__ import annotations

import hmac

from flask import current_app, request

from .errors import Problem

REALM = 'Bearer realm="news-extraction"'


def require_api_key() -> None:
    """A ``before_request`` hook: a Problem(401) unless no keys are set or the request has one."""
    keys = current_app.config["API_KEYS"]
    if not keys or request.method == "OPTIONS":  # a CORS preflight carries no credentials
        return
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Problem(401, "This endpoint needs an API key: send the header 'Authorization: Bearer <key>'.",
                      headers={"WWW-Authenticate": REALM})
    given = token.encode()
    matches = [hmac.compare_digest(given, key.encode()) for key in keys]  # every key, every time
    if not any(matches):
        raise Problem(401, "The API key is not valid.",
                      headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'})
