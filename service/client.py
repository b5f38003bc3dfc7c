"""A Python client for the News Extraction Service's HTTP API: send articles, get extractions back.

    with Client("http://127.0.0.1:8000") as client:
        client.wait_until_ready()
        extraction = client.extract("BEIJING, June 15 (Reuters) - Xi Jinping said ...", date="2022-06-15")
        from_page = client.extract_page(open("story.html", "rb").read())  # a web page, as fetched

Every error is a ``ClientError``; an error answer of the service is a ``ProblemError`` built from its
RFC 9457 problem document.
"""
from __future__ import annotations

import datetime
import random
import time
from http import HTTPStatus
from typing import Iterable, Optional, Union

import requests

from . import __version__

MAX_BACKOFF_SECONDS = 30.0      # longest pause between two attempts
MAX_RETRY_AFTER_SECONDS = 60.0  # longest Retry-After we honour
READY_POLL_SECONDS = 0.5
DateLike = Union[str, datetime.date, None]


class ClientError(Exception):
    """Base of every error this client raises."""


class ConnectionFailed(ClientError):
    """The service could not be reached (or dropped the connection) on every attempt."""


class RequestTimedOut(ClientError):
    """No answer within the client's timeout (not retried: a long article is not a fault)."""


class ProblemError(ClientError):
    """The service answered with an error: its problem document, as attributes and as ``.problem``."""

    def __init__(self, problem: dict, message: Optional[str] = None):
        self.problem = problem
        self.status: Optional[int] = problem.get("status")
        self.title: Optional[str] = problem.get("title")
        self.detail: Optional[str] = problem.get("detail")
        self.errors: Optional[dict] = problem.get("errors")
        super().__init__(message or describe_problem(problem))


class AuthenticationError(ProblemError):
    """401: the API key is missing or wrong."""


class ServiceUnavailable(ProblemError):
    """503 on every attempt (the model is still loading), or not ready in time."""


ERRORS_BY_STATUS = {401: AuthenticationError, 503: ServiceUnavailable}


def describe_problem(problem: dict) -> str:
    """One line for a problem document: '422 Unprocessable Entity: The request has invalid fields.'"""
    detail = problem.get("detail")
    return f"{problem.get('status')} {problem.get('title')}" + (f": {detail}" if detail else "")


def problem_from_response(response: requests.Response) -> dict:
    """The response's problem document; a sensible stand-in when the body is not one."""
    try:
        reason = HTTPStatus(response.status_code).phrase
    except ValueError:
        reason = response.reason or "Error"
    problem = {"type": "about:blank", "title": reason, "status": response.status_code}
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        problem.update(body)
        problem["status"] = response.status_code  # the HTTP status is the one that counts
    elif response.text.strip():
        problem["detail"] = response.text.strip()[:300]
    return problem


def _as_article(article: Union[dict, str], date: DateLike = None, id: Optional[str] = None) -> dict:
    """One article as the API's JSON object: a string is the text; a date object becomes YYYY-MM-DD."""
    body = {"text": article, "date": date, "id": id} if isinstance(article, str) else dict(article)
    if isinstance(body.get("date"), datetime.datetime):
        body["date"] = body["date"].date()
    if isinstance(body.get("date"), datetime.date):
        body["date"] = body["date"].isoformat()
    return {key: value for key, value in body.items() if value is not None}


