"""A small scored world, built once, copied per test; and real `banso serve` processes on it.

The world is the demo's `tiny` preset (40 accounts, six months of events), loaded and scored for
four weeks up to the week before the latest, so a daily run has a week of its own to score.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from banso.service import runtime
from banso.workspace import Workspace
from tests.conftest import copy_of_built

BANSO = str(Path(sys.executable).parent / "banso")
ADMIN = ("admin@banso.example", "admin-password-1")


def _build_tiny(root: Path) -> None:
    from banso.appstate.auth import add_user
    from banso.demo import generate
    from banso.demo.demo_workspace import LOAD_ORDER, demo_config

    ws = Workspace.init(root, config_text=demo_config("service tests"))
    data = root / "data"
    generate(data, preset="tiny", seed=3)
    for table, name in LOAD_ORDER:
        ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
    latest = ws.score().run.dates[-1]  # the week a daily run scores, then forgotten below
    ws.score(as_of=latest - timedelta(days=7), backfill_weeks=4)
    with ws.working_store() as store:
        _forget_week(store, latest)
    with ws.app_state.session() as s:
        add_user(s, *ADMIN, "admin", replace=True)
    ws.close()


def _forget_week(store: object, day: object) -> None:
    raw = store.raw  # type: ignore[attr-defined]
    raw.execute("DELETE FROM health_metric_values WHERE as_of = ?", [day])
    raw.execute("DELETE FROM health_snapshots WHERE as_of = ?", [day])


@pytest.fixture
def world(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the tiny world below, built once for the test session (shared by its processes)."""
    return copy_of_built(tmp_path_factory, "service-tiny", _build_tiny, tmp_path / "ws")


def set_config(root: Path, text: str) -> None:
    """Append sections to banso.yaml (replacing the template's `schedule:` and `service:`)."""
    path = root / "banso.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    out, skipping = [], False
    for line in lines:
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


def banso(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
          timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BANSO, *args], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, "COLUMNS": "100", **(env or {})})


class Served:
    """A real `banso serve` process on a workspace."""

    def __init__(self, root: Path, *args: str, env: dict[str, str] | None = None):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = root.parent / f"serve-{self.port}.log"
        self.proc = subprocess.Popen([BANSO, "serve", "-w", str(root), "--port", str(self.port), *args],
                                     stdout=self.log.open("w"), stderr=subprocess.STDOUT,
                                     env={**os.environ, **(env or {})})

    def wait_ready(self, timeout: float = 120) -> Served:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2) as http:  # one client: each new one loads the CA bundle, tens of ms of CPU
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise AssertionError(f"banso serve exited {self.proc.returncode}:\n{self.log.read_text()}")
                try:
                    if http.get(self.url + "/login").status_code == 200 and runtime.read_info(self.root):
                        return self
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
        raise AssertionError(f"banso serve did not start:\n{self.log.read_text()}")

    def client(self) -> httpx.Client:
        """Signed in as the admin."""
        c = httpx.Client(base_url=self.url, timeout=30)
        page = c.get("/login")
        import re

        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, page.text[:500]
        r = c.post("/login", data={"email": ADMIN[0], "password": ADMIN[1], "csrf_token": token.group(1)})
        assert r.status_code in (200, 303), r.text[:500]
        return c

    def page(self, client: httpx.Client, path: str, timeout: float = 120, **params: str) -> httpx.Response:
        """The page once its figures are computed, as a browser gets it: new data (a daily run, renewed
        current scores) sets the service warming the pages, and meanwhile a page whose figures are not
        ready answers 503 "computing…" with Retry-After; the browser asks again after that many seconds."""
        deadline = time.monotonic() + timeout
        while True:
            answer = client.get(path, params=params)
            if answer.status_code != 503 or time.monotonic() > deadline:
                return answer
            time.sleep(float(answer.headers["retry-after"]))

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return int(self.proc.returncode)


@pytest.fixture
def serve() -> Iterator[type[Served]]:
    """Start services with `serve(root, *args)`; all are stopped at the end of the test."""
    started: list[Served] = []

    class Tracked(Served):
        def __init__(self, root: Path, *args: str, env: dict[str, str] | None = None):
            super().__init__(root, *args, env=env)
            started.append(self)

    yield Tracked
    for s in started:
        if s.proc.poll() is None:
            s.stop()
