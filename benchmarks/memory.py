"""Memory: does a gunicorn worker's RSS stay flat over thousands of requests?

Starts real gunicorn with 1 worker and worker recycling switched off (--max-requests 0, so the
same process is measured throughout), sends POST /v1/extract cycling through the article set
with a few concurrent clients, and reads the worker's VmRSS from /proc at checkpoints. The
baseline is the RSS after the warm-up requests; the figure is the growth from there to the end.

    .venv/bin/python benchmarks/memory.py [--warmup 500] [--requests 5000] [--clients 3] [--quick]
"""
from __future__ import annotations

import argparse
import time
from concurrent.futures import ThreadPoolExecutor

import _common as c

TARGET = 5.0  # RSS growth from after warm-up to the end, in %, at most
CHECKPOINTS = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warmup", type=int, default=500, help="requests before the baseline RSS")
    parser.add_argument("--requests", type=int, default=5000, help="total requests (N)")
    parser.add_argument("--clients", type=int, default=3, help="concurrent clients")
    parser.add_argument("--quick", action="store_true", help="smoke run: --warmup 200 --requests 1000")
    args = parser.parse_args()
    if args.quick:
        args.warmup, args.requests = 200, 1000
    total = max(args.requests, args.warmup + 1)

    texts = c.load_articles()
    failures = 0
    rows = []
    with c.gunicorn(1, extra_args=["--max-requests", "0"]) as server, \
            ThreadPoolExecutor(args.clients) as pool:
        url = f"{server.url}/v1/extract"
        (worker,) = c.worker_pids(server.process.pid)
        rows.append([0, "ready", f"{c.rss_kb(worker) / 1024:.1f}", ""])

        def send(i: int) -> int:
            text = texts[i % len(texts)]
            return int(c.post_json(url, {"text": text.text, "id": text.id}).status_code != 200)

        step = max(1, (total - args.warmup) // CHECKPOINTS)
        marks = [args.warmup, *range(args.warmup + step, total, step)][:CHECKPOINTS] + [total]
        done, baseline, start = 0, None, time.monotonic()
        for mark in marks:
            failures += sum(pool.map(send, range(done, mark)))
            done = mark
            if c.worker_pids(server.process.pid) != [worker]:
                print(f"WARNING: worker {worker} was replaced; RSS figures are not comparable.")
            rss = c.rss_kb(worker)
            baseline = baseline or rss
            growth = (rss - baseline) / max(baseline, 1) * 100
            rows.append([done, "warm-up" if done == args.warmup else "", f"{rss / 1024:.1f}", f"{growth:+.2f}"])
            print(f"  {done:>6} requests  RSS {rss / 1024:7.1f} MB  {growth:+6.2f} %  "
                  f"({done / (time.monotonic() - start):.1f} req/s)", flush=True)

    c.print_table(["requests", "", "worker RSS MB", "growth % vs warm-up"], rows)
    if failures:
        print(f"WARNING: {failures} requests did not answer 200.")
    print(f"Ratio (RSS growth from {args.warmup} to {total} requests, in %, same run):")
    c.report_ratio("worker RSS growth %", growth, TARGET, at_least=False)


if __name__ == "__main__":
    main()
