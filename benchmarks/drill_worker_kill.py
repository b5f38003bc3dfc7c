"""Worker-kill drill: kill -9 a gunicorn worker again and again under load; a retrying client loses nothing.

Starts real gunicorn (gunicorn.conf.py) with W workers (--max-requests 0, so every replaced worker
is one the drill killed) and its log captured in a file of the drill's (request lines name the pid).
The same request mix as drill_soak.py (POST /v1/extract, one in 10 a batch of 4) comes from two
populations of client threads:

  plain   plain `requests`, a new connection per request, NO retries: every failure is counted,
          with its start and end time;
  Client  service.client.Client (retries with backoff on connection errors and 503), one per thread,
          with its own keep-alive session as a caller would use it.

Every --kill-every seconds the drill sends SIGKILL to one worker: the longest-lived one, so with
2 workers the kills alternate between them. It waits for the previous kill to be recovered before
the next one (at most --recover-bound seconds), so two replacements never load at once.

Recovery of a kill: the time from the kill until the master has W workers again AND the
replacement worker has served its first 2xx POST /v1/extract[/batch] (seen in the server log,
which is tailed every 0.1 s: the service's JSON request lines, or gunicorn's access lines, name
the worker pid). Serving a request shows the replacement's model is loaded, which
RSS alone does not show reliably.

Checks (exit code 0 when all hold, 1 otherwise):
  * the Client population saw zero failures (every kill absorbed by its retries);
  * every plain failure started before a kill (give or take 0.25 s for the signal to land) and
    ended within --window seconds after it, and no kill caused more plain failures than plain
    requests were in flight when it was sent (<= the number of plain clients);
  * zero 5xx in both populations;
  * every kill recovered within --recover-bound seconds; at least one kill was made.

    .venv/bin/python benchmarks/drill_worker_kill.py [--duration 300] [--kill-every 30] [--workers 2]
        [--clients 4] [--window 5] [--recover-bound 90] [--json PATH]
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

import requests

import _common as c
from drill_soak import (BATCH_EVERY, BATCH_SIZE, LOG_ENV, Checks, Load, Recorder, classify, latency, log_args,
                        master_alive, ms, plain_request, request_line, warm_up, write_json)

POLL = 0.1  # seconds between looks at /proc and the server log
SIGNAL_GRACE = 0.25  # a failed plain request must have started before the kill, give or take this


def start_ticks(pid: int) -> int:
    """When a process started, in clock ticks since boot (field 22 of /proc/PID/stat)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    return 0


class Monitor(threading.Thread):
    """Watches the workers (/proc) and the server log: when each pid first appeared, when it first
    served a 2xx extraction, and how many requests each pid served."""

    def __init__(self, master: int, server_log: Path) -> None:
        super().__init__(name="monitor", daemon=True)
        self.master, self.server_log = master, server_log
        self.lock = threading.Lock()
        self.first_seen: dict[int, float] = {}
        self.first_served: dict[int, float] = {}
        self.served: dict[int, int] = {}
        self.current: list[int] = []
        self.stopping = threading.Event()
        self._offset = 0
        self._partial = b""

    def run(self) -> None:
        while not self.stopping.is_set():
            self.poll()
            time.sleep(POLL)

    def poll(self) -> None:
        now = time.monotonic()
        pids = c.worker_pids(self.master)
        lines = []
        with contextlib.suppress(OSError), self.server_log.open("rb") as log:
            log.seek(self._offset)
            data = self._partial + log.read()
            self._offset = log.tell()
            *lines, self._partial = data.split(b"\n")
        with self.lock:
            self.current = pids
            for pid in pids:
                self.first_seen.setdefault(pid, now)
            for line in lines:
                request = request_line(line.decode(errors="replace"))
                if request is None:
                    continue  # not a request line, or one cut short by a kill
                pid, status, _, path = request
                self.served[pid] = self.served.get(pid, 0) + 1
                if 200 <= status < 300 and path.startswith("/v1/extract"):
                    self.first_served.setdefault(pid, now)

    def replacement(self, kill_time: float, taken: set) -> Optional[int]:
        """The first worker pid that appeared after kill_time and is not already another kill's."""
        with self.lock:
            new = sorted((t, p) for p, t in self.first_seen.items() if t >= kill_time and p not in taken)
        return new[0][1] if new else None

    def recovery(self, kill: dict, workers: int, taken: set) -> Optional[dict]:
        """{pid, respawn_s, served_s, recovered_s} once the kill is recovered, else None."""
        pid = self.replacement(kill["time"], taken)
        with self.lock:
            if pid is None or pid not in self.first_served or len(self.current) < workers:
                return None
            served = self.first_served[pid]
            return {"replacement": pid, "respawn_s": round(self.first_seen[pid] - kill["time"], 2),
                    "served_s": round(served - kill["time"], 2),
                    "recovered_s": round(max(served, self.first_seen[pid]) - kill["time"], 2)}


