# News Extraction Service: gunicorn serving the Flask app, model loaded once per worker.
#
# The base image is pinned by digest, so every build starts from the same bytes: the digest is
# that of the tag python:3.11-slim (multi-platform index; the build tagged 3.11.16-slim-trixie)
# when it was pinned. It changes only deliberately: look up the tag's current digest
# (`docker buildx imagetools inspect python:3.11-slim`), replace it here, rebuild, run the tests.
FROM python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

# NEWS_BIND: inside a container the service listens on every interface, so that a published port
# reaches it (outside one, gunicorn.conf.py binds 127.0.0.1 only).
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWS_BIND=0.0.0.0:8000

WORKDIR /app

# Dependencies first (pinned in setup.cfg), so code changes don't reinstall them.
COPY setup.cfg pyproject.toml README.md ./
COPY service/__init__.py service/__init__.py
RUN pip install --upgrade pip && pip install .

COPY service service
COPY gunicorn.conf.py openapi.yaml ./
# An unprivileged user with a home folder: gunicorn opens its control socket (for `gunicornc`) in
# ~/.gunicorn.
RUN pip install --no-deps . \
    && useradd --system --uid 10001 --create-home --home-dir /home/news --shell /usr/sbin/nologin news

USER news
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status != 200)"

ENTRYPOINT ["gunicorn", "-c", "gunicorn.conf.py"]
