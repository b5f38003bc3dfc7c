"""The service under real gunicorn (gunicorn.conf.py), over real HTTP, as other systems call it."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from .helpers import ROOT, seed_text

STARTUP_SECONDS = 120


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT, env={**os.environ, "NEWS_LOG_LEVEL": "warning"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode()
            try:
                if requests.get(f"{base}/readyz", timeout=10).status_code == 200:
                    break
            except requests.RequestException:  # refused, or too busy loading the model to answer yet
                pass
            time.sleep(0.3)
        else:
            pytest.fail("gunicorn did not become ready")
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def test_gunicorn_serves_a_seed_over_http(server):
    text = seed_text("002")
    response = requests.post(f"{server}/v1/extract", data=text.encode("utf-8"),
                             headers={"Content-Type": "text/plain; charset=utf-8"}, timeout=60)
    assert response.status_code == 200
    body = response.json()
    assert body["date"]["value"] == "2022-09-15"
    assert sorted(p["name"] for p in body["participants"]) == ["Vladimir Putin", "Xi Jinping"]


def test_gunicorn_answers_errors_as_problems(server):
    response = requests.post(f"{server}/v1/extract", data="{oops", timeout=10,
                             headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert requests.get(f"{server}/livez", timeout=10).json() == {"status": "ok"}
