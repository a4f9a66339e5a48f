"""Real receivers on loopback for notification tests: an HTTP server and an SMTP server with STARTTLS and login."""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.ports import free_port


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the sender's address and port: one per connection

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class HttpReceiver:
    """Records every POST; can be stopped and started again on the same port (a receiver that was down).

    With `keep_alive` it answers in HTTP/1.1 and keeps the connection open for the sender's next request,
    as Slack and most receivers do (then a stopped receiver's open connections still answer: for the tests
    of a receiver that was down, the default closes each connection after its answer).
    """

    port: int = field(default_factory=free_port)
    received: list[Received] = field(default_factory=list)
    keep_alive: bool = False
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if self.keep_alive else "HTTP/1.0"
            disable_nagle_algorithm = True  # the answer's head and body go out at once, not 40 ms apart

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body,
                                         (str(self.client_address[0]), int(self.client_address[1]))))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made with the openssl command (as an admin would for a test server)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


@dataclass
class MailBox:
    messages: list[Message] = field(default_factory=list)
    sessions: list[tuple[bool, str | None]] = field(default_factory=list)  # (TLS on, login user)

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        self.messages.append(message_from_bytes(content, policy=policy.default))
        data = session.auth_data
        login = data.decode() if isinstance(data, bytes) else (None if data is None else str(data))
        self.sessions.append((session.ssl is not None, login))
        return "250 OK"


def smtp_server(folder: Path, user: str, password: str) -> tuple[Controller, MailBox, Path]:
    """An SMTP server requiring STARTTLS and login; returns (controller, mailbox, CA file for clients)."""
    cert, key = self_signed(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    box = MailBox()

    def authenticator(server: object, session: Session, envelope: Envelope, mechanism: str,
                      data: object) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=data.login if ok else None)  # type: ignore[union-attr]

    controller = Controller(box, hostname="127.0.0.1", port=free_port(), tls_context=context, require_starttls=True,
                            auth_required=True, auth_require_tls=True, authenticator=authenticator)
    controller.start()
    return controller, box, cert
