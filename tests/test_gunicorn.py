"""The service under real gunicorn (gunicorn.conf.py), over real HTTP, as other systems call it
(the `server` fixture of conftest.py: one gunicorn for the whole run)."""
from __future__ import annotations

import requests

from .helpers import seed_text


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