class Client:
    """The service at ``base_url``; retries connection failures and 503s (see ``_send``)."""

    def __init__(self, base_url: str, api_key: Optional[str] = None, timeout: float = 60.0,
                 retries: int = 3, backoff: float = 0.5, session: Optional[requests.Session] = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._api_key = api_key
        self._owns_session = session is None
        self.session = session or requests.Session()
        self._headers = {"Accept": "application/json", "User-Agent": f"news-extraction-client/{__version__}"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"

    def __repr__(self) -> str:  # never shows the API key
        return f"Client({self.base_url!r}, api_key={'***' if self._api_key else None})"

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the session this client created (a session passed in stays the caller's to close)."""
        if self._owns_session:
            self.session.close()

    def extract(self, text: str, date: DateLike = None, id: Optional[str] = None) -> dict:
        """The extraction of one article (POST /v1/extract)."""
        return self._post_json("/v1/extract", _as_article(text, date, id))

    def extract_page(self, page: Union[str, bytes], date: DateLike = None, id: Optional[str] = None) -> dict:
        """The extraction of one web page (POST /v1/extract): its extracted ``text``, the page's
        metadata in ``page``, and every offset into that text. Bytes go as a text/html body, which
        the service decodes by the page's <meta charset>; a string goes as JSON ``html``."""
        if isinstance(page, str):
            return self._post_json("/v1/extract", _as_article({"html": page, "date": date, "id": id}))
        params = {key: value for key, value in _as_article({"date": date, "id": id}).items()}
        return self._post("/v1/extract", data=page, params=params,
                          headers={"Content-Type": "text/html"})

    def extract_batch(self, articles: Iterable[Union[dict, str]]) -> list[dict]:
        """One result per article, in order; a bad article is a result with a ``problem``, not an error.
        An article is its text, or a dict: {"text" or "html" (a web page), "date", "id"}."""
        body = {"articles": [_as_article(article) for article in articles]}
        return self._post_json("/v1/extract/batch", body)["results"]

    def ready(self) -> bool:
        """Whether GET /readyz answers 200 now (one attempt, no retries)."""
        try:
            response = self.session.get(self.base_url + "/readyz", headers=self._headers,
                                        timeout=min(self.timeout, 5.0))
        except requests.RequestException:
            return False
        return response.status_code == 200

    def wait_until_ready(self, timeout: float = 120) -> None:
        """Poll /readyz until it answers 200; ``ServiceUnavailable`` after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not self.ready():
            if time.monotonic() >= deadline:
                raise ServiceUnavailable({"type": "about:blank", "title": "Service Unavailable", "status": 503,
                                          "detail": f"{self.base_url} was not ready after {timeout:g} seconds."})
            time.sleep(min(READY_POLL_SECONDS, max(0.0, deadline - time.monotonic())))

    def _post_json(self, path: str, body: dict) -> dict:
        return self._post(path, json=body)

    def _post(self, path: str, **kwargs) -> dict:
        response = self._send("POST", path, **kwargs)
        if response.status_code >= 400:
            problem = problem_from_response(response)
            error_class = ERRORS_BY_STATUS.get(response.status_code, ProblemError)
            raise error_class(problem, self._redact(describe_problem(problem)))
        try:
            return response.json()
        except ValueError:
            raise ClientError(f"{path} answered {response.status_code} without a JSON body.") from None

    def _send(self, method: str, path: str, **kwargs) -> requests.Response:
        """One request with retries; returns the last response (a 503 when every attempt got one).

        Retried: connection failures (refused, reset, dropped before or during the answer) and 503.
        Extraction is idempotent (same article in, same JSON out, nothing stored), so retrying a POST
        is safe. A read timeout is not retried: a long article takes long, and sending it again only
        doubles the load; raise ``timeout`` instead.
        """
        url = self.base_url + path
        headers = {**self._headers, **kwargs.pop("headers", {})}
        attempt = 0
        while True:
            is_last = attempt >= self.retries
            try:
                response = self.session.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
            except requests.exceptions.ReadTimeout as exc:
                raise RequestTimedOut(f"{method} {url}: no answer within {self.timeout:g} seconds.") from exc
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
                if is_last:
                    raise ConnectionFailed(f"{method} {url} failed after {attempt + 1} attempt(s): "
                                           f"{self._redact(str(exc))}") from exc
                time.sleep(self._pause(attempt))
            else:
                if response.status_code != 503 or is_last:
                    return response
                time.sleep(self._pause(attempt, response.headers.get("Retry-After")))
            attempt += 1

    def _pause(self, attempt: int, retry_after: Optional[str] = None) -> float:
        """Seconds to wait before the next attempt: the server's numeric Retry-After, else backoff."""
        if retry_after is not None and retry_after.strip().isdecimal():
            return min(float(retry_after), MAX_RETRY_AFTER_SECONDS)
        delay = min(self.backoff * 2 ** attempt, MAX_BACKOFF_SECONDS)
        return delay + random.uniform(0, delay / 10)  # jitter, so many clients don't retry in step

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text
