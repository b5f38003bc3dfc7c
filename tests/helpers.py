"""Test helpers: the seed articles and the walk over every span of a response."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def seed_text(prefix: str) -> str:
    """A product seed article (../shared/seeds), read verbatim."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def iter_spans(result: dict):
    """Every {text, start, end} object in an API response, for the offsets invariant."""
    for date in [result["date"]] if result.get("date") and result["date"].get("start") is not None else []:
        yield date
    yield from result["dates"]
    for group in ("participants", "organizations", "locations"):
        for entity in result[group]:
            yield from entity["mentions"]
    for quote in result["quotes"]:
        yield quote
        if quote["cue"]:
            yield quote["cue"]
        if quote["speaker"] and quote["speaker"]["mention"]:
            yield quote["speaker"]["mention"]
