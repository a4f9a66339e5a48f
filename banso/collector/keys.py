"""Write keys to sources, with a short cache so a busy collector does not query app state per request.

A revoked key stops working within `TTL` seconds (the cache is per process). Unknown keys are
cached too, so a client hammering with a wrong key costs one lookup per `TTL`. Keys never appear
in logs or replies; only their hint (prefix and a few characters) does.

`RequestKeys` is the key ring as one request sees it: it also refuses a source whose allowed web
origins do not include the request's `Origin` (see `banso.collector.cors`), and remembers the source.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Callable
from typing import Protocol

from banso.appstate.collector import SourceInfo, find_by_key, key_hint, list_sources
from banso.collector.cors import origin_allowed
from banso.collector.limits import LIMITS, Limits
from banso.collector.problems import forbidden, unauthorized

TTL = 2.0
_MAX_CACHED = 10_000

# Which source protocols each route family serves.
FAMILIES: dict[str, tuple[str, ...]] = {
    "segment": ("segment", "rudderstack"),
    "posthog": ("posthog",),
    "mixpanel": ("mixpanel",),
}


class Keys(Protocol):
    """What a protocol parser asks of the key ring."""

    def source_for(self, key: str | None, family: str) -> SourceInfo: ...


class KeyRing:
    """`source_for(key, family)`: the active source of a write key, or a 401."""

    def __init__(self, lookup: Callable[[str], SourceInfo | None],
                 listing: Callable[[], list[SourceInfo]] | None = None):
        self._lookup = lookup
        self._listing = listing or list
        self._cache: dict[str, tuple[float, SourceInfo | None]] = {}
        self._sources: tuple[float, list[SourceInfo]] | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_app_state(cls, app_state: object) -> KeyRing:
        def lookup(key: str) -> SourceInfo | None:
            with app_state.session() as s:  # type: ignore[attr-defined]
                return find_by_key(s, key)

        def listing() -> list[SourceInfo]:
            with app_state.session() as s:  # type: ignore[attr-defined]
                return [source for source in list_sources(s) if source.active]

        return cls(lookup, listing)

    def origin_welcome(self, origin: str, family: str) -> bool:
        """Whether some active source of the route family accepts pages of `origin` (for preflights and
        for errors answered before the key is known)."""
        now = time.monotonic()
        with self._lock:
            cached = self._sources
        if cached is None or now - cached[0] > TTL:
            cached = (now, self._listing())
            with self._lock:
                self._sources = cached
        return any(origin_allowed(origin, s.allowed_origins) for s in cached[1] if s.protocol in FAMILIES[family])

    def source_for(self, key: str | None, family: str) -> SourceInfo:
        if not key:
            raise unauthorized("no write key: send it as the HTTP Basic user name or in the body")
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
        if hit is None or now - hit[0] > TTL:
            source = self._lookup(key)
            with self._lock:
                if len(self._cache) >= _MAX_CACHED:
                    self._cache.clear()
                self._cache[key] = (now, source)
        else:
            source = hit[1]
        if source is None:
            raise unauthorized(f"unknown or revoked write key {key_hint(key)}")
        if source.protocol not in FAMILIES[family]:
            raise unauthorized(
                f"write key {key_hint(key)} belongs to source {source.name!r}, which speaks {source.protocol}, "
                f"not the {family} API"
            )
        return source


class RequestKeys:
    """The key ring for one request from a page of `origin` (None: not from a browser page)."""

    def __init__(self, keys: KeyRing, origin: str | None):
        self.keys = keys
        self.origin = origin
        self.source: SourceInfo | None = None

    def source_for(self, key: str | None, family: str) -> SourceInfo:
        source = self.source = self.keys.source_for(key, family)
        if self.origin is not None and not origin_allowed(self.origin, source.allowed_origins):
            raise forbidden(f"pages of {self.origin} may not send with the key of source {source.name!r}; "
                            f"it accepts {', '.join(source.allowed_origins)} (banso source set {source.name} "
                            "--allow-origin …)")
        return source

    def origin_welcome(self, family: str) -> bool:
        """Whether the answer may carry this request's origin back to its page."""
        if self.origin is None:
            return False
        if self.source is not None:
            return origin_allowed(self.origin, self.source.allowed_origins)
        return self.keys.origin_welcome(self.origin, family)


def limits_of(source: SourceInfo) -> Limits:
    return LIMITS[source.protocol]


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """(user, password) of an HTTP Basic Authorization header, if it is one."""
    if not header or header[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, password = decoded.partition(":")
    return user, password
