"""Property-based fuzzing of the HTTP layer (hypothesis): whatever text a caller sends, the answer is
a 200 whose every offset is exact, or a documented 4xx problem document; never a 5xx.

Texts are built from characters of every Unicode general category (unpaired surrogates, private use
and unassigned code points included), control characters, every line ending, very long tokens and
the news pieces the rules react to. They go as JSON (a surrogate travels as its escape, as JSON
allows), as text/plain, and as batches. The default run is sized for CI; set NEWS_FUZZ_EXAMPLES for
a longer one (benchmarks/DRILLS.md). derandomize=True keeps CI deterministic. The language check is
off here, so every text reaches the extraction (the detector still reads each one for `language`);
tests/api/test_language.py tests the check.
"""
from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.api import create_app
from service.api.schemas import NOT_BLANK
from tests.extract.test_properties import PIECES, check_result

EXAMPLES = int(os.environ.get("NEWS_FUZZ_EXAMPLES", "2000"))
CATEGORIES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
              "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"]
LINE_ENDINGS = ["\n", "\r\n", "\r", "\n\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]

any_category = st.sampled_from(CATEGORIES).flatmap(lambda category: st.characters(categories=[category]))
long_token = st.builds(lambda char, n: char * n, any_category | st.sampled_from("a\"“'-_./"),
                       st.integers(min_value=50, max_value=600))
piece = st.one_of(any_category, st.sampled_from(LINE_ENDINGS), st.sampled_from(PIECES),
                  st.sampled_from([" ", " ", "\t"]), long_token)
texts = st.lists(piece, min_size=0, max_size=60).map("".join)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@pytest.fixture()
def client(extractor):
    return create_app({"TESTING": True, "LANGUAGE_CHECK": False}, extractor=extractor).test_client()


def blank(text: str) -> bool:
    return re.match(NOT_BLANK, text) is None


def check_answer(response, text: str) -> None:
    """200 with exact offsets; or 422 for a blank text; nothing else."""
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if blank(text):
        assert response.status_code == 422 and response.mimetype == "application/problem+json"
        return
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    check_result(text, json.loads(response.get_data()))


@FUZZ
@given(text=texts)
def test_any_text_as_json_gets_200_with_exact_offsets_or_422(client, text):
    body = json.dumps({"text": text, "id": text[:20]})  # ASCII JSON: surrogates as \udXXX escapes
    # What the service reads: a high surrogate escape followed by a low one is one astral character
    # in JSON ('\ud800\udc00' is U+10000), so offsets count against the text as decoded.
    sent = json.loads(body)
    response = client.post("/v1/extract", data=body, content_type="application/json")
    check_answer(response, sent["text"])
    if response.status_code == 200:
        assert json.loads(response.get_data())["id"] == sent["id"]


@settings(FUZZ, max_examples=max(1, EXAMPLES // 4))
@given(text=texts)
def test_any_text_as_plain_text_gets_an_answer_and_never_a_5xx(client, text):
    data = text.encode("utf-8", "surrogatepass")  # a surrogate makes it invalid UTF-8: 400
    response = client.post("/v1/extract", data=data, content_type="text/plain; charset=utf-8")
    if re.search("[\ud800-\udfff]", text):
        assert response.status_code == 400 and response.mimetype == "application/problem+json"
    else:
        check_answer(response, text)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 10))
@given(batch=st.lists(texts, min_size=1, max_size=6))
def test_a_batch_of_any_texts_answers_each_item_alone(client, batch):
    body = json.dumps({"articles": [{"text": text} for text in batch]})
    response = client.post("/v1/extract/batch", data=body, content_type="application/json")
    assert response.status_code == 200
    results = json.loads(response.get_data())["results"]
    assert [item["index"] for item in results] == list(range(len(batch)))
    for text, item in zip([article["text"] for article in json.loads(body)["articles"]], results):
        if blank(text):
            assert item["status"] == 422 and item["extraction"] is None
        else:
            assert item["status"] == 200, item["problem"]
            check_result(text, item["extraction"])
