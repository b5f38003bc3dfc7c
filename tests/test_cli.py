"""The news-extract console script: the API's JSON for one article, or JSON Lines for many, locally or via --url."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import SEEDS, running_gunicorn

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


# ---- several inputs, JSON Lines, --url ------------------------------------------------------------

TEXTS = {
    "win.txt": "“We will win,” Jane Doe said on Tuesday.",
    "hire.txt": "Acme Corp. chief executive John Smith said the company would hire 200 workers next year.",
    "paris.txt": "The mayor of Paris, Anne Hidalgo, said on Monday that the plan would work.",
}
# line 2 is not JSON, line 3 is blank (skipped), line 4 has no text, line 6 a bad date, line 8 holds an
# unpaired surrogate escape (a good article), line 9 nothing but whitespace
JSONL_LINES = [
    json.dumps({"text": TEXTS["win.txt"], "date": "2021-05-04", "id": "win"}, ensure_ascii=False),
    '{"text": "unterminated',
    "",
    json.dumps({"date": "2021-05-04", "id": "no-text"}),
    json.dumps({"text": TEXTS["hire.txt"], "id": "hire"}),
    json.dumps({"text": TEXTS["paris.txt"], "date": "last week"}),
    json.dumps({"text": TEXTS["paris.txt"], "id": "paris"}),
    '{"text": "Jane Doe said \\ud800 \\u201cyes\\u201d on Monday.", "id": "odd\\udc80"}',
    json.dumps({"text": " \r\n\t\u2003 ", "id": "blank"}),
]
JSONL_INPUT = "\n".join(JSONL_LINES) + "\n"
API_KEY = "cli-test-key"


def run_cli(*args, input=None, env=None):
    return subprocess.run([CLI, *map(str, args)], input=input, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})}, check=False)


def records(stdout: str) -> list:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def text_files(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [folder / name for name in ("win.txt", "empty.txt", "hire.txt", "paris.txt")]


@pytest.fixture(scope="module")
def local_files_run(text_files):
    return run_cli(*text_files)


@pytest.fixture(scope="module")
def local_jsonl_run():
    return run_cli("--jsonl", "-", input=JSONL_INPUT)


@pytest.fixture(scope="module")
def server():
    """The service under real gunicorn, one worker, with an API key required."""
    with running_gunicorn(1, env={"NEWS_API_KEYS": API_KEY}) as gunicorn:
        yield gunicorn.url


def run_remote(server, *args, input=None):
    return run_cli("--url", server, *args, input=input, env={"NEWS_API_KEY": API_KEY})


def test_cli_writes_one_json_line_per_file_in_order(local_files_run, text_files):
    assert local_files_run.returncode == 1, local_files_run.stderr  # the empty file failed
    lines = records(local_files_run.stdout)
    assert [line["file"] for line in lines] == [str(path) for path in text_files]
    assert all(set(line) == {"file", "line", "id", "extraction", "error"} for line in lines)
    win, empty, hire, paris = lines
    assert empty["extraction"] is None and empty["error"]["status"] == 422 and "text" in empty["error"]["errors"]
    for line in (win, hire, paris):
        assert line["error"] is None and line["line"] is None and line["id"] is None
    assert [q["speaker"]["name"] for q in win["extraction"]["quotes"]] == ["Jane Doe"]
    assert "Traceback" not in local_files_run.stderr


def test_cli_jsonl_keeps_a_bad_line_in_place_and_goes_on(local_jsonl_run):
    assert local_jsonl_run.returncode == 1, local_jsonl_run.stderr
    lines = records(local_jsonl_run.stdout)
    assert [line["line"] for line in lines] == [1, 2, 4, 5, 6, 7, 8, 9]  # blank line 3 skipped
    assert all(line["file"] == "-" for line in lines)
    assert [line["id"] for line in lines] == ["win", None, "no-text", "hire", None, "paris", "odd\udc80", "blank"]
    failed = {line["line"]: line["error"] for line in lines if line["error"]}
    assert sorted(failed) == [2, 4, 6, 9]
    assert failed[2]["status"] == 400 and "not valid JSON" in failed[2]["detail"]
    assert failed[4]["status"] == 422 and "text" in failed[4]["errors"]
    assert failed[6]["status"] == 422 and "date" in failed[6]["errors"]
    assert failed[9]["status"] == 422 and "whitespace" in failed[9]["errors"]["text"][0]
    ok = [line for line in lines if not line["error"]]
    assert [line["extraction"]["id"] for line in ok] == ["win", "hire", "paris", "odd\udc80"]
    odd_text = json.loads(JSONL_LINES[7])["text"]
    (jane,) = ok[3]["extraction"]["participants"]
    assert [odd_text[m["start"]:m["end"]] for m in jane["mentions"]] == ["Jane Doe"]
    assert '"odd\\udc80"' in local_jsonl_run.stdout  # the id written back as the escape it came as
    assert ok[0]["extraction"]["date"] == {"value": "2021-05-04", "source": "request", "text": None,
                                           "start": None, "end": None, "year_inferred": False}


def test_cli_through_the_service_gives_the_same_records(server, local_jsonl_run, local_files_run, text_files):
    remote = run_remote(server, "--jsonl", "-", "--batch-size", "2", input=JSONL_INPUT)
    assert remote.returncode == 1, remote.stderr
    assert records(remote.stdout) == records(local_jsonl_run.stdout)  # extractions and problems alike
    remote = run_remote(server, *text_files)
    assert remote.returncode == 1, remote.stderr
    assert records(remote.stdout) == records(local_files_run.stdout)


def test_cli_progress_bar_goes_to_stderr_only(server, text_files):
    completed = run_remote(server, "--progress", *text_files)
    assert completed.returncode == 1
    assert "4/4" in completed.stderr and "article" in completed.stderr
    assert len(records(completed.stdout)) == 4  # every stdout line is a JSON record


def test_cli_writes_the_output_file(server, text_files, tmp_path):
    jsonl = tmp_path / "out.jsonl"
    completed = run_remote(server, "--output", jsonl, *text_files)
    assert completed.returncode == 1 and completed.stdout == ""
    assert [line["file"] for line in records(jsonl.read_text(encoding="utf-8"))] == list(map(str, text_files))
    single = tmp_path / "out.json"
    completed = run_remote(server, "-o", single, "--id", "w", text_files[0])
    assert completed.returncode == 0 and completed.stdout == ""
    assert json.loads(single.read_text(encoding="utf-8"))["id"] == "w"
    assert single.read_text(encoding="utf-8").startswith("{\n  ")  # indented, as for stdout


def test_cli_reports_service_errors_without_a_trace(server, text_files):
    completed = run_cli("--url", server, "--api-key", "wrong-key", text_files[0])
    assert completed.returncode == 2 and "401" in completed.stderr
    assert "wrong-key" not in completed.stderr and "Traceback" not in completed.stderr
    completed = run_remote(server, text_files[1])  # one text file that fails: message, exit 1
    assert completed.returncode == 1 and completed.stdout == ""
    assert "422" in completed.stderr and "Traceback" not in completed.stderr


def test_cli_usage_errors_exit_2():
    for args in (["--jsonl", "--date", "2021-05-04", "-"], ["--batch-size", "65", "-"], ["-", "-"], []):
        completed = run_cli(*args, input="")
        assert completed.returncode == 2, args
        assert "usage:" in completed.stderr and "Traceback" not in completed.stderr
