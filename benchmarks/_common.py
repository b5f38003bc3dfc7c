"""Shared by the benchmark scripts: the article set, a real gunicorn, HTTP clients, timing, tables.

The article set is read at run time from ../shared (beside the project), never copied here:
the seed articles plus the texts of the MEANTIME and GUM corpora (see benchmarks/README.md).
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

import requests

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
CORPORA = {"MEANTIME": SHARED / "data" / "dev" / "meantime.jsonl",
           "GUM": SHARED / "data" / "dev" / "gum.jsonl"}
STARTUP_SECONDS = 180

if str(ROOT) not in sys.path:  # so `python benchmarks/x.py` imports the project's `service`
    sys.path.insert(0, str(ROOT))


# --- the article set ---------------------------------------------------------------------------

class Text(NamedTuple):
    id: str
    text: str


def load_articles(quiet: bool = False) -> list[Text]:
    """The seed articles plus the MEANTIME and GUM texts; the seeds alone if the corpora are missing."""
    texts = [Text(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    found = ["seeds"] if texts else []
    for name, path in CORPORA.items():
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        texts += [Text(str(row.get("id", f"{name}-{i}")), row["text"]) for i, row in enumerate(rows)]
        found.append(name)
    if not texts:
        sys.exit(f"No articles found: expected seeds in {SEEDS} (the shared folder beside the project).")
    if not quiet:
        print(f"Article set: {len(texts)} articles, {sum(len(t.text) for t in texts):,} chars "
              f"({' + '.join(found)}).")
        if len(found) < 1 + len(CORPORA):
            print(f"NOTE: corpora missing under {SHARED / 'data' / 'dev'}; using what was found only.")
    return texts


def paragraphs(texts: Sequence[Text]) -> list[str]:
    """Every non-empty paragraph (blank-line separated) of the set, in order."""
    return [p.strip() for t in texts for p in t.text.split("\n\n") if p.strip()]


def total_chars(texts: Sequence[Text]) -> int:
    return sum(len(t.text) for t in texts)


# --- spaCy / the library -----------------------------------------------------------------------

def raw_nlp():
    """The named baseline: the full default pipeline of the service's model, nothing added."""
    import spacy
    from service.extract.text import DEFAULT_MODEL
    return spacy.load(DEFAULT_MODEL)


def extractor():
    from service.extract import Extractor
    return Extractor()


# --- gunicorn ----------------------------------------------------------------------------------

class Server(NamedTuple):
    url: str
    process: subprocess.Popen
    workers: int
    log_path: Path  # gunicorn's and the app's JSON log lines (access lines only at level info)


@contextlib.contextmanager
def gunicorn(workers: int, extra_args: Sequence[str] = (), env: Optional[dict] = None) -> Iterator[Server]:
    """Start the service under real gunicorn (gunicorn.conf.py), wait until every worker answers
    /readyz, always stop it: the tests' starter (tests/helpers.py), with the log in a temporary
    file that is shown if gunicorn exits early."""
    from tests.helpers import running_gunicorn
    print(f"Starting gunicorn with {workers} worker(s) ...", flush=True)
    with tempfile.TemporaryDirectory() as folder, \
            running_gunicorn(workers, env, Path(folder) / "gunicorn.log", STARTUP_SECONDS, extra_args) as started:
        yield Server(started.url, started.process, workers, Path(folder) / "gunicorn.log")


def worker_pids(master_pid: int) -> list[int]:
    """Child processes of the gunicorn master, from /proc/*/stat (no psutil needed)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after "(comm)": state, ppid, ...
            if int(fields[1]) == master_pid:
                pids.append(int(stat.parent.name))
    return sorted(pids)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (utime + stime of /proc/PID/stat)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def rss_kb(pid: int) -> int:
    """Resident set size of a process in kB (VmRSS of /proc/PID/status), 0 if it is gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def access_lines(server: Server, since: int = 0) -> list[dict]:
    """The app's access log lines from line ``since`` of the server's log on (tests/helpers.py)."""
    from tests.helpers import access_lines as read_access_lines
    return read_access_lines(server.log_path, since)


def log_length(server: Server) -> int:
    """Lines in the server's log so far (a mark for access_lines)."""
    with server.log_path.open("rb") as log:
        return sum(1 for _ in log)


# --- HTTP clients ------------------------------------------------------------------------------

def post_json(url: str, payload: dict, timeout: float = 300) -> requests.Response:
    """POST JSON on a new connection. Deliberate: a keep-alive connection stays with the gunicorn
    worker that accepted it, so W keep-alive clients can all land on one worker and leave the
    others idle; new connections let gunicorn spread the requests over its workers."""
    return requests.post(url, json=payload, timeout=timeout, headers={"Connection": "close"})


# --- timing, statistics, tables ----------------------------------------------------------------

def timed(work: Callable[[], object]) -> float:
    """Wall-clock seconds that work() takes."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) with linear interpolation between the closest ranks."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells if i < len(row)) for i in range(len(headers))]

    def line(row):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    print()
    print(line(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))
    print()


def report_ratio(name: str, value: Optional[float], target: Optional[float] = None,
                 at_least: bool = True) -> None:
    """Print one ratio, its target (>= or <=) and whether it is met; None means not measured."""
    shown = "n/a" if value is None else f"{value:.2f}"
    if target is None:
        print(f"  {name:<48} {shown:>6}   (for information)")
        return
    sign = ">=" if at_least else "<="
    if value is None:
        verdict = "not measured"
    else:
        verdict = "MET" if (value >= target if at_least else value <= target) else "NOT MET"
    print(f"  {name:<48} {shown:>6}   target {sign} {target:.2f}   {verdict}")
