"""The HTTP contract of /v1/extract and the meta endpoints, against the real app and model."""
from __future__ import annotations

import threading

import pytest
import yaml
from openapi_schema_validator import OAS31Validator

from service.api import create_app
from service.api.spec import spec_yaml
from service.extract import Extractor
from tests.helpers import iter_spans

ARTICLE = ("WASHINGTON, March 3 (Reuters) - Senator Maria Lopez said on Tuesday that the bill "
           "would pass. \u201cWe have the votes,\u201d Lopez told reporters.")


def validate_against_spec(payload: dict, component: str) -> None:
    spec = yaml.safe_load(spec_yaml())
    schema = {"$ref": f"#/components/schemas/{component}", "components": spec["components"]}
    OAS31Validator(schema).validate(payload)


def test_json_request_returns_the_documented_shape(client):
    response = client.post("/v1/extract", json={"text": ARTICLE, "date": "2024-03-03", "id": "a-1"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    validate_against_spec(body, "Extraction")
    assert body["id"] == "a-1"
    assert body["date"] == {"value": "2024-03-03", "source": "request", "text": None, "start": None, "end": None,
                              "year_inferred": False}
    assert [p["name"] for p in body["participants"]] == ["Maria Lopez"]
    quote = next(q for q in body["quotes"] if q["type"] == "direct")
    assert quote["text"] == "\u201cWe have the votes,\u201d"
    assert quote["speaker"]["name"] == "Maria Lopez" and quote["speaker"]["id"] == "p1"
    assert quote["cue"]["text"] == "told"
    assert body["model"]["name"] and body["model"]["version"]


def test_every_offset_points_at_its_text(client, seed_000, seed_002):
    for text in (seed_000, seed_002, ARTICLE):
        body = client.post("/v1/extract", json={"text": text}).get_json()
        spans = list(iter_spans(body))
        assert spans
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"]


def test_plain_text_body_with_date_and_id_in_the_query(client):
    response = client.post("/v1/extract?date=2024-03-05&id=x9", data=ARTICLE.encode(),
                           content_type="text/plain; charset=utf-8")
    assert response.status_code == 200
    body = response.get_json()
    assert body["id"] == "x9"
    assert body["date"]["value"] == "2024-03-05" and body["date"]["source"] == "request"


def test_date_is_null_without_evidence(client):
    body = client.post("/v1/extract", json={"text": "The committee met and agreed on a plan."}).get_json()
    assert body["date"] is None


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    validate_against_spec(body, "Problem")
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def test_malformed_json_is_400(client):
    assert_problem(client.post("/v1/extract", data="{\"text\": ", content_type="application/json"), 400)


def test_deeply_nested_json_is_400_not_a_crash(client):
    assert_problem(client.post("/v1/extract", data="[" * 100_000, content_type="application/json"), 400)


def test_invalid_utf8_plain_text_is_400(client):
    assert_problem(client.post("/v1/extract", data=b"caf\xe9 \xff", content_type="text/plain"), 400)


@pytest.mark.parametrize("payload, field", [
    ({}, "text"),
    ({"text": ""}, "text"),
    ({"text": 42}, "text"),
    ({"text": ["a"]}, "text"),
    ({"text": None}, "text"),
    ({"text": "Fine text.", "date": "15/06/2022"}, "date"),
    ({"text": "Fine text.", "date": "2022-02-30"}, "date"),
    ({"text": "Fine text.", "id": 7}, "id"),
])
def test_invalid_fields_are_422_with_field_detail(client, payload, field):
    body = assert_problem(client.post("/v1/extract", json=payload), 422)
    assert field in body["errors"]


def test_json_that_is_not_an_object_is_422(client):
    body = assert_problem(client.post("/v1/extract", json=["text"]), 422)
    assert "_schema" in body["errors"]


def test_bad_date_in_query_is_422(client):
    body = assert_problem(client.post("/v1/extract?date=yesterday", data="Some text.",
                                      content_type="text/plain"), 422)
    assert "date" in body["errors"]


@pytest.mark.parametrize("content_type", ["application/xml", "multipart/form-data", "application/x-www-form-urlencoded"])
def test_unsupported_content_type_is_415(client, content_type):
    assert_problem(client.post("/v1/extract", data="text=hello", content_type=content_type), 415)


def test_missing_content_type_is_415(client):
    assert_problem(client.post("/v1/extract", data=b"hello"), 415)


def test_body_over_the_byte_limit_is_413(extractor):
    client = create_app({"MAX_BODY_BYTES": 1000}, extractor=extractor).test_client()
    assert_problem(client.post("/v1/extract", json={"text": "x" * 2000}), 413)


def test_text_over_the_character_limit_is_413(extractor):
    client = create_app({"MAX_TEXT_CHARS": 50}, extractor=extractor).test_client()
    body = assert_problem(client.post("/v1/extract", json={"text": "word " * 20}), 413)
    assert "50" in body["detail"]


def test_unknown_path_is_404(client):
    assert_problem(client.get("/v2/nothing"), 404)


def test_wrong_method_is_405_with_allow(client):
    response = client.get("/v1/extract")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_unexpected_failure_is_a_500_problem_without_internals(extractor, monkeypatch):
    client = create_app({}, extractor=extractor).test_client()

    def explode(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(extractor, "extract", explode)
    response = client.post("/v1/extract", json={"text": "Hello there."})
    body = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True) and "RuntimeError" not in body.get("detail", "")


def test_meta_endpoints(client):
    assert client.get("/livez").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ok"}
    info = client.get("/").get_json()
    validate_against_spec(info, "ServiceInfo")
    assert info["links"]["extract"] == "/v1/extract"
    spec = client.get("/openapi.yaml")
    assert spec.status_code == 200 and spec.mimetype == "application/yaml"
    assert yaml.safe_load(spec.get_data(as_text=True))["openapi"] == "3.1.0"


def test_not_ready_until_the_model_has_loaded(extractor):
    release = threading.Event()

    def slow_extractor() -> Extractor:
        release.wait(10)
        return extractor

    app = create_app({"MODEL_WAIT_SECONDS": 0})
    holder = app.extensions["model_holder"]
    holder._load = slow_extractor  # a load that finishes when the test says so
    holder._ready.clear()
    holder._extractor = None
    holder.load_in_background()
    client = app.test_client()
    assert client.get("/livez").status_code == 200
    assert_problem(client.get("/readyz"), 503)
    response = client.post("/v1/extract", json={"text": "Hello."})
    assert_problem(response, 503)
    assert response.headers["Retry-After"]
    release.set()
    holder._ready.wait(10)
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/extract", json={"text": "Hello."}).status_code == 200


def test_a_model_that_fails_to_load_keeps_readyz_503():
    app = create_app({"MODEL_NAME": "no_such_spacy_pipeline", "LOAD_MODEL_IN_BACKGROUND": False,
                      "MODEL_WAIT_SECONDS": 0})
    client = app.test_client()
    body = assert_problem(client.get("/readyz"), 503)
    assert "failed" in body["detail"]
    assert_problem(client.post("/v1/extract", json={"text": "Hello."}), 503)


def test_authors_are_credited_journalists_with_exact_offsets(client):
    text = ("By Anna Smith and Tom Brown\nLONDON (Reuters) - Prime Minister Boris Johnson said on Monday "
            "the talks had resumed.\n(Editing by Alex Richardson)")
    body = client.post("/v1/extract", json={"text": text}).get_json()
    validate_against_spec(body, "Extraction")
    assert [(a["name"], a["role"]) for a in body["authors"]] == [
        ("Anna Smith", "byline"), ("Tom Brown", "byline"), ("Alex Richardson", "editing")]
    assert all(text[a["start"]:a["end"]] == a["name"] for a in body["authors"])
    assert [p["name"] for p in body["participants"]] == ["Boris Johnson"]
