"""Throughput: how many articles (and characters) per second each way of running extraction gets.

The same article set goes through (a) raw spaCy `nlp.pipe` (full default pipeline and batch size,
one process; also at the library's batch size, for information),
(b) the extraction library `Extractor.extract_many`, (c) POST /v1/extract/batch with W clients on
new connections, (c') batches of 6 from one queue with 2 and 4 keep-alive clients, and (d) POST
/v1/extract one article per request, all on real gunicorn with W workers. The access log says which
worker served each request and how long it waited for its extraction lock. Every way gets one
untimed warm-up pass first. Ratios are against (a), measured in the same run.

    .venv/bin/python benchmarks/throughput.py [--workers 2] [--repeat 3] [--batch-size 8] [--queue-clients 2 4]
"""
from __future__ import annotations

import argparse
import queue
import statistics
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple
from urllib.parse import urlsplit

import _common as c
import requests

LIBRARY_VS_RAW = 1.0  # library / raw, at least
BATCH_VS_RAW = 0.9    # HTTP batch with W workers / (W x raw), at least
LIBRARY_BATCH_SIZE = 32  # Extractor.extract_many's default
RAW_AT_LIBRARY_BATCH = f"raw, batch_size={LIBRARY_BATCH_SIZE}"


class Unavailable(Exception):
    """The batch endpoint answered 404/405: not built (yet)."""


def send_batch(session: requests.Session, url: str, batch: list[c.Text]) -> int:
    """POST one batch; return how many of its articles failed (problem objects)."""
    response = session.post(url, json={"articles": [{"text": t.text, "id": t.id} for t in batch]},
                            timeout=300)
    if response.status_code in (404, 405):
        raise Unavailable
    if response.status_code != 200:
        return len(batch)
    return sum(1 for item in response.json().get("results", []) if not item.get("extraction"))


def send_batch_as_bytes(session: requests.Session, url: str, batch: list[c.Text]) -> int:
    """POST one batch and read the answer as bytes only (no JSON decoding on the client's side)."""
    response = session.post(url, json={"articles": [{"text": t.text, "id": t.id} for t in batch]},
                            timeout=300)
    return 0 if response.status_code == 200 and response.content else len(batch)


def send_one(session: requests.Session, url: str, text: c.Text) -> int:
    """POST one article; return 1 if it failed, else 0."""
    return int(session.post(url, json={"text": text.text, "id": text.id}, timeout=300).status_code != 200)


class HttpRun(NamedTuple):
    seconds: float
    failed: int
    cpu: str          # CPU seconds of each worker during the run
    requests: str     # extraction requests each worker served
    lock_wait: str    # mean / max milliseconds a request waited for its worker's extraction lock


def over_http(server: c.Server, send, url: str, items: list, clients: int, keep_alive: bool) -> HttpRun:
    """Send every item with ``clients`` threads pulling from one queue. With ``keep_alive`` each
    client keeps one session (as an SDK does); otherwise every request opens a new connection.
    Which worker served each request, and its wait for the worker's lock, come from the access log."""
    pids = c.worker_pids(server.process.pid)
    before = [c.cpu_seconds(pid) for pid in pids]
    mark = c.log_length(server)
    todo: queue.SimpleQueue = queue.SimpleQueue()
    for item in items:
        todo.put(item)
    failures: list[int] = []

    def client() -> None:
        with requests.Session() as session:
            if not keep_alive:
                session.headers["Connection"] = "close"
            while True:
                try:
                    item = todo.get_nowait()
                except queue.Empty:
                    return
                failures.append(send(session, url, item))

    def work():
        with ThreadPoolExecutor(clients) as pool:
            for future in [pool.submit(client) for _ in range(clients)]:
                future.result()

    seconds = c.timed(work)
    time.sleep(0.5)  # let the last access lines reach the log
    path = urlsplit(url).path
    served = [line for line in c.access_lines(server, mark) if line.get("path") == path]
    per_worker = Counter(line.get("pid") for line in served)
    waits = [line["lock_wait_ms"] for line in served if line.get("lock_wait_ms") is not None]
    return HttpRun(seconds, sum(failures),
                   " / ".join(f"{c.cpu_seconds(p) - b:.1f}" for p, b in zip(pids, before)),
                   " / ".join(str(per_worker.get(pid, 0)) for pid in pids),
                   f"{statistics.mean(waits):.0f} / {max(waits):.0f}" if waits else "")


