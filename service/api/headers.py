"""Response headers on every answer: security headers, and CORS only for configured origins.

The API serves JSON (and YAML) to programs, so every response forbids framing, sniffing, referrers
and active content. Browsers get cross-origin access only from the origins in CORS_ORIGINS
(``*`` for any); with none configured (the default) no CORS header is sent at all.
"""
from __future__ import annotations

from flask import Flask, Response, current_app, request

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
}
CORS_ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-ID"
CORS_EXPOSED_HEADERS = "Retry-After, X-Request-ID"
PREFLIGHT_MAX_AGE = "600"


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)  # a page that needs its own policy sets it first
    if request.path.startswith("/v1/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def add_cors_headers(response: Response) -> Response:
    origins = current_app.config["CORS_ORIGINS"]
    origin = request.headers.get("Origin")
    if not origins or not origin:
        return response
    response.vary.add("Origin")
    if "*" not in origins and origin not in origins:
        return response
    response.headers["Access-Control-Allow-Origin"] = "*" if "*" in origins else origin
    response.headers["Access-Control-Expose-Headers"] = CORS_EXPOSED_HEADERS
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        response.headers["Access-Control-Allow-Methods"] = response.headers.get("Allow", "GET, POST")
        response.headers["Access-Control-Allow-Headers"] = CORS_ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    return response


def register_response_headers(app: Flask) -> None:
    app.after_request(add_cors_headers)
    app.after_request(add_security_headers)
