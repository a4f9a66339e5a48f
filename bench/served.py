"""A private copy of the loaded nulab workspace, served by a real `banso serve`, for the service benchmarks.

The copy keeps the shared workspace (bench/.cache) as the other benchmarks expect it: these ones
write to their store (snapshots, collected events, current scores).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

BANSO = str(Path(sys.executable).with_name("banso"))
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


def set_sections(root: Path, text: str) -> None:
    """Replace the `schedule:` and `service:` sections of banso.yaml with `text`."""
    path = root / "banso.yaml"
    out, skipping = [], False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith(("schedule:", "service:")):
            skipping = True
            continue
        if skipping and (line.startswith(" ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    path.write_text("\n".join(out) + "\n" + text, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Service:
    def __init__(self, root: Path, *args: str):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = root.parent / "serve.log"
        self.proc = subprocess.Popen([BANSO, "serve", "-w", str(root), "--port", str(self.port), *args],
                                     stdout=self.log.open("w"), stderr=subprocess.STDOUT, env={**os.environ})

    def wait(self, timeout: float = 600) -> httpx.Client:
        """Wait until it answers; a client signed in as the bench user."""
        client = httpx.Client(base_url=self.url, timeout=600)
        deadline = time.monotonic() + timeout
        while True:
            try:
                page = client.get("/login")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError(f"banso serve did not start:\n{self.log.read_text()[-3000:]}") from None
                time.sleep(0.5)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token is not None
        client.post("/login", data={"email": LOGIN, "password": PASSWORD, "csrf_token": token.group(1)})
        return client

    def cookie(self, client: httpx.Client) -> str:
        """The signed-in client's cookies as one header value (for wrk)."""
        return "; ".join(f"{k}={v}" for k, v in client.cookies.items())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=300)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


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
