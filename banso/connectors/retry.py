"""One retry policy for every connector: rate limits, dropped connections and half-read pages.

Each vendor's client raises its own exceptions; its connector turns one into a `Failure` (`classify`),
and `call` decides: wait and try again (429 with its Retry-After, 5xx, a connection that dropped or a
page whose body arrived cut short), or stop with the vendor's reason. A page is either read whole or
asked for again, so a half-read page can never reach the store.

    rows = call("salesforce", "query Account", lambda: sf.query(soql), classify)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from banso.errors import ConnectorError, CredentialsError

T = TypeVar("T")
log = logging.getLogger("banso.connectors")


@dataclass(frozen=True)
class Failure:
    """What went wrong with one request, in words a user can act on (never a secret)."""

    message: str
    retry: bool = False
    wait: float | None = None  # seconds the vendor asked for (Retry-After), None: back off
    credentials: bool = False


@dataclass(frozen=True)
class Backoff:
    """How long to keep trying: up to `attempts` tries, waiting 1, 2, 4 … seconds (or what the vendor asks)."""

    attempts: int = 6
    first_wait: float = 1.0
    longest_wait: float = 300.0  # a vendor asking for a longer pause fails the run instead; the next one resumes


DEFAULT = Backoff()
Classify = Callable[[BaseException], Failure | None]


def call(connector: str, what: str, fn: Callable[[], T], classify: Classify, *, backoff: Backoff = DEFAULT,
         sleep: Callable[[float], None] | None = None, credentials_hint: str = "") -> T:
    """`fn()`, tried again on transient failures; a lasting one raises ConnectorError naming the connector.

    `sleep` waits between tries (time.sleep unless a test passes its own)."""
    sleep = time.sleep if sleep is None else sleep
    failure: Failure | None = None
    for attempt in range(backoff.attempts):
        try:
            return fn()
        except Exception as exc:  # the vendor client's own exceptions, classified below
            failure = classify(exc)
            if failure is None:
                raise
        if failure.credentials:
            raise CredentialsError(f"connector {connector!r}: {failure.message}. {credentials_hint}".strip())
        if not failure.retry or attempt == backoff.attempts - 1:
            break
        wait = failure.wait if failure.wait is not None else backoff.first_wait * 2 ** attempt
        if wait > backoff.longest_wait:
            raise ConnectorError(f"connector {connector!r}: {what}: {failure.message}; the API asks to wait "
                                 f"{wait:.0f} s, longer than banso waits. Nothing was loaded; the next run resumes "
                                 "where the last good one ended")
        log.info("%s: %s: %s; trying again in %.1f s", connector, what, failure.message, wait)
        sleep(wait)
    assert failure is not None
    tries = f" after {backoff.attempts} tries" if failure.retry else ""
    raise ConnectorError(f"connector {connector!r}: {what}: {failure.message}{tries}")


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})


def http_failure(status: int, reason: str, headers: dict[str, str] | None = None) -> Failure:
    """The usual reading of an HTTP status: 401 is the credentials, 429 and 5xx pass, the rest is the request."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    if status == 401:
        return Failure(f"the API refused the credentials (HTTP 401: {reason})", credentials=True)
    if status in TRANSIENT_STATUS:
        return Failure(f"HTTP {status}: {reason}", retry=True, wait=retry_after(headers.get("retry-after")))
    return Failure(f"HTTP {status}: {reason}")
