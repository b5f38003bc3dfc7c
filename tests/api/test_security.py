"""Safe defaults: optional API keys, security headers, CORS only when configured, graceful shutdown."""
from __future__ import annotations

import signal
import threading
import time

import pytest
import requests

from service.api import create_app
from service.config import Config
from tests.helpers import ROOT, running_gunicorn, seed_text

KEY, OTHER_KEY = "s3cret-key-for-tests-7f9a", "second-key-0b1c"
ARTICLE = {"text": "“We will win,” Jane Doe said on Tuesday."}


@pytest.fixture()
def keyed(extractor):
    return create_app({"API_KEYS": (KEY, OTHER_KEY)}, extractor=extractor).test_client()


def bearer(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def test_without_keys_configured_no_key_is_needed(client):
    assert client.post("/v1/extract", json=ARTICLE).status_code == 200


@pytest.mark.parametrize("headers", [{}, bearer(""), {"Authorization": KEY}, {"Authorization": f"Basic {KEY}"}])
def test_a_missing_key_is_401_with_a_bearer_challenge(keyed, headers):
    response = keyed.post("/v1/extract", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert response.json["status"] == 401 and "Authorization: Bearer" in response.json["detail"]


def test_a_wrong_key_is_401_and_is_never_echoed(keyed):
    response = keyed.post("/v1/extract/batch", json={"articles": [ARTICLE]}, headers=bearer("guess-" + KEY))
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
    assert KEY not in response.get_data(as_text=True)


def test_any_configured_key_opens_both_endpoints(keyed):
    assert keyed.post("/v1/extract", json=ARTICLE, headers=bearer(KEY)).status_code == 200
    assert keyed.post("/v1/extract/batch", json={"articles": [ARTICLE]},
                      headers={"Authorization": f"bearer {OTHER_KEY}"}).status_code == 200


def test_the_key_is_checked_before_the_body_is_read(keyed):
    response = keyed.post("/v1/extract", data="{not json", content_type="application/json")
    assert response.status_code == 401


@pytest.mark.parametrize("path", ["/", "/livez", "/readyz", "/openapi.yaml"])
def test_probes_and_the_spec_stay_open(keyed, path):
    assert keyed.get(path).status_code == 200


def test_keys_come_from_the_environment_and_from_a_file(tmp_path, monkeypatch):
    keys = tmp_path / "keys"
    keys.write_text("# one key per line\nfrom-file-1\n\n  from-file-2  \n", encoding="utf-8")
    monkeypatch.setenv("NEWS_API_KEYS", "env-1, env-2")
    monkeypatch.setenv("NEWS_API_KEYS_FILE", str(keys))
    assert Config.from_env()["API_KEYS"] == ("env-1", "env-2", "from-file-1", "from-file-2")
    monkeypatch.setenv("NEWS_API_KEYS_FILE", str(tmp_path / "missing"))
    with pytest.raises(ValueError, match="NEWS_API_KEYS_FILE"):
        Config.from_env()


@pytest.mark.parametrize("request_args", [("get", "/livez", {}), ("post", "/v1/extract", {"json": ARTICLE}),
                                          ("post", "/v1/extract", {"json": {"text": ""}}),
                                          ("get", "/no/such/path", {})])
def test_every_response_carries_the_security_headers(client, request_args):
    method, path, kwargs = request_args
    response = getattr(client, method)(path, **kwargs)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "Access-Control-Allow-Origin" not in response.headers  # CORS is off by default
    if path.startswith("/v1/"):
        assert response.headers["Cache-Control"] == "no-store"


def test_cors_answers_only_configured_origins(extractor):
    app = create_app({"CORS_ORIGINS": ("https://news.example",), "API_KEYS": (KEY,)}, extractor=extractor)
    client = app.test_client()
    preflight = client.options("/v1/extract", headers={
        "Origin": "https://news.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status_code == 200  # a preflight needs no key
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://news.example"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    allowed = client.post("/v1/extract", json=ARTICLE, headers={"Origin": "https://news.example", **bearer(KEY)})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://news.example"
    assert "Origin" in allowed.headers["Vary"]
    other = client.post("/v1/extract", json=ARTICLE, headers={"Origin": "https://evil.example", **bearer(KEY)})
    assert other.status_code == 200 and "Access-Control-Allow-Origin" not in other.headers


# --- under real gunicorn: keys stay out of the logs; SIGTERM lets in-flight requests finish ------

@pytest.fixture(scope="module")
def keyed_gunicorn(tmp_path_factory):
    """gunicorn with API keys and debug logging; yields (base url, process, log path)."""
    log_path = tmp_path_factory.mktemp("gunicorn") / "log.txt"
    with running_gunicorn(1, env={"NEWS_API_KEYS": KEY, "NEWS_LOG_LEVEL": "debug"}, log_path=log_path) as gunicorn:
        yield gunicorn.url, gunicorn.process, log_path


def test_keys_never_reach_the_logs(keyed_gunicorn):
    base, _, log_path = keyed_gunicorn
    assert requests.post(f"{base}/v1/extract", json=ARTICLE, headers=bearer(KEY), timeout=60).status_code == 200
    wrong = "wrong-" + KEY
    assert requests.post(f"{base}/v1/extract", json=ARTICLE, headers=bearer(wrong), timeout=60).status_code == 401
    time.sleep(0.5)
    log = log_path.read_text(errors="replace")
    assert "/v1/extract" in log  # the access log is there ...
    assert KEY not in log and wrong not in log  # ... and neither key is in it


def test_sigterm_lets_the_request_in_flight_finish(keyed_gunicorn):
    base, process, _ = keyed_gunicorn
    long_article = "\n\n".join([seed_text("000")] * 20)  # several seconds of work
    outcome: dict = {}

    def send():
        try:
            outcome["response"] = requests.post(f"{base}/v1/extract", json={"text": long_article},
                                                headers=bearer(KEY), timeout=120)
            outcome["answered"] = time.monotonic()
        except requests.RequestException as exc:  # pragma: no cover - the failure being tested
            outcome["error"] = exc

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(1.0)  # the request is being processed
    process.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    sender.join(timeout=150)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["response"].status_code == 200
    assert outcome["answered"] > signalled  # it really was in flight when the signal came
    assert outcome["response"].json()["participants"]
    assert process.wait(timeout=60) == 0  # then the master exits cleanly


def test_the_container_runs_as_an_unprivileged_user():
    lines = [line.split() for line in (ROOT / "Dockerfile").read_text().splitlines() if line.strip()]
    users = [words[1] for words in lines if words[0] == "USER"]
    assert users and users[-1] not in ("root", "0", "0:0")  # the last USER is the one that runs
    entrypoint = next(i for i, words in enumerate(lines) if words[0] in ("ENTRYPOINT", "CMD"))
    assert max(i for i, words in enumerate(lines) if words[0] == "USER") < entrypoint
