"""A gunicorn worker that lets no slow or vanishing client hold a thread, and takes an extraction
only when it can start it.

gunicorn's gthread worker hands a connection to a thread as soon as its first bytes arrive, and
the thread then reads the rest of the request with no time limit: eight clients sending a header
byte a second tie up 2 workers x 4 threads, and every other request waits (benchmarks/DRILLS.md).
This worker reads each HTTP/1 request, head and body, in its event loop first, without a thread,
and only hands it on once it is complete; a request not complete within REQUEST_READ_SECONDS gets
408 and is closed, and a client that vanishes meanwhile costs nothing. Answers are written with a
send timeout, so a client that stops reading cannot hold a thread either. TLS connections (not
used here: TLS ends at the proxy or ingress) keep gthread's own handling.

Balance: each worker has one extraction lock (service/api/model_holder.py), so an extraction taken
by a busy worker waits while another worker may idle. Stock gthread accepts whenever a thread is
free; this worker stops accepting while an extraction (``POST /v1/extract...``, told from the
buffered request line) is queued or running in it, or a new connection's request is still
unread, and starts again when it is idle. Connections then wait in the kernel's listen queue for
the first idle worker. So that health checks are still answered when every worker is busy, a
busy worker takes a connection that has waited ACCEPT_GRACE_SECONDS with no idle worker to take
it (a free thread answers ``/livez`` at once). An extraction answered while others wait in the
same worker closes its keep-alive connection, so that client's next request goes to an idle
worker rather than back into this one's queue.

Use: ``worker_class = "service.worker.BufferingThreadWorker"`` (gunicorn.conf.py).
"""
from __future__ import annotations

import select
import selectors
import time
from functools import partial
from typing import Optional

from gunicorn.workers.gthread import ThreadWorker

REQUEST_READ_SECONDS = 10.0   # the whole request (head and body) must arrive within this
SEND_TIMEOUT_SECONDS = 30.0   # a single send of the answer may block this long at most
MAX_HEAD_BYTES = 64 * 1024    # a longer head is handed on for gunicorn to refuse
MAX_BUFFERED_BYTES = 16 * 1024 * 1024  # a larger declared body is handed on for the app's 413
EXTRACTION_PATH = b"/v1/extract"  # POSTs under it wait for the worker's one extraction lock
ACCEPT_GRACE_SECONDS = 0.25   # a busy worker takes a connection no idle worker took in this time
BUSY_POLL_SECONDS = 0.05      # how often a busy worker looks at the listen queue
UNREAD_SECONDS = 0.1          # a new connection's request unread for this long no longer counts as
                              # work to come (a slow client must not stop the worker accepting)
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


def is_extraction(data: bytes) -> bool:
    """Whether a buffered request is an extraction: ``POST /v1/extract`` or ``/v1/extract/batch``."""
    method, _, rest = data.partition(b" ")
    path = rest.partition(b" ")[0].partition(b"?")[0]
    return method == b"POST" and (path == EXTRACTION_PATH or path.startswith(EXTRACTION_PATH + b"/"))


class BufferingThreadWorker(ThreadWorker):
    """gthread, with each request read completely in the event loop before a thread takes it, and
    new connections accepted only while no extraction is queued or running (see the module)."""

    def init_process(self):
        self.reading: dict = {}  # connection -> (bytes so far, when reading began)
        self.extractions = 0     # extraction requests handed to threads and not finished
        self.waiting_since: Optional[float] = None  # when a busy worker saw the listen queue non-empty
        super().init_process()

    # --- when to accept ----------------------------------------------------------------------------

    def idle(self) -> bool:
        """No extraction queued or running here, and no new connection's request about to be one."""
        if self.extractions:
            return False
        now = time.monotonic()
        return all(now - began >= UNREAD_SECONDS for _, began in self.reading.values())

    def set_accept_enabled(self, enabled):
        """gthread's run loop asks for accepting whenever a connection slot is free: only when idle."""
        super().set_accept_enabled(enabled and self.alive and self.idle())

    def update_accepting(self) -> None:
        self.set_accept_enabled(self.nr_conns < self.worker_connections)

    def accept(self, listener):
        super().accept(listener)
        self.update_accepting()  # its request is unread yet: wait for it before taking another

    def wait_for_and_dispatch_events(self, timeout):
        """While busy, wake often enough to take connections that no idle worker took."""
        busy = not self._accepting and self.alive
        super().wait_for_and_dispatch_events(min(timeout, BUSY_POLL_SECONDS) if busy else timeout)
        if busy and not self._accepting and self.nr_conns < self.worker_connections:
            self.take_long_waiting()

    def take_long_waiting(self) -> None:
        """Accept one connection from each listener whose queue has not been empty for
        ACCEPT_GRACE_SECONDS: every worker is busy, and a health check may be waiting."""
        try:
            waiting = select.select(self.sockets, [], [], 0)[0]
        except (OSError, ValueError):
            return
        now = time.monotonic()
        if not waiting:
            self.waiting_since = None
        elif self.waiting_since is None:
            self.waiting_since = now
        elif now - self.waiting_since >= ACCEPT_GRACE_SECONDS:
            self.waiting_since = None
            for listener in waiting:
                super().accept(listener)  # EAGAIN if another worker took it meanwhile: nothing

    def finish_request(self, conn, fs):
        if conn.__dict__.pop("extraction", False):
            self.extractions -= 1
        super().finish_request(conn, fs)
        self.update_accepting()

    # --- reading whole requests in the event loop ------------------------------------------------

    def enqueue_req(self, conn):
        """Called on the event loop for a new or kept-alive connection with data to read."""
        if self.cfg.is_ssl or (conn.parser is not None and conn.parser.unreader.buf.getvalue()):
            return super().enqueue_req(conn)  # TLS, or a pipelined request already read ahead
        conn.sock.setblocking(False)
        self.reading[conn] = (b"", time.monotonic())
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._read_more, conn))

    def _read_more(self, conn, _sock) -> None:
        try:
            chunk = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        data, began = self.reading[conn]
        if not chunk:  # the client went away before finishing its request
            self._drop(conn)
            return
        data += chunk
        self.reading[conn] = (data, began)
        if request_complete(data) is not False:
            self.poller.unregister(conn.sock)
            del self.reading[conn]
            conn.buffered = data
            conn.data_ready = True
            if is_extraction(data):
                conn.extraction = True
                self.extractions += 1
            super().enqueue_req(conn)
            self.update_accepting()

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
        self.update_accepting()

    def murder_pending(self):
        """Also close the connections whose request did not arrive in time (408)."""
        super().murder_pending()
        now = time.monotonic()
        for conn in [c for c, (_, began) in self.reading.items() if began + REQUEST_READ_SECONDS <= now]:
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
        if conn.__dict__.get("extraction") and self.extractions > 1:
            req.must_close = True  # others wait here: this client's next request goes to an idle worker
        return super().handle_request(req, conn)
