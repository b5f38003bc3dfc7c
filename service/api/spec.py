"""Builds openapi.yaml (OpenAPI 3.1) from the marshmallow schemas. ``python -m service.api.spec`` prints it."""
from __future__ import annotations

import copy
import functools
import json
import re
import sys
from pathlib import Path

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from .. import __version__
from ..config import Config
from . import schemas
from .errors import PROBLEM_MEDIA_TYPE
from .observability import CONTENT_TYPE_LATEST as METRICS_MEDIA_TYPE
from .schemas import NOT_BLANK

# Example requests written for the project and the service's real answers (tools/spec_examples.py).
EXAMPLES_FILE = Path(__file__).with_name("spec_examples.json")
METRICS_FORMAT_VERSION = re.search(r"version=([\d.]+)", METRICS_MEDIA_TYPE).group(1)

COMPONENTS = {
    "ExtractRequest": schemas.ExtractRequestSchema,
    "Mention": schemas.MentionSchema,
    "ArticleDate": schemas.ArticleDateSchema,
    "DateExpression": schemas.DateExpressionSchema,
    "Participant": schemas.ParticipantSchema,
    "Organization": schemas.OrganizationSchema,
    "Location": schemas.LocationSchema,
    "Speaker": schemas.SpeakerSchema,
    "Quote": schemas.QuoteSchema,
    "Author": schemas.AuthorSchema,
    "Page": schemas.PageSchema,
    "Language": schemas.LanguageSchema,
    "ModelInfo": schemas.ModelInfoSchema,
    "Extraction": schemas.ExtractionSchema,
    "ServiceInfo": schemas.ServiceInfoSchema,
    "Health": schemas.HealthSchema,
    "Problem": schemas.ProblemSchema,
    "BatchRequest": schemas.BatchRequestSchema,
    "BatchItem": schemas.BatchItemSchema,
    "BatchResult": schemas.BatchResultSchema,
}

DESCRIPTION = f"""\
POST the raw text of an English news article; get back its date, every other date normalised \
against it, the people and organizations in it (name variants merged), and its quotations with \
their speakers.

{schemas.OFFSETS_NOTE}

The article may also come as its web page: a `text/html` body, or `html` instead of `text` in \
JSON. The page's main text is extracted (no navigation, sidebars, cookie notices, comments or \
scripts; the headline as its first line) and extracted from as any text; the response then \
carries that `text`, which every offset indexes, and the page's own metadata in `page`. The \
page's publication date is the article's date (source `page`) unless the request gives one. A \
`text/html` body is decoded by the charset of its Content-Type, else of its `<meta charset>`, else \
as UTF-8. Nothing is ever fetched: a URL on the page is only read.

Every error is an RFC 9457 problem document (`application/problem+json`), including 404 for an \
unknown path, 405 (with an `Allow` header) for a wrong method, 408 when a request has not fully \
arrived after 10 s, and 500 for a failure inside the service (its detail never says more).

Text is any Unicode (control characters, byte-order marks, CRLF, emoji, other scripts are all \
accepted; offsets count code points, so an emoji is one). A JSON body must be UTF-8; where a key \
appears twice, its last value counts. A JSON string may hold an unpaired UTF-16 surrogate escape \
(`"\\ud800"`): it is one code point of the text, parsed as U+FFFD (same length, so offsets stay \
exact), and any string of the response that contains it carries the same escape. A text with \
nothing but whitespace (spaces, tabs, line breaks, no-break and other Unicode spaces, zero-width \
spaces, byte-order marks) is refused with 422, as an empty one is: it is an empty file or a failed \
scrape, not an article.

Every response says the article's `language`. An article that the language check is confident is \
not in English is refused with 422, type `/problems/unsupported-language`, naming the language and \
the confidence (per article in a batch). Short texts and lists of names are presumed English. The \
operator can turn the check off (`NEWS_LANGUAGE_CHECK=0`).

Authentication is off by default. When the operator sets API keys (`NEWS_API_KEYS` or `NEWS_API_KEYS_FILE`), the `/v1/` endpoints need `Authorization: Bearer <key>` and answer 401 without a valid one; the other endpoints stay open.

Limits (settings read from the environment):
- request body: {Config.MAX_BODY_BYTES:,} bytes by default (`NEWS_MAX_BODY_BYTES`); larger bodies get 413;
- article text: {Config.MAX_TEXT_CHARS:,} characters by default (`NEWS_MAX_TEXT_CHARS`); longer texts get 413 \
(for a page: the text extracted from it);
- a web page in a batch: {Config.MAX_BODY_BYTES:,} bytes of UTF-8 by default, the body limit (`NEWS_MAX_BODY_BYTES`); \
a larger page gets 413 in its place;
- batch: {Config.MAX_BATCH_SIZE} articles by default (`NEWS_MAX_BATCH_SIZE`), more get 422; a batch body may \
have {Config.MAX_BATCH_BODY_BYTES:,} bytes by default (`NEWS_MAX_BATCH_BODY_BYTES`).
"""


