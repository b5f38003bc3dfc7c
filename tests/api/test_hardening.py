"""Hostile and odd input: each gets a 200 with a sane result or a documented 4xx problem, never a
crash, a stack trace or a hung worker. The heaviest texts go through real gunicorn, whose worker
timeout would kill a worker that took too long (and the request would then fail): the `server`
fixture of conftest.py."""
from __future__ import annotations

import json

import pytest
import requests

from tests.helpers import iter_spans

NAME_SENTENCE = "“We will win,” Jane Doe said on Tuesday."


def assert_sane(response, text: str) -> dict:
    """A 200 extraction whose every span points at its text."""
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    result = response.json
    for span in iter_spans(result):
        assert text[span["start"]:span["end"]] == span["text"]
    return result


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == status and "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize("text", [
    "Jane Doe\x00 said\x01\x02\x07 it\x1b[31m was \x7f fine.\x0b\x0c",  # NUL and control characters
    "\ufeff" + NAME_SENTENCE,                                          # a byte-order mark
    "BERLIN, May 2 (Reuters) -\r\n\r\n" + NAME_SENTENCE + "\r\n“Again,” Doe added.\r\n",  # CRLF
    "قال جون سميث إن \u202bJohn Smith\u202c met שלום Cohen in Paris on Monday.",  # RTL, mixed scripts
    "🎉🇺🇸👩‍👩‍👧 “Great day,” said Jane Doe 😀 in 𝔑𝔢𝔴 York on Friday.",  # emoji and astral characters
    "The chancellor said on Monday: „Wir schaffen das.“ A Japanese paper wrote 習近平主席は月曜日に語った。 "
    "and a Russian one Путин сказал.",  # other scripts and languages inside English (tests/api/test_language.py)
    "<html><head><script>alert('x')</script></head><body><p class=\"lead\">Jane Doe said "
    "&quot;hello&quot; on <b>Monday</b>.</p></body></html>",          # HTML pasted as text
    "\"" * 50 + "'" * 50 + "“”‘’«»" * 50,                               # quote marks only
    "He said \"she said 'they said “we said ‘no’ ever” again' today\" loudly.",  # nested quotes
    "a" * 5000,                                                         # one enormous word
])
def test_odd_texts_get_a_sane_result(client, text):
    result = assert_sane(client.post("/v1/extract", json={"text": text}), text)
    assert set(result) >= {"date", "dates", "participants", "organizations", "locations", "quotes"}


@pytest.mark.parametrize("text", ["", " ", " \n\t \r\n ", " \t\n\r\n   \u00a0\u2003 ", "\ufeff\u200b\u3000"])
def test_blank_text_is_422_like_empty_text(client, text):
    """Whitespace only is the caller's mistake (an empty file, a failed scrape), as an empty text is."""
    for response in (client.post("/v1/extract", json={"text": text}),
                     client.post("/v1/extract", data=text.encode(), content_type="text/plain; charset=utf-8")):
        body = assert_problem(response, 422)
        assert body["errors"] == {"text": ["The text is empty or has nothing but whitespace."]}
    item = client.post("/v1/extract/batch", json={"articles": [{"text": text}, {"text": NAME_SENTENCE}]})
    assert [result["status"] for result in item.json["results"]] == [422, 200]


# A lone surrogate escape is valid JSON; Python reads it as one code point that no UTF-8 encoder
# takes. It is parsed as U+FFFD (same length) and written back as the same escape.
SURROGATE_BODY = '{"text": "He said \\ud800 \\u201cyes\\u201d. Jane Doe\\udfff said \\u201cno\\u201d on Monday.", "id": "s\\udc80"}'


def test_an_unpaired_surrogate_escape_gets_200_with_exact_offsets(client):
    text = json.loads(SURROGATE_BODY)["text"]
    response = client.post("/v1/extract", data=SURROGATE_BODY, content_type="application/json")
    result = assert_sane(response, text)
    assert result["id"] == "s\udc80" and "\\udc80" in response.get_data(as_text=True)
    assert [q["text"] for q in result["quotes"]] == ["“yes”", "“no”"]
    (jane,) = result["participants"]
    assert jane["name"].startswith("Jane Doe")


def test_an_unpaired_surrogate_fails_no_other_batch_item(client):
    body = '{"articles": [%s, {"text": "\\udc00"}, {"text": "Jane Doe said hello."}]}' % SURROGATE_BODY
    response = client.post("/v1/extract/batch", data=body, content_type="application/json")
    assert response.status_code == 200
    assert [item["status"] for item in response.json["results"]] == [200, 200, 200]


