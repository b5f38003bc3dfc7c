#!/usr/bin/env python3
"""Build an evaluation set of our own: FOLDER/articles.py -> FOLDER/<folder name>.jsonl.

    python3 eval/build.py eval/own

Offsets are computed here from the texts, never written by hand; the folder's name is the
dataset's name in the scorer's tables.
"""
import json
import re
import sys
from pathlib import Path


def curlify(t: str) -> str:
    """Straight -> typographic quotes, one character for one character (offsets unchanged)."""
    out = list(t)
    for i, c in enumerate(t):
        prev = t[i - 1] if i > 0 else "\n"
        nxt = t[i + 1] if i + 1 < len(t) else " "
        if c == '"':
            out[i] = "\u201c" if (prev.isspace() or prev in "([-\u2014") else "\u201d"
        elif c == "'":
            out[i] = "\u2018" if ((prev.isspace() or prev in '"(') and nxt.isalnum()) else "\u2019"
    return "".join(out)


def gap(a, b):
    """Characters between two spans (0 if they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def whole_word_positions(text, word):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]


def locate_mention(text, spec, qspan):
    if spec is None:
        return None
    if isinstance(spec, str):
        cands = [(p, p + len(spec)) for p in whole_word_positions(text, spec)]
        cands = [c for c in cands if gap(c, qspan) > 0 or c[1] <= qspan[0] or c[0] >= qspan[1]]
        cands = [c for c in cands if not (c[0] < qspan[1] and c[1] > qspan[0])]
        assert cands, f"mention {spec!r} not found"
        return min(cands, key=lambda c: (gap(c, qspan), c[0]))
    word, ctx = spec
    ctxs = [(m.start(), m.start() + len(ctx)) for m in re.finditer(re.escape(ctx), text)]
    assert ctxs, f"mention context {ctx!r} not found"
    c = min(ctxs, key=lambda c: (gap(c, qspan), c[0]))
    off = ctx.find(word)
    assert off >= 0, (word, ctx)
    s = c[0] + off
    assert s == c[0] or not text[s - 1].isalnum(), (word, ctx)
    return (s, s + len(word))


def build(folder: Path):
    sys.path[:0] = [str(folder), str(Path(__file__).resolve().parent)]
    from articles import ARTICLES

    dataset = folder.name
    records = []
    for art in ARTICLES:
        straight = art["text"]
        cursor = 0
        spans = []
        for q in art["quotes"]:
            s = straight.find(q["text"], cursor)
            assert s >= 0, f"{art['id']}: quote not found after {cursor}: {q['text'][:60]!r}"
            e = s + len(q["text"])
            m = locate_mention(straight, q["mention"], (s, e))
            spans.append((s, e, m))
            cursor = s + 1
        text = curlify(straight) if art["curly"] else straight
        assert len(text) == len(straight)
        quotes = []
        for q, (s, e, m) in zip(art["quotes"], spans):
            quotes.append({
                "text": text[s:e], "start": s, "end": e, "speaker": q["speaker"],
                "speaker_mention": None if m is None else {"text": text[m[0]:m[1]], "start": m[0], "end": m[1]},
                "cue": q["cue"],
            })
        gold = {"quotes": quotes, "people": art["people"], "organizations": art["orgs"]}
        if art["aliases"]:
            gold["aliases"] = art["aliases"]
        if art["optional_people"]:
            gold["optional_people"] = art["optional_people"]
        if art["optional_orgs"]:
            gold["optional_organizations"] = art["optional_orgs"]
        records.append({"id": art["id"], "dataset": dataset, "text": text, "request_date": art["date"],
                        "gold": gold, "meta": {"genre": art["genre"]}})
    out = folder / f"{dataset}.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(records)} articles")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]).resolve())