def _problem(description: str) -> dict:
    return {"description": description,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def _html(description: str) -> dict:
    return {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}


def _json(description: str, component: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}}}


UNAUTHORIZED = {**_problem("API keys are configured and the request has no valid "
                            "`Authorization: Bearer <key>` header."),
                "headers": {"WWW-Authenticate": {"description": "Bearer challenge.",
                                                 "schema": {"type": "string"}}}}

EXTRACT_OPERATION = {
    "post": {
        "operationId": "extract",
        "summary": "Extract date, dates, people, organizations and quotes from one article",
        "parameters": [
            {"name": "date", "in": "query", "required": False,
             "description": "Publication date (YYYY-MM-DD), mainly for a text/plain body; a JSON body's `date` wins over it.",
             "schema": {"type": "string", "format": "date"}},
            {"name": "id", "in": "query", "required": False,
             "description": "Identifier echoed back, mainly for a text/plain body; a JSON body's `id` wins over it.",
             "schema": {"type": "string", "maxLength": 256}},
        ],
        "requestBody": {
            "required": True,
            "description": f"At most {Config.MAX_BODY_BYTES:,} bytes by default (NEWS_MAX_BODY_BYTES).",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
                "text/plain": {"schema": {"type": "string", "minLength": 1, "pattern": NOT_BLANK}},
                "text/html": {"schema": {"type": "string", "minLength": 1, "pattern": NOT_BLANK,
                                         "description": "The article's web page. Decoded by the Content-Type's "
                                                        "charset, else the page's <meta charset>, else UTF-8."},
                              "example": "<html><head><title>Talks resume</title></head><body><article>"
                                         "<p>Xi Jinping said ...</p></article></body></html>"},
            },
        },
        "responses": {
            "200": _json("The extraction.", "Extraction"),
            "400": _problem("The body is not valid JSON, a text/plain body is not valid in its charset, "
                            "or a text/html body names a charset that does not exist."),
            "401": UNAUTHORIZED,
            "413": _problem("The body, the text, or the text extracted from a page is over its limit."),
            "415": _problem("The content type is none of application/json, text/plain and text/html."),
            "422": _problem("Invalid fields: neither or both of `text` and `html`; either one empty, "
                            "nothing but whitespace or not a string; a bad `date` or `id` "
                            "(in the body or the query); a body that is not a JSON object; a web page from "
                            "which no article text can be extracted (`errors` has `html`). `errors` maps "
                            "each field to its messages. Or the article is not in English: type "
                            "/problems/unsupported-language, with `language` (code and confidence); "
                            "the operator can turn this check off (NEWS_LANGUAGE_CHECK=0)."),
            "503": _problem("The NLP model is not loaded yet; retry after the Retry-After seconds."),
        },
        "security": [{}, {"bearerAuth": []}],
    }
}

BATCH_OPERATION = {
    "post": {
        "operationId": "extractBatch",
        "summary": "Extract from several articles in one request (one batched parse)",
        "description": "Each article is validated and extracted on its own: a bad or failing article gets "
                       "a problem in its place in `results` and never fails the batch. Results keep the "
                       "order of `articles`.",
        "requestBody": {
            "required": True,
            "description": f"At most {Config.MAX_BATCH_BODY_BYTES:,} bytes by default (NEWS_MAX_BATCH_BODY_BYTES).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}},
        },
        "responses": {
            "200": _json("One outcome per article, in request order.", "BatchResult"),
            "400": _problem("The body is not valid JSON."),
            "401": UNAUTHORIZED,
            "413": _problem("The body is over its limit."),
            "415": _problem("The content type is not application/json."),
            "422": _problem("`articles` missing, empty, not a list, or longer than the batch limit; "
                            "a body that is not a JSON object."),
            "503": _problem("The NLP model is not loaded yet; retry after the Retry-After seconds."),
        },
        "security": [{}, {"bearerAuth": []}],
    }
}

