"""A gunicorn worker that lets no slow or vanishing client hold a thread.

gunicorn's gthread worker hands a connection to a thread as soon as its first bytes arrive, and
the thread then reads the rest of the request with no time limit: eight clients sending a header
byte a second tie up 2 workers x 4 threads, and every other request waits (benchmarks/DRILLS.md).
This worker reads each HTTP/1 request, head and body, in its event loop first, without a thread,
and only hands it on once it is complete; a request not complete within REQUEST_READ_SECONDS gets
408 and is closed, and a client that vanishes meanwhile costs nothing. Answers are written with a
send timeout, so a client that stops reading cannot hold a thread either. TLS connections (not
used here: TLS ends at the proxy or ingress) keep gthread's own handling.

Use: ``worker_class = "service.worker.BufferingThreadWorker"`` (gunicorn.conf.py).
"""
from __future__ import annotations

import selectors
import time
from functools import partial
from typing import Optional

from gunicorn.workers.gthread import ThreadWorker

REQUEST_READ_SECONDS = 10.0   # the whole request (head and body) must arrive within this
SEND_TIMEOUT_SECONDS = 30.0   # a single send of the answer may block this long at most
MAX_HEAD_BYTES = 64 * 1024    # a longer head is handed on for gunicorn to refuse
MAX_BUFFERED_BYTES = 16 * 1024 * 1024  # a larger declared body is handed on for the app's 413
_TIMEOUT_BODY = (b'{"type": "about:blank", "title": "Request Timeout", "status": 408, '
                 b'"detail": "The request did not arrive in time."}')
TIMEOUT_ANSWER = (b"HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\n"
                  b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(_TIMEOUT_BODY) + _TIMEOUT_BODY)


def request_complete(data: bytes) -> Optional[bool]:
    """Whether ``data`` holds a whole HTTP/1 request: True, False (not yet), or None (malformed or
    too large to buffer: hand it on now and let gunicorn or the app answer it)."""
    head_end = data.find(b"\r\n\r\n")
    if head_end < 0:
        return None if len(data) > MAX_HEAD_BYTES else False
    length, chunked = 0, False
    for line in data[:head_end].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            if not value.strip().isdigit():
                return None
            length = int(value.strip())
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    body = data[head_end + 4:]
    if chunked:  # complete at the last, empty chunk
        if body.startswith(b"0\r\n\r\n") or b"\r\n0\r\n\r\n" in body:
            return True
        return None if len(body) > MAX_BUFFERED_BYTES else False
    if length > MAX_BUFFERED_BYTES:
        return None
    return len(body) >= length


class BufferingThreadWorker(ThreadWorker):
    """gthread, with each request read completely in the event loop before a thread takes it."""

    def init_process(self):
        self.reading: dict = {}  # connection -> (bytes so far, deadline)
        super().init_process()

    def enqueue_req(self, conn):
        """Called on the event loop for a new or kept-alive connection with data to read."""
        if self.cfg.is_ssl or (conn.parser is not None and conn.parser.unreader.buf.getvalue()):
            return super().enqueue_req(conn)  # TLS, or a pipelined request already read ahead
        conn.sock.setblocking(False)
        self.reading[conn] = (b"", time.monotonic() + REQUEST_READ_SECONDS)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._read_more, conn))

    def _read_more(self, conn, _sock) -> None:
        try:
            chunk = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        data, deadline = self.reading[conn]
        if not chunk:  # the client went away before finishing its request
            self._drop(conn)
            return
        data += chunk
        self.reading[conn] = (data, deadline)
        if request_complete(data) is not False:
            self.poller.unregister(conn.sock)
            del self.reading[conn]
            conn.buffered = data
            conn.data_ready = True
            super().enqueue_req(conn)

    def _drop(self, conn, answer: bytes = b"") -> None:
        self.poller.unregister(conn.sock)
        del self.reading[conn]
        if answer:
            try:
                conn.sock.send(answer)
            except OSError:
                pass
        self.nr_conns -= 1
        conn.close()

    def murder_pending(self):
        """Also close the connections whose request did not arrive in time (408)."""
        super().murder_pending()
        now = time.monotonic()
        for conn in [c for c, (_, deadline) in self.reading.items() if deadline <= now]:
            self._drop(conn, TIMEOUT_ANSWER)

    def handle(self, conn):
        """On a thread: give the parser the bytes read in the event loop, then serve as usual."""
        data = conn.__dict__.pop("buffered", None)
        if data is not None:
            conn.sock.setblocking(True)
            conn.init()
            conn.parser.unreader.unread(data)
        return super().handle(conn)

    def handle_request(self, req, conn):
        conn.sock.settimeout(SEND_TIMEOUT_SECONDS)  # a client that stops reading gives up the thread
        return super().handle_request(req, conn)