def in_process(articles: list[c.Text], texts: list[c.Text]) -> dict[str, float]:
    """Seconds for raw nlp.pipe and for the library over `texts`, each after a warm-up pass."""
    from service.extract import Article

    print("Loading the raw pipeline and the extraction library ...", flush=True)
    nlp, extractor = c.raw_nlp(), c.extractor()
    ways = {"raw nlp.pipe (1 process)": lambda items: list(nlp.pipe([t.text for t in items])),
            RAW_AT_LIBRARY_BATCH: lambda items: list(
                nlp.pipe([t.text for t in items], batch_size=LIBRARY_BATCH_SIZE)),
            "library extract_many": lambda items: list(
                extractor.extract_many(Article(t.text, id=t.id) for t in items))}
    seconds = {}
    for name, run in ways.items():
        print(f"  {name}: warm-up, then timed ...", flush=True)
        run(articles)
        seconds[name] = c.timed(lambda: run(texts))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers = concurrent clients (W)")
    parser.add_argument("--repeat", type=int, default=3, help="go through the article set N times")
    parser.add_argument("--batch-size", type=int, default=8, help="articles per batch request")
    parser.add_argument("--queue-clients", type=int, nargs="*", default=[2, 4],
                        help="also run keep-alive clients pulling batches of 6 from one queue, "
                             "with each of these client counts (default: 2 4)")
    args = parser.parse_args()
    W = args.workers

    articles = c.load_articles()
    texts = articles * args.repeat
    chars = c.total_chars(texts)
    notes: dict[str, str] = {}
    http: dict[str, HttpRun] = {}

    seconds = in_process(articles, texts)  # its models are freed before gunicorn starts

    def batches_of(items, size):
        return [items[i:i + size] for i in range(0, len(items), size)]

    batch_name, single_name = f"HTTP batch ({W} workers)", f"HTTP single ({W} workers)"
    queue_names = {n: f"HTTP batch of 6, {n} keep-alive clients, one queue" for n in args.queue_clients}
    with c.gunicorn(W, env={"NEWS_LOG_LEVEL": "info"}) as server:
        batch_url, single_url = f"{server.url}/v1/extract/batch", f"{server.url}/v1/extract"
        ways = [(batch_name, send_batch, batch_url, args.batch_size, W, False)]
        ways += [(queue_names[n], send_batch_as_bytes, batch_url, 6, n, True) for n in args.queue_clients]
        ways += [(single_name, send_one, single_url, None, W, False)]
        for name, send, url, size, clients, keep_alive in ways:
            print(f"  {name}: warm-up, then timed ...", flush=True)
            warm, timed = (articles, texts) if size is None else (batches_of(articles, size), batches_of(texts, size))
            try:
                over_http(server, send, url, warm, clients, keep_alive)
                http[name] = run = over_http(server, send, url, timed, clients, keep_alive)
            except Unavailable:
                notes[name] = "batch endpoint unavailable"
                continue
            seconds[name] = run.seconds
            if run.failed:
                notes[name] = f"{run.failed} articles failed"

    rows = []
    for name in ["raw nlp.pipe (1 process)", RAW_AT_LIBRARY_BATCH, "library extract_many", batch_name,
                 *queue_names.values(), single_name]:
        run = http.get(name)
        extra = [run.cpu, run.requests, run.lock_wait] if run else ["", "", ""]
        if name in seconds:
            s = seconds[name]
            rows.append([name, len(texts), f"{chars:,}", f"{s:.2f}", f"{len(texts) / s:.2f}",
                         f"{chars / s:,.0f}", *extra, notes.get(name, "")])
        else:
            rows.append([name, "-", "-", "-", "-", "-", *extra, notes.get(name, "")])
    c.print_table(["way", "articles", "chars", "seconds", "articles/s", "chars/s", "worker CPU s",
                   "requests per worker", "lock wait ms mean / max", "note"], rows)

    rate = {name: chars / s for name, s in seconds.items()}
    base = rate["raw nlp.pipe (1 process)"]
    print("Ratios (throughput, same run):")
    c.report_ratio("library / raw", rate["library extract_many"] / base, LIBRARY_VS_RAW)
    c.report_ratio(f"HTTP batch, {W} workers / ({W} x raw)",
                   rate[batch_name] / (W * base) if batch_name in rate else None, BATCH_VS_RAW)
    for n, name in queue_names.items():
        c.report_ratio(f"HTTP batch of 6, {n} queue clients / ({W} x raw)",
                       rate[name] / (W * base) if name in rate else None, BATCH_VS_RAW)
    c.report_ratio(f"HTTP single, {W} workers / raw", rate[single_name] / base)
    c.report_ratio(f"library / raw at batch_size={LIBRARY_BATCH_SIZE}",
                   rate["library extract_many"] / rate[RAW_AT_LIBRARY_BATCH])


if __name__ == "__main__":
    main()
