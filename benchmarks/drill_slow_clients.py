"""Slow-clients drill: does a normal client still get served while hostile clients hold connections?

Starts real gunicorn (gunicorn.conf.py: gthread workers, 4 threads each) with W workers
(--max-requests 0, so a replaced worker is a fault) and its log captured in a file of the drill's
(request lines with status, and WORKER TIMEOUT / SIGKILL lines if any). Then:

  1. baseline: one 100,000-character article is extracted alone (T_big, for the latency bound),
     then a normal client sends POST /v1/extract back to back, one at a time on a new connection,
     cycling through the article set, for --baseline seconds, unattacked;
  2. attack, --duration seconds: the same normal client continues while
       (a) slowloris: --slowloris connections (default 50) send request headers one byte a second
           and never finish them (a connection the server closes is reopened);
       (b) slow body: --slow-bodies POSTs (default 2) announce Content-Length 100000 and send
           5 bytes a second;
       (c) abrupt disconnects: every --abort-every seconds (default 10) one connection sends a
           complete 100,000-character article and closes before reading the answer, and (offset
           by half the period) one closes halfway through sending the same body;
       (d) slow readers: --slow-readers connections (default 2), with a 4 kB receive buffer, POST
           a batch of 16 articles (~75 kB answer) and read the answer 512 bytes a second;
  3. after the attack stops, a few normal requests check that the service serves again.

Checks (exit code 0 when all hold, 1 otherwise):
  * the normal client had zero errors (connection errors, timeouts after --request-timeout, non-2xx)
    during the attack;
  * its p99 latency during the attack <= 10 x its baseline p99 + 2 x T_big (a normal request may
    have to wait behind one abandoned 100k-character extraction, on 2 contended cores), or
    --p99-bound seconds if given;
  * the same worker pids from start to end, master alive, no WORKER TIMEOUT / SIGKILL in the server
    log, no 5xx in the server log;
  * after the attack, the service answers normal requests again.

    .venv/bin/python benchmarks/drill_slow_clients.py [--duration 60] [--workers 2] [--baseline 15]
        [--json PATH]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import requests

import _common as c
from drill_soak import (LOG_ENV, Checks, Recorder, classify, describe, latency, log_args, master_alive, ms,
                        request_line, warm_up, write_json)

BIG_CHARS = 100_000
SLOW_BODY_LENGTH = 100_000
READER_BATCH = 16
FATAL_LOG_LINES = ("WORKER TIMEOUT", "SIGKILL", "exited with code", "was sent", "killed by signal")


def big_article(texts) -> str:
    """About BIG_CHARS characters of real news: the set's paragraphs, joined, cut at the limit."""
    out, size = [], 0
    for paragraph in c.paragraphs(texts):
        out.append(paragraph)
        size += len(paragraph) + 2
        if size >= BIG_CHARS:
            break
    return "\n\n".join(out)[:BIG_CHARS]


def http_request(host: str, path: str, body: bytes, extra: str = "") -> tuple[bytes, bytes]:
    """(head, body) of a raw HTTP/1.1 POST of a JSON body, closing the connection afterwards."""
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n").encode()
    return head, body


class Attacker(threading.Thread):
    """Base: runs until stop is set; counts what it did in self.stats."""

    def __init__(self, name: str, address: tuple[str, int], stop: threading.Event) -> None:
        super().__init__(name=name, daemon=True)
        self.address, self.stop = address, stop
        self.host = f"{address[0]}:{address[1]}"
        self.stats = {"connections": 0, "closed_by_server": 0, "connect_errors": 0, "bytes_sent": 0}
        self.errors: list[str] = []

    def connect(self, rcvbuf: Optional[int] = None) -> Optional[socket.socket]:
        sock = socket.socket()
        if rcvbuf:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        sock.settimeout(10)
        try:
            sock.connect(self.address)
        except OSError as exc:
            self.stats["connect_errors"] += 1
            self.errors.append(f"connect: {exc}")
            sock.close()
            return None
        self.stats["connections"] += 1
        return sock


