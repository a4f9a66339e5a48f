"""Connections that slow or hostile clients cannot use to starve the server: time limits and a cap.

uvicorn's HTTP/1.1 protocol waits as long as a client likes for a request's headers and body. Measured
before this module: 50 half-sent requests were still open after 75 s; 1,100 slow connections used up
the default 1,024 file descriptors, after which every real request failed and the event loop logged
each failed `accept()` (757 MB of log in 75 s). `GuardedH11Protocol` is uvicorn's protocol with:

- **headers in time**: a connection must send a request's headers within `header_timeout` seconds of
  opening (or of its previous answer); otherwise it gets 408 (nothing if it sent nothing) and is closed;
- **bodies in time**: the collector's routes read a body with their own limit and answer 408
  (`banso.collector.body`); as a backstop for every other route, a request whose body is not in after
  `body_timeout` plus a grace period is cut off;
- **a cap**: at most `max_connections` at once, kept below the file-descriptor limit (which `serve_limits`
  raises to the hard limit). A connection over the cap closes the one that has waited longest for its
  headers — an idle keep-alive or a slow client — or, when every connection is busy with a request, is
  answered 503 with `Retry-After` and closed. The event loop accepts up to `backlog` connections at a
  time before any of them is seen here, so the cap leaves room for two such bursts (the new ones and
  the ones being closed): the accept loop never runs out of descriptors.

Each condition is logged once a minute at most (`banso.collector.log_limits`); counts are in `stats`.

    uvicorn.run(app, http=protocol_class(Guard(ConnectionLimits(header_timeout=10))))
"""

from __future__ import annotations

import asyncio
import logging
import resource
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("banso.collector")

RESERVED_FDS = 64  # for the spool, the store, the app state, logs and libraries (about 15 at rest)
DEFAULT_MAX_CONNECTIONS = 4096
DEFAULT_BACKLOG = 2048
GRACE = 5.0  # seconds past body_timeout before the backstop cuts a request off
RETRY_AFTER = 5


@dataclass(frozen=True)
class ConnectionLimits:
    """Time limits and the connection cap; `max_connections=0` chooses from the descriptor limit."""

    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_connections: int = 0


@dataclass
class ConnectionStats:
    closed_slow_headers: int = 0
    closed_idle: int = 0
    closed_slow_bodies: int = 0
    evicted: int = 0
    refused: int = 0


@dataclass
class Guard:
    """What every connection of one server shares: its limits, who waits for headers, and counts."""

    limits: ConnectionLimits = field(default_factory=ConnectionLimits)
    stats: ConnectionStats = field(default_factory=ConnectionStats)
    waiting: OrderedDict[GuardedH11Protocol, None] = field(default_factory=OrderedDict)  # oldest first
    open: int = 0
    cap: int = 0  # set by `for_serving`; else from the limits or the descriptor limit
    backlog: int = DEFAULT_BACKLOG  # for uvicorn: connections accepted in one go

    @property
    def max_connections(self) -> int:
        return self.cap or self.limits.max_connections or fitting(_soft_limit())[0]

    @classmethod
    def for_serving(cls, limits: ConnectionLimits) -> Guard:
        """A guard for a server about to start: the descriptor limit raised, the cap chosen under it."""
        cap, backlog = serve_limits(limits)
        return cls(limits, cap=cap, backlog=backlog)

    def describe(self) -> dict[str, Any]:
        """For /collector/status."""
        return {"open": self.open, "waiting_for_headers": len(self.waiting), "max": self.max_connections,
                **self.stats.__dict__}


