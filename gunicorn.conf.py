"""gunicorn settings: `gunicorn -c gunicorn.conf.py` alone starts the service.

--bind and --workers on the command line still override these.
"""
import ctypes
import ctypes.util
import os
import shutil
import tempfile

from service.logs import logging_config

# One BLAS/OpenMP thread per worker: the workers are the parallelism; more threads only fight.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

wsgi_app = "service.api:create_app()"
# This machine only by default (`make run`); a container sets NEWS_BIND=0.0.0.0:8000 (Dockerfile)
# so that its published port reaches the service.
bind = os.environ.get("NEWS_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))

# gthread: extraction is CPU-bound, so parallelism comes from worker processes (one model each);
# a few threads per worker keep /livez and /readyz answering while a long article is being
# parsed (probes don't kill a busy worker). Threads don't add CPU throughput (the GIL), so keep
# them few. Our subclass reads every request completely in the event loop before a thread takes
# it (408 after 10 s), and writes answers with a send timeout, so slow or vanishing clients hold
# no thread (service/worker.py; benchmarks/drill_slow_clients.py).
worker_class = "service.worker.BufferingThreadWorker"
threads = int(os.environ.get("NEWS_THREADS", "4"))

# The model loads once per worker, after fork (not preloaded in the master), so a recycled
# worker starts clean. Measured on the 2-core dev machine under load: the worst texts of the
# longest allowed size (200,000 characters: one unpunctuated sentence, 6,000 names with quotes)
# take 7-12 s, ordinary articles well under a second; the timeout leaves a margin of ten while
# still killing a truly stuck worker (tests/test_hardening.py sends those texts through gunicorn).
preload_app = False
timeout = int(os.environ.get("NEWS_WORKER_TIMEOUT", "120"))
graceful_timeout = 30
keepalive = 5

# Recycle workers now and then (jittered so they don't all restart at once) as a guard against
# slow memory growth.
max_requests = int(os.environ.get("NEWS_MAX_REQUESTS", "2000"))
max_requests_jitter = max(1, max_requests // 10)

# Logs: JSON lines on stderr for gunicorn and the app alike (service/logs.py). The app writes its
# own access line per request (logger service.access, with the request id), so gunicorn's is off.
loglevel = os.environ.get("NEWS_LOG_LEVEL", "info")
accesslog = None
errorlog = "-"
logconfig_dict = logging_config(loglevel)

# Metrics: each worker writes its samples to files here, /metrics adds up all workers'
# (prometheus_client multiprocess mode). A fresh folder per master unless the operator sets one.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    _OWN_METRICS_DIR = os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="news-metrics-")
else:
    _OWN_METRICS_DIR = None


def on_starting(server):
    """Start with no samples left over from an earlier run in the same folder."""
    folder = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".db"):
            os.remove(os.path.join(folder, name))


def on_exit(server):
    if _OWN_METRICS_DIR:
        shutil.rmtree(_OWN_METRICS_DIR, ignore_errors=True)


def child_exit(server, worker):
    """A worker that is gone no longer counts in live gauges (counters keep its samples)."""
    from prometheus_client import multiprocess
    multiprocess.mark_process_dead(worker.pid)


def _find_malloc_trim():
    """glibc's malloc_trim, or None where there is none (musl, macOS)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_malloc_trim = _find_malloc_trim()


def post_request(worker, req, environ, resp):
    """Hand memory freed by the request back to the OS (about a millisecond): without it, glibc
    keeps the peak of the largest article so far, and the worker's RSS drifts up and down with
    whatever was parsed last (benchmarks/memory.py)."""
    if _malloc_trim is not None:
        _malloc_trim(0)
