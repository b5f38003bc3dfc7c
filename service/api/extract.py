"""The extraction endpoint: parse the request, call the library, serialise the result."""
from __future__ import annotations

from flask import Blueprint, current_app, json, request
from marshmallow import ValidationError

from ..extract import Extractor
from .errors import Problem
from .schemas import ExtractionSchema, ExtractRequestSchema

extract_bp = Blueprint("extract", __name__)
request_schema = ExtractRequestSchema()
extraction_schema = ExtractionSchema()
QUERY_FIELDS = ("date", "id")


def _payload_from_json() -> dict:
    raw = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: 413
    try:
        payload = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise Problem(400, f"The body is not valid JSON: {exc}"[:300]) from None
    if not isinstance(payload, dict):
        raise Problem(422, "The body must be a JSON object.",
                      errors={"_schema": ["Expected a JSON object with a 'text' field."]})
    return payload


def _payload_from_plain_text() -> dict:
    raw = request.get_data(cache=False)
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise Problem(400, f"The body is not valid {charset} text.") from None
    return {"text": text}


def read_article() -> dict:
    """The validated article of this request: {'text', 'date', 'id'}, or a Problem."""
    mimetype = request.mimetype
    if mimetype == "application/json" or mimetype.endswith("+json"):
        body = _payload_from_json()
    elif mimetype == "text/plain":
        body = _payload_from_plain_text()
    else:
        raise Problem(415, "Send the article as application/json or text/plain.")
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
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(article["text"]) > limit:
        raise Problem(413, f"The text has {len(article['text']):,} characters; the limit is {limit:,}.")
    return article


def ready_extractor() -> Extractor:
    holder = current_app.extensions["model_holder"]
    extractor = holder.get(timeout=current_app.config["MODEL_WAIT_SECONDS"])
    if extractor is None:
        raise Problem(503, "The NLP model is not loaded yet.", headers={"Retry-After": "5"})
    return extractor


@extract_bp.post("/v1/extract")
def extract():
    article = read_article()
    extractor = ready_extractor()
    with current_app.extensions["model_holder"].lock:
        result = extractor.extract(article["text"], article["date"], article["id"])
    return extraction_schema.dump(result)
