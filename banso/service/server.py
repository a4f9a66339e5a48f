"""The service's end of the channel: commands of the CLI hand their work to the running service.

A command connects to the Unix socket (mode 0600, in a folder only the owner may enter), and the
kernel tells the service which user it is (SO_PEERCRED): another user of the machine is refused
before anything is read. The command then shows the token the service wrote at start (readable by
the owner only); without it, it is refused and nothing it sends is unpickled. Each accepted
connection is one job (`command`, with its command line), and runs in its own thread: every call
it makes is a registered operation of the workspace (`banso.workspace.delegate`), whose progress
goes back as it comes and whose result or error ends the call.
"""

from __future__ import annotations

import logging
import os
import pickle
import pwd
import secrets
import socket
import socketserver
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any

from banso.i18n import phrase
from banso.job_origins import COMMAND_LINE
from banso.service import frames
from banso.service.counts import counts_of
from banso.service.runtime import version
from banso.workspace.delegate import run_operation

if TYPE_CHECKING:
    from banso.workspace import Workspace
    from banso.workspace.jobs_ops import Recorder

log = logging.getLogger("banso.service")
PROGRESS_EVERY = 0.1  # seconds between progress messages to a command


class ChannelServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """Listens on the workspace's socket; `serve_forever` in a thread, `shutdown` to stop."""

    daemon_threads = True

    def __init__(self, path: str, workspace: Workspace, token: str):
        self.workspace = workspace
        self.token = token
        self.accepting = True
        old = os.umask(0o177)  # the socket file is created 0600
        try:
            super().__init__(path, Handler)
        finally:
            os.umask(old)
        os.chmod(path, 0o600)


class Handler(socketserver.BaseRequestHandler):
    server: ChannelServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        try:
            uid = frames.peer_uid(sock)
            if uid not in (os.getuid(), 0):
                frames.send_json(sock, "R", {"reason": "this service belongs to another user of the machine"})
                log.warning("refused a command of user %d on the channel", uid)
                return
            kind, body = frames.receive(sock, frames.HELLO_LIMIT)
            hello = _json(body) if kind == "H" else {}  # nothing else is read before the token
            token = hello.get("token")
            if not isinstance(token, str) or not secrets.compare_digest(token, self.server.token):
                frames.send_json(sock, "R", {"reason": "the token is missing or wrong"})
                log.warning("refused a command without the service's token")
                return
            if hello.get("version") != version():
                frames.send_json(sock, "R", {"reason": f"the service runs banso {version()}, this command is banso "
                                                       f"{hello.get('version')}; restart the service after an upgrade"})
                return
            if not self.server.accepting:
                frames.send_json(sock, "R", {"reason": "the service is stopping"})
                return
            self._serve(sock, uid, hello)
        except frames.ChannelClosed:
            return

    def _serve(self, sock: socket.socket, uid: int, hello: dict[str, Any]) -> None:
        ws = self.server.workspace
        command = str(hello.get("command") or "banso")
        job = ws.start_job("command", command, phrase(COMMAND_LINE, who=_user_name(uid)))
        frames.send_json(sock, "W", {"job": job.id, "pid": os.getpid()})
        error: str | None = None
        try:
            while True:
                kind, body = frames.receive(sock)
                if kind == "B":
                    said = _json(body).get("error")
                    error = error or (str(said) if said else None)
                    return
                if kind != "C":
                    raise frames.ChannelClosed(f"unexpected message {kind!r}")
                failed = self._call(sock, job, body)
                error = error or failed
        except frames.ChannelClosed:
            error = error or "the command went away before it finished"
        finally:
            job.finish(error=error)

    def _call(self, sock: socket.socket, job: Recorder, body: bytes) -> str | None:
        """Run one call; returns its error message, if it failed."""
        operation, arguments = pickle.loads(body)
        last = 0.0
        step: object = None
        held: tuple[Any, ...] | None = None  # the latest message of a step, held back by the pace

        def send(args: tuple[Any, ...]) -> None:
            nonlocal last, step, held
            last, step, held = time.monotonic(), args[2] if len(args) > 2 else None, None
            frames.send(sock, "P", pickle.dumps(args))
            fraction = args[0] / args[1] if len(args) >= 2 and isinstance(args[0], int | float) \
                and isinstance(args[1], int | float) and args[1] else None
            job.progress(fraction, " ".join(str(a) for a in args[2:3]) or None)

        def progress(*args: Any) -> None:
            """At most one message every PROGRESS_EVERY within a step; a new step is always said, and the last
            message held back is said before the result, so the command ends on the line it ends on alone."""
            nonlocal held
            if (args[2] if len(args) > 2 else None) == step and time.monotonic() - last < PROGRESS_EVERY:
                held = args
                return
            if held is not None:
                send(held)
            send(args)

        def said_all() -> None:
            if held is not None:
                send(held)

        try:
            result = run_operation(self.server.workspace, operation, arguments, progress)
            said_all()
        except Exception as exc:
            said_all()
            from banso.errors import BansoError

            if not isinstance(exc, BansoError):
                log.error("%s failed in the service:\n%s", operation, traceback.format_exc())
            frames.send(sock, "E", _pickled_error(exc))
            return str(exc) or type(exc).__name__
        job.counts.update(counts_of(result))
        frames.send(sock, "O", pickle.dumps(result))
        return None


def _pickled_error(exc: Exception) -> bytes:
    """The error itself when it travels whole (the command prints the same message); else a ServiceError
    with that message (banso's own errors) or saying what went wrong (a fault of the service)."""
    from banso.errors import BansoError, ServiceError

    try:
        body = pickle.dumps(exc)
        if str(pickle.loads(body)) == str(exc):
            return body
    except Exception:  # an error that cannot travel as itself travels as its message
        pass
    if isinstance(exc, BansoError):
        return pickle.dumps(ServiceError(str(exc)))
    return pickle.dumps(ServiceError(f"the service failed: {type(exc).__name__}: {exc} (its log has the details)"))


def _json(body: bytes) -> dict[str, Any]:
    import json

    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def start(path: str, workspace: Workspace, token: str) -> ChannelServer:
    """Listen on `path` and serve commands in a background thread."""
    server = ChannelServer(path, workspace, token)
    threading.Thread(target=server.serve_forever, name="banso-channel", daemon=True).start()
    return server
