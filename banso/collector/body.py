"""Reading request bodies safely: a size cap before and after decompression, a time limit, forms.

A body is read only up to the route's cap, so a client cannot make the collector buffer more than
that; gzip and deflate are inflated incrementally with the same cap, so a small compressed body
cannot expand into gigabytes; truncated or corrupt compressed data is a 400 that says so.
"""

from __future__ import annotations

import asyncio
import zlib
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request

from banso.collector.limits import describe
from banso.collector.problems import Rejected, bad_request, too_large, too_slow


async def read_body(request: Request, cap: int, timeout: float | None = None) -> bytes:
    """The raw body, refused with 413 as soon as it passes `cap` bytes and with 408 when the client
    has not sent all of it within `timeout` seconds (a slow or stalled client holds a connection)."""
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
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                total += len(chunk)
                if total > cap:
                    raise too_large(f"request body is over the limit of {describe(cap)}")
                chunks.append(chunk)
    except TimeoutError:
        expected = f" of {declared}" if declared is not None else ""
        raise too_slow(f"the request body did not arrive within {timeout:g} s ({total}{expected} bytes came)") from None
    except ClientDisconnect:
        raise Rejected(400, "client_disconnected", "the client closed the connection before sending the whole body") \
            from None
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


def parse_form(data: bytes) -> dict[str, str]:
    """An application/x-www-form-urlencoded body as its last value per field (strict UTF-8)."""
    try:
        text = data.decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise bad_request("the form body is not UTF-8 text (a percent-escape decodes to invalid UTF-8)",
                          "invalid_encoding") from None
    except ValueError as exc:
        raise bad_request(f"the form body cannot be read: {exc}") from None
    return {k: v[-1] for k, v in fields.items()}
