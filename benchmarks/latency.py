"""Latency: p50/p90/p99 of POST /v1/extract for one ~600-word article, against raw spaCy nlp(text).

The article is the one of the set nearest to 600 words (the seeds are shorter). It is sent N times
in a row to real gunicorn with 1 worker; the named baseline is raw `nlp(text)` (full default
pipeline) on the same text N times in-process. The library's `extract()` is shown for information,
so the gap splits into extraction rules and HTTP overhead. Each way gets 10 untimed calls first.

    .venv/bin/python benchmarks/latency.py [--requests 200]
"""
from __future__ import annotations

import argparse
import time

import _common as c

TARGET = 1.2  # p50(HTTP) / p50(raw), at most
WARMUP = 10


def latencies(call, n: int) -> list[float]:
    """Seconds of each of n calls, after WARMUP untimed ones."""
    for _ in range(WARMUP):
        call()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def in_process(text: str, n: int) -> dict[str, list[float]]:
    print("Raw nlp(text) and library extract(text), in-process ...", flush=True)
    nlp, extractor = c.raw_nlp(), c.extractor()
    return {"raw nlp(text)": latencies(lambda: nlp(text), n),
            "library extract(text)": latencies(lambda: extractor.extract(text), n)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="timed calls per way (N)")
    args = parser.parse_args()

    texts = c.load_articles()
    article = min(texts, key=lambda t: abs(len(t.text.split()) - 600))
    text = article.text
    print(f"Article: {article.id}, {len(text.split())} words, {len(text):,} chars; N = {args.requests}.")

    times = in_process(text, args.requests)  # its models are freed before gunicorn starts

    failures = 0
    with c.gunicorn(1) as server:
        url = f"{server.url}/v1/extract"

        def call():
            nonlocal failures
            failures += c.post_json(url, {"text": text}).status_code != 200

        print("POST /v1/extract, sequential ...", flush=True)
        times["HTTP /v1/extract (1 worker)"] = latencies(call, args.requests)

    rows = []
    for name, values in times.items():
        p = [c.percentile(values, q) * 1000 for q in (50, 90, 99)]
        rows.append([name, len(values), *(f"{v:.1f}" for v in p), f"{sum(values) / len(values) * 1000:.1f}"])
    c.print_table(["way", "n", "p50 ms", "p90 ms", "p99 ms", "mean ms"], rows)
    if failures:
        print(f"WARNING: {failures} HTTP requests did not answer 200.")

    raw, lib, http = times.values()
    print("Ratios (latency, same run):")
    c.report_ratio("p50(HTTP) / p50(raw)", c.percentile(http, 50) / c.percentile(raw, 50), TARGET, at_least=False)
    c.report_ratio("p99(HTTP) / p99(raw)", c.percentile(http, 99) / c.percentile(raw, 99))
    c.report_ratio("p50(library) / p50(raw)", c.percentile(lib, 50) / c.percentile(raw, 50))
    c.report_ratio("p50(HTTP) / p50(library)", c.percentile(http, 50) / c.percentile(lib, 50))


if __name__ == "__main__":
    main()
