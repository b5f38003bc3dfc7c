"""Soak drill: saturating load for a long time, and nothing lost, no 5xx, no worker replaced.

Starts real gunicorn (gunicorn.conf.py) with W workers and worker recycling switched off
(--max-requests 0: the same processes are measured throughout, so their RSS is comparable and
any replaced worker is a real fault), then C threads send requests back to back, cycling through
the article set: POST /v1/extract, and one request in 10 a POST /v1/extract/batch of 4 articles.
Every request opens a new connection (as _common.post_json does), so gunicorn spreads them over
its workers. Worker RSS is sampled every 10 % of the duration.

Checks (exit code 0 when all hold, 1 otherwise): zero 5xx (including 5xx batch items), zero
connection errors and timeouts, the same worker processes from start to end.

    .venv/bin/python benchmarks/drill_soak.py [--duration 600] [--workers 2] [--clients 8] [--json PATH]

The other drills (drill_worker_kill.py, drill_slow_clients.py) import the load driver and the
check/report helpers from here.
"""
from __future__ import annotations

import argparse
import itertools
import json
import threading
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import requests

import _common as c

BATCH_EVERY = 10        # one request in 10 is a batch ...
BATCH_SIZE = 4          # ... of 4 articles
SAMPLES = 10            # RSS samples over the run (every 10 % of the duration)
REQUEST_TIMEOUT = 120   # seconds; a timeout counts as a connection error


# --- recording outcomes --------------------------------------------------------------------------