def _soft_limit() -> int:
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def fitting(open_files: int) -> tuple[int, int]:
    """(connection cap, accept backlog) that fit under `open_files` descriptors.

    The event loop accepts up to `backlog` connections in one go, before the guard sees any of them,
    and an evicted connection's descriptor is released only on a later turn of the loop: under a flood
    three bursts can be in flight beside the capped connections, so the cap leaves room for three.

    >>> fitting(512), fitting(1024), fitting(65536)
    ((226, 74), (480, 160), (4096, 2048))
    """
    available = max(32, open_files - RESERVED_FDS)
    backlog = max(8, min(DEFAULT_BACKLOG, available // 6))
    return max(8, min(DEFAULT_MAX_CONNECTIONS, available - 3 * backlog)), backlog


def serve_limits(limits: ConnectionLimits) -> tuple[int, int]:
    """Raise the soft file-descriptor limit to the hard one; returns the (cap, backlog) that fit under it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError) as exc:
            log.warning("cannot raise the open-file limit from %d to %d (%s)", soft, wanted, exc)
    soft = _soft_limit()
    cap, backlog = fitting(soft)
    if limits.max_connections > cap:
        log.warning("--max-connections %d is more than %d open files allow; using %d", limits.max_connections, soft,
                    cap)
    return (min(limits.max_connections, cap) if limits.max_connections else cap), backlog


def _plain(status: str, message: str, *extra: str) -> bytes:
    body = message.encode()
    head = [f"HTTP/1.1 {status}", "Content-Type: text/plain; charset=utf-8", "Connection: close",
            f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with header and body time limits and a connection cap (see the module)."""

    guard: ClassVar[Guard]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._timer: asyncio.TimerHandle | None = None
        self._phase = "new"  # headers | body | busy
        self._bytes_waiting = 0  # bytes received while waiting for headers
        self._refused = False

    # -- the cap -----------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        guard = self.guard
        if len(self.connections) >= guard.max_connections:
            victim = next(iter(guard.waiting), None)
            if victim is not None:
                guard.stats.evicted += 1
                log.warning("at the cap of %d connections: closed the one that waited longest for its headers",
                            guard.max_connections, extra={"condition": "evicted"})
                victim._close()
            else:
                self._refused = True
                guard.stats.refused += 1
                log.warning("at the cap of %d connections, all busy with requests: refused a new one with 503",
                            guard.max_connections, extra={"condition": "refused"})
                transport.write(_plain("503 Service Unavailable", "too many open connections; retry shortly\n",
                                       f"Retry-After: {RETRY_AFTER}"))
                transport.close()
                return
        guard.open += 1
        super().connection_made(transport)
        self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._refused:
            return
        self.guard.open -= 1
        self._stop_timer()
        self.guard.waiting.pop(self, None)
        super().connection_lost(exc)

    def _close(self) -> None:
        self._stop_timer()
        self.guard.waiting.pop(self, None)
        if not self.transport.is_closing():
            self.transport.close()

    # -- the time limits ---------------------------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self._phase == "headers":
            self._bytes_waiting += len(data)
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def _follow(self) -> None:
        """Keep the timer in step with where the request is: waiting for headers, for the body, or served."""
        if self.transport.is_closing():
            return
        theirs, ours = self.conn.their_state, self.conn.our_state
        if theirs is h11.IDLE and ours is h11.IDLE:
            if self._phase != "headers":
                self._await_headers()
        elif theirs is h11.SEND_BODY:
            if self._phase != "body":
                self._phase = "body"
                self.guard.waiting.pop(self, None)
                self._start_timer(self.guard.limits.body_timeout + GRACE, self._body_late)
        elif self._phase != "busy":
            self._phase = "busy"
            self.guard.waiting.pop(self, None)
            self._stop_timer()

    def _await_headers(self) -> None:
        self._phase = "headers"
        self._bytes_waiting = 0
        self.guard.waiting[self] = None
        self.guard.waiting.move_to_end(self)
        self._start_timer(self.guard.limits.header_timeout, self._headers_late)

    def _headers_late(self) -> None:
        if self.transport.is_closing() or self._phase != "headers":
            return
        stats = self.guard.stats
        if self._bytes_waiting:
            stats.closed_slow_headers += 1
            log.warning("closed a connection whose request headers did not arrive within %g s",
                        self.guard.limits.header_timeout, extra={"condition": "slow headers"})
            self.transport.write(_plain("408 Request Timeout", "the request headers did not arrive in time\n"))
        else:
            stats.closed_idle += 1  # a browser's pre-opened or kept-alive connection: nothing to report
        self._close()

    def _body_late(self) -> None:
        if self.transport.is_closing() or self._phase != "body":
            return
        self.guard.stats.closed_slow_bodies += 1
        log.warning("cut off a request whose body did not arrive within %g s",
                    self.guard.limits.body_timeout + GRACE, extra={"condition": "slow body"})
        self._close()

    def _start_timer(self, delay: float, callback: Any) -> None:
        self._stop_timer()
        self._timer = self.loop.call_later(delay, callback)

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def protocol_class(guard: Guard) -> type[asyncio.Protocol]:
    """A protocol class for `uvicorn.Config(http=…)` whose connections share `guard`."""
    return type("Guarded", (GuardedH11Protocol,), {"guard": guard})
