"""A free TCP port on 127.0.0.1, for the servers tests and benchmarks start themselves (PostgreSQL, SMTP,
webhook receivers, the collector, `banso serve`)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port no one listens on now (the operating system's pick); the caller binds it at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