META_OPERATIONS = {
    "/": {"get": {"operationId": "serviceInfo", "summary": "Name, version, model and links",
                  "responses": {"200": _json("Service information.", "ServiceInfo")}}},
    "/livez": {"get": {"operationId": "liveness", "summary": "The process is alive",
                       "responses": {"200": _json("Alive.", "Health")}}},
    "/readyz": {"get": {"operationId": "readiness", "summary": "The model is loaded and requests are served",
                        "responses": {"200": _json("Ready.", "Health"),
                                      "503": _problem("The model is loading or failed to load.")}}},
    "/metrics": {"get": {"operationId": "metrics", "summary": "Prometheus metrics of all workers",
                         "description": "Request counts and latency histograms by route and status, "
                                        "article sizes, items extracted (Prometheus text exposition "
                                        f"format {METRICS_FORMAT_VERSION}).",
                         "responses": {"200": {"description": "The metrics.",
                                               "content": {METRICS_MEDIA_TYPE: {"schema": {"type": "string"}}}}}}},
    "/openapi.yaml": {"get": {"operationId": "openapi", "summary": "This document",
                              "responses": {"200": {"description": "The OpenAPI document.",
                                                    "content": {"application/yaml": {"schema": {"type": "string"}}}}}}},
    "/docs": {"get": {"operationId": "docs", "summary": "Interactive documentation of this API (Swagger UI)",
                      "responses": {"200": _html("The page (its scripts and styles are served under /docs/).")}}},
    "/demo": {"get": {"operationId": "demo", "summary": "A page to paste an article into and see what is found",
                      "responses": {"200": _html("The page (its script and styles are served under /demo/).")}}},
}

# Statuses any request can get: from the server (408) or from a failure inside the service (500).
EVERY_OPERATION = {
    "408": _problem("Under gunicorn: the request had not fully arrived after 10 s; the connection is closed."),
    "500": _problem("The service failed (a bug); the detail says no more, the log has the trace."),
}


def _with_every_operation_statuses(operations: dict) -> dict:
    return {method: {**operation, "responses": {**operation["responses"], **EVERY_OPERATION}}
            for method, operation in operations.items()}


@functools.lru_cache(maxsize=1)
def spec_examples() -> dict:
    """{path: [example]} from EXAMPLES_FILE (each: name, summary, content_type, query, body, status, response)."""
    examples = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    return {path: named for path, named in examples.items() if path.startswith("/")}


def _with_examples(path: str, operations: dict) -> dict:
    """The POST operation of ``path`` with its named examples: the request (body and query
    parameters) and the answer, under the same name, in the answer's status."""
    if path not in spec_examples():
        return operations
    operations = copy.deepcopy(operations)
    post = operations["post"]
    for example in spec_examples()[path]:
        name, summary = example["name"], example["summary"]
        media = post["requestBody"]["content"][example["content_type"]]
        media.setdefault("examples", {})[name] = {"summary": summary, "value": example["body"]}
        for parameter in post.get("parameters", []):
            if parameter["name"] in example["query"]:
                parameter.setdefault("examples", {})[name] = {"summary": summary,
                                                              "value": example["query"][parameter["name"]]}
        (answer,) = post["responses"][str(example["status"])]["content"].values()
        answer.setdefault("examples", {})[name] = {"summary": summary, "value": example["response"]}
    return operations


# What marshmallow cannot say: an article is its text or its page, exactly one of the two. Said
# with if/then/else rather than oneOf, which SDK generators turn into an untyped body.
ONE_OF = {"ExtractRequest": {"if": {"required": ["html"]}, "then": {"not": {"required": ["text"]}},
                             "else": {"required": ["text"]}}}


def build_spec() -> dict:
    spec = APISpec(title="News Extraction Service", version=__version__, openapi_version="3.1.0",
                   plugins=[MarshmallowPlugin()], info={"description": DESCRIPTION})
    for name, schema in COMPONENTS.items():
        spec.components.schema(name, ONE_OF.get(name), schema=schema)
    spec.components.security_scheme("bearerAuth", {
        "type": "http", "scheme": "bearer",
        "description": "An API key, needed only when the operator has configured keys."})
    paths = {"/v1/extract": EXTRACT_OPERATION, "/v1/extract/batch": BATCH_OPERATION, **META_OPERATIONS}
    for path, operations in paths.items():
        spec.path(path=path, operations=_with_every_operation_statuses(_with_examples(path, operations)))
    return spec.to_dict()


class _SpecDumper(yaml.SafeDumper):
    """Writes multi-line strings as literal blocks, so the committed file reads like prose."""


def _represent_str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SpecDumper.add_representer(str, _represent_str)


@functools.lru_cache(maxsize=1)
def spec_yaml() -> str:
    spec = build_spec()
    ordered = {"openapi": spec.pop("openapi"), "info": spec.pop("info"), **spec}
    return yaml.dump(ordered, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    sys.stdout.write(spec_yaml())
