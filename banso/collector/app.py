"""The collector as an ASGI app: the routes of every wire protocol, the spool, the compactor.

`create_app(workspace_root)` gives a Starlette app that opens the spool and starts the compactor
when it starts and drains what it can when it stops; `banso collect` serves it with uvicorn.
An app that hosts the collector itself (`banso serve`) uses `Collector` directly: add
`collector.routes()` to its routes and call `collector.start()` / `collector.stop()` from its own
lifespan (Starlette does not run the lifespan of a mounted app).

A request is answered 200 only after its record is on disk (`banso.collector.spool`); a request
that fails validation is answered 400/401/403/413 and nothing of it is kept; a body that does not
arrive within `body_timeout` seconds gets 408; when storing falls behind by more than
`max_backlog_bytes`, or the disk refuses writes, requests get 503 with `Retry-After`, which every
supported client honours by retrying later.

Every route answers browsers' CORS preflights and carries the page's origin on its answers
(`banso.collector.cors`), and the SDKs' start-up calls are answered (`banso.collector.sdk_config`).
A refusal is logged once per kind and minute at most (`banso.collector.log_limits`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from banso.appstate.collector import key_hint
from banso.collector import cors
from banso.collector.body import inflate, read_body
from banso.collector.compactor import Compactor
from banso.collector.gather_worker import GatherWorker
from banso.collector.guard import Guard
from banso.collector.keys import KeyRing, RequestKeys
from banso.collector.limits import MB, ROUTE_FAMILY_MAX
from banso.collector.mixpanel import MixpanelProtocol
from banso.collector.normalize import now_us
from banso.collector.posthog import PostHogProtocol
from banso.collector.problems import Rejected, busy
from banso.collector.protocol import Incoming, WireProtocol, json_response
from banso.collector.sdk_config import ROUTES as CONFIG_ROUTES
from banso.collector.sdk_config import ConfigRoute
from banso.collector.segment import SegmentProtocol
from banso.collector.site import Site
from banso.collector.spool import Spool

log = logging.getLogger("banso.collector")

PROTOCOLS: tuple[WireProtocol, ...] = (SegmentProtocol(), PostHogProtocol(), MixpanelProtocol())
BY_FAMILY = {p.family: p for p in PROTOCOLS}
SPOOL_DIR = "collector-spool"
MAX_QUEUED_BYTES = 256 * 1024 * 1024
CONFIG_BODY_BYTES = 1 * MB  # a flags request carries the person's properties, nothing more


@dataclass
class CollectorSettings:
    """How a collector runs; every field has a default that suits one machine."""

    spool: Path | None = None  # default: <workspace>/collector-spool
    compact_every: float = 2.0  # seconds between appends to the store
    max_backlog_bytes: int = 2 * 1024 * 1024 * 1024  # spooled but not yet stored; past it, 503
    sync: bool = True  # fdatasync before acknowledging (turn off only for throwaway tests)
    compact: bool = True  # run the compactor in this process
    body_timeout: float = 30.0  # seconds for a request body to arrive whole; past it, 408
    header_timeout: float = 10.0  # seconds for request headers to arrive (see banso.collector.guard)
    max_connections: int = 0  # open connections at most; 0: from the open-file limit (see banso.collector.guard)
    gather_in_worker: bool = True  # decode and fold spooled requests in a worker process (banso.collector.gather_worker)


@dataclass
class Faults:
    """Deliberate failures for tests of client retries: the next `fail_requests` requests get 503,
    before (`after_spool=False`) or after their record reached the spool."""

    fail_requests: int = 0
    after_spool: bool = False
    failed: list[str] = field(default_factory=list)


class Collector:
    """A workspace's collector: keys, spool and compactor, and the routes that feed them."""

    def __init__(self, site: Site, settings: CollectorSettings | None = None):
        self.settings = settings or CollectorSettings()
        self.site = site
        self.spool_dir = self.settings.spool or site.root / SPOOL_DIR
        self.keys = KeyRing.for_app_state(site.app_state)
        self.faults = Faults()
        self.spool: Spool | None = None
        self.compactor: Compactor | None = None
        self.gather_worker: GatherWorker | None = None
        self.started_at = time.time()
        self.accepted_requests = 0
        self.accepted_messages = 0
        self.rejected: dict[int, int] = {}
        self.connections: Guard | None = None  # set by the server that guards its connections

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.spool = Spool.open(self.spool_dir, sync=self.settings.sync)
        self.gather_worker = GatherWorker() if self.settings.gather_in_worker else None
        self.compactor = Compactor(self.spool, self.site.store_path, self.site.timezone,
                                   interval=self.settings.compact_every, open_store=self.site.open_store,
                                   gather_with=self.gather_worker)
        if self.settings.compact:
            self.compactor.start()
        log.info("collector spool %s (backlog %d bytes)", self.spool_dir, self.spool.backlog_bytes(self.spool.end()))

    def stop(self) -> None:
        if self.compactor is not None:
            self.compactor.stop(final=self.settings.compact)
        if self.spool is not None:
            self.spool.close()
            self.spool = None
        if self.gather_worker is not None:
            self.gather_worker.close()
        self.site.close()

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        await asyncio.to_thread(self.start)
        try:
            yield
        finally:
            await asyncio.to_thread(self.stop)

    # -- routes ------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        out: list[BaseRoute] = [Route("/collector/status", self.status, methods=["GET"])]
        for protocol in PROTOCOLS:
            for path, kind in protocol.routes.items():
                out.append(Route(path, self._endpoint(protocol, kind), methods=[*protocol.methods, "OPTIONS"]))
        for config in CONFIG_ROUTES:
            out.append(Route(config.path, self._config_endpoint(config), methods=[*config.methods, "OPTIONS"]))
        return out

    def _endpoint(self, protocol: WireProtocol, kind: str) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self.handle(protocol, kind, request)

        endpoint.__name__ = f"{protocol.family}_{kind}"
        return endpoint

    def _config_endpoint(self, config: ConfigRoute) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self.answer_config(config, request)

        endpoint.__name__ = f"{config.family}_config"
        return endpoint

    @staticmethod
    def _incoming(kind: str, request: Request) -> Incoming:
        return Incoming(kind, b"", request.headers.get("content-type", ""), request.headers.get("authorization"),
                        now_us(), dict(request.query_params), request.method)

    async def handle(self, protocol: WireProtocol, kind: str, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self.preflight(request, protocol.family)
        keys = RequestKeys(self.keys, request.headers.get("origin"))
        incoming = self._incoming(kind, request)
        try:
            self._check_capacity()
            cap = ROUTE_FAMILY_MAX[protocol.family]
            raw = await read_body(request, cap, self.settings.body_timeout)
            incoming.body = inflate(raw, request.headers.get("content-encoding"), cap)
            collected = protocol.parse(incoming, keys)
            if keys.source is not None:
                collected.owns = list(keys.source.owned_fields)
            if self.faults.fail_requests and not self.faults.after_spool:
                self._fail(request)
            if collected.messages:
                await self._spool(collected.encode())
            if self.faults.fail_requests and self.faults.after_spool:
                self._fail(request)
        except Rejected as rejected:
            response = self._refused(request, rejected, protocol.error(incoming, rejected))
        else:
            self.accepted_requests += 1
            self.accepted_messages += collected.messages
            response = protocol.ok(incoming, collected)
        return cors.decorate(response, keys.origin, keys.origin_welcome(protocol.family))

    async def answer_config(self, config: ConfigRoute, request: Request) -> Response:
        """An SDK's start-up call (see `banso.collector.sdk_config`)."""
        if request.method == "OPTIONS":
            return self.preflight(request, config.family)
        keys = RequestKeys(self.keys, request.headers.get("origin"))
        incoming = self._incoming("config", request)
        try:
            if request.method == "POST":
                raw = await read_body(request, CONFIG_BODY_BYTES, self.settings.body_timeout)
                incoming.body = inflate(raw, request.headers.get("content-encoding"), CONFIG_BODY_BYTES)
            response = await config.answer(request, keys, incoming)
        except Rejected as rejected:
            response = self._refused(request, rejected, BY_FAMILY[config.family].error(incoming, rejected),
                                     route=config.path)
        return cors.decorate(response, keys.origin, keys.origin_welcome(config.family))

    def preflight(self, request: Request, family: str) -> Response:
        """A browser asks whether its page may send; see `banso.collector.cors`."""
        origin = request.headers.get("origin")
        welcome = origin is not None and self.keys.origin_welcome(origin, family)
        if origin is not None and not welcome:
            log.warning("refused a preflight from %s for %s: no active source of the %s API accepts that origin",
                        origin, _shown(request), family, extra={"condition": ("preflight", family)})
        unlisted = cors.unlisted_headers(request)
        if welcome and unlisted:
            log.warning("a preflight from %s asked to send headers the collector does not allow (%s); the browser "
                        "will block that request", origin, ", ".join(unlisted),
                        extra={"condition": ("preflight headers", family)})
        return cors.preflight(request, welcome)

    def _refused(self, request: Request, rejected: Rejected, response: Response, route: str | None = None) -> Response:
        """Count and log a refusal. Its log condition names the route, never what the client chose (a key, an
        origin), so that a flood of varied requests still logs one line per kind and minute."""
        self.rejected[rejected.status] = self.rejected.get(rejected.status, 0) + 1
        level = logging.INFO if rejected.status in (429, 503) else logging.WARNING
        log.log(level, "%s %s -> %d %s: %s", request.method, _shown(request), rejected.status, rejected.code,
                rejected.message, extra={"condition": (rejected.status, rejected.code, route or request.url.path)})
        if rejected.status == 408:  # the rest of a stalled body will not be read: the connection ends here
            response.headers["Connection"] = "close"
        return response

    def _fail(self, request: Request) -> None:
        self.faults.fail_requests -= 1
        self.faults.failed.append(request.url.path)
        raise busy("failing this request on purpose (test fault)", retry_after=1)

    def _check_capacity(self) -> None:
        if self.spool is None or self.compactor is None:
            raise busy("the collector is starting")
        if self.spool.queued_bytes > MAX_QUEUED_BYTES:
            raise busy("the disk is not keeping up with incoming requests", retry_after=2)
        if self.settings.compact and self.compactor.backlog_bytes() > self.settings.max_backlog_bytes:
            self.compactor.nudge()
            raise busy("storing events is behind; the spool is full up to its limit", retry_after=10)

    async def _spool(self, payload: bytes) -> None:
        assert self.spool is not None
        loop = asyncio.get_running_loop()
        written: asyncio.Future[None] = loop.create_future()

        def settle(error: BaseException | None) -> None:
            if written.done():
                return
            if error is None:
                written.set_result(None)
            else:
                written.set_exception(error)

        def done(error: BaseException | None) -> None:
            loop.call_soon_threadsafe(settle, error)

        self.spool.append(payload, done)
        try:
            await written
        except OSError as exc:
            raise busy(f"cannot write the spool: {exc.strerror or exc}", retry_after=10) from None
        if self.compactor is not None and self.compactor.backlog_bytes() > self.compactor.chunk_bytes:
            self.compactor.nudge()

    async def status(self, request: Request) -> Response:
        """Counters for operators and the benchmark: what arrived, what is spooled, what is stored."""
        spool, compactor = self.spool, self.compactor
        stats = compactor.stats if compactor is not None else None
        return JSONResponse({
            "uptime_seconds": round(time.time() - self.started_at, 1),
            "accepted_requests": self.accepted_requests,
            "accepted_messages": self.accepted_messages,
            "rejected_by_status": {str(k): v for k, v in sorted(self.rejected.items())},
            "connections": self.connections.describe() if self.connections is not None else None,
            "spool": {
                "folder": str(self.spool_dir),
                "backlog_bytes": compactor.backlog_bytes() if compactor else None,
                "queued_bytes": spool.queued_bytes if spool else None,
                "records_synced": spool.synced if spool else None,
                "syncs": spool.syncs if spool else None,
            },
            "store": None if stats is None else {
                "compactions": stats.compactions,
                "events_received": stats.events_received,
                "events_stored": stats.events_inserted,
                "events_repeated": stats.events_repeated,
                "events_stored_by_source": stats.by_source,
                "last_compaction_at": stats.last_compaction_at,
                "last_compaction_seconds": round(stats.last_compaction_seconds, 3),
                "waiting_for_store_since": stats.busy_since,
                "last_error": stats.last_error,
            },
        })


def _shown(request: Request) -> str:
    """The path as logs may show it: a write key in it (`/array/<key>/config`) cut to its hint."""
    key = request.path_params.get("key")
    return request.url.path.replace(key, key_hint(key)) if isinstance(key, str) and key else request.url.path


def create_app(site: Site, settings: CollectorSettings | None = None) -> Starlette:
    """The collector's ASGI app for a workspace (`app.state.collector` is its `Collector`); the workspace
    gives the site (`Workspace.collector_site`)."""
    collector = Collector(site, settings)

    async def no_route(request: Request, exc: Exception) -> Response:
        """A wrong path or method, said in JSON a browser page may read (a bare 404 looks like a CORS failure)."""
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        what = "no collector route" if status == 404 else f"{request.url.path} does not take"
        response = json_response(status, {"code": "not_found" if status == 404 else "method_not_allowed",
                                          "message": f"{what} {request.method} {request.url.path}; " + ROUTE_HINT})
        origin = request.headers.get("origin")
        welcome = origin is not None and any(collector.keys.origin_welcome(origin, f) for f in BY_FAMILY)
        return cors.decorate(response, origin, welcome)

    app = Starlette(routes=collector.routes(), lifespan=collector.lifespan,
                    exception_handlers={404: no_route, 405: no_route})
    app.state.collector = collector
    return app


ROUTE_HINT = ("the collector takes Segment and RudderStack calls at /v1/batch, /v1/track, … and /beacon/v1/batch, "
              "PostHog at /batch/, /e/, /i/v0/e/ and /capture/, Mixpanel at /track, /engage, /groups and /import")
