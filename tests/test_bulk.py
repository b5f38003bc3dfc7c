"""news-extract bulk: a JSON Lines corpus through Dask distributed gives the sequential CLI's records,
every line accounted for, resumable, and a worker killed with SIGKILL loses nothing."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the bulk extra (dask, distributed) is not installed")

CLI = str(Path(sys.executable).with_name("news-extract"))
SIZE = 25  # lines per partition: 300 lines make 12 partitions
UNREACHABLE = "tcp://127.0.0.1:9"  # nothing listens there: a run that needs no worker must not connect

PEOPLE = ["Maria Lopez", "John Okafor", "Sarah Chen", "David Miller", "Amina Yusuf", "Peter Novak",
          "Laura Bennett", "Kenji Watanabe", "Fatima Haddad", "Tom Eriksen", "Grace Mwangi"]
ORGS = ["the Riverside Hospital", "Northwind Airlines", "the city council", "Acme Corp.", "the Ministry of Health",
        "Greenfield University", "the Harbor Authority"]
PLACES = ["Lisbon", "Nairobi", "Toronto", "Osaka", "Denver", "Krakow", "Glasgow"]
WHEN = ["on Monday", "last Tuesday", "on March 3", "yesterday", "on Friday evening", "in January 2020",
        "two weeks ago", "on 14 May 2021"]
SENTENCES = [
    "{p}, a spokesperson for {o}, said {w} that the plan would go ahead.",
    "“We are not going to stop now,” {p} told reporters in {l} {w}.",
    "{o} announced {w} that it would hire 300 new workers in {l}.",
    "Officials in {l} confirmed {w} that the bridge would reopen next month.",
    "“This is a difficult day for everyone,” said {p}, who has led {o} since 2015.",
    "{p} of {o} declined to comment on the report.",
    "The decision, first reported {w}, surprised many residents of {l}.",
    "According to {p}, the talks with {o} will resume after the holidays.",
    "Police in {l} said {w} that two men had been arrested.",
    "“I think the numbers speak for themselves,” {p} said.",
    "{o} shares fell 4 percent {w} after the announcement.",
    "Speaking in {l}, {p} promised a full review by the end of the year.",
]
BAD_LINES = {  # 1-based line number -> the line, and why it fails
    7: '{"text": "unterminated',                          # not JSON: 400
    50: json.dumps({"date": "2021-05-04", "id": "no-text"}),  # no text: 422
    123: json.dumps({"text": "Maria Lopez said so.", "date": "last week", "id": "bad-date"}),  # bad date: 422
    250: "[1, 2, 3]",                                      # not an object: 422
    280: json.dumps({"text": " \n\t\u00a0 ", "id": "blank"}),  # nothing but whitespace: 422
}
# A good line whatever its characters: an unpaired surrogate escape is read, parsed as U+FFFD and
# written back as the same escape, so its record is an extraction with exact offsets.
SURROGATE_LINE = 99, '{"text": "Maria Lopez said \\ud800 \\u201cyes\\u201d on Monday.", "id": "surrogate"}'

BLANK_LINES = {200}  # skipped, as by news-extract --jsonl
TOTAL_LINES = 300


def article(i: int) -> dict:
    """A short news-like article composed from the sentences above, different for each i."""
    fill = {"p": PEOPLE[i % len(PEOPLE)], "o": ORGS[i % len(ORGS)], "l": PLACES[(i // 2) % len(PLACES)],
            "w": WHEN[(i // 3) % len(WHEN)]}
    picked = [SENTENCES[(i * 5 + k * 7) % len(SENTENCES)] for k in range(2 + i % 3)]
    paragraph = " ".join(sentence.format(**fill) for sentence in picked)
    second = SENTENCES[(i + 3) % len(SENTENCES)].format(**{**fill, "p": PEOPLE[(i + 4) % len(PEOPLE)]})
    body = {"text": f"{paragraph}\n\n{second}", "id": f"article-{i}"}
    if i % 4 == 0:
        body["date"] = f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return body


def corpus_lines() -> list[str]:
    special = {**BAD_LINES, SURROGATE_LINE[0]: SURROGATE_LINE[1]}
    return [special.get(n) or ("" if n in BLANK_LINES else json.dumps(article(n), ensure_ascii=False))
            for n in range(1, TOTAL_LINES + 1)]


RECORDED = TOTAL_LINES - len(BLANK_LINES)  # lines that get a record


def bulk(*args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, "bulk", *map(str, args)], capture_output=True, text=True, timeout=timeout)


def outputs(out: Path) -> dict[int, dict]:
    """Every record of an output folder by input line; each line in exactly one file, of the right kind."""
    found = {}
    for kind in ("part", "errors"):
        for path in sorted(out.glob(f"{kind}-*.jsonl")):
            for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
                assert record["line"] not in found, f"line {record['line']} twice"
                assert (record["error"] is None) == (kind == "part") and set(record) == {
                    "file", "line", "id", "extraction", "error"}
                found[record["line"]] = record
    return found


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def mtimes(out: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in out.iterdir()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(corpus_lines()) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sequential(corpus) -> dict[int, dict]:
    """The reference: the plain CLI's local --jsonl mode, one process, by line."""
    completed = subprocess.run([CLI, "--jsonl", str(corpus)], capture_output=True, text=True, timeout=600)
    assert completed.returncode == 1, completed.stderr  # some lines are bad
    return {record["line"]: record for record in map(json.loads, completed.stdout.splitlines())}


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory):
    """news-extract bulk on its own LocalCluster of 2 worker processes."""
    out = tmp_path_factory.mktemp("bulk") / "out"
    return bulk(corpus, out, "--workers", 2, "--partition-size", SIZE, "--no-progress"), out