class Dribbler(Attacker):
    """Many connections, each sending `payload` a few bytes per second and never completing it:
    slowloris (payload = request headers) or slow body (payload = headers + a long body)."""

    def __init__(self, name, address, stop, count: int, payload: bytes, head_now: int, per_second: int):
        super().__init__(name, address, stop)
        self.count, self.payload, self.head_now, self.per_second = count, payload, head_now, per_second

    def run(self) -> None:
        conns: list[list] = []  # [socket, bytes sent]
        while not self.stop.is_set():
            while len(conns) < self.count and not self.stop.is_set():
                sock = self.connect()
                if sock is None:
                    break
                conns.append([sock, 0])
                if self.head_now:
                    self._send(conns[-1], self.head_now)
            for conn in list(conns):
                if conn[1] >= len(self.payload) - 1:  # never send the last byte: never complete
                    continue
                if not self._send(conn, self.per_second):
                    conns.remove(conn)
            self.stop.wait(1.0)
        for sock, _ in conns:
            sock.close()

    def _send(self, conn: list, n: int) -> bool:
        sock, sent = conn
        chunk = self.payload[sent:min(sent + n, len(self.payload) - 1)]
        try:
            sock.sendall(chunk)
        except OSError:
            self.stats["closed_by_server"] += 1
            sock.close()
            return False
        conn[1] += len(chunk)
        self.stats["bytes_sent"] += len(chunk)
        return True


