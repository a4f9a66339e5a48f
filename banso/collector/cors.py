"""Cross-origin requests: browser SDKs on the product's pages send to the collector on another origin.

A browser lets a page on `https://app.example.com` read an answer from `https://banso.example.com`
only when the answer says so, and before a request with an `Authorization` header (Segment,
RudderStack) or a JSON body it first asks with a preflight `OPTIONS`. So every collector route:

- answers a preflight 204, echoing the page's origin, allowing credentials (mixpanel-browser sends
  cookies), the methods and the headers the SDKs send (`ALLOWED_HEADERS`), for `MAX_AGE` seconds;
- puts the same origin on every answer, errors included, and exposes `Retry-After`, so an SDK can
  read a 503 and wait as told instead of seeing a network error;
- refuses a page whose origin the source does not allow (`banso source set NAME --allow-origin …`):
  the request gets 403 and no `Access-Control-Allow-Origin`, so its page cannot read it either.

A source that lists no origin accepts every origin: write keys used in browser code are public by
design (any visitor can read them in the page), so an origin list stops other websites from sending
with the key, not a determined script, which can send without a browser. Requests without an
`Origin` header (servers, mobile apps) are not checked.

>>> origin_allowed("https://shop.example.com", ("https://*.example.com",))
True
>>> origin_allowed("https://example.com.evil.test", ("https://*.example.com",))
False
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

ALLOWED_METHODS = "GET, POST, OPTIONS"
# What the SDKs send: Segment (Authorization, X-Retry-Count), RudderStack (Authorization, AnonymousId,
# SentAt, its Rsa-* retry headers), PostHog and Mixpanel (Content-Type, the configured extra headers).
ALLOWED_HEADERS = ("Authorization", "Content-Type", "Content-Encoding", "AnonymousId", "SentAt", "X-Retry-Count",
                   "Rsa-Retry-Attempt", "Rsa-Retry-Reason", "Rsa-Since-First-Attempt", "Rsa-Since-Last-Attempt",
                   "Rsa-Recovered", "X-Requested-With")
_ALLOWED = {h.lower() for h in ALLOWED_HEADERS}
MAX_AGE = 7200  # seconds; the most Chromium keeps a preflight


def origin_allowed(origin: str, allowed: tuple[str, ...]) -> bool:
    """Whether `origin` matches one of `allowed` (exact, or `scheme://*.domain` for its subdomains); none: all."""
    if not allowed:
        return True
    origin = origin.lower()
    for pattern in allowed:
        if origin == pattern:
            return True
        scheme, sep, rest = pattern.partition("://*.")
        if sep and origin.startswith(scheme + "://") and origin.endswith("." + rest):
            return True
    return False


def unlisted_headers(request: Request) -> list[str]:
    """Headers a preflight asks for that the collector does not allow."""
    asked = request.headers.get("access-control-request-headers", "")
    return [h.strip() for h in asked.split(",") if h.strip() and h.strip().lower() not in _ALLOWED]


def preflight(request: Request, allowed: bool) -> Response:
    """The answer to an `OPTIONS` preflight; without the allowing headers when the origin is not allowed."""
    response = Response(status_code=204)
    origin = request.headers.get("origin")
    if origin is not None and allowed:
        headers = response.headers
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
        headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        headers["Access-Control-Allow-Headers"] = ", ".join(ALLOWED_HEADERS)
        headers["Access-Control-Max-Age"] = str(MAX_AGE)
    response.headers["Vary"] = "Origin, Access-Control-Request-Headers"
    return response


def decorate(response: Response, origin: str | None, allowed: bool) -> Response:
    """Let the page read `response` (when its origin is allowed); caches keep answers per origin."""
    if origin is not None and allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Expose-Headers"] = "Retry-After"
    response.headers["Vary"] = "Origin"
    return response
