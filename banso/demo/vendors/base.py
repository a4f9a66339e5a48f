"""What every stand-in shares: a threaded HTTP(S) server on 127.0.0.1, a request log and injected faults.

`Fault`s make a matching request fail the way networks and vendors fail: an HTTP status with headers
and a body (429 with Retry-After), a connection closed before any answer, or an answer whose body is
cut short after its headers promised more (a page half-read). A fault fires on the `nth` matching
request and then `times` times, so a test can break exactly the third page of a pull.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str | None:
        return {k.lower(): v for k, v in self.headers.items()}.get(name.lower())


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


@dataclass
class Fault:
    method: str | None
    path: str  # a prefix of the path
    status: int = 0  # 0: no answer of this kind
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    drop: bool = False  # close the connection without answering
    truncate: bool = False  # answer normally but send only half the body, then close
    nth: int = 1  # fire from the nth matching request
    times: int = 1
    when: Callable[[Request], bool] | None = None  # and only for requests this accepts
    seen: int = 0
    fired: int = 0

    def matches(self, req: Request) -> bool:
        if self.method and self.method != req.method:
            return False
        if not req.path.startswith(self.path) or (self.when is not None and not self.when(req)):
            return False
        self.seen += 1
        if self.seen < self.nth or self.fired >= self.times:
            return False
        self.fired += 1
        return True


class Faults:
    def __init__(self) -> None:
        self.items: list[Fault] = []
        self.lock = threading.Lock()

    def add(self, path: str, *, method: str | None = None, **kw: Any) -> Fault:
        fault = Fault(method, path, **kw)
        with self.lock:
            self.items.append(fault)
        return fault

    def take(self, req: Request) -> Fault | None:
        with self.lock:
            for f in self.items:
                if f.matches(req):
                    return f
        return None

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


class StandIn:
    """A vendor's API on 127.0.0.1: subclasses implement `handle(request) -> Response`."""

    def __init__(self) -> None:
        self.faults = Faults()
        self.log: list[Request] = []
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.scheme = "http"

    # -- running -----------------------------------------------------------------------------
    def serve(self, tls: ssl.SSLContext | None = None, port: int = 0) -> Self:
        handler = _handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None, "not serving"
        return f"{self.scheme}://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests look at ------------------------------------------------------------------
    def requests(self, method: str | None = None, path: str = "") -> list[Request]:
        with self.lock:
            return [r for r in self.log if (method is None or r.method == method) and r.path.startswith(path)]

    def handle(self, req: Request) -> Response:  # pragma: no cover - each stand-in implements it
        raise NotImplementedError


def _handler(app: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet: tests read app.log instead

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            req = Request(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                          dict(self.headers.items()), body)
            with app.lock:
                app.log.append(req)
            fault = app.faults.take(req)
            if fault is not None and fault.drop:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if fault is not None and fault.status:
                response = Response(fault.status, fault.body, dict(fault.headers))
            else:
                try:
                    with app.lock:
                        response = app.handle(req)
                except Exception as exc:  # a bug in the stand-in must show, not hang the client
                    response = Response(500, {"error": f"stand-in failed: {type(exc).__name__}: {exc}"})
            payload = response.payload()
            self.send_response(response.status)
            headers = {"Content-Type": "application/json;charset=UTF-8", **response.headers}
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(payload)))
            if fault is not None and fault.truncate:
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

    return Handler

