"""RFC 9457 problem details: every error the API returns is application/problem+json."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Optional

from flask import Flask, Response, json
from werkzeug.exceptions import HTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger(__name__)


class Problem(Exception):
    """An error to answer with a problem document (raised anywhere in a request)."""

    def __init__(self, status: int, detail: Optional[str] = None, errors: Optional[dict] = None,
                 headers: Optional[dict] = None):
        super().__init__(detail or HTTPStatus(status).phrase)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


def problem_body(status: int, detail: Optional[str] = None, errors: Optional[dict] = None) -> dict:
    """The problem document itself (also used for one failed item of a batch)."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return body


def problem_response(status: int, detail: Optional[str] = None, errors: Optional[dict] = None,
                     headers: Optional[dict] = None) -> Response:
    body = problem_body(status, detail, errors)
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    response.headers.update(headers or {})
    return response


def _from_problem(error: Problem) -> Response:
    return problem_response(error.status, error.detail, error.errors, error.headers)


def _from_http_exception(error: HTTPException) -> Response:
    headers = {}
    if error.code == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    return problem_response(error.code or 500, error.description, headers=headers)


def _from_unexpected(error: Exception) -> Response:
    log.exception("unhandled error")  # the trace goes to the log, never to the client
    return problem_response(500, "The server failed to process this request.")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(Problem, _from_problem)
    app.register_error_handler(HTTPException, _from_http_exception)
    app.register_error_handler(Exception, _from_unexpected)
