"""A private copy of the loaded nulab workspace, served by a real `banso serve`, for the service benchmarks.

The copy keeps the shared workspace (bench/.cache) as the other benchmarks expect it: these ones
write to their store (snapshots, collected events, current scores).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.service.served import Served

LOGIN = "bench@banso.example"
PASSWORD = "bench-password-1"


def private_copy(root: Path) -> Path:
    """Copy the workspace (store, banso.yaml, app.db) into a temporary folder."""
    target = Path(tempfile.mkdtemp(prefix="banso-service-bench-")) / "ws"
    target.mkdir()
    for name in ("banso.yaml", "banso.duckdb", "app.db"):
        if (root / name).exists():
            shutil.copy2(root / name, target / name)
    return target


class Service(Served):
    """`banso serve` on the nulab copy: slower to start and to stop than the tests' tiny world."""

    def wait(self, timeout: float = 600) -> httpx.Client:
        """Wait until it answers; a client signed in as the bench user."""
        self.wait_ready(timeout)
        return self.client(LOGIN, PASSWORD, timeout=600)

    def cookie(self, client: httpx.Client) -> str:
        """The signed-in client's cookies as one header value (for wrk)."""
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())

    def stop(self, timeout: float = 300) -> int:
        return super().stop(timeout)


def wait_for_warm(client: httpx.Client, while_waiting: Callable[[], object] = lambda: time.sleep(0.5)) -> float:
    """Seconds until the pages' background warm that follows a start on new data (`/api/warm`) has finished.

    `while_waiting` runs between two looks (measure the pages meanwhile, or just wait).
    """
    started = time.perf_counter()
    time.sleep(1)  # the warm starts with the app; give its thread the moment to say it runs
    while client.get("/api/warm").json()["running"]:
        if time.perf_counter() - started > 900:
            raise RuntimeError("the pages' warm did not finish within 15 minutes")
        while_waiting()
    return time.perf_counter() - started


def add_login(root: Path) -> None:
    from banso.appstate.auth import add_user
    from banso.workspace import Workspace

    with Workspace.open(root) as ws, ws.app_state.session() as s:
        add_user(s, LOGIN, PASSWORD, "admin", replace=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]
