"""The service under real gunicorn (gunicorn.conf.py), over real HTTP, as other systems call it
(the `server` fixture of conftest.py: one gunicorn for the whole run)."""
from __future__ import annotations

import requests

from tests.helpers import seed_text


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


def test_gunicorn_answers_a_lone_surrogate_and_blank_text(server):
    """The hardening cases of tests/api/test_hardening.py, over real HTTP: a lone surrogate escape is a
    200 whose body is valid UTF-8 carrying the same escape; whitespace only is a 422 problem."""
    body = '{"text": "Jane Doe said \\ud800 \\u201cyes\\u201d on Monday.", "id": "x\\udfff"}'
    response = requests.post(f"{server}/v1/extract", data=body.encode("ascii"), timeout=60,
                             headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert b"\\udfff" in response.content and response.content.decode("utf-8")
    result = response.json()
    text = "Jane Doe said \ud800 \u201cyes\u201d on Monday."
    assert result["id"] == "x\udfff"
    assert [text[m["start"]:m["end"]] for p in result["participants"] for m in p["mentions"]] == ["Jane Doe"]
    batch = '{"articles": [%s, {"text": " \\n\\t "}, {"text": "Jane Doe said hello."}]}' % body
    response = requests.post(f"{server}/v1/extract/batch", data=batch.encode("ascii"), timeout=60,
                             headers={"Content-Type": "application/json"})
    assert [item["status"] for item in response.json()["results"]] == [200, 422, 200]
    blank = requests.post(f"{server}/v1/extract", data=" \r\n\t ", timeout=60,
                          headers={"Content-Type": "text/plain"})
    assert blank.status_code == 422 and blank.headers["Content-Type"] == "application/problem+json"