def test_emoji_before_a_name_keep_code_point_offsets(client):
    text = "😀😀 " + NAME_SENTENCE
    result = assert_sane(client.post("/v1/extract", json={"text": text}), text)
    (person,) = [p for p in result["participants"] if p["name"] == "Jane Doe"]
    assert person["mentions"][0]["start"] == text.index("Jane")


def test_a_json_body_with_a_byte_order_mark_is_read(client):
    body = "\ufeff".encode() + json.dumps({"text": NAME_SENTENCE}).encode()
    assert_sane(client.post("/v1/extract", data=body, content_type="application/json"), NAME_SENTENCE)


def test_invalid_utf8_inside_json_is_400(client):
    body = b'{"text": "caf\xe9 \xff said Jane Doe"}'
    assert_problem(client.post("/v1/extract", data=body, content_type="application/json"), 400)


def test_duplicate_json_keys_take_the_last_value(client):
    body = '{"text": "ignored", "id": "first", "text": "Jane Doe said hello.", "id": "second"}'
    result = assert_sane(client.post("/v1/extract", data=body, content_type="application/json"),
                         "Jane Doe said hello.")
    assert result["id"] == "second"


@pytest.mark.parametrize("payload", [
    {"text": 1}, {"text": 1.5}, {"text": True}, {"text": None}, {"text": []}, {"text": {"a": "b"}},
    {"text": "Fine.", "date": 20220615}, {"text": "Fine.", "date": ["2022-06-15"]},
    {"text": "Fine.", "date": {"y": 2022}}, {"text": "Fine.", "date": True},
    {"text": "Fine.", "id": 1}, {"text": "Fine.", "id": ["a"]}, {"text": "Fine.", "id": {"a": 1}},
    {"text": "Fine.", "id": "x" * 257},
])
def test_wrong_json_types_are_422_naming_the_field(client, payload):
    body = assert_problem(client.post("/v1/extract", json=payload), 422)
    assert set(body["errors"]) & set(payload)


@pytest.mark.parametrize("payload", [[], "text", 7, None, True])
def test_a_body_that_is_not_an_object_is_422(client, payload):
    assert_problem(client.post("/v1/extract", data=json.dumps(payload), content_type="application/json"), 422)


@pytest.mark.parametrize("payload", [
    {"articles": "Jane Doe said hi."}, {"articles": {"text": "x"}}, {"articles": 3}, {"articles": None},
    {"articles": []}, {"text": "no articles key"}, [{"text": "a list, not an object"}],
])
def test_wrong_batch_envelopes_are_422(client, payload):
    assert_problem(client.post("/v1/extract/batch", json=payload), 422)


def test_wrong_types_inside_a_batch_fail_only_their_item(client):
    articles = [{"text": NAME_SENTENCE}, "a bare string", 3, None, [], {"text": 5}, {"text": "x", "date": 1}]
    response = client.post("/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    statuses = [item["status"] for item in response.json["results"]]
    assert statuses == [200] + [422] * 6


@pytest.mark.parametrize("count", [65, 100_000])
def test_huge_batch_arrays_are_refused_quickly(client, count):
    body = assert_problem(client.post("/v1/extract/batch", json={"articles": [{}] * count}), 422)
    assert "At most" in body["errors"]["articles"][0]


# --- the heaviest texts, through real gunicorn (its worker timeout is the bound) ------------------

HEAVY_TEXTS = {
    "a 200,000-character single sentence": ("the minister said that " * 9000)[:199_999] + ".",
    "10,000 quote marks": "\"" * 10_000,
    "deeply nested quotations": "He said \"" + "she said 'they said “" * 2000 + "x" + "”'\"" * 2000,
    "200,000 characters of names and cues": " ".join(
        f"Mr. Name{i} Surname{i} said \"fine.\"" for i in range(6000))[:200_000],
}


@pytest.mark.parametrize("name", list(HEAVY_TEXTS))
def test_the_heaviest_texts_finish_inside_the_worker_timeout(server, name):
    text = HEAVY_TEXTS[name]
    response = requests.post(f"{server}/v1/extract", json={"text": text}, timeout=300)
    assert response.status_code == 200, response.text[:300]
    for span in iter_spans(response.json()):
        assert text[span["start"]:span["end"]] == span["text"]
    assert requests.get(f"{server}/livez", timeout=10).status_code == 200  # the worker lives on
