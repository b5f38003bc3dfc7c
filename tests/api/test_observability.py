"""Request ids, structured logs and /metrics (also summed over several gunicorn workers)."""
from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path

import pytest
import requests

from service.logs import JsonFormatter, RequestIdFilter
from tests.helpers import running_gunicorn

ARTICLE = {"text": "“We will win,” Jane Doe said on Tuesday. Doe leads Acme Corp."}


def sample(metrics_text: str, name: str, **labels) -> float:
    """The value of one Prometheus sample (0 if absent)."""
    for line in metrics_text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0])) if "{" in line else {}
            if all(found.get(k) == v for k, v in labels.items()):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_a_sane_request_id_is_echoed_and_a_missing_one_is_made(client):
    assert client.get("/livez", headers={"X-Request-ID": "abc-123.x"}).headers["X-Request-ID"] == "abc-123.x"
    made = client.get("/livez").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    hostile = client.get("/livez", headers={"X-Request-ID": "x\" injected" + "y" * 200})
    assert re.fullmatch(r"[0-9a-f]{32}", hostile.headers["X-Request-ID"])  # replaced, not echoed


def test_errors_carry_the_request_id_too(client):
    response = client.post("/v1/extract", json={"text": ""}, headers={"X-Request-ID": "err-1"})
    assert response.status_code == 422 and response.headers["X-Request-ID"] == "err-1"


def test_metrics_count_requests_sizes_and_items(client):
    before = client.get("/metrics").get_data(as_text=True)
    client.post("/v1/extract", json=ARTICLE)
    client.post("/v1/extract/batch", json={"articles": [ARTICLE, {"text": ""}]})
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    after = response.get_data(as_text=True)

    def grew(name, **labels):
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert grew("news_http_requests_total", route="/v1/extract", method="POST", status="200") == 1
    assert grew("news_http_requests_total", route="/v1/extract/batch", method="POST", status="200") == 1
    assert grew("news_http_request_duration_seconds_count", route="/v1/extract", method="POST") == 1
    assert grew("news_article_characters_count") == 2  # the empty article was never extracted
    assert grew("news_extracted_items_total", kind="quotes") >= 2
    assert grew("news_extracted_items_total", kind="participants") >= 2


def test_unknown_paths_share_one_label(client):
    client.get("/no/such/thing/1")
    client.get("/no/such/thing/2")
    text = client.get("/metrics").get_data(as_text=True)
    assert "/no/such" not in text and sample(text, "news_http_requests_total", route="unmatched") >= 2


def test_log_lines_are_json_with_the_request_id(app, caplog):
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    records = []
    handler.emit = lambda record: records.append(handler.format(record))  # capture formatted lines
    handler.addFilter(RequestIdFilter())
    access = logging.getLogger("service.access")
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        app.test_client().post("/v1/extract", json=ARTICLE, headers={"X-Request-ID": "log-42"})
    finally:
        access.removeHandler(handler)
    (line,) = [json.loads(r) for r in records]
    assert line["request_id"] == "log-42" and line["logger"] == "service.access"
    assert line["path"] == "/v1/extract" and line["status"] == 200 and line["duration_ms"] >= 0
    assert line["level"] == "INFO" and line["time"].endswith("+00:00")


# --- under real gunicorn with 2 workers -------------------------------------------------------

@pytest.fixture(scope="module")
def two_workers(tmp_path_factory):
    """gunicorn with 2 workers and info logs; yields (base url, process, log path)."""
    log_path = tmp_path_factory.mktemp("gunicorn") / "log.txt"
    with running_gunicorn(2, env={"NEWS_LOG_LEVEL": "info"}, log_path=log_path) as gunicorn:
        yield gunicorn.url, gunicorn.process, log_path


def test_metrics_add_up_every_workers_requests(two_workers):
    base, process, _ = two_workers
    for i in range(12):
        response = requests.post(f"{base}/v1/extract", json=ARTICLE, headers={"Connection": "close"}, timeout=60)
        assert response.status_code == 200
    pids = set()
    for _ in range(4):  # whichever worker answers /metrics, it reports all 12
        text = requests.get(f"{base}/metrics", headers={"Connection": "close"}, timeout=10).text
        assert sample(text, "news_http_requests_total", route="/v1/extract", status="200") == 12
    for line in Path(two_workers[2]).read_text().splitlines():
        if '"service.access"' in line:
            pids.add(json.loads(line)["pid"])
    assert len(pids) == 2, "both workers served requests, so the sum really spans processes"


def test_gunicorn_and_app_log_json_lines(two_workers):
    base, _, log_path = two_workers
    requests.post(f"{base}/v1/extract", json=ARTICLE, headers={"X-Request-ID": "gunicorn-7"}, timeout=60)
    time.sleep(0.5)
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    assert any(entry["logger"].startswith("gunicorn") for entry in lines)  # gunicorn's own, as JSON
    (access,) = [entry for entry in lines if entry.get("request_id") == "gunicorn-7"]
    assert access["logger"] == "service.access" and access["status"] == 200


def test_each_request_is_logged_once(two_workers):
    base, _, log_path = two_workers
    requests.get(f"{base}/livez", headers={"X-Request-ID": "once-1"}, timeout=10)
    time.sleep(0.5)
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    assert [entry["logger"] for entry in lines if "/livez" in entry["message"]
            and entry.get("request_id") in ("once-1", None) and entry["logger"].endswith("access")] \
        == ["service.access"]
