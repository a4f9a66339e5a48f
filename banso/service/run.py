"""`banso serve`: start the service, serve the web app until stopped, stop cleanly.

Starting: take the workspace's runtime folder (one service per workspace), open the store (it fails
clearly when another process holds it), open the channel for commands, finish what a previous
service left interrupted, start the scheduler, then serve the web app (and the collector) with
uvicorn. A daily run missed while no service ran is run at once.

Stopping (SIGTERM from systemd, Ctrl+C): uvicorn stops taking requests and finishes those under
way; then no new job starts, and running work has `service.stop_timeout` to finish. Work still
running then is abandoned: its queries are interrupted, its open transaction rolls back (the
store stays as before the step), its job is marked interrupted, and the next start finishes it.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import uvicorn

from banso.collector import log_limits
from banso.collector.guard import ConnectionLimits, Guard, protocol_class
from banso.job_origins import SCHEDULE_MISSED
from banso.service import server
from banso.service.runtime import Runtime
from banso.service.scheduler import Clock
from banso.values import utc_now

if TYPE_CHECKING:
    from banso.workspace import Workspace

log = logging.getLogger("banso.service")


class Service:
    """One workspace's service: runtime folder, channel, scheduler and recovery (the web app is served by `serve`)."""

    def __init__(self, ws: Workspace, *, schedule: bool = True):
        self.ws = ws
        self.runtime = Runtime(ws.root)
        self.channel: server.ChannelServer | None = None
        self.clock: Clock | None = Clock(ws) if schedule else None

    def start(self, url: str | None) -> None:
        self.runtime.take()
        try:
            self.ws.status()  # opens (and migrates) the store now: another process holding it fails here
            self.channel = server.start(self.runtime.socket, self.ws, self.runtime.token)
            self.runtime.announce(url)
            self.ws.service_started_at = utc_now()  # type: ignore[attr-defined]
            if self.clock is not None:
                self.ws.submit = self.clock.submit
                self.clock.start()
            interrupted = self.ws.recover()
            if interrupted:
                log.warning("jobs %s were cut short by the end of the previous service; finishing their work",
                            ", ".join(f"#{i}" for i in interrupted))
            self._catch_up()
        except BaseException:
            self.stop(0)
            raise

    def _catch_up(self) -> None:
        """A daily run that fell due while no service ran (and none started since) runs now."""
        if self.clock is None or self.ws.config.schedule.run_at is None:
            return
        fresh = self.ws.freshness()
        last = fresh.last_run
        due, _ = self.ws._due_times(utc_now(), last)
        if last is not None and due is not None and (last.started_at or last.created_at) < due \
                and not self.ws.daily_run_going():
            log.warning("the daily run due at %s did not run (no service was running); running it now", due)
            self.ws.request_daily_run(SCHEDULE_MISSED)

    def stop(self, timeout: float | None = None) -> None:
        """No new work; running work gets `timeout` seconds (default service.stop_timeout), then is abandoned."""
        from banso.appstate import jobs

        wait = self.ws.config.service.stop_timeout if timeout is None else timeout
        if self.channel is not None:
            self.channel.accepting = False
            self.channel.shutdown()
            self.channel.server_close()
        if self.clock is not None:
            self.clock.stop()
        deadline = time.monotonic() + wait
        while self._busy() and time.monotonic() < deadline:
            time.sleep(0.2)
        if self._busy():
            self.ws.stopping = True
            n = self.ws.interrupt_work()
            log.warning("stopping: abandoned %d running task(s) after %.0f s; their transactions roll back and the "
                        "next start finishes the daily run", n, wait)
            settle = time.monotonic() + 10
            while self._busy() and time.monotonic() < settle:
                time.sleep(0.1)
        try:
            with self.ws.app_state.session() as s:
                jobs.interrupt_mine(s, "the service stopped while this ran")
        finally:
            self.runtime.release()
            if not self._busy():  # closing under a query still running would take the process down
                self.ws.close()

    def _busy(self) -> bool:
        return bool(self.ws._working) or self.ws.daily_run_going() or self.ws.sync_going()


def serve(ws: Workspace, web_app: Callable[[bool], Any], host: str, port: int, *, proxy_headers: bool,
          collect: bool, schedule: bool = True) -> None:
    """Run the service until SIGTERM or Ctrl+C (see the module doc).

    `web_app(collect)` makes the web app to serve, once the service holds the workspace; the caller (the
    command line) composes it, so the service does not depend on the web layer. The app has the
    `state.warmer` and, collecting, the `state.collector` of `banso.web.create_app`.
    """
    url = f"http://{host}:{port}/"
    service = Service(ws, schedule=schedule)
    service.start(url)
    warmer = None
    try:
        collect = collect or ws.config.service.collect
        web = web_app(collect)
        warmer = web.state.warmer
        guard = Guard.for_serving(ConnectionLimits())  # slow clients cannot hold the web app's connections either
        if collect:
            web.state.collector.connections = guard
        config = uvicorn.Config(web, host=host, port=port, proxy_headers=proxy_headers, log_level="warning",
                                access_log=False, timeout_graceful_shutdown=10, http=protocol_class(guard),
                                backlog=guard.backlog)
        log_limits.install()  # after uvicorn configured its loggers
        _Server(config).run()
    finally:
        if warmer is not None and not warmer.stop(ws.config.service.stop_timeout):
            log.warning("stopping: the pages' background computation did not finish in time")
        service.stop()


class _Server(uvicorn.Server):
    """uvicorn's server, minus re-raising the stop signal when it is done: the service has work left to stop
    cleanly (its jobs, its runtime folder) and then exits 0."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        def stop(signum: int, frame: object) -> None:
            if self.should_exit:  # a second Ctrl+C: do not wait for open connections
                self.force_exit = True
            self.should_exit = True

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
