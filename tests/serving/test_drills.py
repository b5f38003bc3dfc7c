"""Reliability drills, short versions for CI: soak, worker kill, slow clients (see benchmarks/DRILLS.md).

Each test runs one drill script (benchmarks/drill_*.py) as a subprocess against real gunicorn on
loopback, with --json into tmp_path, and asserts its exit code and the key numbers of its summary.
Together they take about three and a half minutes on a 2-core machine. Select them with
`pytest tests/serving/test_drills.py` or `-k drill`; leave them out with `-k "not drill"`.

Timing assertions are relative to baselines measured in the same run, or generous bounds: the CI
machine is shared and noisy, so no absolute throughput is asserted.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

BENCHMARKS = ROOT / "benchmarks"


def run_drill(script: str, json_path: Path, *args: str, timeout: float) -> tuple[int, dict, str]:
    """(exit code, JSON summary, output) of `python benchmarks/<script> ... --json json_path`."""
    command = [sys.executable, str(BENCHMARKS / script), *args, "--json", str(json_path)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    output = done.stdout + done.stderr
    assert json_path.is_file(), f"{script} wrote no JSON summary; exit {done.returncode}:\n{output[-4000:]}"
    return done.returncode, json.loads(json_path.read_text(encoding="utf-8")), output


def failed_checks(summary: dict) -> list[str]:
    return [f"{c['name']}: {c['detail']}" for c in summary["checks"] if not c["ok"]]


def test_drill_soak(tmp_path):
    code, summary, output = run_drill("drill_soak.py", tmp_path / "soak.json",
                                      "--duration", "45", "--workers", "2", "--clients", "8", timeout=240)
    assert code == 0, f"failed checks {failed_checks(summary)}\n{output[-3000:]}"
    counts = summary["counts"]
    assert counts["5xx"] == 0 and counts["5xx_batch_items"] == 0
    assert counts["connection_errors"] == 0 and counts["timeouts"] == 0
    assert counts["2xx"] == counts["requests"] > 0
    assert summary["batch_requests"] > 0  # the mix really included batches
    assert summary["workers_start"] == summary["workers_end"] and not summary["worker_changes"]
    assert summary["max_requests"] == 0
    assert len(summary["rss_samples"]) >= 10


def test_drill_worker_kill(tmp_path):
    code, summary, output = run_drill("drill_worker_kill.py", tmp_path / "kill.json",
                                      "--duration", "60", "--kill-every", "15", "--workers", "2",
                                      "--clients", "4", timeout=300)
    assert code == 0, f"failed checks {failed_checks(summary)}\n{output[-3000:]}"
    kills = summary["kills"]
    assert len(kills) >= 2
    # The retrying Client lost nothing, and the kills did reach it (its retries absorbed them).
    assert summary["client"]["failures"] == 0
    assert summary["client"]["counts"]["2xx"] == summary["client"]["counts"]["requests"] > 0
    # Plain requests without retries failed only inside a kill window, at most one per client in flight.
    assert summary["plain"]["outside_kill_window"] == 0
    for kill in kills:
        assert kill["plain_failures"] <= min(kill["plain_in_flight"], summary["plain_clients"])
        assert kill["recovery"] and not kill["recovery"].get("timed_out")
        assert kill["recovery"]["recovered_s"] <= summary["recover_bound_s"]
    for population in ("plain", "client"):
        counts = summary[population]["counts"]
        assert counts["5xx"] == 0 and counts["5xx_batch_items"] == 0
    assert summary["master_alive"] and len(summary["workers_end"]) == summary["workers"]


@pytest.fixture(scope="module")
def slow_clients(tmp_path_factory):
    path = tmp_path_factory.mktemp("drill") / "slow.json"
    return run_drill("drill_slow_clients.py", path, "--duration", "30", "--baseline", "8", "--workers", "2",
                     timeout=240)


def test_drill_slow_clients_workers_survive(slow_clients):
    """Whatever the slow clients do, no worker dies, nothing answers 5xx, and service resumes after."""
    _, summary, output = slow_clients
    checks = {c["name"]: c for c in summary["checks"]}
    assert summary["master_alive"] and summary["workers_start"] == summary["workers_end"], output[-3000:]
    assert not summary["fatal_log_lines"]
    assert not [k for k in summary["server_log_requests"] if k.startswith("5")]
    assert checks["serves normally after the attack"]["ok"], output[-3000:]
    assert checks["baseline served without errors"]["ok"], output[-3000:]


def test_drill_slow_clients_normal_client_served(slow_clients):
    """The normal client is served during the attack: zero errors, p99 within the drill's relative bound."""
    code, summary, output = slow_clients
    attack = summary["normal"]["attack"]
    assert attack["errors"] == 0, f"{attack['error_kinds']}\n{output[-3000:]}"
    assert not summary["p99_counting_failures_infinite"]
    assert summary["p99_counting_failures_s"] <= summary["p99_bound_s"]
    assert code == 0, f"failed checks {failed_checks(summary)}"
