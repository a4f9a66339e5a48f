"""Why a request was refused, in terms every protocol can render in the shape its clients parse.

A `Rejected` carries the HTTP status, a short machine code and a sentence for the person reading the
client's log. Each protocol module renders it: Segment and RudderStack clients read
`{"code", "message"}`, PostHog clients `{"detail"}`, Mixpanel clients `{"status": 0, "error"}`.

Status codes follow what the clients do with them: 400, 401, 403 and 413 are never retried (the
request cannot succeed as it is), 408, 429 and 503 are retried (after `Retry-After` seconds when given).
"""

from __future__ import annotations


class Rejected(Exception):
    """A request that will not be acknowledged; nothing of it is kept."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None):
        # A message may quote the client's text; a lone surrogate in it could not be sent or logged.
        message = message.encode("utf-8", "backslashreplace").decode("utf-8")
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after


def bad_request(message: str, code: str = "invalid_request") -> Rejected:
    return Rejected(400, code, message)


def too_large(message: str) -> Rejected:
    return Rejected(413, "payload_too_large", message)


def unauthorized(message: str) -> Rejected:
    return Rejected(401, "invalid_write_key", message)


def busy(message: str, retry_after: int = 5) -> Rejected:
    return Rejected(503, "unavailable", message, retry_after)


def forbidden(message: str) -> Rejected:
    return Rejected(403, "origin_not_allowed", message)


def too_slow(message: str) -> Rejected:
    return Rejected(408, "request_timeout", message)