class Recorder:
    """Thread-safe log of every request: kind, start/end (monotonic), HTTP status or error."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[dict] = []
        self.in_flight = 0

    def begin(self) -> float:
        with self.lock:
            self.in_flight += 1
        return time.monotonic()

    def end(self, kind: str, started: float, status: Optional[int] = None, error: Optional[str] = None,
            articles: int = 1, item_5xx: int = 0) -> dict:
        event = {"kind": kind, "start": started, "end": time.monotonic(), "status": status,
                 "error": error, "articles": articles, "item_5xx": item_5xx}
        with self.lock:
            self.in_flight -= 1
            self.events.append(event)
        return event

    def snapshot(self) -> list[dict]:
        with self.lock:
            return list(self.events)


def classify(events: Sequence[dict]) -> dict:
    """Counts by outcome: requests answered, 2xx/4xx/5xx (5xx batch items too), errors."""
    answered = [e for e in events if e["status"] is not None]
    errors = [e for e in events if e["status"] is None]
    return {
        "requests": len(events),
        "answered": len(answered),
        "2xx": sum(1 for e in answered if 200 <= e["status"] < 300),
        "4xx": sum(1 for e in answered if 400 <= e["status"] < 500),
        "5xx": sum(1 for e in answered if e["status"] >= 500),
        "5xx_batch_items": sum(e["item_5xx"] for e in answered),
        "connection_errors": sum(1 for e in errors if not e["error"].startswith("timeout")),
        "timeouts": sum(1 for e in errors if e["error"].startswith("timeout")),
        "articles_ok": sum(e["articles"] for e in answered if 200 <= e["status"] < 300),
    }


def latency(events: Sequence[dict], kind: Optional[str] = None) -> dict:
    """p50/p90/p99/max latency in seconds of the 2xx requests (of one kind, or all)."""
    values = [e["end"] - e["start"] for e in events
              if e["status"] is not None and 200 <= e["status"] < 300 and kind in (None, e["kind"])]
    if not values:
        return {"count": 0, "p50": None, "p90": None, "p99": None, "max": None}
    return {"count": len(values), "p50": c.percentile(values, 50), "p90": c.percentile(values, 90),
            "p99": c.percentile(values, 99), "max": max(values)}


def ms(value: Optional[float]) -> str:
    return "-" if value is None else f"{value * 1000:,.0f}"


# --- sending ---------------------------------------------------------------------------------------

def describe(exc: BaseException) -> str:
    """A short, stable label for a failed request ('timeout: ...' or 'connection: ...')."""
    label = "timeout" if isinstance(exc, requests.Timeout) else "connection"
    return f"{label}: {type(exc).__name__}: {exc}"[:300]


def plain_request(base_url: str, texts: Sequence[c.Text], i: int, recorder: Recorder,
                  timeout: float = REQUEST_TIMEOUT) -> dict:
    """Request number i of the mix, with plain `requests` on a new connection and no retries."""
    started = recorder.begin()
    if i % BATCH_EVERY == BATCH_EVERY - 1:
        batch = [texts[(i + k) % len(texts)] for k in range(BATCH_SIZE)]
        try:
            response = c.post_json(f"{base_url}/v1/extract/batch",
                                   {"articles": [{"text": t.text, "id": t.id} for t in batch]}, timeout)
        except requests.RequestException as exc:
            return recorder.end("batch", started, error=describe(exc), articles=len(batch))
        item_5xx = 0
        if response.status_code == 200:
            item_5xx = sum(1 for item in response.json().get("results", []) if item.get("status", 200) >= 500)
        return recorder.end("batch", started, status=response.status_code, articles=len(batch), item_5xx=item_5xx)
    text = texts[i % len(texts)]
    try:
        response = c.post_json(f"{base_url}/v1/extract", {"text": text.text, "id": text.id}, timeout)
    except requests.RequestException as exc:
        return recorder.end("single", started, error=describe(exc))
    return recorder.end("single", started, status=response.status_code)


class Load:
    """N client threads, each sending `send(i)` back to back until stop(); i counts up across them."""

    def __init__(self, clients: int, send: Callable[[int], object], name: str = "client") -> None:
        self.counter = itertools.count()
        self.stopping = threading.Event()
        self.send = send
        self.threads = [threading.Thread(target=self._run, name=f"{name}-{k}", daemon=True)
                        for k in range(clients)]

    def _run(self) -> None:
        while not self.stopping.is_set():
            self.send(next(self.counter))

    def start(self) -> "Load":
        for thread in self.threads:
            thread.start()
        return self

    def stop(self, wait: float = REQUEST_TIMEOUT + 10) -> None:
        self.stopping.set()
        deadline = time.monotonic() + wait
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))


def warm_up(base_url: str, texts: Sequence[c.Text], workers: int, clients: int) -> None:
    """Untimed requests first, so every worker has its model loaded and has served a few."""
    print("Warm-up (untimed) ...", flush=True)
    recorder = Recorder()
    load = Load(clients, lambda i: plain_request(base_url, texts, i * 7 + 1, recorder))
    load.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and classify(recorder.snapshot())["2xx"] < 6 * workers:
        time.sleep(0.1)
    load.stop()


# --- checks and the JSON summary -------------------------------------------------------------------

class Checks:
    """Named pass/fail checks; printed at the end, and the exit code."""

    def __init__(self) -> None:
        self.items: list[dict] = []

    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.items.append({"name": name, "ok": bool(ok), "detail": detail})

    @property
    def ok(self) -> bool:
        return all(item["ok"] for item in self.items)

    def report(self) -> int:
        print("Checks:")
        for item in self.items:
            print(f"  {'PASS' if item['ok'] else 'FAIL'}  {item['name']:<52} {item['detail']}")
        failed = [item["name"] for item in self.items if not item["ok"]]
        print()
        print("RESULT: all checks passed" if not failed else f"RESULT: CHECK FAILED: {'; '.join(failed)}")
        return 0 if not failed else 1


def write_json(path: Optional[str], summary: dict) -> None:
    if path:
        Path(path).write_text(json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"JSON summary written to {path}")


def master_alive(server: c.Server) -> bool:
    return server.process.poll() is None


# --- the server's log (drill_worker_kill.py, drill_slow_clients.py) ---------------------------------

ACCESS_FORMAT = "%(p)s %(s)s %(m)s %(U)s"  # gunicorn's own access lines, if enabled: "<pid> 200 POST /path"
LOG_ENV = {"NEWS_LOG_LEVEL": "info"}        # request lines are logged at info


def log_args(path: Path) -> list[str]:
    """gunicorn arguments that put everything the server logs into one file: its error log and,
    with --capture-output, all the workers write to stdout/stderr (the service's JSON log lines,
    one per request, with the worker pid), plus gunicorn's own access lines if the configuration
    enables them, in ACCESS_FORMAT. Whichever of the two formats the configuration produces,
    `request_line` reads it."""
    return ["--error-logfile", str(path), "--capture-output", "--access-logformat", ACCESS_FORMAT]


def request_line(line: str) -> Optional[tuple[int, int, str, str]]:
    """(worker pid, status, method, path) of one request line of the server log, None for other lines.
    Reads the service's JSON access line ({"pid", "status", "method", "path", ...}) and gunicorn's
    access line in ACCESS_FORMAT ("<pid> status method path")."""
    line = line.strip()
    if line.startswith("{"):
        try:
            entry = json.loads(line)
            return int(entry["pid"]), int(entry["status"]), str(entry.get("method", "")), str(entry["path"])
        except (ValueError, KeyError, TypeError):
            return None
    parts = line.split()
    if len(parts) >= 4 and parts[0].startswith("<") and parts[0].endswith(">") and parts[1].isdigit():
        try:
            return int(parts[0][1:-1]), int(parts[1]), parts[2], parts[3]
        except ValueError:
            return None
    return None


# --- the soak --------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of load (default 600)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--json", metavar="PATH", help="write a machine-readable summary here")
    args = parser.parse_args()

    texts = c.load_articles()
    print("NOTE: gunicorn runs with --max-requests 0 (no worker recycling) for this drill, so the same "
          "workers are measured throughout and a replaced worker is a fault.")
    recorder = Recorder()
    samples: list[dict] = []
    changes: list[str] = []
    with c.gunicorn(args.workers, extra_args=["--max-requests", "0"]) as server:
        master = server.process.pid
        warm_up(server.url, texts, args.workers, args.clients)
        workers = c.worker_pids(master)
        load = Load(args.clients, lambda i: plain_request(server.url, texts, i, recorder))
        print(f"Soak: {args.duration:.0f} s, {args.clients} clients, workers {workers} ...", flush=True)
        start = time.monotonic()
        samples.append({"elapsed_s": 0.0, "requests": 0,
                        "rss_mb": {str(p): round(c.rss_kb(p) / 1024, 1) for p in workers}})
        load.start()
        marks = [args.duration * k / SAMPLES for k in range(1, SAMPLES + 1)]
        seen = list(workers)
        for mark in marks:
            while (now := time.monotonic() - start) < mark:
                current = c.worker_pids(master)
                if current != seen:
                    changes.append(f"at {now:.1f} s workers changed from {seen} to {current}")
                    print(f"  WARNING: {changes[-1]}", flush=True)
                    seen = current
                if not master_alive(server):
                    changes.append(f"at {now:.1f} s the gunicorn master exited")
                    break
                time.sleep(min(1.0, max(0.05, mark - now)))
            counts = classify(recorder.snapshot())
            rss = {str(p): round(c.rss_kb(p) / 1024, 1) for p in c.worker_pids(master)}
            samples.append({"elapsed_s": round(time.monotonic() - start, 1), "requests": counts["requests"],
                            "rss_mb": rss})
            print(f"  {samples[-1]['elapsed_s']:7.1f} s  {counts['requests']:>7} requests  "
                  f"5xx {counts['5xx']}  errors {counts['connection_errors'] + counts['timeouts']}  RSS MB "
                  + " / ".join(f"{v:.1f}" for v in rss.values()), flush=True)
            if not master_alive(server):
                break
        load.stop()
        elapsed = time.monotonic() - start
        end_workers = c.worker_pids(master)
        alive = master_alive(server)

    events = recorder.snapshot()
    counts = classify(events)
    single, batch, overall = latency(events, "single"), latency(events, "batch"), latency(events)

    c.print_table(["outcome", "count"], [
        ["requests sent", counts["requests"]],
        ["  of which batch (4 articles)", sum(1 for e in events if e["kind"] == "batch")],
        ["answered 2xx", counts["2xx"]], ["answered 4xx", counts["4xx"]], ["answered 5xx", counts["5xx"]],
        ["5xx items inside 200 batches", counts["5xx_batch_items"]],
        ["connection errors", counts["connection_errors"]], ["timeouts", counts["timeouts"]]])
    c.print_table(["latency of 2xx (ms)", "count", "p50", "p90", "p99", "max"],
                  [[name, s["count"], ms(s["p50"]), ms(s["p90"]), ms(s["p99"]), ms(s["max"])]
                   for name, s in [("POST /v1/extract", single), ("POST /v1/extract/batch", batch),
                                   ("all", overall)]])
    print(f"Throughput: {counts['requests'] / elapsed:.1f} requests/s, "
          f"{counts['articles_ok'] / elapsed:.1f} articles/s over {elapsed:.0f} s "
          f"({args.workers} workers, {args.clients} clients).")
    pids = sorted({p for s in samples for p in s["rss_mb"]}, key=int)
    c.print_table(["elapsed s", "requests"] + [f"worker {p} RSS MB" for p in pids],
                  [[f"{s['elapsed_s']:.0f}", s["requests"]] + [s["rss_mb"].get(p, "-") for p in pids]
                   for s in samples])
    growth = {}  # from the first sample under load (10 %): right after the warm-up RSS is still low
    for p in pids:
        values = [s["rss_mb"][p] for s in samples[1:] if p in s["rss_mb"]]
        if len(values) > 1 and values[0]:
            growth[p] = round((values[-1] - values[0]) / values[0] * 100, 2)
    if growth:
        print("RSS change from the first sample under load to the end (for information; RSS swings with "
              "the article being parsed, see memory.py for growth): "
              + ", ".join(f"worker {p} {g:+.2f} %" for p, g in growth.items()))
        print()

    checks = Checks()
    checks.add("zero 5xx responses (and 5xx batch items)", counts["5xx"] + counts["5xx_batch_items"] == 0,
               f"{counts['5xx']} 5xx, {counts['5xx_batch_items']} 5xx items")
    checks.add("zero connection errors and timeouts", counts["connection_errors"] + counts["timeouts"] == 0,
               f"{counts['connection_errors']} connection errors, {counts['timeouts']} timeouts")
    checks.add("no worker replaced, master alive", alive and not changes and end_workers == workers,
               f"start {workers}, end {end_workers}" + (f"; {'; '.join(changes)}" if changes else ""))
    checks.add("requests were served", counts["2xx"] > 0, f"{counts['2xx']} 2xx")
    code = checks.report()
    errors = sorted({e["error"] for e in events if e["error"]})[:20]
    write_json(args.json, {
        "drill": "soak", "duration_s": args.duration, "elapsed_s": round(elapsed, 1), "workers": args.workers,
        "clients": args.clients, "max_requests": 0, "counts": counts,
        "batch_requests": sum(1 for e in events if e["kind"] == "batch"),
        "latency_s": {"single": single, "batch": batch, "all": overall},
        "throughput": {"requests_per_s": round(counts["requests"] / elapsed, 2),
                       "articles_per_s": round(counts["articles_ok"] / elapsed, 2)},
        "rss_samples": samples, "rss_growth_pct": growth, "workers_start": workers, "workers_end": end_workers,
        "worker_changes": changes, "master_alive": alive, "error_examples": errors,
        "checks": checks.items, "ok": checks.ok})
    return code


if __name__ == "__main__":
    raise SystemExit(main())
