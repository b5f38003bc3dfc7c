"""The news-extract console script prints the API's JSON without a server."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .helpers import SEEDS

CLI = str(Path(sys.executable).with_name("news-extract"))


def test_cli_prints_the_same_json_as_the_api(client):
    (seed,) = SEEDS.glob("000_*.txt")
    completed = subprocess.run([CLI, str(seed)], capture_output=True, text=True, timeout=300, check=True)
    printed = json.loads(completed.stdout)
    api = client.post("/v1/extract", json={"text": seed.read_text(encoding="utf-8")}).get_json()
    assert printed == api


def test_cli_reads_standard_input_with_a_date():
    completed = subprocess.run([CLI, "-", "--date", "2021-05-04", "--compact"], input="She spoke on Monday.",
                               capture_output=True, text=True, timeout=300, check=True)
    body = json.loads(completed.stdout)
    assert body["date"]["value"] == "2021-05-04" and body["date"]["source"] == "request"
    assert len(completed.stdout.strip().splitlines()) == 1


def test_cli_reports_a_missing_file_without_a_trace(tmp_path):
    completed = subprocess.run([CLI, str(tmp_path / "missing.txt")], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 2
    assert "cannot read" in completed.stderr and "Traceback" not in completed.stderr
