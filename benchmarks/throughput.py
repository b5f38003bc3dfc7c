"""Throughput: how many articles (and characters) per second each way of running extraction gets.

The same article set goes through (a) raw spaCy `nlp.pipe` (full default pipeline and batch size,
one process; also at the library's batch size, for information),
(b) the extraction library `Extractor.extract_many`, (c) POST /v1/extract/batch and (d) POST
/v1/extract one article per request, both on real gunicorn with W workers and W concurrent clients.
Every way gets one untimed warm-up pass first. Ratios are against (a), measured in the same run.

    .venv/bin/python benchmarks/throughput.py [--workers 2] [--repeat 3] [--batch-size 8]
"""
from __future__ import annotations

import argparse
from concurrent.futures import ThreadPoolExecutor

import _common as c

LIBRARY_VS_RAW = 1.0  # library / raw, at least
BATCH_VS_RAW = 0.9    # HTTP batch with W workers / (W x raw), at least
LIBRARY_BATCH_SIZE = 32  # Extractor.extract_many's default
RAW_AT_LIBRARY_BATCH = f"raw, batch_size={LIBRARY_BATCH_SIZE}"


class Unavailable(Exception):
    """The batch endpoint answered 404/405: not built (yet)."""


def send_batch(url: str, batch: list[c.Text]) -> int:
    """POST one batch; return how many of its articles failed (problem objects)."""
    response = c.post_json(url, {"articles": [{"text": t.text, "id": t.id} for t in batch]})
    if response.status_code in (404, 405):
        raise Unavailable
    if response.status_code != 200:
        return len(batch)
    results = response.json().get("results", [])
    # Each item wraps an extraction or a problem ({"status", "extraction", "problem", ...}).
    return len(batch) - sum(1 for item in results if item.get("extraction") or "participants" in item)


def send_one(url: str, text: c.Text) -> int:
    """POST one article; return 1 if it failed, else 0."""
    return int(c.post_json(url, {"text": text.text, "id": text.id}).status_code != 200)


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


def over_http(server: c.Server, send, url: str, items: list) -> tuple[float, int, str]:
    """Send every item with W concurrent clients: (seconds, failed articles, CPU seconds of each
    worker). The CPU split shows how evenly gunicorn spread the work over its workers."""
    pids = c.worker_pids(server.process.pid)
    before = [c.cpu_seconds(pid) for pid in pids]
    failed = 0

    def work():
        nonlocal failed
        with ThreadPoolExecutor(server.workers) as pool:
            failed = sum(pool.map(lambda item: send(url, item), items))

    seconds = c.timed(work)
    return seconds, failed, " / ".join(f"{c.cpu_seconds(p) - b:.1f}" for p, b in zip(pids, before))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers = concurrent clients (W)")
    parser.add_argument("--repeat", type=int, default=3, help="go through the article set N times")
    parser.add_argument("--batch-size", type=int, default=8, help="articles per batch request")
    args = parser.parse_args()
    W = args.workers

    articles = c.load_articles()
    texts = articles * args.repeat
    chars = c.total_chars(texts)
    notes: dict[str, str] = {}
    cpu: dict[str, str] = {}  # CPU seconds per gunicorn worker during the timed pass

    seconds = in_process(articles, texts)  # its models are freed before gunicorn starts

    batch_name, single_name = f"HTTP batch ({W} workers)", f"HTTP single ({W} workers)"
    batches = [texts[i:i + args.batch_size] for i in range(0, len(texts), args.batch_size)]
    warm_batches = [articles[i:i + args.batch_size] for i in range(0, len(articles), args.batch_size)]
    with c.gunicorn(W) as server:
        batch_url, single_url = f"{server.url}/v1/extract/batch", f"{server.url}/v1/extract"
        try:
            print(f"  {batch_name}: warm-up, then timed ...", flush=True)
            over_http(server, send_batch, batch_url, warm_batches)
            seconds[batch_name], failed, cpu[batch_name] = over_http(server, send_batch, batch_url, batches)
            if failed:
                notes[batch_name] = f"{failed} articles failed"
        except Unavailable:
            notes[batch_name] = "batch endpoint unavailable"
        print(f"  {single_name}: warm-up, then timed ...", flush=True)
        over_http(server, send_one, single_url, articles)
        seconds[single_name], failed, cpu[single_name] = over_http(server, send_one, single_url, texts)
        if failed:
            notes[single_name] = f"{failed} articles failed"

    rows = []
    for name in ["raw nlp.pipe (1 process)", RAW_AT_LIBRARY_BATCH, "library extract_many", batch_name,
                 single_name]:
        if name in seconds:
            s = seconds[name]
            rows.append([name, len(texts), f"{chars:,}", f"{s:.2f}", f"{len(texts) / s:.2f}",
                         f"{chars / s:,.0f}", cpu.get(name, ""), notes.get(name, "")])
        else:
            rows.append([name, "-", "-", "-", "-", "-", "", notes.get(name, "")])
    c.print_table(["way", "articles", "chars", "seconds", "articles/s", "chars/s", "worker CPU s",
                   "note"], rows)

    rate = {name: chars / s for name, s in seconds.items()}
    base = rate["raw nlp.pipe (1 process)"]
    print("Ratios (throughput, same run):")
    c.report_ratio("library / raw", rate["library extract_many"] / base, LIBRARY_VS_RAW)
    c.report_ratio(f"HTTP batch, {W} workers / ({W} x raw)",
                   rate[batch_name] / (W * base) if batch_name in rate else None, BATCH_VS_RAW)
    c.report_ratio(f"HTTP single, {W} workers / raw", rate[single_name] / base)
    c.report_ratio(f"library / raw at batch_size={LIBRARY_BATCH_SIZE}",
                   rate["library extract_many"] / rate[RAW_AT_LIBRARY_BATCH])


if __name__ == "__main__":
    main()
