"""service.client against the real service under gunicorn, and its retries against a scripted local server."""
from __future__ import annotations

import datetime
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from service import __version__
from service.client import (
    AuthenticationError,
    Client,
    ConnectionFailed,
    ProblemError,
    RequestTimedOut,
    ServiceUnavailable,
)
from tests.helpers import free_port, iter_spans

ARTICLE = "“We will win,” Jane Doe said on Tuesday. Acme Corp. shares rose in London."
SECRET = "sk-test-0123456789abcdef"


@pytest.fixture(scope="module")
def service_url(server):
    """The real service: the shared gunicorn of conftest.py (one worker, gunicorn.conf.py)."""
    return server


# --- the real service -------------------------------------------------------------------------

def test_extract_returns_the_documented_shape_and_round_trips_id_and_date(service_url):
    with Client(service_url) as client:
        assert client.ready()
        result = client.extract(ARTICLE, date=datetime.date(2024, 3, 6), id="a1")
    assert set(result) == {"id", "date", "dates", "participants", "organizations", "locations", "quotes", "authors",
                           "language", "model"}
    assert result["id"] == "a1"
    assert result["date"] == {"value": "2024-03-06", "source": "request", "text": None, "start": None, "end": None,
                              "year_inferred": False}
    assert all(ARTICLE[span["start"]:span["end"]] == span["text"] for span in iter_spans(result))
    assert "Jane Doe" in [person["name"] for person in result["participants"]]
    assert [quote["text"] for quote in result["quotes"]] == ["“We will win,”"]


def test_extract_batch_keeps_order_and_reports_a_bad_item_without_raising(service_url):
    with Client(service_url) as client:
        results = client.extract_batch([ARTICLE, {"text": "", "id": "empty"},
                                        {"text": ARTICLE, "id": "b", "date": "2024-03-06"}])
    assert [(r["index"], r["id"], r["status"]) for r in results] == [(0, None, 200), (1, "empty", 422), (2, "b", 200)]
    assert results[1]["extraction"] is None
    assert results[1]["problem"]["status"] == 422 and "text" in results[1]["problem"]["errors"]
    assert results[2]["extraction"]["date"]["value"] == "2024-03-06"
    assert results[0]["problem"] is None and results[0]["extraction"]["quotes"]


def test_an_invalid_date_raises_a_problem_error_with_the_field_errors(service_url):
    with Client(service_url) as client, pytest.raises(ProblemError) as raised:
        client.extract(ARTICLE, date="2024-13-45")
    error = raised.value
    assert (error.status, error.title, error.detail) == (422, "Unprocessable Entity", "The request has invalid fields.")
    assert set(error.errors) == {"date"} and error.problem["type"] == "about:blank"
    assert str(error) == "422 Unprocessable Entity: The request has invalid fields."


def test_a_text_over_the_limit_raises_413(service_url):
    with Client(service_url) as client, pytest.raises(ProblemError) as raised:
        client.extract("x" * 200_001)
    assert raised.value.status == 413 and "limit is 200,000" in raised.value.detail


def test_wait_until_ready_gives_up_on_a_service_that_is_not_there():
    with Client(f"http://127.0.0.1:{free_port()}") as client:
        assert not client.ready()
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match="not ready after 0.3 seconds"):
            client.wait_until_ready(timeout=0.3)
    assert time.monotonic() - started < 2


# --- a scripted local server: retries, headers, errors ----------------------------------------

class ScriptedServer(ThreadingHTTPServer):
    """Answers each request with the next step of its script; remembers every request's headers."""

    daemon_threads = True

    def __init__(self, script: list[str]):
        super().__init__(("127.0.0.1", 0), ScriptedHandler)
        self.script = list(script)
        self.requests: list[dict] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request, client_address):  # the client hung up on a slow answer: expected
        pass


class ScriptedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append(dict(self.headers))
        step = self.server.script.pop(0) if self.server.script else "ok"
        if step == "drop":  # close without a word: RemoteDisconnected
            self.close_connection = True
        elif step == "truncate":  # promise 100 bytes, send 10, hang up: a connection dropped mid-answer
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b'{"ok": tru')
            self.close_connection = True
        elif step == "slow":
            time.sleep(1.0)
            self.answer(200, {"ok": True})
        elif step == "503":
            self.answer(503, {"type": "about:blank", "title": "Service Unavailable", "status": 503,
                              "detail": "The NLP model is not loaded yet."}, retry_after="0")
        elif step == "401":  # echoes the header back, as a careless proxy might
            self.answer(401, {"type": "about:blank", "title": "Unauthorized", "status": 401,
                              "detail": f"Bad credentials: {self.headers.get('Authorization')}"})
        elif step == "html500":
            self.answer(500, None, raw=b"<html>Internal Server Error</html>")
        else:
            self.answer(200, {"ok": True, "attempt": len(self.server.requests)})

    def answer(self, status: int, body, retry_after: str | None = None, raw: bytes | None = None):
        data = raw if raw is not None else json.dumps(body).encode()
        self.send_response(status)
        content_type = "text/html" if raw is not None else (
            "application/json" if status < 400 else "application/problem+json")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if retry_after is not None:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def scripted():
    """scripted(*steps) -> a running ScriptedServer; every one is shut down after the test."""
    servers = []

    def start(*steps: str) -> ScriptedServer:
        server = ScriptedServer(list(steps))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("failure", ["drop", "truncate", "503"])
def test_retries_a_failure_twice_then_succeeds(scripted, failure):
    server = scripted(failure, failure, "ok")
    with Client(server.url, retries=2, backoff=0.01) as client:
        assert client.extract("text") == {"ok": True, "attempt": 3}
    assert len(server.requests) == 3


def test_honours_retry_after_over_the_backoff(scripted):
    server = scripted("503", "ok")
    started = time.monotonic()
    with Client(server.url, retries=1, backoff=20) as client:  # Retry-After: 0 must win over 20 s
        assert client.extract("text")["ok"]
    assert time.monotonic() - started < 2 and len(server.requests) == 2


def test_dropped_connections_raise_connection_failed_once_retries_are_exhausted(scripted):
    server = scripted("drop", "truncate", "drop")
    with Client(server.url, retries=2, backoff=0.01) as client, pytest.raises(ConnectionFailed) as raised:
        client.extract("text")
    assert len(server.requests) == 3
    assert "after 3 attempt(s)" in str(raised.value)
    assert isinstance(raised.value.__cause__, requests.ConnectionError)


def test_a_lasting_503_raises_service_unavailable_with_its_problem(scripted):
    server = scripted("503", "503", "503")
    with Client(server.url, retries=2, backoff=0.01) as client, pytest.raises(ServiceUnavailable) as raised:
        client.extract_batch(["one", "two"])
    assert len(server.requests) == 3
    assert (raised.value.status, raised.value.detail) == (503, "The NLP model is not loaded yet.")


def test_a_read_timeout_is_not_retried(scripted):
    server = scripted("slow", "slow")
    with Client(server.url, timeout=0.2, retries=3, backoff=0.01) as client, pytest.raises(RequestTimedOut):
        client.extract("a long article")
    assert len(server.requests) == 1


def test_a_non_json_error_body_still_gives_a_problem_error(scripted):
    server = scripted("html500")
    with Client(server.url, retries=0) as client, pytest.raises(ProblemError) as raised:
        client.extract("text")
    error = raised.value
    assert (error.status, error.title, error.errors) == (500, "Internal Server Error", None)
    assert error.detail == "<html>Internal Server Error</html>"


def test_sends_the_api_key_as_a_bearer_header_and_never_shows_it(scripted):
    server = scripted("ok", "401")
    with Client(server.url, api_key=SECRET, retries=0) as client:
        client.extract("text")
        with pytest.raises(AuthenticationError) as raised:
            client.extract("text")
        assert SECRET not in repr(client)
    sent = server.requests[0]
    assert sent["Authorization"] == f"Bearer {SECRET}"
    assert sent["Accept"] == "application/json"
    assert sent["User-Agent"] == f"news-extraction-client/{__version__}"
    error = raised.value
    assert error.status == 401
    assert SECRET not in str(error) and SECRET not in repr(error)


def test_no_authorization_header_without_an_api_key(scripted):
    server = scripted("ok")
    with Client(server.url) as client:
        client.extract("text")
    assert "Authorization" not in server.requests[0]
