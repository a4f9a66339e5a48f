"""The command's end of the channel: find the workspace's running service and hand the work to it.

`attach(ws)` is called when a command opens its workspace (`banso.cli.common.open_workspace`). When
no service holds the workspace it does nothing and the command works alone, as always. When one
does, it connects, checks the service is the same user's (SO_PEERCRED), shows the token and the
command line, and hands the workspace over: the operations marked `@handed_over` then run in the
service, their progress comes back as it goes, and their result or error is the command's own.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import pickle
import socket
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from banso.errors import ServiceError
from banso.service import frames, runtime

if TYPE_CHECKING:
    from banso.workspace.base import WorkspaceBase
    from banso.workspace.delegate import Progress

CONNECT_WAIT = 15.0  # seconds to wait for a service that is starting


class ServiceChannel:
    """A connection to the running service, for one command (one job on the service's side)."""

    def __init__(self, sock: socket.socket, pid: int, job: int):
        self.sock = sock
        self.pid = pid
        self.job = job

    @classmethod
    def connect(cls, root: Path, command: str) -> ServiceChannel:
        info = runtime.read_info(root)
        deadline = time.monotonic() + CONNECT_WAIT
        while True:
            if info is not None:
                try:
                    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    sock.connect(info.socket)
                    break
                except (FileNotFoundError, ConnectionRefusedError):
                    sock.close()
            if time.monotonic() > deadline or not runtime.running(root):
                raise ServiceError(f"{root} is served by banso (pid {info.pid if info else '?'}), but its channel "
                                   "does not answer; see the service's log, or restart it")
            time.sleep(0.1)
            info = runtime.read_info(root)
        if frames.peer_uid(sock) not in (os.getuid(), 0):
            sock.close()
            raise ServiceError(f"the socket {info.socket} belongs to another user; not handing work to it")
        hello = {"token": runtime.read_token(root), "command": command, "user": getpass.getuser(),
                 "version": runtime.version()}
        frames.send_json(sock, "H", hello)
        kind, answer = frames.receive_json(sock)
        if kind != "W":
            sock.close()
            raise ServiceError(f"the service of {root} (pid {info.pid}) refused this command: "
                               f"{answer.get('reason', 'no reason given')}")
        return cls(sock, int(answer.get("pid", info.pid)), int(answer.get("job", 0)))

    def call(self, operation: str, arguments: dict[str, Any], progress: Progress | None) -> Any:
        frames.send(self.sock, "C", pickle.dumps((operation, arguments)))
        while True:
            kind, body = frames.receive(self.sock)
            if kind == "P":
                if progress is not None:
                    progress(*pickle.loads(body))
            elif kind == "O":
                return pickle.loads(body)
            elif kind == "E":
                raise pickle.loads(body)
            else:
                raise ServiceError(f"the service answered with an unexpected message {kind!r}")

    def describe(self) -> str:
        return f"pid {self.pid}"

    def close(self, error: str | None = None) -> None:
        with contextlib.suppress(OSError):
            frames.send(self.sock, "B", json.dumps({"error": error}).encode("utf-8"))
        self.sock.close()


class LazyChannel:
    """Connects on the first call: a command that never touches the store (`banso jobs`, `banso user list`)
    works beside the service without becoming a job of it."""

    def __init__(self, root: Path, command: str):
        self.root = root
        self.command = command
        self._channel: ServiceChannel | None = None

    def call(self, operation: str, arguments: dict[str, Any], progress: Progress | None) -> Any:
        if self._channel is None:
            self._channel = ServiceChannel.connect(self.root, self.command)
        return self._channel.call(operation, arguments, progress)

    def describe(self) -> str:
        info = runtime.read_info(self.root)
        return f"pid {info.pid}" if info else "banso serve"

    def close(self, error: str | None = None) -> None:
        if self._channel is not None:
            self._channel.close(error)
            self._channel = None


def attach(ws: WorkspaceBase) -> bool:
    """Hand `ws` over to the service that holds its workspace, if one runs; returns whether one did."""
    if not runtime.running(ws.root):
        return False
    ws.hand_over_to(LazyChannel(ws.root, " ".join(["banso", *sys.argv[1:]])))
    return True
