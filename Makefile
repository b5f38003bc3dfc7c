# Quick start: `make run` sets up .venv and serves on :8000; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test openapi score halves ablate

$(BIN)/news-extract: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bulk]'
	touch $@

setup: $(BIN)/news-extract

run: setup
	$(BIN)/gunicorn -c gunicorn.conf.py

test: setup
	$(BIN)/python -m pytest

openapi: setup
	$(BIN)/python -m service.api.spec > openapi.yaml

score: setup
	$(BIN)/python ../shared/eval/score.py --callable service.cli:extract_for_score ../shared/data/dev/*.jsonl

halves: setup
	$(BIN)/python tools/halves.py

ablate: setup
	$(BIN)/python tools/ablate.py $(RULES)
