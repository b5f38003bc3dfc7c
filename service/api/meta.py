"""Service metadata: the index, liveness, readiness and the OpenAPI document."""
from __future__ import annotations

from flask import Blueprint, Response, current_app

from .. import __version__
from .errors import Problem
from .spec import spec_yaml

meta_bp = Blueprint("meta", __name__)


@meta_bp.get("/")
def index():
    return {
        "name": "news-extraction-service",
        "version": __version__,
        "model": current_app.config["MODEL_NAME"],
        "links": {"extract": "/v1/extract", "batch": "/v1/extract/batch", "openapi": "/openapi.yaml",
                  "docs": "/docs", "demo": "/demo", "metrics": "/metrics",
                  "liveness": "/livez", "readiness": "/readyz"},
    }


@meta_bp.get("/livez")
def livez():
    return {"status": "ok"}


@meta_bp.get("/readyz")
def readyz():
    holder = current_app.extensions["model_holder"]
    if not holder.ready:
        detail = "The NLP model failed to load." if holder.error else "The NLP model is loading."
        raise Problem(503, detail, headers={"Retry-After": "5"})
    return {"status": "ok"}


@meta_bp.get("/openapi.yaml")
def openapi():
    return Response(spec_yaml(), mimetype="application/yaml")
