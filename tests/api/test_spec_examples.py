"""openapi.yaml shows real use: its example requests (JSON and text/plain) get the answers it shows,
every operation documents the statuses any request can get, /metrics' media type is the one the
server sends, and the operational pages are in it."""
from __future__ import annotations

import socket
import time

import pytest
import requests
import yaml

from service.api import create_app
from service.api.spec import spec_examples
from tests.api.test_spec import COMMITTED
from tests.excerpts import mismatch
from tools.spec_examples import answer

SPEC = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
EXAMPLES = [(path, example) for path, named in spec_examples().items() for example in named]


@pytest.mark.parametrize("path, example", EXAMPLES, ids=[f"{p} {e['name']}" for p, e in EXAMPLES])
def test_each_documented_answer_is_the_real_answer(client, path, example):
    status, body = answer(client, path, example)
    assert status == example["status"]
    found = mismatch(example["response"], body)
    assert found is None, f"{found}\nrefresh the examples with `make spec-examples` if the change is meant"


def test_the_spec_shows_each_example_request_with_its_answer():
    for path, example in EXAMPLES:
        post, name = SPEC["paths"][path]["post"], example["name"]
        body = post["requestBody"]["content"][example["content_type"]]["examples"][name]
        assert body["value"] == example["body"]
        for key, value in example["query"].items():
            (parameter,) = [p for p in post["parameters"] if p["name"] == key]
            assert parameter["examples"][name]["value"] == value
        (media,) = post["responses"][str(example["status"])]["content"].values()
        assert media["examples"][name]["value"] == example["response"]


def test_json_and_text_requests_both_have_examples_with_answers():
    extract = SPEC["paths"]["/v1/extract"]["post"]
    answers = extract["responses"]["200"]["content"]["application/json"]["examples"]
    for media_type in ("application/json", "text/plain"):
        names = extract["requestBody"]["content"][media_type]["examples"]
        assert set(names) & set(answers), f"no {media_type} example with its 200 answer"
    assert SPEC["paths"]["/v1/extract/batch"]["post"]["requestBody"]["content"]["application/json"]["examples"]


def test_every_operation_documents_408_and_500_as_problems():
    for path, operations in SPEC["paths"].items():
        for method, operation in operations.items():
            for status in ("408", "500"):
                assert set(operation["responses"][status]["content"]) == {"application/problem+json"}, \
                    (path, method, status)


def _documented_media_types(path: str) -> set[str]:
    return set(SPEC["paths"][path]["get"]["responses"]["200"]["content"])


def test_metrics_media_type_is_what_the_server_sends(server):
    """Under gunicorn (all workers' samples) as the Prometheus scraper sees it."""
    sent = requests.get(f"{server}/metrics", timeout=30).headers["Content-Type"]
    assert _documented_media_types("/metrics") == {sent}
    assert "version=1.0.0" in sent and "1.0.0" in SPEC["paths"]["/metrics"]["get"]["description"]


@pytest.mark.parametrize("path", ["/docs", "/demo", "/livez", "/readyz", "/metrics", "/openapi.yaml", "/"])
def test_operational_paths_are_in_the_spec_with_what_they_send(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.mimetype in {media.split(";")[0] for media in _documented_media_types(path)}


def test_a_failure_in_any_operation_is_a_500_problem_without_internals(extractor):
    """Every documented operation: a failure inside the request (injected here before the view
    runs) goes through the app's one error handler to a bare 500 problem."""
    app = create_app({}, extractor=extractor)

    @app.before_request
    def fail():
        raise RuntimeError("secret internal detail")

    client = app.test_client()
    for path, operations in SPEC["paths"].items():
        for method in operations:
            response = client.open(path, method=method.upper(), json={"text": "Hello."})
            assert response.status_code == 500 and response.mimetype == "application/problem+json", path
            assert "secret" not in response.get_data(as_text=True)


def test_a_request_that_does_not_arrive_is_a_408_problem(server):
    """The server answers 408 to any request (before it is routed) whose head or body has not
    arrived in 10 s (service/worker.py)."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n{\"text\"")
        began, answer_bytes = time.monotonic(), b""
        while chunk := connection.recv(4096):
            answer_bytes += chunk
    head, _, body = answer_bytes.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ") and b"application/problem+json" in head
    assert yaml.safe_load(body)["status"] == 408
    assert time.monotonic() - began < 30
