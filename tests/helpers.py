"""Test helpers: the seed articles, the entity step on set NER spans, the walk over every span of a response, and real gunicorn."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, NamedTuple, Optional, Sequence

import requests

from service.extract.entities import find_entities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def seed_text(prefix: str) -> str:
    """A product seed article (../shared/seeds), read verbatim."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def entities_with_ner(extractor, text, tagged):
    """The entity step on ``text`` as if NER had tagged exactly ``tagged`` [(words, label, nth)]:
    the misfires the rules undo, whatever the current model happens to do with this sentence."""
    doc = extractor.nlp(text)
    spans = []
    for words, label, nth in tagged:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return find_entities(doc, text, extractor.english_words)


def iter_spans(result: dict):
    """Every {text, start, end} object in an API response, for the offsets invariant."""
    for date in [result["date"]] if result.get("date") and result["date"].get("start") is not None else []:
        yield date
    yield from result["dates"]
    for group in ("participants", "organizations", "locations"):
        for entity in result[group]:
            yield from entity["mentions"]
    for author in result.get("authors", []):
        if author["start"] is not None:  # a page's author (role page) stands outside the text
            yield {"text": author["name"], "start": author["start"], "end": author["end"]}
    for quote in result["quotes"]:
        yield quote
        if quote["cue"]:
            yield quote["cue"]
        if quote["speaker"] and quote["speaker"]["mention"]:
            yield quote["speaker"]["mention"]


class Gunicorn(NamedTuple):
    url: str
    process: subprocess.Popen
    folder: Path  # this server's own files: control socket, pid file, heartbeats, temporary files


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_gunicorn(workers: int = 1, env: Optional[dict] = None, log_path: Optional[Path] = None,
                     startup_seconds: float = 180, extra_args: Sequence[str] = ()) -> Iterator[Gunicorn]:
    """The service under real gunicorn (gunicorn.conf.py) on a free local port, yielded once every
    worker answers /readyz; stopped with SIGTERM afterwards. Output goes to ``log_path`` if given.
    Also what the benchmark scripts start (benchmarks/_common.py). Everything the server writes
    besides its log stays in its own temporary folder (``own_files_args``), removed afterwards.

    /readyz may time out while a worker loads its model on a busy machine: that counts as not
    ready yet. With several workers, readiness needs 3 × workers answers in a row on new
    connections, so that every worker has (very probably) loaded its model."""
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="news-test-gunicorn-"))
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL
    environment = {key: value for key, value in os.environ.items() if key != "PROMETHEUS_MULTIPROC_DIR"}
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), *own_files_args(folder), *extra_args],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        env={**environment, "NEWS_LOG_LEVEL": "warning", "TMPDIR": str(folder), **(env or {})})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_seconds
        while not _all_ready(url, 3 * workers if workers > 1 else 1):
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {process.returncode}"
                                   + (f":\n{Path(log_path).read_text()[-3000:]}" if log_path else ""))
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn not ready after {startup_seconds} s")
            time.sleep(0.3)
        yield Gunicorn(url, process, folder)
    finally:
        stop(process)
        if log_path:
            log.close()
        shutil.rmtree(folder, ignore_errors=True)


def stop(process: subprocess.Popen) -> None:
    """Stop a server gracefully (SIGTERM), killing it if it has not exited within a minute."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def own_files_args(folder: Path) -> list[str]:
    """gunicorn arguments that keep a test server's files in ``folder``: its control socket (by
    default $XDG_RUNTIME_DIR/gunicorn.ctl or ~/.gunicorn/gunicorn.ctl, the same path as any other
    gunicorn of this user, whose socket a test server would replace and then delete), its pid file
    and its workers' heartbeat files. TMPDIR (set by running_gunicorn) sends the rest there too:
    the metrics folder gunicorn.conf.py makes and any temporary file of the app."""
    return ["--control-socket", str(folder / "gunicorn.ctl"), "--pid", str(folder / "gunicorn.pid"),
            "--worker-tmp-dir", str(folder)]


def access_lines(log_path: Path, since: int = 0) -> list[dict]:
    """The app's access log lines (``service.access``) from line ``since`` of a server's log on:
    they name the worker (``pid``) and, for extractions, the wait for its lock (``lock_wait_ms``).
    Needs the server started with NEWS_LOG_LEVEL=info."""
    lines = []
    with Path(log_path).open(encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log):
            if number >= since and '"service.access"' in line:
                with contextlib.suppress(ValueError):
                    lines.append(json.loads(line))
    return lines


def _all_ready(url: str, answers: int) -> bool:
    try:
        return all(requests.get(f"{url}/readyz", timeout=10, headers={"Connection": "close"}).status_code == 200
                   for _ in range(answers))
    except requests.RequestException:  # refused, or too busy loading the model to answer yet
        return False
