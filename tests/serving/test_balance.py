"""Work goes to idle workers (service/worker.py): under real gunicorn with two workers, while one
worker runs a long extraction, new extractions go to the other one instead of queueing behind it;
and a worker busy with a long extraction still answers /livez. The access log says which worker
(pid) served each request."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.helpers import access_lines, running_gunicorn

# A few seconds of work for one worker: 200,000 characters of names, cues and quotes.
LONG_TEXT = " ".join(f"Mr. Name{i} Surname{i} said \"fine.\"" for i in range(6000))[:200_000]
SHORT_TEXTS = [f"“We will win,” Jane Doe{i} said on Tuesday." for i in range(6)]


def post(url: str, payload: dict) -> requests.Response:
    return requests.post(url, json=payload, timeout=300, headers={"Connection": "close"})


def test_new_extractions_go_to_the_idle_worker(tmp_path):
    log_path = tmp_path / "gunicorn.log"
    with running_gunicorn(2, env={"NEWS_LOG_LEVEL": "info"}, log_path=log_path) as server, \
            ThreadPoolExecutor(1) as pool:
        url = f"{server.url}/v1/extract"
        long_request = pool.submit(post, url, {"text": LONG_TEXT, "id": "long"})
        threading.Event().wait(1.0)  # let one worker take it
        short = [post(url, {"text": text, "id": f"short{i}"}) for i, text in enumerate(SHORT_TEXTS)]
        assert not long_request.done(), "the long extraction must outlast the short ones"
        assert all(response.status_code == 200 for response in short)
        assert long_request.result().status_code == 200
    extractions = [line for line in access_lines(log_path) if line["path"] == "/v1/extract"]
    assert len(extractions) == 1 + len(SHORT_TEXTS)
    long_pid = extractions[-1]["pid"]  # the long one finished last
    assert all(line["pid"] != long_pid for line in extractions[:-1]), extractions
    assert all(line["lock_wait_ms"] is not None for line in extractions)


def test_a_busy_worker_still_answers_livez(server):
    """One worker, busy with a long extraction: /livez on a new connection is answered before the
    extraction ends (the busy worker takes a connection no idle worker took)."""
    with ThreadPoolExecutor(1) as pool:
        long_request = pool.submit(post, f"{server}/v1/extract", {"text": LONG_TEXT})
        threading.Event().wait(1.0)
        livez = requests.get(f"{server}/livez", timeout=60, headers={"Connection": "close"})
        answered_first = not long_request.done()
        assert long_request.result().status_code == 200
    assert livez.status_code == 200 and livez.json() == {"status": "ok"}
    assert answered_first, "/livez waited for the extraction"