def client_request(local: threading.local, base_url: str, texts, i: int, recorder: Recorder,
                   absorbed: list) -> dict:
    """Request number i of the mix through service.client.Client (one Client per thread)."""
    from service.client import Client, ClientError, ProblemError

    if not hasattr(local, "client"):
        local.client = Client(base_url, timeout=120, retries=3, backoff=0.5, session=CountingSession(absorbed))
    started = recorder.begin()
    batch = i % BATCH_EVERY == BATCH_EVERY - 1
    kind, n = ("batch", BATCH_SIZE) if batch else ("single", 1)
    try:
        if batch:
            items = [texts[(i + k) % len(texts)] for k in range(BATCH_SIZE)]
            results = local.client.extract_batch([{"text": t.text, "id": t.id} for t in items])
            item_5xx = sum(1 for item in results if (item.get("status") or 200) >= 500)
            return recorder.end(kind, started, status=200, articles=n, item_5xx=item_5xx)
        text = texts[i % len(texts)]
        local.client.extract(text.text, id=text.id)
        return recorder.end(kind, started, status=200)
    except ProblemError as exc:
        return recorder.end(kind, started, status=exc.status or 599, error=f"problem: {exc}"[:300], articles=n)
    except ClientError as exc:
        return recorder.end(kind, started, error=f"connection: {type(exc).__name__}: {exc}"[:300], articles=n)
    except Exception as exc:  # anything else the client lets through is a failure too
        return recorder.end(kind, started, error=f"connection: {type(exc).__name__}: {exc}"[:300], articles=n)


