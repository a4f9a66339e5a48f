"""What every wire protocol module provides: its routes, a parser, and replies in its clients' shape."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

from starlette.responses import Response

from banso.collector.keys import Keys
from banso.collector.limits import Limits, describe
from banso.collector.problems import Rejected, bad_request, too_large
from banso.collector.records import Collected


@dataclass
class Incoming:
    """One request, read and inflated, as a parser sees it."""

    kind: str  # the route's meaning within its protocol: "batch", "track", "engage", …
    body: bytes
    content_type: str
    authorization: str | None
    received_at: int  # UTC microseconds
    query: dict[str, str] = field(default_factory=dict)
    method: str = "POST"


class WireProtocol(ABC):
    family: str
    routes: ClassVar[dict[str, str]]  # path -> kind
    methods: ClassVar[tuple[str, ...]] = ("POST",)

    @abstractmethod
    def parse(self, incoming: Incoming, keys: Keys) -> Collected:
        """Validate the whole request into rows, or raise `Rejected` (then nothing of it is kept)."""

    @abstractmethod
    def ok(self, incoming: Incoming, collected: Collected) -> Response:
        """The 200 reply the protocol's clients expect."""

    @abstractmethod
    def error(self, incoming: Incoming | None, rejected: Rejected) -> Response:
        """An error reply in the shape the protocol's clients parse."""


def json_response(status: int, body: Any, retry_after: int | None = None) -> Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, headers=headers,
                    media_type="application/json")


def check_sizes(messages: list[Any], body_size: int, limits: Limits, protocol: str) -> None:
    """413 for a request or a message over the source's limits (see `banso.collector.limits`)."""
    if body_size > limits.request_bytes:
        raise too_large(f"request of {body_size} bytes is over the {protocol} limit of {describe(limits.request_bytes)}")
    if len(messages) > limits.messages:
        raise too_large(f"{len(messages)} messages in one request; the {protocol} limit is {limits.messages}")
    if body_size <= limits.message_bytes:
        return  # no message can be larger than the whole body
    for i, message in enumerate(messages):
        size = len(json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        if size > limits.message_bytes:
            raise too_large(f"message {i} is {size} bytes; the {protocol} limit is {describe(limits.message_bytes)} per message")


def message_list(value: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise bad_request(f"{where} must be a JSON array of messages, not {type(value).__name__}", "invalid_type")
    if not value:
        raise bad_request(f"{where} is empty")
    for i, m in enumerate(value):
        if not isinstance(m, dict):
            raise bad_request(f"{where}[{i}] must be a JSON object, not {type(m).__name__}", "invalid_type")
    return value
