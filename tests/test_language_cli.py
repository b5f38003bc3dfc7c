"""The language check in `news-extract` and its bulk runner: a foreign article gets its own error
record (422, type /problems/unsupported-language, with its language), the others are extracted;
NEWS_LANGUAGE_CHECK=0 extracts it. Articles from tests/data/language (written for the project)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import records, run_cli

SAMPLES = Path(__file__).resolve().parent / "data" / "language"
GERMAN = (SAMPLES / "long" / "de_2.txt").read_text(encoding="utf-8")
ENGLISH_WITH_FRENCH = (SAMPLES / "mixed" / "en_french_places.txt").read_text(encoding="utf-8")
LINES = [{"text": "Xi Jinping met Vladimir Putin on Thursday.", "id": "short"},
         {"text": GERMAN, "id": "german"},
         {"text": ENGLISH_WITH_FRENCH, "id": "places"}]
JSONL = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in LINES)
PROBLEM_TYPE = "/problems/unsupported-language"


def check_records(found: list) -> None:
    assert [(r["line"], r["id"]) for r in found] == [(1, "short"), (2, "german"), (3, "places")]
    short, german, places = found
    assert german["extraction"] is None
    assert german["error"]["status"] == 422 and german["error"]["type"] == PROBLEM_TYPE
    assert german["error"]["language"] == {"code": "de", "confidence": 1.0}
    assert short["error"] is None and short["extraction"]["language"]["code"] == "en"
    assert places["error"] is None and places["extraction"]["language"] == {"code": "en", "confidence": 1.0}


def test_jsonl_gives_the_foreign_article_its_own_error_record():
    completed = run_cli("--jsonl", "-", input=JSONL)
    assert completed.returncode == 1, completed.stderr  # one article failed
    check_records(records(completed.stdout))


def test_one_foreign_text_file_is_an_error_message(tmp_path):
    path = tmp_path / "german.txt"
    path.write_text(GERMAN, encoding="utf-8")
    completed = run_cli(path)
    assert completed.returncode == 1 and completed.stdout == ""
    assert "422" in completed.stderr and "'de'" in completed.stderr and "Traceback" not in completed.stderr
    checked_off = run_cli(path, "--compact", env={"NEWS_LANGUAGE_CHECK": "0"})
    assert checked_off.returncode == 0, checked_off.stderr
    assert json.loads(checked_off.stdout)["language"] == {"code": "de", "confidence": 1.0}


def test_a_bad_setting_is_a_usage_error_without_a_trace():
    completed = run_cli("--jsonl", "-", input=JSONL, env={"NEWS_LANGUAGE_CHECK": "maybe"})
    assert completed.returncode == 2
    assert "NEWS_LANGUAGE_CHECK" in completed.stderr and "Traceback" not in completed.stderr


def test_bulk_gives_the_foreign_article_its_own_error_record(tmp_path):
    pytest.importorskip("distributed", reason="the bulk extra (dask, distributed) is not installed")
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out"
    corpus.write_text(JSONL, encoding="utf-8")
    completed = run_cli("bulk", corpus, out, "--workers", 1, "--partition-size", 3, "--no-progress")
    assert completed.returncode == 0, completed.stderr  # a bad article does not fail a bulk run
    found = [json.loads(line) for name in ("part-00000.jsonl", "errors-00000.jsonl")
             for line in (out / name).read_text(encoding="utf-8").splitlines()]
    check_records(sorted(found, key=lambda record: record["line"]))
