"""The language check over HTTP: a foreign article is 422 problem+json of type
/problems/unsupported-language with its language and confidence (per item in a batch); English,
also with foreign passages or as one short line, is extracted and says `language`; the setting
NEWS_LANGUAGE_CHECK turns the check off. Articles from tests/data/language (written for the project)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.api import create_app
from service.config import Config
from tests.api.test_api import validate_against_spec

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "language"
GERMAN = (SAMPLES / "long" / "de_1.txt").read_text(encoding="utf-8")
FRENCH = (SAMPLES / "long" / "fr_1.txt").read_text(encoding="utf-8")
ENGLISH_WITH_GERMAN = (SAMPLES / "mixed" / "en_german_quotes.txt").read_text(encoding="utf-8")
README_SENTENCE = "Xi Jinping met Vladimir Putin on Thursday."
PROBLEM_TYPE = "/problems/unsupported-language"


def assert_unsupported(response, code: str) -> dict:
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    validate_against_spec(body, "Problem")
    assert body["type"] == PROBLEM_TYPE and body["title"] == "Unprocessable Entity" and body["status"] == 422
    assert body["language"]["code"] == code and body["language"]["confidence"] >= 0.99
    assert f"'{code}'" in body["detail"] and "English" in body["detail"]
    return body


@pytest.mark.parametrize("text, code", [(GERMAN, "de"), (FRENCH, "fr")], ids=["german", "french"])
def test_a_foreign_article_is_422_unsupported_language(client, text, code):
    assert_unsupported(client.post("/v1/extract", json={"text": text, "id": "x"}), code)
    assert_unsupported(client.post("/v1/extract", data=text.encode(), content_type="text/plain"), code)


def test_an_english_article_with_a_german_quote_is_extracted(client):
    response = client.post("/v1/extract", json={"text": ENGLISH_WITH_GERMAN})
    assert response.status_code == 200
    body = response.get_json()
    validate_against_spec(body, "Extraction")
    assert body["language"] == {"code": "en", "confidence": 1.0}
    assert "Hildegard Brenner" in [p["name"] for p in body["participants"]]
    assert any("Wir stehen vor der schwierigsten Lage" in q["text"] for q in body["quotes"])


def test_the_readme_sentence_is_english(client):
    response = client.post("/v1/extract", json={"text": README_SENTENCE})
    assert response.status_code == 200
    body = response.get_json()
    validate_against_spec(body, "Extraction")
    assert body["language"]["code"] == "en" and 0 <= body["language"]["confidence"] < 0.6


def test_a_batch_refuses_only_its_foreign_item(client):
    articles = [{"text": README_SENTENCE, "id": "en"}, {"text": GERMAN, "id": "de"},
                {"text": ENGLISH_WITH_GERMAN, "id": "mixed"}]
    response = client.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.get_json()
    validate_against_spec(body, "BatchResult")
    english, german, mixed = body["results"]
    assert [(r["index"], r["id"], r["status"]) for r in body["results"]] == [(0, "en", 200), (1, "de", 422),
                                                                          (2, "mixed", 200)]
    assert german["extraction"] is None
    assert german["problem"]["type"] == PROBLEM_TYPE and german["problem"]["language"]["code"] == "de"
    assert english["problem"] is None and english["extraction"]["language"]["code"] == "en"
    assert mixed["extraction"] == client.post("/v1/extract", json=articles[2]).get_json()


def test_with_the_check_off_a_german_article_is_extracted_and_says_its_language(extractor, monkeypatch):
    monkeypatch.setenv("NEWS_LANGUAGE_CHECK", "0")
    app = create_app({"TESTING": True}, extractor=extractor)  # the setting, read from the environment
    assert app.config["LANGUAGE_CHECK"] is False
    client = app.test_client()
    response = client.post("/v1/extract", json={"text": GERMAN})
    assert response.status_code == 200
    assert response.get_json()["language"] == {"code": "de", "confidence": 1.0}
    results = client.post("/v1/extract/batch", json={"articles": [{"text": FRENCH}]}).get_json()["results"]
    assert results[0]["status"] == 200 and results[0]["extraction"]["language"]["code"] == "fr"


@pytest.mark.parametrize("raw, expected", [("", True), ("1", True), ("on", True), ("0", False),
                                           ("false", False), (" No ", False)])
def test_the_setting_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("NEWS_LANGUAGE_CHECK", raw)
    assert Config.from_env()["LANGUAGE_CHECK"] is expected


def test_a_bad_setting_stops_the_start(monkeypatch):
    monkeypatch.setenv("NEWS_LANGUAGE_CHECK", "maybe")
    with pytest.raises(ValueError, match="NEWS_LANGUAGE_CHECK"):
        Config.from_env()
