"""Structured logs: one JSON object per line, with the request id of the request being served.

Light on purpose (standard library and Flask only): gunicorn's master imports it to configure
logging (``gunicorn.conf.py``) before any worker loads the app.
"""
from __future__ import annotations

import datetime as dt
import logging

from flask import g, has_request_context

from .json_text import dumps

# Attributes every LogRecord has; anything else was passed with ``extra=`` and goes into the JSON.
STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to records logged while a request is served (None outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = g.get("request_id") if has_request_context() else None
        return True


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message", "pid", "request_id", ...extra, "exception"?}``, one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,  # which gunicorn worker
        }
        entry.update({key: value for key, value in vars(record).items() if key not in STANDARD_ATTRIBUTES})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return dumps(entry, default=str)


def logging_config(level: str = "info") -> dict:
    """A ``logging.config.dictConfig`` for the service: JSON lines on stderr for every logger."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"],
               "stream": "ext://sys.stderr"}
    quiet = {"level": level.upper(), "handlers": ["console"], "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "filters": {"request_id": {"()": RequestIdFilter}},
        "handlers": {"console": handler},
        "root": {"level": level.upper(), "handlers": ["console"]},
        # gunicorn logs its own access line whenever logging is configured; the app's access line
        # (service.access, with the request id and duration) replaces it, so gunicorn's is dropped.
        "loggers": {"gunicorn.error": quiet, "gunicorn.access": {**quiet, "level": "WARNING"}},
    }
