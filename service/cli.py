"""The `news-extract` command: the API's JSON for an article file, without a server."""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
from typing import Optional

from .api.schemas import ExtractionSchema
from .config import Config
from .extract import Extractor


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="news-extract",
        description="Print the date, dates, people, organizations and quotes of a news article as JSON "
                    "(the same JSON as POST /v1/extract).")
    parser.add_argument("file", help="the article as a UTF-8 text file, or - for standard input")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="publication date, YYYY-MM-DD")
    parser.add_argument("--id", help="identifier to echo back")
    parser.add_argument("--model", default=Config.from_env()["MODEL_NAME"],
                        help="installed spaCy pipeline to use (default: %(default)s)")
    parser.add_argument("--compact", action="store_true", help="one line of JSON instead of indented")
    return parser.parse_args(argv)


def main(argv: Optional[list[str]] = None) -> int:
    args = _parse_args(argv)
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"news-extract: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    result = Extractor(args.model).extract(text, args.date, args.id)
    output = ExtractionSchema().dump(result)
    print(json.dumps(output, ensure_ascii=False, indent=None if args.compact else 2))
    return 0


@functools.lru_cache(maxsize=1)
def _shared_extractor() -> Extractor:
    return Extractor(Config.from_env()["MODEL_NAME"])


def extract_for_score(text: str, date: Optional[str] = None) -> dict:
    """Adapter for ``score.py --callable service.cli:extract_for_score``: in-process scoring."""
    anchor = dt.date.fromisoformat(date) if date else None
    return ExtractionSchema().dump(_shared_extractor().extract(text, anchor))


if __name__ == "__main__":
    sys.exit(main())
