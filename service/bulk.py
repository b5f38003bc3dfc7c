"""`news-extract bulk`: its one job is to run the extraction over a JSON Lines corpus on Dask distributed.

OUTPUT_DIR gets part-k.jsonl (extraction records), errors-k.jsonl (error records) and a part-k.done
marker per partition k, plus manifest.json. Each non-blank input line gets exactly one record, in
the record shape of `news-extract --jsonl`. Blank lines are skipped, as that mode skips them.

- Partition k is input lines [k*size, (k+1)*size). One pass on the client finds their byte offsets
  and the input's SHA-256, and each task reads its own byte range. The input and OUTPUT_DIR must have
  the same path on every worker, which is always the case with `--scheduler local`.
- Futures, not dask.bag: one `client.submit` per partition gives each partition its own retries, its
  own progress tick and its own manifest entry as soon as it finishes (`as_completed`), and
  partitions already done are simply not submitted. A bag would hide the partitions inside its graph.
- A task parses, validates and extracts as `news-extract --jsonl` does (records.line_item,
  local_extract, run), so the records are identical. A worker process loads the pipeline once
  (_EXTRACTORS). Every worker is warmed up before any partition is submitted, so a model that
  cannot load gives exit 2.
- A task `os.replace`s its part and errors files into place from temporary names, and only then
  writes its done marker, which is what resume trusts. A task that runs again after its worker died
  (the scheduler reschedules it; `retries=` covers exceptions it raises) writes the same files again.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import io
import json
import logging
import os
import sys
import threading
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple, Optional

from tqdm import tqdm

from .config import Config
from .json_text import dumps
from .records import Fatal, line_item, local_extract, run

MANIFEST, RETRIES, BATCH_SIZE = "manifest.json", 2, 32
_EXTRACTORS: dict = {}  # model name -> (the CLI's extract function, model info), per worker process
_LOCK = threading.Lock()  # one batch at a time through the process's pipeline, even with several threads


class Partition(NamedTuple):
    index: int
    start: int  # byte offsets of its lines in the input
    end: int
    first_line: int  # 1-based, inclusive
    last_line: int
    lines: int  # non-blank lines: one record each
    blank: int


def names(index: int) -> tuple[str, str, str]:
    return f"part-{index:05d}.jsonl", f"errors-{index:05d}.jsonl", f"part-{index:05d}.done"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _write_atomic(path: Path, text: str) -> None:
    """Write a temporary file in the same folder, then rename it: nobody ever sees half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    with open(temporary, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _records(path: Path) -> Optional[int]:
    return path.read_bytes().count(b"\n") if path.is_file() else None


def _save(out: Path, manifest: dict) -> None:
    _write_atomic(out / MANIFEST, json.dumps(manifest, indent=1) + "\n")


def _say(message: str) -> None:
    print(f"news-extract bulk: {message}", file=sys.stderr)


def _read_json(path: Path) -> Optional[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def scan(path: str, size: int) -> tuple[dict, list[Partition]]:
    """The input's fingerprint and its partitions of `size` lines, from one pass over its bytes."""
    digest, partitions, start, offset, counts, number = hashlib.sha256(), [], 0, 0, [0, 0], 0

    def cut() -> None:
        nonlocal start, counts
        partitions.append(Partition(len(partitions), start, offset, (number - 1) // size * size + 1, number, *counts))
        start, counts = offset, [0, 0]

    with open(path, "rb") as lines:
        for raw in lines:
            digest.update(raw)
            counts[0 if raw.strip() else 1] += 1  # [non-blank, blank]
            number, offset = number + 1, offset + len(raw)
            if number % size == 0:
                cut()
    if number % size:
        cut()
    mtime = dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.timezone.utc).isoformat(timespec="seconds")
    return ({"path": os.path.abspath(path), "size": offset, "mtime": mtime, "sha256": digest.hexdigest(),
             "physical_lines": number}, partitions)


# --- on the workers --------------------------------------------------------------------------------
def _extractor(model: str):
    """This process's pipeline for `model`, loaded (and tried on one sentence) the first time."""
    with _LOCK:
        if model not in _EXTRACTORS:
            extract = local_extract(model)  # Fatal if the pipeline cannot load
            extraction, _ = extract([{"text": "Jane Doe said on Monday that the plan would work."}])[0]
            _EXTRACTORS[model] = extract, (extraction or {}).get("model")
        return _EXTRACTORS[model]


def warm_up(model: str) -> dict:
    return {"pid": os.getpid(), "model": _extractor(model)[1]}


def run_partition(task: dict) -> dict:
    """Extract one partition and write its files; its done marker (also returned) is written last."""
    started = time.perf_counter()
    extract, model = _extractor(task["model"])
    with open(task["input"], "rb") as source:
        source.seek(task["start"])
        data = source.read(task["end"] - task["start"])
    items = [line_item(task["file"], number, raw)
             for number, raw in enumerate(io.BytesIO(data), start=task["first_line"]) if raw.strip()]
    if len(items) != task["lines"]:
        raise RuntimeError(f"the input changed during the run (partition {task['index']})")
    results, errors = [], []

    def write(item, outcome) -> None:
        record = {"file": item.file, "line": item.line, "id": item.id, "extraction": outcome[0], "error": outcome[1]}
        (results if outcome[1] is None else errors).append(dumps(record) + "\n")

    with _LOCK:
        run(items, extract, write, BATCH_SIZE, tqdm(disable=True))
    part, errors_file, done = (Path(task["out"]) / name for name in names(task["index"]))
    _write_atomic(part, "".join(results))
    _write_atomic(errors_file, "".join(errors))
    marker = {"lines": len(items), "results": len(results), "errors": len(errors), "model": model,
              "seconds": round(time.perf_counter() - started, 3), "pid": os.getpid(), "finished": _now()}
    _write_atomic(done, json.dumps(marker) + "\n")
    return marker


# --- on the client ---------------------------------------------------------------------------------
def _previous(out: Path, manifest: dict, partitions: list[Partition], force: bool) -> dict[int, dict]:
    """The markers of the partitions that an earlier run over the same input finished, to keep.
    The output of a different run is refused (Fatal), or deleted with `force`."""
    leftovers = [p for p in out.iterdir() if p.name == MANIFEST or p.name.startswith(("part-", "errors-"))
                 or (p.name.startswith(".") and p.name.endswith(".tmp"))]
    old = _read_json(out / MANIFEST) or {}

    def settings(m: dict) -> tuple:
        return (*((m.get("input") or {}).get(key) for key in ("size", "sha256")), m.get("partition_size"),
                (m.get("model") or {}).get("requested"))
    why = [f"{what} was {was}, is now {now}" for what, was, now in
           zip(("input size", "input sha256", "partition size", "model"), settings(old), settings(manifest),
               strict=True) if was != now]
    keep = bool(old) and not why and not force
    if leftovers and not keep and not force:
        raise Fatal(f"{out} holds output of a different run ({'; '.join(why) if old else 'no manifest.json'}); "
                    "use another OUTPUT_DIR, or --force to delete that output and start again")
    for path in leftovers:
        if not keep or path.name.endswith(".tmp"):  # .tmp: left by a worker that died mid-write
            path.unlink()
    done = {}
    for p in partitions if keep else ():
        part, errors, marker = (out / name for name in names(p.index))
        marker = _read_json(marker)
        if marker and marker.get("lines") == p.lines \
                and (_records(part), _records(errors)) == (marker.get("results"), marker.get("errors")):
            done[p.index] = marker
    return done


def connect(scheduler: str, workers: int, stack: ExitStack):
    """A Client of a new LocalCluster ("local") or of the scheduler at that address."""
    from distributed import (  # here: plain `news-extract FILE` never imports dask
        Client,
        LocalCluster,
    )
    try:
        if scheduler == "local":
            client = stack.enter_context(Client(stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.CRITICAL))))
        else:
            client = stack.enter_context(Client(scheduler, timeout="30s"))
        client.wait_for_workers(1, timeout=120)
    except (OSError, TimeoutError) as exc:
        raise Fatal(f"cannot use the Dask scheduler {scheduler}: {exc}") from None
    return client


def warm_up_workers(client, model: str) -> list[dict]:
    """Load the pipeline on every worker now, by one small task sent to each."""
    token = uuid.uuid4().hex[:8]
    return client.gather([client.submit(warm_up, model, key=f"bulk-warm-up-{token}-{i}", workers=[address],
                                        allow_other_workers=True, pure=False)
                          for i, address in enumerate(client.nthreads())])


def _submit(client, todo: list[Partition], common: dict, entries: list[dict], save, progress) -> None:
    """One task per partition, the largest first (so no long one is left for the end with the other
    workers idle); a partition's manifest entry is saved as soon as it finishes."""
    from distributed import as_completed
    token = uuid.uuid4().hex[:8]
    futures = {client.submit(run_partition, {**p._asdict(), **common}, key=f"bulk-{token}-{p.index:05d}",
                             retries=RETRIES, pure=False, priority=p.end - p.start): p.index
               for p in sorted(todo, key=lambda p: p.start - p.end)}
    for future in as_completed(futures):
        entry = entries[futures[future]]
        try:
            entry.update(future.result(), status="done")
        except Exception as exc:  # noqa: BLE001 - its retries are used up: recorded, reported, exit 1
            entry.update(status="failed", error=f"{type(exc).__name__}: {exc}"[:500])
            progress.write(f"news-extract bulk: partition {entry['index']} (lines {entry['first_line']}-"
                           f"{entry['last_line']}) failed: {entry['error']}", file=sys.stderr)
        save()
        progress.update(1)


def bulk(args: argparse.Namespace) -> int:
    try:
        fingerprint, partitions = scan(args.input, args.partition_size)
        out = Path(args.output_dir)
        out.mkdir(parents=True, exist_ok=True)
        manifest = {"input": fingerprint, "partition_size": args.partition_size,
                    "model": {"requested": args.model, "name": None, "version": None}}
        done = _previous(out, manifest, partitions, args.force)
    except OSError as exc:
        raise Fatal(f"cannot use {exc.filename or args.input}: {exc.strerror or exc}") from None
    entries = [{**p._asdict(), "status": "pending"} for p in partitions]
    manifest.update(scheduler=args.scheduler, started=_now(), finished=None, partitions=entries)
    for index, marker in done.items():
        entries[index].update(marker, status="skipped")  # done by an earlier run
        manifest["model"].update(marker.get("model") or {})
    save = functools.partial(_save, out, manifest)
    todo = [p for p in partitions if p.index not in done]
    with ExitStack() as stack:
        progress = stack.enter_context(tqdm(total=len(partitions), initial=len(done), unit="partition",
                                            file=sys.stderr, disable=not args.progress))
        if todo:  # else no scheduler is needed at all
            client = connect(args.scheduler, args.workers, stack)
            manifest["workers"] = len(client.nthreads())
            manifest["model"].update(warm_up_workers(client, args.model)[0]["model"] or {})
            save()
            _submit(client, todo, {"input": fingerprint["path"], "file": args.input, "out": str(out.resolve()),
                                   "model": args.model}, entries, save, progress)
    for path in out.glob(".*.tmp"):  # left by a worker that died mid-write
        path.unlink(missing_ok=True)
    return _finish(out, manifest)


def _finish(out: Path, manifest: dict) -> int:
    """Totals into the manifest, and the check that every line has its record."""
    entries = manifest["partitions"]
    ok, failed = [e for e in entries if e["status"] != "failed"], [e for e in entries if e["status"] == "failed"]
    lines, results, errors = (sum(e.get(key, 0) for e in rows) for key, rows in
                              (("lines", entries), ("results", ok), ("errors", ok)))
    computed = sum(e["status"] == "done" for e in entries)
    manifest["totals"] = totals = {
        "partitions": len(entries), "computed": computed, "skipped": len(ok) - computed, "failed": len(failed),
        "lines": lines, "blank": sum(e["blank"] for e in entries), "results": results, "errors": errors,
        "seconds": round(sum(e.get("seconds", 0) for e in ok), 3), "accounted": lines == results + errors}
    manifest["finished"] = _now()
    _save(out, manifest)
    _say(f"{lines} lines in ({totals['blank']} blank lines skipped), {results} results + {errors} errors = "
         f"{results + errors}; partitions: {computed} computed, {totals['skipped']} already done, "
         f"{len(failed)} failed; output in {out}")
    if failed:
        _say(f"the {sum(e['lines'] for e in failed)} lines of the failed partitions have no record yet; "
             "run the same command again to retry those partitions only")
    elif not totals["accounted"]:
        _say("lines in != results + errors: records are missing")
    else:
        _say("every line accounted for" + (f"; the {errors} per-article errors are in errors-*.jsonl: "
                                           "recorded, they do not fail the run" if errors else ""))
    return 0 if totals["accounted"] and not failed else 1


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="news-extract bulk", description=(
        "Extract every article of a JSON Lines corpus ({\"text\", \"date\"?, \"id\"?} per line) on Dask "
        "distributed into OUTPUT_DIR: part-NNNNN.jsonl, errors-NNNNN.jsonl and manifest.json; a rerun "
        "resumes. Exit 0: every line has its record (per-article errors included); 1: partitions failed; "
        "2: usage or I/O error, or an OUTPUT_DIR of a different run."))
    add = parser.add_argument
    add("input", metavar="INPUT.jsonl")
    add("output_dir", metavar="OUTPUT_DIR")
    add("--scheduler", default="local", help="local (a LocalCluster) or a scheduler address, tcp://host:8786")
    add("--workers", type=int, help="worker processes for --scheduler local, one thread each (default: CPUs)")
    add("--partition-size", type=int, default=200, help="input lines per partition (default: %(default)s)")
    add("--model", default=os.environ.get("NEWS_MODEL", "").strip() or Config.MODEL_NAME,
        help="installed spaCy pipeline (default: %(default)s)")
    add("--force", action="store_true", help="delete the output of a different run in OUTPUT_DIR, start again")
    add("--progress", action=argparse.BooleanOptionalAction,
        help="progress bar of partitions on stderr (default: when stderr is a terminal)")
    args = parser.parse_args(argv)
    if args.scheduler != "local" and args.workers is not None:
        parser.error("--workers applies to --scheduler local only")
    if args.workers is None:
        args.workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if args.workers < 1 or args.partition_size < 1:
        parser.error("--workers and --partition-size must be at least 1")
    args.progress = sys.stderr.isatty() if args.progress is None else args.progress
    return args


def main(argv: list[str]) -> int:
    args = _parse_args(argv)
    try:
        return bulk(args)
    except Fatal as exc:
        _say(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
