"""service/worker.py: when is a buffered HTTP/1 request complete, and is it an extraction (the drills and
tests/serving/test_balance.py cover the rest)."""
import pytest

from service.worker import (
    MAX_BUFFERED_BYTES,
    MAX_HEAD_BYTES,
    TIMEOUT_ANSWER,
    is_extraction,
    request_complete,
)

HEAD = b"POST /v1/extract HTTP/1.1\r\nHost: x\r\n"


@pytest.mark.parametrize("data, complete", [
    (b"GET /livez HTTP/1.1\r\nHost: x\r\n\r\n", True),
    (b"GET /livez HTTP/1.1\r\nHost: x\r\n", False),                       # head not finished
    (HEAD + b"Content-Length: 10\r\n\r\n0123456789", True),
    (HEAD + b"content-length: 10\r\n\r\n01234", False),                      # body still coming
    (HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", False),
    (HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", True),
    (HEAD + b"Content-Length: ten\r\n\r\n", None),                           # malformed: gunicorn answers
    (HEAD + b"Content-Length: %d\r\n\r\n" % (MAX_BUFFERED_BYTES + 1), None),  # too big: the app's 413
    (b"GET /" + b"a" * (MAX_HEAD_BYTES + 1), None),                          # endless head: refused
])
def test_request_complete(data, complete):
    assert request_complete(data) is complete


def test_the_timeout_answer_is_a_well_formed_problem():
    head, _, body = TIMEOUT_ANSWER.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ") and b"application/problem+json" in head
    assert f"Content-Length: {len(body)}".encode() in head
    import json
    assert json.loads(body)["status"] == 408


@pytest.mark.parametrize("data, extraction", [
    (HEAD + b"Content-Length: 2\r\n\r\n{}", True),
    (b"POST /v1/extract/batch HTTP/1.1\r\nHost: x\r\n\r\n", True),
    (b"POST /v1/extract?date=2024-01-02 HTTP/1.1\r\n\r\n", True),
    (b"GET /v1/extract HTTP/1.1\r\n\r\n", False),            # answered 405 at once
    (b"POST /v1/extractor HTTP/1.1\r\n\r\n", False),         # another path (404)
    (b"GET /livez HTTP/1.1\r\n\r\n", False),
    (b"GET /metrics HTTP/1.1\r\n\r\n", False),
    (b"", False),
])
def test_is_extraction(data, extraction):
    assert is_extraction(data) is extraction
