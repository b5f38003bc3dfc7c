"""The per-process Extractor: loaded once per worker, in the background or at once, with a ready flag."""
from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

from ..extract import Extractor

log = logging.getLogger(__name__)


class ModelHolder:
    """Loads an :class:`Extractor` once and tells whether it is ready."""

    def __init__(self, load: Callable[[], Extractor]):
        self._load = load
        self._ready = threading.Event()
        self._extractor: Optional[Extractor] = None
        self.error: Optional[str] = None
        # One extraction at a time per process: a spaCy pipeline is not safe to share between
        # threads, and the GIL would serialise the work anyway. Other threads stay free for
        # health checks and for reading slow clients' bodies.
        self.lock = threading.Lock()

    @contextmanager
    def exclusive(self) -> Iterator[float]:
        """Hold the extraction lock; yields the seconds spent waiting for it (logged per request,
        so a queue inside one worker shows up in the access log)."""
        asked = time.perf_counter()
        with self.lock:
            yield time.perf_counter() - asked

    @classmethod
    def loaded(cls, extractor: Extractor) -> "ModelHolder":
        holder = cls(lambda: extractor)
        holder.load()
        return holder

    def load(self) -> None:
        try:
            self._extractor = self._load()
        except Exception as exc:  # reported by /readyz; the process stays up to say so
            log.exception("loading the spaCy pipeline failed")
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self._ready.set()

    def load_in_background(self) -> None:
        threading.Thread(target=self.load, name="model-loader", daemon=True).start()

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._extractor is not None

    def get(self, timeout: float) -> Optional[Extractor]:
        """The extractor, waiting up to ``timeout`` seconds for it to load; None if not ready."""
        self._ready.wait(timeout)
        return self._extractor
