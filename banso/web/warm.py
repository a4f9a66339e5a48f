"""Warming the pages in the background whenever new data lands, and saying so while it runs.

The web app notices new data within seconds (the read cache checks the data version) and computes,
in one background thread, what the pages open with (`Workspace.warm_reads`): the first visit after a
load or a score finds the figures ready instead of waiting. A page whose figure is still being
computed shows "computing…" with the step reached, and reloads itself (no script: a refresh header).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import HTMLResponse

from banso.workspace import Workspace

log = logging.getLogger("banso.web")


@dataclass(frozen=True)
class WarmState:
    running: bool
    done: int
    total: int
    step: str


class _Stopped(Exception):
    """Raised between two steps once the warmer is stopping."""


class Warmer:
    """One background warm at a time; new data arriving during a warm starts another after it."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self._stopping = False
        self._state = WarmState(False, 0, 0, "")

    def state(self) -> WarmState:
        return self._state

    def start(self) -> None:
        with self._lock:
            if self._stopping:
                return
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="banso-warm", daemon=True)
            self._thread.start()

    def stop(self, timeout: float) -> bool:
        """Start no further step and wait up to `timeout` seconds for the one running; True when none runs.

        The service calls it before closing the store: a query still running in a thread while the
        process exits takes the whole process down with it instead of a clean exit.
        """
        with self._lock:
            self._stopping = True
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _progress(self, done: int, total: int, step: str) -> None:
        if self._stopping:
            raise _Stopped
        self._state = WarmState(done < total, done, total, step)

    def _run(self) -> None:
        while True:
            self._state = WarmState(True, 0, 0, "")
            try:
                self.ws.warm_reads(self._progress)
            except _Stopped:
                return
            except Exception:  # a bug in one figure must not stop the app; the page shows the error itself
                log.exception("warming the pages failed")
            with self._lock:
                self._state = WarmState(False, self._state.done, self._state.total, "")
                if not self._again or self._stopping:
                    return
                self._again = False


def computing(request: Request, ready: bool) -> HTMLResponse | None:
    """The "computing…" page when the figure a page needs is being warmed and not ready yet; else None."""
    from banso.web.render import render

    warmer: Warmer | None = request.app.state.warmer
    if ready or warmer is None or not warmer.state().running:
        return None
    response = render(request, "computing.html", status_code=503, warm=warmer.state())
    response.headers["Retry-After"] = "3"
    return response
