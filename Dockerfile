# News Extraction Service: gunicorn serving the Flask app, model loaded once per worker.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first (pinned in setup.cfg), so code changes don't reinstall them.
COPY setup.cfg pyproject.toml README.md ./
COPY service/__init__.py service/__init__.py
RUN pip install --upgrade pip && pip install .

COPY service service
COPY gunicorn.conf.py openapi.yaml ./
RUN pip install --no-deps . \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin news

USER news
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status != 200)"

ENTRYPOINT ["gunicorn", "-c", "gunicorn.conf.py"]
