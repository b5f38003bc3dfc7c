"""The check-only set of our own articles (eval/own): every annotated span is exact, and the file is
what build.py makes of articles.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

OWN = Path(__file__).resolve().parents[2] / "eval" / "own"


def records():
    return [json.loads(line) for line in (OWN / "own.jsonl").read_text(encoding="utf-8").splitlines() if line]


def test_the_set_has_unique_ids_and_the_scorer_s_fields():
    found = records()
    assert len(found) == 16 and len({r["id"] for r in found}) == len(found)
    for record in found:
        assert set(record) >= {"id", "dataset", "text", "request_date", "gold"}
        assert record["gold"]["quotes"] and record["gold"]["people"]


@pytest.mark.parametrize("record", records(), ids=lambda r: r["id"])
def test_every_quote_and_speaker_mention_span_is_exact(record):
    text = record["text"]
    for quote in record["gold"]["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        mention = quote.get("speaker_mention")
        if mention:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_own_jsonl_is_what_build_py_writes(tmp_path):
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "articles.py").write_text((OWN / "articles.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, str(OWN.parent / "build.py"), str(folder)], check=True, capture_output=True)
    assert (folder / "own.jsonl").read_bytes() == (OWN / "own.jsonl").read_bytes()
