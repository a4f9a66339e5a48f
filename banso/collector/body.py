"""Reading request bodies safely: a size cap before and after decompression, then JSON.

A body is read only up to the route's cap, so a client cannot make the collector buffer more than
that; gzip and deflate are inflated incrementally with the same cap, so a small compressed body
cannot expand into gigabytes; truncated or corrupt compressed data is a 400 that says so.
"""

from __future__ import annotations

import json
import zlib
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request

from banso.collector.limits import describe
from banso.collector.problems import Rejected, bad_request, too_large


async def read_body(request: Request, cap: int) -> bytes:
    """The raw body, refused with 413 as soon as it passes `cap` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise bad_request("Content-Length is not a number") from None
        if size > cap:
            raise too_large(f"request body of {size} bytes is over the limit of {describe(cap)}")
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > cap:
            raise too_large(f"request body is over the limit of {describe(cap)}")
        chunks.append(chunk)
    return b"".join(chunks)


def inflate(raw: bytes, encoding: str | None, cap: int) -> bytes:
    """Undo Content-Encoding (gzip, deflate or none), never producing more than `cap` bytes."""
    enc = (encoding or "").strip().lower()
    if enc in ("", "identity"):
        return raw
    if enc in ("gzip", "x-gzip", "gzip-js"):
        wbits, name = 16 + zlib.MAX_WBITS, "gzip"
    elif enc == "deflate":
        wbits, name = zlib.MAX_WBITS, "deflate"
    else:
        raise Rejected(415, "unsupported_encoding", f"Content-Encoding {encoding!r} is not supported; use gzip or none")
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(raw, cap + 1)
        if len(out) > cap:
            raise too_large(f"request body inflates past the limit of {describe(cap)}")
        out += inflater.flush()
    except zlib.error as exc:
        raise bad_request(f"the {name} body is corrupt ({exc})", "invalid_encoding") from None
    if len(out) > cap:
        raise too_large(f"request body inflates past the limit of {describe(cap)}")
    if not inflater.eof:
        raise bad_request(f"the {name} body is truncated (the stream ends before its last block)", "invalid_encoding")
    if inflater.unused_data:
        raise bad_request(f"the {name} body has {len(inflater.unused_data)} stray bytes after its end", "invalid_encoding")
    return out


def parse_json(data: bytes, what: str = "request body") -> Any:
    """JSON, or a 400 naming where it broke."""
    if not data.strip():
        raise bad_request(f"the {what} is empty; expected JSON")
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        raise bad_request(f"the {what} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise bad_request(f"the {what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          "invalid_json") from None


def parse_form(data: bytes) -> dict[str, str]:
    """An application/x-www-form-urlencoded body as its last value per field."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("the form body is not UTF-8 text") from None
    return {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
