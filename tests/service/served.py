"""Real `banso serve` processes on a workspace, and the command line beside them: for the service tests
and the service benchmarks (bench/served.py), which start and stop them the same way."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from banso.service import runtime
from tests.ports import free_port

BANSO = str(Path(sys.executable).parent / "banso")
ADMIN = ("admin@banso.example", "admin-password-1")


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

    def client(self, email: str = ADMIN[0], password: str = ADMIN[1], timeout: float = 30) -> httpx.Client:
        """Signed in (as the tests' admin unless told whom)."""
        c = httpx.Client(base_url=self.url, timeout=timeout)
        page = c.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token, page.text[:500]
        r = c.post("/login", data={"email": email, "password": password, "csrf_token": token.group(1)})
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

    def stop(self, timeout: float = 90) -> int:
        """Stop it as an operator would (SIGTERM), killing it after `timeout` seconds."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return int(self.proc.returncode)
