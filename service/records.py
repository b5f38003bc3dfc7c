"""Articles (texts or web pages) as records, shared by `news-extract` (service/cli.py) and its bulk runner (service/bulk.py):
one input line read into an article or a problem, articles validated and extracted in batches
(locally or through a service), and the loop that writes one record per article in input order.
"""
from __future__ import annotations

import itertools
import json
from http import HTTPStatus
from typing import Callable, Iterable, NamedTuple, Optional

from .client import AuthenticationError, ProblemError, ServiceUnavailable


class Fatal(Exception):
    """Stops the run: a message for stderr, exit status 2."""


class Item(NamedTuple):
    """One article to extract (``article``), or the problem that stopped it before extraction."""
    file: str
    line: Optional[int]
    id: Optional[str]
    article: Optional[dict] = None
    problem: Optional[dict] = None


def problem(status: int, detail: str, errors: Optional[dict] = None, problem_type: str = "about:blank",
            extensions: Optional[dict] = None) -> dict:
    """A problem document shaped like the API's (service/api/errors.py)."""
    body = {"type": problem_type, "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    return {**body, **({"errors": errors} if errors else {}), **(extensions or {})}


def line_item(path: str, number: int, raw: bytes) -> Item:
    """One JSON line as an Item: its object, or the problem with the line."""
    try:
        article = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
    except UnicodeDecodeError:
        return Item(path, number, None, problem=problem(400, "The line is not valid UTF-8."))
    except (ValueError, RecursionError) as exc:
        return Item(path, number, None, problem=problem(400, f"The line is not valid JSON: {exc}"[:300]))
    if not isinstance(article, dict):
        return Item(path, number, None, problem=problem(422, "The article is not a JSON object.", {
            "_schema": ["Expected a JSON object with a 'text' field."]}))
    article_id = article.get("id") if isinstance(article.get("id"), str) else None
    return Item(path, number, article_id, article)


Outcome = tuple[Optional[dict], Optional[dict]]  # (extraction, error): exactly one is None
ExtractFn = Callable[[list[dict]], list[Outcome]]


def local_extract(model: str, language_check: Optional[bool] = None) -> ExtractFn:
    """Validate each article as the API does (the language check too, per NEWS_LANGUAGE_CHECK unless
    ``language_check`` is given), then extract the valid ones in one spaCy batch."""
    from marshmallow import ValidationError

    from .admission import Refusal, admit
    from .api.schemas import ExtractionSchema, ExtractRequestSchema
    from .config import language_check as language_check_setting
    from .extract import Article, Extractor
    try:
        check = language_check_setting() if language_check is None else language_check
    except ValueError as exc:
        raise Fatal(str(exc)) from None
    try:
        extractor = Extractor(model)
    except (OSError, ImportError) as exc:
        raise Fatal(f"cannot load the spaCy pipeline {model}: {exc}") from None
    request_schema, extraction_schema = ExtractRequestSchema(), ExtractionSchema()

    def validate(raw: dict):
        try:
            loaded = request_schema.load(raw)
        except ValidationError as exc:
            return problem(422, "The article has invalid fields.", exc.normalized_messages())
        try:  # a web page is read into its article text, as the API reads it; no size limits here
            return admit(loaded, check)
        except Refusal as refusal:
            return problem(**refusal.fields)

    def outcome(result) -> Outcome:
        if isinstance(result, Exception):
            return None, problem(500, f"Extraction failed: {type(result).__name__}: {result}")
        return (None, result) if isinstance(result, dict) else (extraction_schema.dump(result), None)

    def extract(raw_articles: list[dict]) -> list[Outcome]:
        checked = [validate(raw) for raw in raw_articles]  # an Article, or a problem
        valid = [article for article in checked if isinstance(article, Article)]
        results = iter(list(extractor.extract_many(valid, batch_size=max(1, len(valid)), return_errors=True)))
        return [outcome(next(results) if isinstance(article, Article) else article) for article in checked]
    return extract


def remote_extract(client) -> ExtractFn:
    """Send the articles as one POST /v1/extract/batch; the service validates each."""
    def extract(raw_articles: list[dict]) -> list[Outcome]:
        try:
            results = client.extract_batch(raw_articles)
        except (AuthenticationError, ServiceUnavailable):
            raise
        except ProblemError as exc:  # the whole batch refused (too large, say): each article fails
            return [(None, exc.problem)] * len(raw_articles)
        return [(result["extraction"], result["problem"]) for result in results]
    return extract


def run(items: Iterable[Item], extract: ExtractFn, write: Callable[[Item, Outcome], None],
        batch_size: int, progress) -> int:
    """Extract and write every item in order, a batch at a time; the number of failed items."""
    failed = 0
    items = iter(items)
    while chunk := list(itertools.islice(items, batch_size)):
        todo = [item.article for item in chunk if item.problem is None]
        outcomes = iter(extract(todo) if todo else [])
        for item in chunk:
            outcome = (None, item.problem) if item.problem else next(outcomes)
            failed += outcome[1] is not None
            write(item, outcome)
        progress.update(len(chunk))
    return failed
