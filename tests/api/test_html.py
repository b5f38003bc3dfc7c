"""Web pages through the HTTP API: a text/html body or JSON `html`, and pages in a batch. The
response carries the extracted `text` (every offset indexes it) and the `page` metadata; the
page's date is the article's date below the request's; errors are problem documents."""
from __future__ import annotations

import pytest

from service.api import create_app
from tests.api.test_api import assert_problem, validate_against_spec
from tests.helpers import iter_spans
from tests.pages import EXPECTED, LAYOUTS, page, seed_page

SCRIPT_ONLY = ("<html><head><script>var config = {};</script></head><body><script>render()</script>"
               "<noscript>Please enable JavaScript.</noscript></body></html>")
ACCENTED = ("<html><head>{meta}<title>Caf\u00e9 owner wins</title></head><body><article><p>\u201cWe never gave "
            "up,\u201d said Jos\u00e9 \u00c1lvarez, who runs the caf\u00e9 on the corner of the square in Lyon."
            "</p></article></body></html>")


def assert_offsets_index_the_text(body: dict) -> None:
    spans = list(iter_spans(body))
    assert spans
    for span in spans:
        assert body["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("name", LAYOUTS)
def test_a_text_html_body_gives_the_page_text_metadata_and_exact_offsets(client, name):
    response = client.post("/v1/extract", data=page(name).encode("utf-8"), content_type="text/html")
    assert response.status_code == 200
    body = response.get_json()
    validate_against_spec(body, "Extraction")
    assert body["text"].split("\n\n")[0] == EXPECTED[name].headline == body["page"]["title"]
    assert [phrase for phrase in EXPECTED[name].boilerplate if phrase in body["text"]] == []
    assert set(body["page"]) == {"title", "authors", "site_name", "url"}
    assert_offsets_index_the_text(body)
    for author in body["authors"]:
        assert author["role"] != "page" or (author["start"], author["end"]) == (None, None)


def test_the_news_page_keeps_its_people_and_loses_those_of_its_sidebar_and_comments(client):
    body = client.post("/v1/extract", json={"html": page("news"), "id": "n1"}).get_json()
    assert body["id"] == "n1"
    people = {p["name"] for p in body["participants"]}
    assert {"Helen Carvalho", "Robert Ames", "Lucia Fernandez"} <= people
    assert not people & {"Paolo Rinaldi", "Kwame Mensah", "Greta Holm", "Victor Lang", "Daniel Okafor"}
    assert ("“Nobody on Elm Avenue was asked,”", "Robert Ames") in {
        (q["text"], q["speaker"]["name"]) for q in body["quotes"] if q["speaker"]}
    assert body["date"] == {"value": "2024-05-14", "source": "page", "text": None, "start": None, "end": None,
                            "year_inferred": False}
    assert body["page"] == {"title": "Riverside council approves new bridge after long debate",
                            "authors": ["Daniel Okafor"], "site_name": "The Daily Meridian",
                            "url": "https://meridian.example/news/riverside-bridge-vote"}
    assert body["authors"] == [{"name": "Daniel Okafor", "role": "page", "start": None, "end": None}]


def test_the_request_date_wins_over_the_page_date(client):
    body = client.post("/v1/extract?date=2024-05-20", data=page("news"), content_type="text/html").get_json()
    assert (body["date"]["value"], body["date"]["source"]) == ("2024-05-20", "request")
    body = client.post("/v1/extract", json={"html": page("jsonld"), "date": "2023-06-05"}).get_json()
    assert (body["date"]["value"], body["date"]["source"]) == ("2023-06-05", "request")


def test_a_text_request_has_no_text_or_page_field(client):
    body = client.post("/v1/extract", json={"text": "Jane Doe said so on Monday."}).get_json()
    assert "text" not in body and "page" not in body


@pytest.mark.parametrize("payload", [{"text": "Jane Doe said so.", "html": "<p>Jane Doe said so.</p>"},
                                     {"date": "2024-01-01"}, {"html": None}, {"html": 5}, {"html": " \n"}])
def test_both_or_neither_of_text_and_html_or_a_bad_html_is_422(client, payload):
    body = assert_problem(client.post("/v1/extract", json=payload), 422)
    assert set(body["errors"]) <= {"text", "html"} and body["errors"]


@pytest.mark.parametrize("send", [
    lambda c: c.post("/v1/extract", data=SCRIPT_ONLY, content_type="text/html"),
    lambda c: c.post("/v1/extract", json={"html": SCRIPT_ONLY}),
])
def test_a_page_without_article_text_is_422_saying_so(client, send):
    body = assert_problem(send(client), 422)
    assert body["detail"] == "No article text could be extracted from the page."
    assert body["errors"] == {"html": ["No article text could be extracted from the page."]}


def test_a_windows_1252_page_is_decoded_by_its_meta_charset(client):
    raw = ACCENTED.format(meta='<meta charset="windows-1252">').encode("cp1252")
    body = client.post("/v1/extract", data=raw, content_type="text/html").get_json()
    assert "\u201cWe never gave up,\u201d said Jos\u00e9 \u00c1lvarez" in body["text"]
    assert [p["name"] for p in body["participants"]] == ["Jos\u00e9 \u00c1lvarez"]
    assert [q["speaker"]["name"] for q in body["quotes"]] == ["Jos\u00e9 \u00c1lvarez"]
    assert_offsets_index_the_text(body)


def test_an_iso_8859_1_page_is_decoded_by_the_content_type_charset(client):
    raw = ACCENTED.format(meta="").encode("cp1252")
    body = client.post("/v1/extract", data=raw, content_type="text/html; charset=ISO-8859-1").get_json()
    assert "said Jos\u00e9 \u00c1lvarez" in body["text"] and body["page"]["title"] == "Caf\u00e9 owner wins"
    assert_problem(client.post("/v1/extract", data=raw, content_type="text/html; charset=klingon-8"), 400)


def test_malformed_html_is_extracted(client):
    html = ("<body><div><p>Mayor Helen Carvalho said the plan would go ahead this year.<p>“It is right,” she "
            "said.</div></span></td><p>Work starts in <b>May<i>, officials said</b></i>")
    body = client.post("/v1/extract", data=html, content_type="text/html").get_json()
    assert "Helen Carvalho" in {p["name"] for p in body["participants"]}
    assert_offsets_index_the_text(body)


def test_the_body_limit_applies_to_the_page_and_the_text_limit_to_its_text(extractor):
    small_body = create_app({"MAX_BODY_BYTES": 2000}, extractor=extractor).test_client()
    assert_problem(small_body.post("/v1/extract", data=page("news"), content_type="text/html"), 413)
    assert_problem(small_body.post("/v1/extract", json={"html": page("news")}), 413)
    small_text = create_app({"MAX_TEXT_CHARS": 300}, extractor=extractor).test_client()
    body = assert_problem(small_text.post("/v1/extract", data=page("news"), content_type="text/html"), 413)
    assert "text extracted from the page" in body["detail"]


def test_a_batch_takes_pages_and_texts_each_on_its_own(client, extractor):
    articles = [{"html": page("jsonld"), "id": "page"}, {"text": "Jane Doe said so on Monday.", "id": "text"},
                {"html": SCRIPT_ONLY, "id": "script"}, {"html": "<p>x</p>", "text": "x", "id": "both"},
                {"html": seed_page("002"), "id": "seed"}]
    response = client.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    results = response.get_json()["results"]
    validate_against_spec(response.get_json(), "BatchResult")
    assert [(r["id"], r["status"]) for r in results] == [("page", 200), ("text", 200), ("script", 422),
                                                         ("both", 422), ("seed", 200)]
    first = results[0]["extraction"]
    assert first["page"]["authors"] == ["Priya Raman", "Owen Gallagher"]
    assert (first["date"]["value"], first["date"]["source"]) == ("2023-06-02", "page")
    assert_offsets_index_the_text(first)
    assert_offsets_index_the_text(results[4]["extraction"])
    assert "text" not in results[1]["extraction"]
    assert results[2]["problem"]["errors"] == {"html": ["No article text could be extracted from the page."]}
    limited = create_app({"MAX_BODY_BYTES": 2000}, extractor=extractor).test_client()
    results = limited.post("/v1/extract/batch", json={"articles": articles[:2]}).get_json()["results"]
    assert [r["status"] for r in results] == [413, 200]  # a page over the body limit fails alone


def test_the_readme_example_page_gives_its_story(client):
    from tests.helpers import ROOT
    raw = (ROOT / "examples" / "news-page.html").read_bytes()
    body = client.post("/v1/extract", data=raw, content_type="text/html").get_json()
    assert body["page"]["title"] == "Port of Easthaven reopens north quay after storm repairs"
    assert (body["date"]["value"], body["date"]["source"]) == ("2024-10-08", "page")
    assert {"Colin Mabry", "Aisha Rahman"} <= {p["name"] for p in body["participants"]}
    assert "cookies" not in body["text"] and "Most read" not in body["text"]
    assert_offsets_index_the_text(body)
