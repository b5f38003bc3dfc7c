"""Bulk speed-up: `news-extract bulk` throughput with 1 and with 2 Dask worker processes.

The article set (../shared, see README.md) is repeated --repeat times (a few hundred articles) and
written as one JSON Lines corpus. For W = 1 and W = 2, a LocalCluster with W worker processes
(one thread each) is started and every worker loads the model, which the timing leaves out: one
pinned warm-up task per worker, then an untimed bulk run of one small partition per worker. Then the
whole corpus goes through `service.bulk.main` (what `news-extract bulk --scheduler ADDRESS` runs)
with the same --partition-size for both W, and that run is timed: the input scan, the task
round trips, extraction and the atomic writes of every partition file. For information, the
library's `Extractor.extract_many` over the same articles in this process is timed too: what one
worker could do without the runner around it.

    .venv/bin/python benchmarks/bulk_speedup.py [--repeat 4] [--partition-size 12]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import tempfile
import time
from pathlib import Path

import _common as c

SPEEDUP = 1.8  # articles/s with 2 workers / with 1 worker, at least


def write_corpus(path: Path, texts: list[c.Text]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"text": text.text, "id": f"{text.id}#{i}"}, ensure_ascii=False) + "\n")


def bulk_run(corpus: Path, out: Path, address: str, size: int) -> tuple[int, dict]:
    """One `news-extract bulk` run against the scheduler at `address`; its summary lines are kept quiet."""
    from service import bulk
    quiet = io.StringIO()
    with contextlib.redirect_stderr(quiet):
        code = bulk.main([str(corpus), str(out), "--scheduler", address, "--partition-size", str(size),
                          "--no-progress"])
    if code != 0:
        print(quiet.getvalue())
    return code, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def measure(workers: int, corpus: Path, warm: Path, size: int, folder: Path) -> tuple[float, float, int, dict]:
    """Seconds of one timed bulk run over `corpus` on a fresh LocalCluster of `workers` processes, and
    the CPU seconds its worker processes spent meanwhile."""
    from distributed import Client, LocalCluster

    from service import bulk
    from service.config import Config
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        print(f"  {workers} worker(s): cluster up; loading the model on each worker, warm-up run (untimed) ...",
              flush=True)
        bulk.warm_up_workers(client, os.environ.get("NEWS_MODEL", "").strip() or Config.MODEL_NAME)
        bulk_run(warm, folder / f"warm-{workers}", cluster.scheduler_address, size)
        print(f"  {workers} worker(s): timed run ...", flush=True)
        pids = list(client.run(os.getpid).values())
        cpu_before, start = sum(map(c.cpu_seconds, pids)), time.perf_counter()
        code, manifest = bulk_run(corpus, folder / f"out-{workers}", cluster.scheduler_address, size)
        seconds, cpu = time.perf_counter() - start, sum(map(c.cpu_seconds, pids)) - cpu_before
        return seconds, cpu, code, manifest


def library(texts: list[c.Text]) -> tuple[float, float]:
    """Seconds and CPU seconds of the library's `Extractor.extract_many` over the same texts in this
    process, after a warm-up: the baseline of what one worker process could do without the runner."""
    from service.extract import Article
    extractor = c.extractor()
    list(extractor.extract_many(Article(t.text) for t in texts[:8]))
    cpu, start = time.process_time(), time.perf_counter()
    list(extractor.extract_many(Article(t.text, id=t.id) for t in texts))
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=4, help="go through the article set N times")
    parser.add_argument("--partition-size", type=int, default=12, help="articles per partition (both runs)")
    args = parser.parse_args()

    articles = c.load_articles()
    texts = articles * args.repeat
    chars = c.total_chars(texts)
    partitions = -(-len(texts) // args.partition_size)
    print(f"Corpus: the article set x {args.repeat} = {len(texts)} articles, {chars:,} chars, "
          f"{partitions} partitions of {args.partition_size}; {os.cpu_count()} CPUs here, load average "
          f"{os.getloadavg()[0]:.2f} at the start (other work on the machine lowers the 2-worker figure).")
    rows, rate, per_cpu = [], {}, {}
    with tempfile.TemporaryDirectory(prefix="bulk-speedup-") as tmp:
        folder = Path(tmp)
        corpus, warm = folder / "corpus.jsonl", folder / "warm.jsonl"
        write_corpus(corpus, texts)
        for workers in (1, 2):
            write_corpus(warm, articles[:args.partition_size * workers])  # one partition per worker
            seconds, cpu, code, manifest = measure(workers, corpus, warm, args.partition_size, folder)
            totals = manifest.get("totals", {})
            check = "all lines accounted for" if code == 0 and totals.get("accounted") else f"exit {code}"
            rate[workers], per_cpu[workers] = len(texts) / seconds, len(texts) / cpu
            rows.append([f"{workers} worker{'s' if workers > 1 else ''}", len(texts), totals.get("partitions"),
                         f"{seconds:.2f}", f"{rate[workers]:.2f}", f"{chars / seconds:,.0f}", f"{cpu:.1f}",
                         f"{cpu / (workers * seconds):.0%}", check])
    print("  library extract_many in this process: warm-up, then timed ...", flush=True)
    seconds, cpu = library(texts)
    rate["library"] = len(texts) / seconds
    rows.append(["library, in-process", len(texts), "-", f"{seconds:.2f}", f"{rate['library']:.2f}",
                 f"{chars / seconds:,.0f}", f"{cpu:.1f}", f"{cpu / seconds:.0%}", "(baseline)"])
    c.print_table(["run", "articles", "partitions", "seconds", "articles/s", "chars/s", "worker CPU s",
                   "CPU use", "check"], rows)
    print("CPU use = worker CPU seconds / (workers x seconds): below ~95 % the workers waited, for a CPU\n"
          "taken by other work on the machine or for the scheduler.")
    print("Ratios (throughput, same run; cluster start and model load not timed):")
    c.report_ratio("bulk, 2 workers / 1 worker", rate[2] / rate[1], SPEEDUP)
    c.report_ratio("articles per worker CPU second, 2 workers / 1", per_cpu[2] / per_cpu[1])
    c.report_ratio("bulk, 1 worker / library in-process", rate[1] / rate["library"])


if __name__ == "__main__":
    main()
