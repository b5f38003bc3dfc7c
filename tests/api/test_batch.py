"""POST /v1/extract/batch: same results as one-by-one, per-item problems, limits; flat spaCy memory."""
from __future__ import annotations

import uuid

import pytest

from service.api import create_app
from service.extract import Article, Extractor
from tests.api.test_api import ARTICLE, validate_against_spec

OTHER = ("OTTAWA, May 2 - Health Minister Carolyn Bennett said on Friday the clinic would reopen. "
         "\u201cWe are ready,\u201d she said.")


def test_batch_results_equal_one_by_one_results_in_order(client, seed_000):
    articles = [{"text": seed_000, "id": "seed"}, {"text": ARTICLE, "date": "2024-03-03", "id": "a"},
                {"text": OTHER}]
    response = client.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.get_json()
    validate_against_spec(body, "BatchResult")
    results = body["results"]
    assert [(r["index"], r["id"], r["status"], r["problem"]) for r in results] == [
        (0, "seed", 200, None), (1, "a", 200, None), (2, None, 200, None)]
    for article, result in zip(articles, results):
        single = client.post("/v1/extract", json=article).get_json()
        assert result["extraction"] == single


def test_a_bad_article_gets_a_problem_in_its_place_and_never_fails_the_batch(extractor):
    app = create_app({"TESTING": True, "MAX_TEXT_CHARS": 500}, extractor=extractor)
    articles = [{"text": ARTICLE, "id": "ok"}, {"text": "", "id": "empty"}, "not an object",
                {"text": "x" * 501, "id": "long"}, {"text": OTHER, "date": "2024-02-30"}, {"text": OTHER}]
    results = app.test_client().post("/v1/extract/batch", json={"articles": articles}).get_json()["results"]
    assert [(r["id"], r["status"]) for r in results] == [
        ("ok", 200), ("empty", 422), (None, 422), ("long", 413), (None, 422), (None, 200)]
    assert results[1]["problem"]["errors"] == {"text": ["The text is empty or has nothing but whitespace."]}
    assert "date" in results[4]["problem"]["errors"]
    assert all(r["extraction"] is None for r in results[1:5])
    assert [p["name"] for p in results[5]["extraction"]["participants"]] == ["Carolyn Bennett"]


def test_an_article_whose_extraction_fails_gets_a_500_item(extractor, monkeypatch):
    original = Extractor._extract_from_doc

    def fail_on_marker(self, doc, article):
        if "EXPLODE" in article.text:
            raise RuntimeError("internal detail that must not leak")
        return original(self, doc, article)

    monkeypatch.setattr(Extractor, "_extract_from_doc", fail_on_marker)
    app = create_app({"TESTING": True}, extractor=extractor)
    articles = [{"text": ARTICLE}, {"text": "EXPLODE now."}, {"text": OTHER}]
    results = app.test_client().post("/v1/extract/batch", json={"articles": articles}).get_json()["results"]
    assert [r["status"] for r in results] == [200, 500, 200]
    assert "internal detail" not in str(results[1]["problem"])
    assert results[2]["extraction"]["participants"][0]["name"] == "Carolyn Bennett"


@pytest.mark.parametrize("payload, status", [
    ({"articles": []}, 422),
    ({"articles": "text"}, 422),
    ({"texts": [{"text": "Hello."}]}, 422),
    ([{"text": "Hello."}], 422),
    ({"articles": [{"text": "Hello."}] * 4}, 422),  # over the batch limit of 3 set below
])
def test_envelope_errors_fail_the_whole_batch(extractor, payload, status):
    app = create_app({"TESTING": True, "MAX_BATCH_SIZE": 3}, extractor=extractor)
    response = app.test_client().post("/v1/extract/batch", json=payload)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"


def test_batch_body_limit_is_its_own_setting(extractor):
    app = create_app({"TESTING": True, "MAX_BODY_BYTES": 100, "MAX_BATCH_BODY_BYTES": 2000},
                     extractor=extractor)
    client = app.test_client()
    assert client.post("/v1/extract/batch", json={"articles": [{"text": ARTICLE}]}).status_code == 200
    assert client.post("/v1/extract", json={"text": ARTICLE}).status_code == 413
    big = {"articles": [{"text": ARTICLE}] * 20}
    assert client.post("/v1/extract/batch", json=big).status_code == 413


def test_extraction_releases_spacy_memory_after_each_batch(extractor):
    """New words would grow the shared vocabulary for ever; the memory zone frees them."""
    list(extractor.extract_many([Article(ARTICLE)]))
    before = len(extractor.nlp.vocab.strings)
    for _ in range(3):
        novel = " ".join(f"Zq{uuid.uuid4().hex[:10]}" for _ in range(200))
        results = list(extractor.extract_many([Article(f"Officials met {novel} on Monday.")]))
        assert results[0].dates  # the extraction itself still works inside the zone
    assert len(extractor.nlp.vocab.strings) == before

