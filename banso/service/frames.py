"""How the channel's messages travel: a length, a kind, a body.

    frame = 4-byte big-endian length | 1 byte kind | body (length − 1 bytes)

Kinds: `H` hello (JSON: token, command, user, version), `W` welcome / `R` refused (JSON), `C` a call,
`P` progress, `O` a result, `E` an error (pickled), `B` bye (JSON). Only a caller that showed the
token sends or receives pickled bodies; the hello is small JSON, read with a tight size limit.
"""

from __future__ import annotations

import json
import socket
import struct
from typing import Any

from banso.errors import BansoError

HEADER = struct.Struct(">IB")
HELLO_LIMIT = 64 * 1024
BODY_LIMIT = 2 * 1024 * 1024 * 1024


class ChannelClosed(BansoError):
    """The other end of the channel went away."""


def send(sock: socket.socket, kind: str, body: bytes) -> None:
    sock.sendall(HEADER.pack(len(body) + 1, ord(kind)) + body)


def send_json(sock: socket.socket, kind: str, value: dict[str, Any]) -> None:
    send(sock, kind, json.dumps(value).encode("utf-8"))


def receive(sock: socket.socket, limit: int = BODY_LIMIT) -> tuple[str, bytes]:
    """The next frame (kind, body); ChannelClosed at the end of the stream or on a frame over `limit`."""
    head = _exactly(sock, HEADER.size)
    length, kind = HEADER.unpack(head)
    if length < 1 or length - 1 > limit:
        raise ChannelClosed(f"a message of {length} bytes is more than this channel takes")
    return chr(kind), _exactly(sock, length - 1)


def receive_json(sock: socket.socket, limit: int = HELLO_LIMIT) -> tuple[str, dict[str, Any]]:
    kind, body = receive(sock, limit)
    try:
        value = json.loads(body)
    except ValueError:
        raise ChannelClosed("a message that is not JSON") from None
    if not isinstance(value, dict):
        raise ChannelClosed("a message that is not a JSON object")
    return kind, value


def _exactly(sock: socket.socket, n: int) -> bytes:
    parts = []
    while n:
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise ChannelClosed("the other end closed the channel")
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def peer_uid(sock: socket.socket) -> int:
    """The user id of the process at the other end of a Unix socket (from the kernel, not from the peer)."""
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)
