"""Our own evaluation sets (eval/own and eval/own_fresh, check-only; eval/own_tune, a tune set of
recent news): every annotated span is exact, and each file is what eval/build.py makes of its
articles.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
SETS = {"own": 16, "own_tune": 20, "own_fresh": 20}  # folder -> number of articles


def records(folder: str) -> list[dict]:
    path = EVAL / folder / f"{folder}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("folder", SETS)
def test_the_set_has_unique_ids_and_the_scorer_s_fields(folder):
    found = records(folder)
    assert len(found) == SETS[folder] and len({r["id"] for r in found}) == len(found)
    for record in found:
        assert set(record) >= {"id", "dataset", "text", "request_date", "gold"}
        assert record["dataset"] == folder
        assert record["gold"]["quotes"] and record["gold"]["people"]


@pytest.mark.parametrize("record", [r for folder in SETS for r in records(folder)], ids=lambda r: r["id"])
def test_every_quote_and_speaker_mention_span_is_exact(record):
    text = record["text"]
    for quote in record["gold"]["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        mention = quote.get("speaker_mention")
        if mention:
            assert text[mention["start"]:mention["end"]] == mention["text"]


@pytest.mark.parametrize("folder", SETS)
def test_the_jsonl_is_what_build_py_writes(tmp_path, folder):
    copy = tmp_path / folder
    copy.mkdir()
    (copy / "articles.py").write_text((EVAL / folder / "articles.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, str(EVAL / "build.py"), str(copy)], check=True, capture_output=True)
    assert (copy / f"{folder}.jsonl").read_bytes() == (EVAL / folder / f"{folder}.jsonl").read_bytes()
