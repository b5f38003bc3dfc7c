"""The `news-extract` command: the API's JSON for news articles, locally or through a running service."""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import sys
from contextlib import ExitStack, nullcontext
from typing import Callable, Iterator, Optional, TextIO

from tqdm import tqdm

from .client import Client, ClientError, describe_problem
from .config import Config
from .json_text import dumps
from .records import Fatal, Item, Outcome, line_item, local_extract, remote_extract, run

MAX_BATCH_SIZE = Config.MAX_BATCH_SIZE  # the service's default limit per POST /v1/extract/batch
EPILOG = """\
output:
  One text file: its extraction, the JSON of POST /v1/extract (indented unless --compact).
  Several files, or --jsonl: JSON Lines, one record per article, in input order:
    {"file": "a.txt", "line": null, "id": null, "extraction": {...}, "error": null}
    {"file": "-", "line": 3, "id": "x", "extraction": null, "error": {"type": "about:blank",
     "title": "Unprocessable Entity", "status": 422, "detail": "...", "errors": {...}}}
  file is the input (- for standard input), line the 1-based line of a --jsonl input (null for a
  text file), id the article's id (--id, or the line's "id" when a string); exactly one of
  extraction and error is non-null, error being an RFC 9457 problem document like the API's.

web pages: a file named *.html or *.htm (or any file with --html) is a web page: its article text
  is extracted (the page's headline first) and the extraction carries that "text" and the page's
  metadata ("page"). It is decoded by its <meta charset>, else as UTF-8.

--jsonl input: one JSON object per line, {"text": ..., "date": "YYYY-MM-DD", "id": ...} (date and
  id optional; "html": a web page, instead of "text"; blank lines skipped). A bad line (not JSON, no text, a bad date) gets an error
  record in its place and the run goes on.

language: an article that is not in English gets an error (422, type
  /problems/unsupported-language, with its language and confidence) unless the environment has
  NEWS_LANGUAGE_CHECK=0; short texts and lists of names are presumed English.

exit status:
  0  every article was extracted
  1  some articles failed (their error records; for one text file, a message on stderr)
  2  usage error, unreadable input or unwritable output, or the service (--url) is unusable

a corpus on Dask (the bulk extra): news-extract bulk INPUT.jsonl OUTPUT_DIR (see its --help)
"""


def _bulk_command(argv: list[str]) -> int:
    from .bulk import (
        main as bulk_main,  # imported here: `news-extract FILE` never loads dask
    )
    return bulk_main(argv)


COMMANDS: dict[str, Callable[[list[str]], int]] = {"bulk": _bulk_command}  # subcommands by first word


def _batch_size(value: str) -> int:
    size = int(value)
    if not 1 <= size <= MAX_BATCH_SIZE:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_BATCH_SIZE}")
    return size


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="news-extract", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Print the date, dates, people, organizations and quotes of news articles as JSON\n"
                    "(the same JSON as POST /v1/extract), extracted locally or by a running service.")
    add = parser.add_argument
    add("files", nargs="+", metavar="FILE",
        help="an article as a UTF-8 text file or a web page (*.html, *.htm; with --jsonl: a JSON Lines "
             "file), or - for standard input")
    add("--jsonl", action="store_true", help="read JSON Lines of articles, write JSON Lines")
    add("--html", action="store_true",
        help="the files are web pages (default: only files named *.html or *.htm)")
    add("--date", type=dt.date.fromisoformat, help="publication date of text files, YYYY-MM-DD")
    add("--id", help="identifier to echo back, for text files")
    add("--model", default=os.environ.get("NEWS_MODEL", "").strip() or Config.MODEL_NAME,
        help="installed spaCy pipeline for local extraction (default: %(default)s)")
    add("--url", help="extract with the service at this base URL instead of locally")
    add("--api-key", default=os.environ.get("NEWS_API_KEY") or None,
        help="API key for --url (default: $NEWS_API_KEY)")
    add("--batch-size", type=_batch_size, default=16,
        help=f"articles per batch, 1 to {MAX_BATCH_SIZE} (default: %(default)s)")
    add("--output", "-o", metavar="FILE", help="write here instead of standard output")
    add("--compact", action="store_true", help="one line of JSON instead of indented")
    add("--progress", action=argparse.BooleanOptionalAction,
        help="progress bar on stderr for several articles (default: when stderr is a terminal)")
    args = parser.parse_args(argv)
    if args.jsonl and (args.date or args.id or args.html):
        parser.error("--date, --id and --html apply to files; with --jsonl each line has its own")
    if args.files.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    return args


