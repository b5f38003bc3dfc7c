"""The Flask app factory: settings, the per-process model, blueprints and error handlers."""
from __future__ import annotations

from typing import Optional

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from ..config import Config
from ..extract import Extractor
from ..json_text import escape_surrogates
from .errors import register_error_handlers
from .headers import register_response_headers
from .model_holder import ModelHolder
from .observability import register_observability


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON, in the order the schemas give, readable (not ASCII-escaped), and with any
    unpaired surrogate of the request written back as its escape (service/json_text.py)."""

    sort_keys = False
    ensure_ascii = False

    def dumps(self, obj, **kwargs) -> str:
        return escape_surrogates(super().dumps(obj, **kwargs))


def create_app(settings: Optional[dict] = None, extractor: Optional[Extractor] = None) -> Flask:
    """Build the app. ``settings`` override the environment; a given ``extractor`` is used as is."""
    app = Flask(__name__)
    app.json = JsonProvider(app)
    app.config.from_object(Config)
    app.config.update(Config.from_env())
    app.config.update(settings or {})
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]

    if extractor is not None:
        holder = ModelHolder.loaded(extractor)
    else:
        holder = ModelHolder(lambda: Extractor(app.config["MODEL_NAME"]))
        if app.config["LOAD_MODEL_IN_BACKGROUND"]:
            holder.load_in_background()
        else:
            holder.load()
    app.extensions["model_holder"] = holder

    from .demo import demo_bp
    from .docs import docs_bp
    from .extract import extract_bp
    from .meta import meta_bp

    app.register_blueprint(extract_bp)
    app.register_blueprint(meta_bp)
    app.register_blueprint(docs_bp)
    app.register_blueprint(demo_bp)
    register_error_handlers(app)
    register_observability(app)  # first, so the request id exists before any other hook runs
    register_response_headers(app)
    return app
