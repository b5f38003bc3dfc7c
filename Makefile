# Quick start: `make run` installs the service into .venv and serves on http://127.0.0.1:8000;
# `make test` adds the test tooling and runs the test suite. `make help` lists every target.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Stamps: what has been installed into .venv, redone when setup.cfg or pyproject.toml change.
BASE := $(VENV)/.installed-base
EXTRAS := $(VENV)/.installed-test

.DEFAULT_GOAL := help
.PHONY: help setup run test openapi spec-examples score score-own score-own-tune score-own-fresh halves ablate

help: ## list the targets
	@awk -F ':.*## ' '/^[a-z-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BASE): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(EXTRAS): $(BASE)
	$(BIN)/pip install --quiet -e '.[test,bulk]'
	touch $@

setup: $(EXTRAS) ## create .venv with the service, the test tooling and the bulk runner (development)

run: $(BASE) ## install what serving needs (no test or bulk extras) and serve on http://127.0.0.1:8000
	$(BIN)/gunicorn -c gunicorn.conf.py

test: $(EXTRAS) ## add the test tooling (the test and bulk extras) and run the whole test suite
	$(BIN)/python -m pytest

openapi: $(BASE) ## regenerate openapi.yaml from the marshmallow schemas and the examples
	$(BIN)/python -m service.api.spec > openapi.yaml.new && mv openapi.yaml.new openapi.yaml

spec-examples: $(BASE) ## refresh the spec's response examples from the real service, then regenerate openapi.yaml
	$(BIN)/python tools/spec_examples.py
	$(MAKE) openapi

score: $(BASE) ## score the library on ../shared/data/dev (needs ../shared beside the clone)
	$(BIN)/python ../shared/eval/score.py --callable service.cli:extract_for_score ../shared/data/dev/*.jsonl

score-own: $(BASE) ## score the check-only set of our own articles, eval/own (needs ../shared)
	$(BIN)/python ../shared/eval/score.py --callable service.cli:extract_for_score eval/own/own.jsonl

score-own-tune: $(BASE) ## score our own tune set of recent news, eval/own_tune (needs ../shared)
	$(BIN)/python ../shared/eval/score.py --callable service.cli:extract_for_score eval/own_tune/own_tune.jsonl

score-own-fresh: $(BASE) ## score the second check-only set of our own articles, eval/own_fresh (needs ../shared)
	$(BIN)/python ../shared/eval/score.py --callable service.cli:extract_for_score eval/own_fresh/own_fresh.jsonl

halves: $(BASE) ## score dev's tune and check halves side by side (needs ../shared)
	$(BIN)/python tools/halves.py

ablate: $(BASE) ## switch rules off one at a time, e.g. make ablate RULES="untagged works"
	$(BIN)/python tools/ablate.py $(RULES)