def _open(path: str, mode: str = "r"):
    """The file opened (text as UTF-8), or Fatal with a readable message."""
    try:
        return open(path, mode, encoding=None if "b" in mode else "utf-8")
    except OSError as exc:
        raise Fatal(f"cannot {'write' if 'w' in mode else 'read'} {path}: {exc.strerror or exc}") from None


PAGE_SUFFIXES = (".html", ".htm")


def _read_page(path: str) -> str:
    """A web page file as text, decoded as a browser would (its <meta charset>, else UTF-8)."""
    from .extract import decode_page  # here: text files never load the library
    with nullcontext(sys.stdin.buffer) if path == "-" else _open(path, "rb") as handle:
        return decode_page(handle.read())


def _text_items(paths: list[str], date: Optional[dt.date], id: Optional[str],
                html: bool = False) -> Iterator[Item]:
    for path in paths:
        is_page = html or path.lower().endswith(PAGE_SUFFIXES)
        try:
            if is_page:
                content = _read_page(path)
            else:
                with nullcontext(sys.stdin) if path == "-" else _open(path) as handle:
                    content = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise Fatal(f"cannot read {path}: {exc}") from None
        yield Item(path, None, id, {"html" if is_page else "text": content, "date": date and date.isoformat(), "id": id})


def _jsonl_items(paths: list[str]) -> Iterator[Item]:
    for path in paths:
        try:
            with nullcontext(sys.stdin.buffer) if path == "-" else _open(path, "rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    if raw.strip():  # blank lines are skipped
                        yield line_item(path, number, raw)
        except OSError as exc:
            raise Fatal(f"cannot read {path}: {exc}") from None


def single_writer(out: TextIO, compact: bool) -> Callable[[Item, Outcome], None]:
    def write(item: Item, outcome: Outcome) -> None:
        extraction, error = outcome
        if error is not None:
            errors = f" {json.dumps(error['errors'], ensure_ascii=False)}" if error.get("errors") else ""
            print(f"news-extract: {item.file}: {describe_problem(error)}{errors}", file=sys.stderr)
        else:
            print(dumps(extraction, indent=None if compact else 2), file=out)
    return write


def record_writer(out: TextIO) -> Callable[[Item, Outcome], None]:
    def write(item: Item, outcome: Outcome) -> None:
        extraction, error = outcome
        record = {"file": item.file, "line": item.line, "id": item.id, "extraction": extraction, "error": error}
        out.write(dumps(record) + "\n")
        out.flush()
    return write


def _extract_command(argv: list[str]) -> int:
    args = _parse_args(argv)
    single = not args.jsonl and len(args.files) == 1
    show_progress = not single and (sys.stderr.isatty() if args.progress is None else args.progress)
    try:
        for path in (path for path in args.files if path != "-"):
            _open(path, "rb").close()  # fail before any work (or loading spaCy) on a missing input
        items = _jsonl_items(args.files) if args.jsonl else _text_items(args.files, args.date, args.id, args.html)
        with ExitStack() as stack:
            out = stack.enter_context(_open(args.output, "w")) if args.output else sys.stdout
            if args.url:
                extract = remote_extract(stack.enter_context(Client(args.url, args.api_key, timeout=120)))
            else:
                extract = local_extract(args.model)
            progress = stack.enter_context(tqdm(total=None if args.jsonl else len(args.files), unit="article",
                                                file=sys.stderr, disable=not show_progress))
            write = single_writer(out, args.compact) if single else record_writer(out)
            failed = run(items, extract, write, args.batch_size, progress)
    except (Fatal, ClientError) as exc:
        print(f"news-extract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 2
    except KeyboardInterrupt:
        return 130
    return 1 if failed else 0


def main(argv: Optional[list[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return _extract_command(argv)


@functools.lru_cache(maxsize=1)
def _shared_extractor():
    from .extract import Extractor
    return Extractor(Config.from_env()["MODEL_NAME"])


def extract_for_score(text: str, date: Optional[str] = None) -> dict:
    """Adapter for ``score.py --callable service.cli:extract_for_score``: in-process scoring."""
    from .api.schemas import ExtractionSchema
    anchor = dt.date.fromisoformat(date) if date else None
    return ExtractionSchema().dump(_shared_extractor().extract(text, anchor))


if __name__ == "__main__":
    sys.exit(main())
