"""Save the library's response to every development article, and compare two saved runs.

    .venv/bin/python tools/responses.py save OUT.jsonl [FILE.jsonl ...]
    .venv/bin/python tools/responses.py compare BEFORE.jsonl AFTER.jsonl

`save` runs the extraction in-process (as `make score` does, through
``service.cli.extract_for_score``) on each gold article of ``../shared/data/dev/*.jsonl`` (the
seeds are among them, as dataset ``seeds``), with the article's request date, and writes one line
per article: ``{"dataset", "id", "response"}``, in the order read. The file is also a replay file
for ``../shared/eval/score.py --replay OUT.jsonl FILES``, which scores it without extracting again.
The saved files stay outside the repository: they hold text of the dev articles.

`compare` says whether two runs are byte for byte identical and, if not, which articles differ
and in which top-level fields; exit 0 when identical, 1 otherwise. A restructuring must leave it
at 0; a quality change reads its differences here, article by article, field by field.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def save(out: Path, files: list[Path]) -> int:
    from service.cli import extract_for_score
    started, count = time.perf_counter(), 0
    with out.open("w", encoding="utf-8") as lines:
        for path in files:
            for raw in path.read_text(encoding="utf-8").splitlines():
                if not raw.strip():
                    continue
                record = json.loads(raw)
                response = extract_for_score(record["text"], record.get("request_date"))
                lines.write(json.dumps({"dataset": record.get("dataset"), "id": record.get("id"),
                                        "response": response}, ensure_ascii=True) + "\n")
                count += 1
    print(f"saved {count} responses to {out} in {time.perf_counter() - started:.0f} s")
    return 0


def read(path: Path) -> dict[tuple, str]:
    rows = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            record = json.loads(raw)
            rows[(record.get("dataset"), record.get("id"))] = raw
    return rows


def compare(before: Path, after: Path) -> int:
    old, new = read(before), read(after)
    differ = [key for key in old if key in new and old[key] != new[key]]
    missing = [key for key in old if key not in new] + [key for key in new if key not in old]
    for key in differ:
        a, b = json.loads(old[key])["response"], json.loads(new[key])["response"]
        fields = sorted(f for f in set(a) | set(b) if a.get(f) != b.get(f))
        print(f"differs: {key[0]}/{key[1]}: {', '.join(fields)}")
    for key in missing:
        print(f"only in one run: {key[0]}/{key[1]}")
    same = len(old) - len(differ) - sum(key in old for key in missing)
    print(f"{same} of {len(old)} responses identical byte for byte; {len(differ)} differ; "
          f"{len(missing)} in one run only")
    return 0 if not differ and not missing else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="save the responses to every dev article")
    saving.add_argument("out", type=Path)
    saving.add_argument("files", type=Path, nargs="*", help="gold JSONL files (default: ../shared/data/dev/*.jsonl)")
    comparing = commands.add_parser("compare", help="compare two saved runs byte for byte")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        return save(args.out, args.files or sorted(DEV.glob("*.jsonl")))
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
