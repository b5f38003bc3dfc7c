"""openapi.yaml: valid, identical to what the schemas generate, and every documented status really happens."""
from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from service.api import create_app
from service.api.spec import build_spec, spec_yaml
from tests.helpers import ROOT

COMMITTED = Path(ROOT, "openapi.yaml")
NO_ARTICLE_TEXT = {"html": ["No article text could be extracted from the page."]}
EXAMPLES_PER_OPERATION = 300  # hypothesis stops sooner on operations without input (GET /livez ...)
CASES_PER_MODE = 550          # at least this many generated requests per mode: 1,100 or more in all

# One request that produces each documented (path, method, status); a new documented status
# without an entry here fails test_every_documented_status_is_exercised.
STATUS_REQUESTS = {
    ("/v1/extract", "post", "200"): dict(json={"text": "Xi Jinping met Vladimir Putin."}),
    ("/v1/extract", "post", "400"): dict(data="{", content_type="application/json"),
    ("/v1/extract", "post", "401"): dict(json={"text": "Hello."}),
    ("/v1/extract", "post", "413"): dict(json={"text": "x" * 300}),
    ("/v1/extract", "post", "415"): dict(data="<a/>", content_type="application/xml"),
    ("/v1/extract", "post", "422"): dict(json={"text": ""}),
    ("/v1/extract", "post", "503"): dict(json={"text": "Hello."}),
    ("/v1/extract/batch", "post", "200"): dict(json={"articles": [{"text": "Xi met Putin."}, {"text": ""}]}),
    ("/v1/extract/batch", "post", "400"): dict(data="[", content_type="application/json"),
    ("/v1/extract/batch", "post", "401"): dict(json={"articles": [{"text": "Hello."}]}),
    ("/v1/extract/batch", "post", "413"): dict(json={"articles": [{"text": "x" * 300}]}),
    ("/v1/extract/batch", "post", "415"): dict(data="Xi met Putin.", content_type="text/plain"),
    ("/v1/extract/batch", "post", "422"): dict(json={"articles": []}),
    ("/v1/extract/batch", "post", "503"): dict(json={"articles": [{"text": "Hello."}]}),
    ("/", "get", "200"): {},
    ("/livez", "get", "200"): {},
    ("/readyz", "get", "200"): {},
    ("/readyz", "get", "503"): {},
    ("/openapi.yaml", "get", "200"): {},
    ("/metrics", "get", "200"): {},
    ("/docs", "get", "200"): {},
    ("/demo", "get", "200"): {},
}
# Documented on every operation and exercised on each by tests/api/test_spec_examples.py: 500 (a
# failure inside any request) and 408 (the server's answer to a request that does not arrive).
EVERY_OPERATION = {"408", "500"}


def test_committed_spec_is_valid_openapi_3_1():
    document = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_committed_spec_matches_the_schemas():
    assert COMMITTED.read_text(encoding="utf-8") == spec_yaml(), \
        "openapi.yaml is stale: regenerate it with `make openapi`"


def test_every_documented_status_is_exercised(extractor):
    documented = {(path, method, status)
                  for path, operations in build_spec()["paths"].items()
                  for method, operation in operations.items()
                  for status in operation["responses"] if status not in EVERY_OPERATION}
    assert documented == set(STATUS_REQUESTS)
    small = create_app({"MAX_BODY_BYTES": 200, "MAX_BATCH_BODY_BYTES": 200}, extractor=extractor).test_client()
    broken = create_app({"MODEL_NAME": "no_such_spacy_pipeline", "LOAD_MODEL_IN_BACKGROUND": False,
                         "MODEL_WAIT_SECONDS": 0}).test_client()
    keyed = create_app({"API_KEYS": ("k1",)}, extractor=extractor).test_client()
    for (path, method, status), kwargs in sorted(STATUS_REQUESTS.items()):
        client = small if status == "413" else broken if status == "503" else keyed if status == "401" else \
            create_app({}, extractor=extractor).test_client()
        response = client.open(path, method=method.upper(), **kwargs)
        assert str(response.status_code) == status, (path, method, status)


def _is_page(case) -> bool:
    """A web page is sent: a text/html body, or a JSON article with `html`."""
    return case.media_type == "text/html" or (isinstance(case.body, dict) and "html" in case.body)


def _operations(app):
    api = schemathesis.openapi.from_wsgi("/openapi.yaml", app)
    return [result.ok() for result in api.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_spec(app, mode):
    """schemathesis generates valid (positive) and invalid (negative) requests for every
    operation; every response must match the spec and none may be a server error."""
    cases = 0
    for operation in _operations(app):
        takes_input = "parameters" in operation.definition.raw or "requestBody" in operation.definition.raw
        if mode is GenerationMode.NEGATIVE and not takes_input:
            continue  # nothing to send wrong

        # A batch answers an invalid article with a problem in its place, not by failing the
        # whole request (documented): only there may schema-violating articles get a 200.
        per_item = operation.path == "/v1/extract/batch"

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            nonlocal cases
            cases += 1
            if per_item:
                response = case.call_and_validate(excluded_checks=[negative_data_rejection])
                if response.status_code == 200:
                    assert all(r["status"] in (200, 413, 422) for r in response.json()["results"])
            elif mode is GenerationMode.POSITIVE and _is_page(case):
                # A schema-valid page may hold no article text (documented 422), or text the
                # language check refuses: those refusals are allowed, nothing else.
                response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
                if response.status_code != 200:
                    body = response.json()
                    assert (response.status_code, body.get("errors")) == (422, NO_ARTICLE_TEXT) or \
                        body.get("type") == "/problems/unsupported-language", response.text[:300]
            elif case.media_type == "text/html":
                # Any bytes are a page, so a 'number' mutated into an HTML body is still text to read.
                case.call_and_validate(excluded_checks=[negative_data_rejection])
            elif mode is GenerationMode.POSITIVE:
                # valid data is accepted, but for an article the language check refuses (one of
                # the spec's examples is German): a documented 422 of its own type
                response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
                assert response.status_code < 400 or response.status_code in (401, 403, 404, 409, 429) or \
                    response.json()["type"] == "/problems/unsupported-language", response.text[:300]
            else:
                case.call_and_validate()

        check()
    assert cases >= CASES_PER_MODE
