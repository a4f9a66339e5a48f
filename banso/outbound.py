"""What banso sends out over HTTP (notifications, segment webhooks): the process's one client, and the signature.

A new httpx client reads the CA bundle and sets up TLS (about 20 ms of CPU) and opens connections of its
own; one client for the process does that once and keeps a connection to a receiver for its next
message, so a round of a hundred alerts to Slack is not a hundred TLS handshakes. httpx clients may be
shared between threads. Each call gives its own timeout.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import cache

import httpx


@cache
def client() -> httpx.Client:
    """The process's client for outgoing messages (made at the first one)."""
    return httpx.Client()


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "<timestamp>.<body>", hex; sent as `X-Banso-Signature: v1=<hex>`, which receivers check."""
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
