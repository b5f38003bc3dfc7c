"""The extraction endpoints (one article, or a batch): parse the request, call the library, serialise.

An article comes as text (JSON `text`, a text/plain body) or as its web page (JSON `html`, a
text/html body); a page is read into text by the library (``Article.from_html``) before the
extraction lock is taken."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from flask import Blueprint, current_app, g, json, request
from marshmallow import ValidationError

from ..admission import Refusal, admit
from ..extract import (
    Article,
    Extraction,
    Extractor,
    UnknownCharset,
    decode_page,
)
from .auth import require_api_key
from .errors import Problem
from .observability import observe_extraction
from .schemas import BatchResultSchema, ExtractionSchema, ExtractRequestSchema

extract_bp = Blueprint("extract", __name__)
extract_bp.before_request(require_api_key)
request_schema = ExtractRequestSchema()
extraction_schema = ExtractionSchema()
batch_result_schema = BatchResultSchema()
log = logging.getLogger(__name__)
QUERY_FIELDS = ("date", "id")


def _payload_from_json(expected: str = "a JSON object with a 'text' field") -> dict:
    raw = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: 413
    try:
        payload = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise Problem(400, f"The body is not valid JSON: {exc}"[:300]) from None
    if not isinstance(payload, dict):
        raise Problem(422, "The body must be a JSON object.",
                      errors={"_schema": [f"Expected {expected}."]})
    return payload


def _payload_from_plain_text() -> dict:
    raw = request.get_data(cache=False)
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise Problem(400, f"The body is not valid {charset} text.") from None
    return {"text": text}


def _payload_from_html() -> dict:
    """A text/html body, decoded as a browser would (Content-Type charset, <meta charset>, UTF-8)."""
    raw = request.get_data(cache=False)
    try:
        return {"html": decode_page(raw, request.mimetype_params.get("charset"))}
    except UnknownCharset as exc:
        raise Problem(400, f"The body's charset is unknown: {exc}") from None


def read_article() -> Article:
    """The validated article of this request (a page already read into text), or a Problem."""
    mimetype = request.mimetype
    if mimetype == "application/json" or mimetype.endswith("+json"):
        body = _payload_from_json()
    elif mimetype == "text/plain":
        body = _payload_from_plain_text()
    elif mimetype == "text/html":
        body = _payload_from_html()
    else:
        raise Problem(415, "Send the article as application/json, text/plain or text/html.")
    # ?date= and ?id= apply to either body type (each validated); a JSON body's own fields win.
    query = {key: request.args[key] for key in QUERY_FIELDS if key in request.args}
    errors: dict = {}
    try:
        from_query = request_schema.load(query, partial=("text",))
    except ValidationError as exc:
        errors.update(exc.normalized_messages())
    try:
        article = request_schema.load({**query, **body})
    except ValidationError as exc:
        errors.update(exc.normalized_messages())
    if errors:
        raise Problem(422, "The request has invalid fields.", errors=errors)
    for key in QUERY_FIELDS:
        if key not in body:
            article[key] = from_query.get(key)
    return to_article(article)


def to_article(fields: dict) -> Article:
    """The library's Article of validated fields, a page read into its text, with its language;
    a Problem when it is refused (service/admission.py: the limits and the language check)."""
    config = current_app.config
    try:
        return admit(fields, config["LANGUAGE_CHECK"], config["MAX_BODY_BYTES"], config["MAX_TEXT_CHARS"])
    except Refusal as refusal:
        raise Problem(**refusal.fields) from None


@contextmanager
def held_extractor() -> Iterator[Extractor]:
    """This worker's extractor, held alone for the block (one extraction at a time per process);
    the wait for it goes into the request's access line (``lock_wait_ms``)."""
    holder = current_app.extensions["model_holder"]
    extractor = holder.get(timeout=current_app.config["MODEL_WAIT_SECONDS"])
    if extractor is None:
        raise Problem(503, "The NLP model is not loaded yet.", headers={"Retry-After": "5"})
    with holder.exclusive() as waited:
        g.lock_wait_ms = round(waited * 1000, 1)
        yield extractor


@extract_bp.post("/v1/extract")
def extract():
    article = read_article()
    with held_extractor() as extractor:
        result = extractor.extract(article.text, article.date, article.id, article.page, article.language)
    observe_extraction(article.text, result)
    return extraction_schema.dump(result)


def read_batch() -> list:
    """The request's list of raw article objects (each validated later, on its own), or a Problem."""
    request.max_content_length = current_app.config["MAX_BATCH_BODY_BYTES"]
    if not (request.mimetype == "application/json" or request.mimetype.endswith("+json")):
        raise Problem(415, "Send the batch as application/json.")
    articles = _payload_from_json("a JSON object with an 'articles' list").get("articles")
    limit = current_app.config["MAX_BATCH_SIZE"]
    if not isinstance(articles, list) or not articles:
        raise Problem(422, "The request has invalid fields.",
                      errors={"articles": ["Expected a non-empty list of article objects."]})
    if len(articles) > limit:
        raise Problem(422, "The request has invalid fields.",
                      errors={"articles": [f"At most {limit} articles per batch; got {len(articles)}."]})
    return articles


def validate_item(raw) -> Article:
    """One batch item as an Article (a page read into text), or a Problem for this item alone."""
    if not isinstance(raw, dict):
        raise Problem(422, "The article is not a JSON object.",
                      errors={"_schema": ["Expected a JSON object with a 'text' or 'html' field."]})
    try:
        fields = request_schema.load(raw)
    except ValidationError as exc:
        raise Problem(422, "The article has invalid fields.", errors=exc.normalized_messages()) from None
    return to_article(fields)


def item(index: int, article_id, outcome) -> dict:
    if isinstance(outcome, Extraction):
        return {"index": index, "id": article_id, "status": 200, "extraction": outcome, "problem": None}
    return {"index": index, "id": article_id, "status": outcome.status, "extraction": None,
            "problem": outcome.body()}


@extract_bp.post("/v1/extract/batch")
def extract_batch():
    raw_articles = read_batch()
    outcomes: list = []
    for raw in raw_articles:
        try:
            outcomes.append(validate_item(raw))
        except Problem as problem:
            outcomes.append(problem)
    valid = [(i, a) for i, a in enumerate(outcomes) if isinstance(a, Article)]
    with held_extractor() as extractor:
        results = list(extractor.extract_many((a for _, a in valid), return_errors=True))
    for (i, article), result in zip(valid, results):
        if isinstance(result, Extraction):
            observe_extraction(article.text, result)
        if isinstance(result, Exception):
            log.error("extraction failed for batch item %d", i, exc_info=result)
            result = Problem(500, "The server failed to process this article.")
        outcomes[i] = result
    ids = [raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
           for raw in raw_articles]
    return batch_result_schema.dump({"results": [item(i, ids[i], o) for i, o in enumerate(outcomes)]})
