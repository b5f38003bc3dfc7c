"""RFC 9457 problem details: every error the API returns is application/problem+json."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Optional

from flask import Flask, Response, json
from werkzeug.exceptions import HTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
ABOUT_BLANK = "about:blank"  # the problem is what the status says
log = logging.getLogger(__name__)


class Problem(Exception):
    """An error to answer with a problem document (raised anywhere in a request). ``problem_type``
    and ``extensions`` (more members) are for problem types of this service's own."""

    def __init__(self, status: int, detail: Optional[str] = None, errors: Optional[dict] = None,
                 headers: Optional[dict] = None, problem_type: str = ABOUT_BLANK,
                 extensions: Optional[dict] = None):
        super().__init__(detail or HTTPStatus(status).phrase)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.problem_type = problem_type
        self.extensions = extensions

    def body(self) -> dict:
        return problem_body(self.status, self.detail, self.errors, self.problem_type, self.extensions)


def problem_body(status: int, detail: Optional[str] = None, errors: Optional[dict] = None,
                 problem_type: str = ABOUT_BLANK, extensions: Optional[dict] = None) -> dict:
    """The problem document itself (also used for one failed item of a batch)."""
    body = {"type": problem_type, "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return {**body, **(extensions or {})}


def problem_response(status: int, detail: Optional[str] = None, errors: Optional[dict] = None,
                     headers: Optional[dict] = None, body: Optional[dict] = None) -> Response:
    body = body or problem_body(status, detail, errors)
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    response.headers.update(headers or {})
    return response


def _from_problem(error: Problem) -> Response:
    return problem_response(error.status, headers=error.headers, body=error.body())


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