class CountingSession(requests.Session):
    """A requests session that notes each connection failure (which the Client then retries)."""

    def __init__(self, absorbed: list) -> None:
        super().__init__()
        self.absorbed = absorbed

    def request(self, *args, **kwargs):
        try:
            return super().request(*args, **kwargs)
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            self.absorbed.append((time.monotonic(), f"{type(exc).__name__}"))
            raise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=300, help="seconds of load (default 300)")
    parser.add_argument("--kill-every", type=float, default=30, help="seconds between kills (default 30)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--clients", type=int, default=4,
                        help="client threads, half plain and half Client (default 4)")
    parser.add_argument("--window", type=float, default=5.0,
                        help="a plain failure must end within this many seconds after a kill (default 5)")
    parser.add_argument("--recover-bound", type=float, default=90.0,
                        help="every kill must be recovered within this many seconds (default 90)")
    parser.add_argument("--json", metavar="PATH", help="write a machine-readable summary here")
    args = parser.parse_args()
    n_plain = max(1, args.clients // 2)
    n_client = max(1, args.clients - n_plain)

    try:
        importlib.import_module("service.client")  # fail early and clearly if it is missing
    except ImportError as exc:
        print(f"RESULT: CHECK FAILED: service.client cannot be imported ({exc})")
        return 1

    texts = c.load_articles()
    plain, retrying = Recorder(), Recorder()
    absorbed: list = []
    kills: list[dict] = []
    log_dir = tempfile.TemporaryDirectory(prefix="drill-kill-")
    server_log = Path(log_dir.name) / "server.log"
    print("NOTE: gunicorn runs with --max-requests 0 (no recycling): every replaced worker is one the drill killed.")
    with c.gunicorn(args.workers, extra_args=["--max-requests", "0", *log_args(server_log)], env=LOG_ENV) as server:
        master = server.process.pid
        warm_up(server.url, texts, args.workers, args.clients)
        monitor = Monitor(master, server_log)
        monitor.poll()
        monitor.start()
        if not monitor.served:
            print("WARNING: the server log names no worker per request (has its format changed? see "
                  "drill_soak.request_line), so no kill can be seen as recovered.", flush=True)
        local = threading.local()
        loads = [Load(n_plain, lambda i: plain_request(server.url, texts, i, plain), "plain"),
                 Load(n_client, lambda i: client_request(local, server.url, texts, i + 5, retrying, absorbed),
                      "Client")]
        print(f"Load: {args.duration:.0f} s, {n_plain} plain + {n_client} Client threads; kill -9 a worker "
              f"every {args.kill_every:.0f} s ...", flush=True)
        start = time.monotonic()
        for load in loads:
            load.start()
        taken: set = set()
        next_kill = start + args.kill_every
        while master_alive(server):
            now = time.monotonic()
            pending = [k for k in kills if k["recovery"] is None]
            for kill in pending:
                kill["recovery"] = monitor.recovery(kill, args.workers, taken)
                if kill["recovery"]:
                    taken.add(kill["recovery"]["replacement"])
                    print(f"  {now - start:7.1f} s  kill {kill['n']} recovered in "
                          f"{kill['recovery']['recovered_s']:.1f} s (respawn {kill['recovery']['respawn_s']:.1f} s, "
                          f"replacement {kill['recovery']['replacement']})", flush=True)
                elif now - kill["time"] > args.recover_bound:
                    kill["recovery"] = {"timed_out": True}
                    print(f"  {now - start:7.1f} s  kill {kill['n']} NOT recovered within "
                          f"{args.recover_bound:.0f} s", flush=True)
            pending = [k for k in kills if k["recovery"] is None]
            if now - start >= args.duration and not pending:
                break
            if now >= next_kill and not pending and now - start < args.duration:
                with monitor.lock:
                    workers = list(monitor.current)
                if len(workers) >= args.workers:
                    victim = min(workers, key=lambda p: (start_ticks(p), p))
                    in_flight = plain.in_flight
                    kill_time = time.monotonic()
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(victim, signal.SIGKILL)
                    kills.append({"n": len(kills) + 1, "time": kill_time, "at_s": round(kill_time - start, 2),
                                  "pid": victim, "plain_in_flight": in_flight,
                                  "client_in_flight": retrying.in_flight, "recovery": None})
                    print(f"  {kill_time - start:7.1f} s  kill {len(kills)}: SIGKILL worker {victim} "
                          f"({in_flight} plain requests in flight)", flush=True)
                    next_kill = max(next_kill + args.kill_every, kill_time + 1)
            time.sleep(POLL)
        for load in loads:
            load.stop()
        elapsed = time.monotonic() - start
        monitor.stopping.set()
        monitor.join(2)
        end_workers = c.worker_pids(master)
        alive = master_alive(server)
        served = dict(monitor.served)
    log_dir.cleanup()

    plain_events, client_events = plain.snapshot(), retrying.snapshot()
    plain_counts, client_counts = classify(plain_events), classify(client_events)
    plain_failures = [e for e in plain_events if e["status"] is None]
    client_failures = [e for e in client_events if e["error"] or (e["status"] or 0) >= 400]

    # Attribute every plain failure to the latest kill sent before it ended.
    for kill in kills:
        kill["plain_failures"] = 0
    outside = []
    for failure in plain_failures:
        before = [k for k in kills if k["time"] <= failure["end"]]
        kill = before[-1] if before else None
        failure["after_kill_s"] = None if kill is None else round(failure["end"] - kill["time"], 2)
        failure["kill"] = None if kill is None else kill["n"]
        if (kill is None or failure["end"] - kill["time"] > args.window
                or failure["start"] > kill["time"] + SIGNAL_GRACE):
            outside.append(failure)
        else:
            kill["plain_failures"] += 1
    too_many = [k for k in kills if k["plain_failures"] > min(k["plain_in_flight"], n_plain)]
    recovered = [k for k in kills if k["recovery"] and not k["recovery"].get("timed_out")]
    recovery_times = [k["recovery"]["recovered_s"] for k in recovered]

    c.print_table(["kill", "at s", "worker", "plain in flight", "plain failures", "respawn s",
                   "first served s", "recovered s"],
                  [[k["n"], f"{k['at_s']:.1f}", k["pid"], k["plain_in_flight"], k["plain_failures"],
                    (k["recovery"] or {}).get("respawn_s", "-"), (k["recovery"] or {}).get("served_s", "-"),
                    (k["recovery"] or {}).get("recovered_s", "NOT RECOVERED")] for k in kills])
    rows = []
    for name, events, counts, failures in [("plain (no retries)", plain_events, plain_counts, plain_failures),
                                           ("Client (retries)", client_events, client_counts, client_failures)]:
        lat = latency(events)
        rows.append([name, counts["requests"], counts["2xx"], counts["4xx"], counts["5xx"] + counts["5xx_batch_items"],
                     len(failures), ms(lat["p50"]), ms(lat["p99"]), ms(lat["max"])])
    c.print_table(["population", "requests", "2xx", "4xx", "5xx", "failures", "p50 ms", "p99 ms", "max ms"], rows)
    print(f"Connection failures absorbed by the Client's retries: {len(absorbed)}.")
    print(f"Requests served per worker pid (server log): {served}")
    if plain_failures:
        print("Plain failures (time after the kill, error):")
        for failure in plain_failures:
            print(f"  kill {failure['kill']}  +{failure['after_kill_s']} s  {failure['error'][:110]}")
    if client_failures:
        print("Client failures:")
        for failure in client_failures[:20]:
            print(f"  {failure['end'] - start:7.1f} s  status {failure['status']}  {failure['error'][:110]}")
    if recovery_times:
        print(f"Recovery after a kill: max {max(recovery_times):.1f} s, "
              f"mean {sum(recovery_times) / len(recovery_times):.1f} s over {len(recovery_times)} kills.")
    print()

    checks = Checks()
    checks.add("at least one kill was made", bool(kills), f"{len(kills)} kills")
    checks.add("Client (retrying) failures == 0", not client_failures,
               f"{len(client_failures)} of {client_counts['requests']} requests")
    checks.add(f"plain failures only within {args.window:g} s after a kill", not outside,
               f"{len(plain_failures)} failures, {len(outside)} outside a kill window")
    checks.add("plain failures per kill <= plain requests in flight", not too_many,
               ", ".join(f"kill {k['n']}: {k['plain_failures']} > {k['plain_in_flight']}" for k in too_many)
               or f"max {max((k['plain_failures'] for k in kills), default=0)} per kill, {n_plain} plain clients")
    checks.add("zero 5xx (both populations, batch items too)",
               plain_counts["5xx"] + plain_counts["5xx_batch_items"] + client_counts["5xx"]
               + client_counts["5xx_batch_items"] == 0,
               f"plain {plain_counts['5xx'] + plain_counts['5xx_batch_items']}, "
               f"Client {client_counts['5xx'] + client_counts['5xx_batch_items']}")
    checks.add(f"every kill recovered within {args.recover_bound:g} s", len(recovered) == len(kills),
               f"{len(recovered)} of {len(kills)}" + (f", max {max(recovery_times):.1f} s" if recovery_times else ""))
    checks.add("master alive with all workers at the end", alive and len(end_workers) == args.workers,
               f"workers at the end {end_workers}")
    code = checks.report()

    def event_json(e):
        return {"kind": e["kind"], "start_s": round(e["start"] - start, 2), "end_s": round(e["end"] - start, 2),
                "status": e["status"], "error": e["error"], "kill": e.get("kill"), "after_kill_s": e.get("after_kill_s")}

    write_json(args.json, {
        "drill": "worker_kill", "duration_s": args.duration, "elapsed_s": round(elapsed, 1),
        "kill_every_s": args.kill_every, "workers": args.workers, "plain_clients": n_plain,
        "client_clients": n_client, "window_s": args.window, "recover_bound_s": args.recover_bound,
        "kills": [{k: v for k, v in kill.items() if k != "time"} for kill in kills],
        "plain": {"counts": plain_counts, "failures": len(plain_failures), "outside_kill_window": len(outside),
                  "latency_s": latency(plain_events), "failure_events": [event_json(e) for e in plain_failures]},
        "client": {"counts": client_counts, "failures": len(client_failures),
                   "connection_failures_absorbed_by_retries": len(absorbed), "latency_s": latency(client_events),
                   "failure_events": [event_json(e) for e in client_failures[:50]]},
        "recovery_s": {"max": max(recovery_times, default=None), "all": recovery_times},
        "served_per_worker": {str(k): v for k, v in served.items()},
        "workers_end": end_workers, "master_alive": alive, "checks": checks.items, "ok": checks.ok})
    return code


if __name__ == "__main__":
    raise SystemExit(main())
