"""Write keys to sources, with a short cache so a busy collector does not query app state per request.

A revoked key stops working within `TTL` seconds (the cache is per process). Unknown keys are
cached too, so a client hammering with a wrong key costs one lookup per `TTL`. Keys never appear
in logs or replies; only their hint (prefix and a few characters) does.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Callable

from banso.appstate.collector import SourceInfo, find_by_key, key_hint
from banso.collector.limits import LIMITS, Limits
from banso.collector.problems import unauthorized

TTL = 2.0
_MAX_CACHED = 10_000

# Which source protocols each route family serves.
FAMILIES: dict[str, tuple[str, ...]] = {
    "segment": ("segment", "rudderstack"),
    "posthog": ("posthog",),
    "mixpanel": ("mixpanel",),
}


class KeyRing:
    """`source_for(key, family)`: the active source of a write key, or a 401."""

    def __init__(self, lookup: Callable[[str], SourceInfo | None]):
        self._lookup = lookup
        self._cache: dict[str, tuple[float, SourceInfo | None]] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_app_state(cls, app_state: object) -> KeyRing:
        def lookup(key: str) -> SourceInfo | None:
            with app_state.session() as s:  # type: ignore[attr-defined]
                return find_by_key(s, key)

        return cls(lookup)

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