class Aborter(Attacker):
    """Every `every` seconds: a complete big request closed before reading the answer; half a period
    later, the same request cut off halfway through its body."""

    def __init__(self, name, address, stop, every: float, body: bytes):
        super().__init__(name, address, stop)
        self.every = every
        self.head, self.body = http_request(self.host, "/v1/extract", body)
        self.stats.update(full_aborts=0, half_aborts=0)

    def run(self) -> None:
        full = True
        while not self.stop.wait(self.every / 2):
            sock = self.connect()
            if sock is None:
                continue
            try:
                if full:
                    sock.sendall(self.head + self.body)
                    self.stats["bytes_sent"] += len(self.head) + len(self.body)
                    self.stats["full_aborts"] += 1
                else:
                    sock.sendall(self.head + self.body[:len(self.body) // 2])
                    self.stats["bytes_sent"] += len(self.head) + len(self.body) // 2
                    self.stats["half_aborts"] += 1
            except OSError as exc:
                self.stats["closed_by_server"] += 1
                self.errors.append(f"send: {exc}")
            finally:
                sock.close()
            full = not full


class SlowReader(Attacker):
    """POST a batch with a tiny receive buffer, then read the answer 512 bytes a second; repeat."""

    def __init__(self, name, address, stop, body: bytes):
        super().__init__(name, address, stop)
        self.head, self.body = http_request(self.host, "/v1/extract/batch", body)
        self.stats.update(bytes_read=0, answers_completed=0)

    def run(self) -> None:
        while not self.stop.is_set():
            sock = self.connect(rcvbuf=4096)
            if sock is None:
                self.stop.wait(1.0)
                continue
            try:
                sock.sendall(self.head + self.body)
                self.stats["bytes_sent"] += len(self.head) + len(self.body)
                sock.settimeout(1.0)
                while not self.stop.is_set():
                    try:
                        data = sock.recv(512)
                    except socket.timeout:
                        continue  # the answer is not ready yet (the batch is being extracted)
                    if not data:
                        self.stats["answers_completed"] += 1
                        break
                    self.stats["bytes_read"] += len(data)
                    self.stop.wait(1.0)
            except OSError as exc:
                self.stats["closed_by_server"] += 1
                self.errors.append(f"{exc}")
            finally:
                sock.close()


class NormalClient(threading.Thread):
    """One client sending POST /v1/extract back to back on new connections, until stop is set."""

    def __init__(self, base_url: str, texts, recorder: Recorder, timeout: float, offset: int = 0):
        super().__init__(name="normal", daemon=True)
        self.base_url, self.texts, self.recorder, self.timeout = base_url, texts, recorder, timeout
        self.i = offset
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.send_one()

    def send_one(self) -> dict:
        text = self.texts[self.i % len(self.texts)]
        self.i += 1
        started = self.recorder.begin()
        try:
            response = c.post_json(f"{self.base_url}/v1/extract", {"text": text.text, "id": text.id}, self.timeout)
        except requests.RequestException as exc:
            return self.recorder.end("single", started, error=describe(exc))
        return self.recorder.end("single", started, status=response.status_code)


def p99_counting_failures(events) -> Optional[float]:
    """p99 latency with every failed request counted as infinitely slow (None: no requests;
    inf: more than ~1 % failed). Percentiles of the 2xx alone would hide the failures."""
    values = sorted(e["end"] - e["start"] if e["status"] is not None and 200 <= e["status"] < 300
                    else float("inf") for e in events)
    if not values:
        return None
    rank = (len(values) - 1) * 0.99
    low, high = int(rank), min(int(rank) + 1, len(values) - 1)
    if values[low] == float("inf") or (values[high] == float("inf") and rank > low):
        return float("inf")
    return values[low] + (values[high] - values[low]) * (rank - low)


def log_size(path: Path) -> int:
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0


def read_log(path: Path, offset: int = 0) -> tuple[dict[str, int], list[str], int]:
    """From byte `offset` of the server log on (after start-up, whose /readyz polling sees 503 while
    the model loads): requests by "status method path", the lines that tell of a worker killed or
    dead, and how many lines were logged at level ERROR or CRITICAL."""
    counts: dict[str, int] = {}
    fatal, errors = [], 0
    with contextlib.suppress(OSError), path.open("rb") as log:
        log.seek(offset)
        for line in log.read().decode(errors="replace").splitlines():
            request = request_line(line)
            if request:
                key = f"{request[1]} {request[2]} {request[3]}"
                counts[key] = counts.get(key, 0) + 1
                continue
            if any(key in line for key in FATAL_LOG_LINES):
                fatal.append(line[:300])
            if any(key in line for key in ('"level": "ERROR"', '"level": "CRITICAL"', "[ERROR]", "[CRITICAL]")):
                errors += 1
    return dict(sorted(counts.items())), fatal, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of attack (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--baseline", type=float, default=15, help="seconds of unattacked baseline (default 15)")
    parser.add_argument("--slowloris", type=int, default=50, help="slowloris connections (default 50)")
    parser.add_argument("--slow-bodies", type=int, default=2, help="slow-body POSTs (default 2)")
    parser.add_argument("--slow-readers", type=int, default=2, help="slow-reading clients (default 2)")
    parser.add_argument("--abort-every", type=float, default=10,
                        help="seconds between abrupt disconnects of each kind (default 10; 0: none)")
    parser.add_argument("--request-timeout", type=float, default=20,
                        help="the normal client's timeout per request, in seconds (default 20)")
    parser.add_argument("--p99-bound", type=float, default=None,
                        help="absolute bound for the attacked p99 in seconds (default: relative, see above)")
    parser.add_argument("--json", metavar="PATH", help="write a machine-readable summary here")
    args = parser.parse_args()

    texts = c.load_articles()
    big = big_article(texts)
    big_body = json.dumps({"text": big, "id": "big"}).encode()
    batch_body = json.dumps({"articles": [{"text": t.text, "id": t.id} for t in texts[:READER_BATCH]]}).encode()
    logs = tempfile.TemporaryDirectory(prefix="drill-slow-")
    server_log = Path(logs.name) / "server.log"
    baseline, attacked, after = Recorder(), Recorder(), Recorder()
    attackers: list[Attacker] = []
    print("NOTE: gunicorn runs with --max-requests 0 (no recycling): a replaced worker is a fault.")
    with c.gunicorn(args.workers, extra_args=["--max-requests", "0", *log_args(server_log)], env=LOG_ENV) as server:
        master = server.process.pid
        split = urlsplit(server.url)
        address = (split.hostname, split.port)
        warm_up(server.url, texts, args.workers, args.workers)
        workers = c.worker_pids(master)
        log_offset = log_size(server_log)

        print(f"Baseline: one {len(big):,}-character article alone, then {args.baseline:.0f} s of one normal "
              f"client ...", flush=True)
        t_big = c.timed(lambda: c.post_json(f"{server.url}/v1/extract", {"text": big}).raise_for_status())
        normal = NormalClient(server.url, texts, baseline, args.request_timeout)
        normal.start()
        time.sleep(args.baseline)
        normal.stop.set()
        normal.join(args.request_timeout + 5)

        stop = threading.Event()
        slowloris_payload = (f"POST /v1/extract HTTP/1.1\r\nHost: {address[0]}:{address[1]}\r\n"
                             f"Content-Type: application/json\r\n" + "".join(
                                 f"X-Slow-{k}: {'z' * 40}\r\n" for k in range(60)) + "\r\n").encode()
        slow_body_head = (f"POST /v1/extract HTTP/1.1\r\nHost: {address[0]}:{address[1]}\r\n"
                          f"Content-Type: application/json\r\nContent-Length: {SLOW_BODY_LENGTH}\r\n\r\n").encode()
        slow_body_payload = slow_body_head + b'{"text": "' + b"a" * (SLOW_BODY_LENGTH - 12) + b'"}'
        if args.slowloris:
            attackers.append(Dribbler("slowloris", address, stop, args.slowloris, slowloris_payload, 1, 1))
        if args.slow_bodies:
            attackers.append(Dribbler("slow body", address, stop, args.slow_bodies, slow_body_payload,
                                      len(slow_body_head), 5))
        if args.abort_every > 0:
            attackers.append(Aborter("abrupt disconnects", address, stop, args.abort_every, big_body))
        for k in range(args.slow_readers):
            attackers.append(SlowReader(f"slow reader {k + 1}", address, stop, batch_body))
        print(f"Attack: {args.duration:.0f} s: {args.slowloris} slowloris, {args.slow_bodies} slow bodies, "
              f"abrupt disconnects every {args.abort_every:g} s, {args.slow_readers} slow readers; the normal "
              f"client continues ...", flush=True)
        for attacker in attackers:
            attacker.start()
        time.sleep(1.0)  # let the attackers open their connections
        normal = NormalClient(server.url, texts, attacked, args.request_timeout, offset=normal.i)
        start = time.monotonic()
        normal.start()
        while time.monotonic() - start < args.duration:
            time.sleep(min(5.0, max(0.0, args.duration - (time.monotonic() - start))))
            counts = classify(attacked.snapshot())
            print(f"  {time.monotonic() - start:6.1f} s  normal client: {counts['2xx']} ok, "
                  f"{counts['requests'] - counts['2xx']} errors", flush=True)
        normal.stop.set()
        normal.join(args.request_timeout + 5)  # its last request finishes under attack too
        stop.set()
        for attacker in attackers:
            attacker.join(15)
        attack_seconds = time.monotonic() - start

        print("After the attack: 5 normal requests ...", flush=True)
        time.sleep(1.0)
        probe = NormalClient(server.url, texts, after, args.request_timeout)
        for _ in range(5):
            probe.send_one()
        end_workers = c.worker_pids(master)
        alive = master_alive(server)
        statuses, fatal, error_lines = read_log(server_log, log_offset)
    logs.cleanup()

    base_events, attack_events, after_events = baseline.snapshot(), attacked.snapshot(), after.snapshot()
    base, attack, post = classify(base_events), classify(attack_events), classify(after_events)
    base_lat, attack_lat = latency(base_events), latency(attack_events)
    attack_errors = attack["requests"] - attack["2xx"]
    c.print_table(["normal client", "requests", "ok (2xx)", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms"], [
        ["baseline (unattacked)", base["requests"], base["2xx"], base["requests"] - base["2xx"],
         ms(base_lat["p50"]), ms(base_lat["p90"]), ms(base_lat["p99"]), ms(base_lat["max"])],
        ["during the attack", attack["requests"], attack["2xx"], attack_errors,
         ms(attack_lat["p50"]), ms(attack_lat["p90"]), ms(attack_lat["p99"]), ms(attack_lat["max"])],
        ["after the attack", post["requests"], post["2xx"], post["requests"] - post["2xx"], "", "", "", ""]])
    ratio = {}
    for p in ("p50", "p99"):
        if base_lat[p] and attack_lat[p]:
            ratio[p] = round(attack_lat[p] / base_lat[p], 2)
    print(f"Attacked / baseline latency: p50 x{ratio.get('p50', 'n/a')}, p99 x{ratio.get('p99', 'n/a')} "
          f"(T_big, one {len(big):,}-char article alone: {t_big:.2f} s).")
    error_kinds: dict[str, int] = {}
    for event in attack_events:
        if event["status"] is None or not 200 <= event["status"] < 300:
            key = event["error"].split(":", 2)[1].strip() if event["error"] else f"HTTP {event['status']}"
            error_kinds[key] = error_kinds.get(key, 0) + 1
    if error_kinds:
        print(f"Normal client errors during the attack: {error_kinds}")
    c.print_table(["attacker", "connections", "closed by server", "connect errors", "bytes sent", "other"],
                  [[a.name, a.stats["connections"], a.stats["closed_by_server"], a.stats["connect_errors"],
                    f"{a.stats['bytes_sent']:,}",
                    ", ".join(f"{k} {v:,}" for k, v in a.stats.items()
                              if k not in ("connections", "closed_by_server", "connect_errors", "bytes_sent"))]
                   for a in attackers])
    print("Requests in the server log from the baseline on (all clients, attackers included): "
          + (", ".join(f"{k}: {v}" for k, v in statuses.items()) or "none (has the log format changed?)"))
    print(f"Workers: start {workers}, end {end_workers}; master alive: {alive}; worker killed/dead log lines: "
          f"{len(fatal)}; ERROR/CRITICAL log lines (for information): {error_lines}")
    for line in fatal[:10]:
        print(f"  {line}")
    print()

    if args.p99_bound is not None:
        bound, bound_rule = args.p99_bound, f"{args.p99_bound:g} s (given)"
    else:
        bound = 10 * (base_lat["p99"] or 0) + 2 * t_big
        bound_rule = f"10 x baseline p99 + 2 x T_big = {bound:.2f} s"
    checks = Checks()
    checks.add("normal client: zero errors during the attack", attack["requests"] > 0 and attack_errors == 0,
               f"{attack_errors} errors of {attack['requests']} requests"
               + (f" ({', '.join(f'{k} {v}' for k, v in error_kinds.items())})" if error_kinds else ""))
    p99_all = p99_counting_failures(attack_events)
    p99_shown = "none" if p99_all is None else "inf (over 1 % failed)" if p99_all == float("inf") else f"{ms(p99_all)} ms"
    checks.add("normal client: p99 during the attack bounded",
               p99_all is not None and p99_all <= bound,
               f"p99 (failures count as infinite) {p99_shown} vs bound {bound_rule}")
    checks.add("workers not replaced, master alive", alive and end_workers == workers and not fatal,
               f"start {workers}, end {end_workers}, {len(fatal)} WORKER TIMEOUT/SIGKILL log lines")
    fives = sum(v for k, v in statuses.items() if k.startswith("5"))
    checks.add("no 5xx answered to anyone (server log)", fives == 0 and bool(statuses),
               f"{fives} 5xx" if statuses else "no request lines found in the server log")
    checks.add("serves normally after the attack", post["2xx"] == post["requests"] > 0,
               f"{post['2xx']} of {post['requests']} ok")
    checks.add("baseline served without errors", base["requests"] > 0 and base["2xx"] == base["requests"],
               f"{base['2xx']} of {base['requests']} ok")
    code = checks.report()
    if attack_errors and error_kinds.get("ReadTimeout", 0) and (args.slowloris or args.slow_bodies):
        threads = f"{args.workers} x {os.environ.get('NEWS_THREADS', '4')}"
        print(f"DIAGNOSIS: the normal client's requests timed out while slow connections were open: each "
              f"unfinished request holds one gthread thread ({threads} in all) while gunicorn reads it, with no "
              f"deadline for headers or body, and a worker whose threads are all held still accepts new "
              f"connections, which then wait. The workers stay alive (the heartbeat runs on the main thread).")
    if not checks.ok:
        print("See benchmarks/DRILLS.md (slow clients) for what a failure here means and the suggested mitigation.")
    write_json(args.json, {
        "drill": "slow_clients", "duration_s": args.duration, "attack_elapsed_s": round(attack_seconds, 1),
        "baseline_s": args.baseline, "workers": args.workers, "request_timeout_s": args.request_timeout,
        "t_big_s": round(t_big, 3), "big_chars": len(big),
        "normal": {"baseline": {"counts": base, "latency_s": base_lat},
                   "attack": {"counts": attack, "errors": attack_errors, "error_kinds": error_kinds,
                              "latency_s": attack_lat},
                   "after": {"counts": post}},
        "p99_counting_failures_s": None if p99_all in (None, float("inf")) else round(p99_all, 3),
        "p99_counting_failures_infinite": p99_all == float("inf"),
        "ratio_attack_to_baseline": ratio, "p99_bound_s": round(bound, 3), "p99_bound_rule": bound_rule,
        "attackers": {a.name: {**a.stats, "errors": a.errors[:5]} for a in attackers},
        "server_log_requests": statuses, "server_log_error_lines": error_lines, "workers_start": workers, "workers_end": end_workers,
        "master_alive": alive, "fatal_log_lines": fatal[:20], "checks": checks.items, "ok": checks.ok})
    return code


if __name__ == "__main__":
    raise SystemExit(main())
