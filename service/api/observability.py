"""Request ids, access logs and Prometheus metrics (``/metrics``), also across gunicorn workers.

Every request gets an id: a sane ``X-Request-ID`` from the caller is kept, otherwise one is made;
it is echoed in the response and stamped on every log line of the request (``service.logs``).
Metrics live in this process; under gunicorn, ``gunicorn.conf.py`` sets PROMETHEUS_MULTIPROC_DIR
before the workers start, so each worker writes its samples there and ``/metrics``, whichever
worker answers, adds them all up (prometheus_client's multiprocess mode).
"""
from __future__ import annotations

import logging
import os
import re
import time
import uuid

from flask import Blueprint, Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUEST_ID_HEADER = "X-Request-ID"
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
access_log = logging.getLogger("service.access")
metrics_bp = Blueprint("metrics", __name__)

REQUESTS = Counter("news_http_requests_total", "HTTP requests answered, by route, method and status.",
                   ["route", "method", "status"])
LATENCY = Histogram("news_http_request_duration_seconds", "Time to answer a request, by route.",
                    ["route", "method"], buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120))
ARTICLE_CHARS = Histogram("news_article_characters", "Length of each article extracted, in characters.",
                          buckets=(500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000))
ITEMS = Counter("news_extracted_items_total", "Items found in articles, by kind.", ["kind"])
ITEM_KINDS = ("dates", "participants", "organizations", "locations", "quotes")


def observe_extraction(text: str, extraction) -> None:
    """Count one extracted article: its size and what was found in it."""
    ARTICLE_CHARS.observe(len(text))
    for kind in ITEM_KINDS:
        ITEMS.labels(kind).inc(len(getattr(extraction, kind)))


def _start_request() -> None:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = given if SANE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
    g.started = time.perf_counter()


def _finish_request(response: Response) -> Response:
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"  # bounded labels
    REQUESTS.labels(route, request.method, str(response.status_code)).inc()
    LATENCY.labels(route, request.method).observe(seconds)
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
    access_log.info("%s %s %s", request.method, request.path, response.status_code, extra={
        "method": request.method, "path": request.path, "status": response.status_code,
        "duration_ms": round(seconds * 1000, 1), "bytes": response.calculate_content_length(),
        "remote_addr": request.remote_addr, "user_agent": request.user_agent.string or None,
        "lock_wait_ms": g.get("lock_wait_ms")})
    return response


@metrics_bp.get("/metrics")
def metrics() -> Response:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def register_observability(app: Flask) -> None:
    app.before_request(_start_request)
    app.after_request(_finish_request)
    app.register_blueprint(metrics_bp)