@pytest.fixture(scope="module")
def cluster():
    """A scheduler with 2 worker processes (nannies restart a killed one) that the tests control."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as local, distributed.Client(local) as client:
        yield client


def test_bulk_on_two_workers_gives_the_sequential_records(local_run, corpus, sequential):
    completed, out = local_run
    assert completed.returncode == 0, completed.stderr
    assert "every line accounted for" in completed.stderr and "do not fail the run" in completed.stderr
    assert len(sequential) == RECORDED
    assert outputs(out) == sequential  # the same extraction JSON (and problems) for every line
    errors = {n: r["error"]["status"] for n, r in sequential.items() if r["error"]}
    assert errors == {7: 400, 50: 422, 123: 422, 250: 422, 280: 422}
    surrogate = sequential[SURROGATE_LINE[0]]["extraction"]
    text = json.loads(SURROGATE_LINE[1])["text"]
    assert "Maria Lopez" in [p["name"] for p in surrogate["participants"]]
    assert [text[q["start"]:q["end"]] for q in surrogate["quotes"]] == [q["text"] for q in surrogate["quotes"]]
    partitions = TOTAL_LINES // SIZE
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json"] + [
        f"{kind}-{k:05d}.{ext}" for k in range(partitions)
        for kind, ext in (("part", "jsonl"), ("errors", "jsonl"), ("part", "done"))])
    m = manifest(out)
    assert m["input"]["sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest()
    assert m["input"]["size"] == corpus.stat().st_size and m["input"]["physical_lines"] == TOTAL_LINES
    assert m["partition_size"] == SIZE and m["workers"] == 2 and m["model"]["version"]
    assert m["totals"] == {**m["totals"], "partitions": partitions, "computed": partitions, "skipped": 0, "failed": 0,
                           "lines": RECORDED, "blank": 1, "results": RECORDED - 5, "errors": 5, "accounted": True}
    assert [(p["first_line"], p["last_line"]) for p in m["partitions"]] == [
        (k * SIZE + 1, (k + 1) * SIZE) for k in range(partitions)]
    assert all(p["status"] == "done" and p["results"] + p["errors"] == p["lines"] for p in m["partitions"])
    assert len({p["pid"] for p in m["partitions"]}) == 2  # both worker processes took partitions


def _pipelines(client) -> dict:
    """Per worker: its pid and the identity of each pipeline it has loaded (service.bulk._EXTRACTORS)."""
    return client.run(lambda: (os.getpid(), {model: id(entry[0]) for model, entry in
                                             sys.modules["service.bulk"]._EXTRACTORS.items()}
                               if "service.bulk" in sys.modules else {}))


def test_rerun_recomputes_only_a_missing_partition(local_run, corpus, sequential, cluster, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(local_run[1], out)
    original = (out / "part-00003.jsonl").read_bytes()
    (out / "part-00003.jsonl").unlink()
    (out / "part-00003.done").unlink()
    before = mtimes(out)
    completed = bulk(corpus, out, "--scheduler", cluster.scheduler.address, "--partition-size", SIZE)
    assert completed.returncode == 0, completed.stderr
    m = manifest(out)
    assert [p["index"] for p in m["partitions"] if p["status"] == "done"] == [3]
    assert all(p["status"] == "skipped" for p in m["partitions"] if p["index"] != 3)
    assert m["totals"]["computed"] == 1 and m["totals"]["skipped"] == 11 and m["totals"]["accounted"]
    after = mtimes(out)
    redone = {"manifest.json", "errors-00003.jsonl"}
    assert {name: after[name] for name in before if name not in redone} == {
        name: mtime for name, mtime in before.items() if name not in redone}  # the other partitions untouched
    assert (out / "part-00003.jsonl").read_bytes() == original
    assert outputs(out) == sequential
    # Each worker process loaded the pipeline once and keeps it: another run reuses the same objects.
    loaded = _pipelines(cluster)
    (out / "part-00004.done").unlink()
    assert bulk(corpus, out, "--scheduler", cluster.scheduler.address, "--partition-size", SIZE).returncode == 0
    assert _pipelines(cluster) == loaded
    # All done: nothing to compute, so no scheduler is even contacted.
    completed = bulk(corpus, out, "--scheduler", UNREACHABLE, "--partition-size", SIZE, timeout=60)
    assert completed.returncode == 0 and "0 computed, 12 already done" in completed.stderr
    assert outputs(out) == sequential


def test_output_of_a_different_run_is_refused_without_force(local_run, corpus, cluster, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(local_run[1], out)
    before = mtimes(out)
    changed = tmp_path / "changed.jsonl"
    changed.write_text(corpus.read_text(encoding="utf-8") + json.dumps(article(999)) + "\n", encoding="utf-8")
    for args in ([changed, out, "--partition-size", SIZE], [corpus, out, "--partition-size", SIZE * 2],
                 [corpus, out, "--partition-size", SIZE, "--model", "en_core_web_lg"]):
        completed = bulk(*args, "--scheduler", UNREACHABLE, timeout=60)
        assert completed.returncode == 2, completed.stderr
        assert "different run" in completed.stderr and "--force" in completed.stderr
        assert "Traceback" not in completed.stderr
    assert "input sha256 was" in bulk(changed, out, "--scheduler", UNREACHABLE).stderr
    assert mtimes(out) == before  # nothing touched
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "part-00000.jsonl").write_text("{}\n")
    completed = bulk(corpus, stray, "--scheduler", UNREACHABLE, timeout=60)
    assert completed.returncode == 2 and "no manifest.json" in completed.stderr
    completed = bulk(changed, out, "--force", "--scheduler", cluster.scheduler.address, "--partition-size", SIZE)
    assert completed.returncode == 0, completed.stderr
    m = manifest(out)
    assert m["totals"]["lines"] == RECORDED + 1 and m["totals"]["computed"] == 13 and m["totals"]["accounted"]
    assert len(outputs(out)) == RECORDED + 1


def test_a_partition_that_keeps_failing_exits_1_and_a_rerun_retries_it(local_run, corpus, sequential, cluster,
                                                                       tmp_path):
    out = tmp_path / "out"
    shutil.copytree(local_run[1], out)
    (out / "part-00005.done").unlink()
    (out / "part-00005.jsonl").unlink()
    (out / "part-00005.jsonl").mkdir()  # its task cannot put its output in place, on every retry
    completed = bulk(corpus, out, "--scheduler", cluster.scheduler.address, "--partition-size", SIZE)
    assert completed.returncode == 1, completed.stderr
    assert "partition 5 (lines 126-150) failed" in completed.stderr and completed.stdout == ""
    assert "run the same command again" in completed.stderr
    m = manifest(out)
    assert m["partitions"][5]["status"] == "failed" and "IsADirectoryError" in m["partitions"][5]["error"]
    assert m["totals"]["failed"] == 1 and not m["totals"]["accounted"]
    assert not list(out.glob(".*.tmp"))  # temporary files of the failed attempts cleaned up
    (out / "part-00005.jsonl").rmdir()
    completed = bulk(corpus, out, "--scheduler", cluster.scheduler.address, "--partition-size", SIZE)
    assert completed.returncode == 0, completed.stderr
    assert manifest(out)["totals"]["computed"] == 1 and outputs(out) == sequential


def test_a_worker_killed_mid_run_loses_nothing(corpus, sequential, cluster, tmp_path):
    out = tmp_path / "out"
    pids = cluster.run(os.getpid)  # worker address -> pid
    size = 10  # 30 partitions: the run is still going when the first ones are done
    process = subprocess.Popen([CLI, "bulk", str(corpus), str(out), "--scheduler", cluster.scheduler.address,
                                "--partition-size", str(size)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        killed = None
        deadline = time.monotonic() + 300
        while killed is None and process.poll() is None and time.monotonic() < deadline:
            if list(out.glob("part-*.done")):
                busy = [address for address, keys in cluster.processing().items() if keys and address in pids]
                if busy:
                    killed = pids[busy[0]]
                    os.kill(killed, signal.SIGKILL)
            time.sleep(0.02)
        stdout, stderr = process.communicate(timeout=600)
    finally:
        if process.poll() is None:
            process.kill()
    assert killed is not None, f"the run ended before a worker could be killed: {stderr}"
    assert process.returncode == 0, stderr
    m = manifest(out)
    assert m["totals"]["lines"] == m["totals"]["results"] + m["totals"]["errors"] == RECORDED
    assert m["totals"]["computed"] == TOTAL_LINES // size and m["totals"]["failed"] == 0
    assert outputs(out) == sequential  # nothing lost, nothing twice, the same records
    assert not list(out.glob(".*.tmp"))
    cluster.wait_for_workers(2, timeout=180)  # the nanny restarted it
    assert killed not in cluster.run(os.getpid).values()


def test_plain_cli_never_imports_dask():
    code = ("import sys, service.cli as cli; assert 'bulk' in cli.COMMANDS; "
            "print(sorted(m for m in ('dask', 'distributed', 'service.bulk') if m in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert completed.stdout.strip() == "[]", completed.stderr


def test_bulk_usage_errors_exit_2(corpus, tmp_path):
    for args in ([], [corpus], [tmp_path / "missing.jsonl", tmp_path / "out"], [corpus, tmp_path, "--workers", 0],
                 [corpus, tmp_path, "--partition-size", 0], [corpus, tmp_path, "--scheduler", UNREACHABLE,
                                                              "--workers", 2]):
        completed = bulk(*args, timeout=120)
        assert completed.returncode == 2, (args, completed.stderr)
        assert "Traceback" not in completed.stderr
    assert "cannot use" in bulk(tmp_path / "missing.jsonl", tmp_path / "out").stderr
