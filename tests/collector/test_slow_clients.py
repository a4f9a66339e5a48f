"""Slow and hostile clients: half-sent requests are cut off in time, a flood of connections cannot lock out
real requests, and the log stays small.

Raw sockets against a real collector on loopback: in this process with short time limits, and as
`banso collect` in its own process under a low open-file limit, as a small server would run.
"""

from __future__ import annotations

import json
import resource
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from banso.collector import CollectorSettings
from banso.collector.guard import ConnectionLimits, Guard, fitting, protocol_class
from banso.workspace import Workspace
from tests.collector.server import free_port, running

BATCH = json.dumps({"batch": [{"type": "track", "messageId": "m1", "userId": "u1", "event": "e"}]}).encode()


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "ws"
    with Workspace.init(root, name="slow clients") as ws:
        key = ws.add_source("web", "segment")[1]
    return root, key


def connect(port: int, data: bytes = b"") -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    if data:
        s.sendall(data)
    return s


def answer(s: socket.socket) -> bytes:
    """What the server sent before it closed the connection (b'' if it closed without a word)."""
    chunks = []
    try:
        while chunk := s.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:
        pass
    s.close()
    return b"".join(chunks)


def real_request(url: str, key: str) -> int:
    return httpx.post(f"{url}/v1/batch", content=BATCH, auth=(key, ""), timeout=5).status_code


def test_half_sent_requests_are_cut_off_in_time(workspace: tuple[Path, str]) -> None:
    root, key = workspace
    guard = Guard(ConnectionLimits(header_timeout=1.0, body_timeout=1.0))
    settings = CollectorSettings(compact_every=0.2, body_timeout=1.0)
    with running(root, settings=settings, http=protocol_class(guard)) as r:
        port = int(r.url.rsplit(":", 1)[1])
        started = time.monotonic()
        half_headers = [connect(port, b"POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-") for _ in range(50)]
        head = f"POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Length: {len(BATCH)}\r\n\r\n".encode()
        half_bodies = [connect(port, head + BATCH[:10]) for _ in range(50)]
        idle = [connect(port) for _ in range(20)]
        assert real_request(r.url, key) == 200, "real requests go through meanwhile"
        headers_answers = [answer(s) for s in half_headers]
        body_answers = [answer(s) for s in half_bodies]
        idle_answers = [answer(s) for s in idle]
        took = time.monotonic() - started
        assert all(a.startswith(b"HTTP/1.1 408 ") for a in headers_answers), headers_answers[0]
        assert all(a.startswith(b"HTTP/1.1 408 ") and b"did not arrive within 1 s" in a for a in body_answers), \
            body_answers[0]
        assert all(a == b"" for a in idle_answers), "an idle connection is closed without a word"
        assert took < 6, f"every half-sent request was closed within seconds ({took:.1f} s)"
        assert (guard.stats.closed_slow_headers, guard.stats.closed_idle) == (50, 20)
        assert guard.open == 0
        status = httpx.get(f"{r.url}/collector/status").json()
        assert status["rejected_by_status"]["408"] == 50
        assert r.collector.accepted_requests == 1, "nothing of a half-sent request is kept"


def test_a_connection_flood_cannot_lock_out_real_requests(workspace: tuple[Path, str]) -> None:
    root, key = workspace
    guard = Guard(ConnectionLimits(header_timeout=30, max_connections=64))
    with running(root, http=protocol_class(guard)) as r:
        port = int(r.url.rsplit(":", 1)[1])
        flood = [connect(port, b"GET /collector/status HTTP/1.1\r\nHo") for _ in range(300)]
        time.sleep(0.3)
        assert [real_request(r.url, key) for _ in range(20)] == [200] * 20
        assert guard.open <= 64 and guard.stats.evicted >= 300 - 64
        for s in flood:
            s.close()


@contextmanager
def collect_process(root: Path, port: int, open_files: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

    banso = str(Path(sys.executable).parent / "banso")
    with open(log, "wb") as out:
        proc = subprocess.Popen([banso, "collect", "-w", str(root), "--port", str(port), "--header-timeout", "3"],
                                stdout=out, stderr=subprocess.STDOUT, preexec_fn=low_limit)
    try:
        deadline = time.monotonic() + 20
        with httpx.Client(timeout=1) as http:  # one client: each new one loads the CA bundle, tens of ms of CPU
            while True:
                try:
                    if http.get(f"http://127.0.0.1:{port}/collector/status").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _dealt_with(connections: dict[str, int]) -> int:
    """Connections the collector accepted: open now, evicted over the cap, or closed for slow headers."""
    return connections["open"] + connections["evicted"] + connections["closed_slow_headers"]


def test_more_slow_connections_than_open_files_under_banso_collect(workspace: tuple[Path, str],
                                                                    tmp_path: Path) -> None:
    root, key = workspace
    port, log = free_port(), tmp_path / "collect.log"
    with collect_process(root, port, open_files=512, log=log):
        url = f"http://127.0.0.1:{port}"
        slow = [connect(port, b"POST /v1/batch HTTP/1.1\r\nHost: x\r\n") for _ in range(1100)]
        statuses = [real_request(url, key) for _ in range(30)]
        # Connections the kernel queued past the backlog reach the accept loop as their handshakes are
        # retried (after 1 s, 3 s, …): wait until every one was accepted, then evicted, timed out or kept.
        deadline = time.monotonic() + 30
        while True:
            connections = httpx.get(f"{url}/collector/status").json()["connections"]
            if _dealt_with(connections) >= 1100 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        for s in slow:
            s.close()
        time.sleep(1)
    assert statuses == [200] * 30, "every real request was served"
    assert connections["max"] == fitting(512)[0] and connections["open"] <= connections["max"]
    assert _dealt_with(connections) >= 1100, connections
    assert connections["evicted"] >= 1, "over the cap, the longest waiting connection was closed"
    assert connections["evicted"] + connections["closed_slow_headers"] >= 1100 - connections["max"], connections
    text = log.read_text()
    assert "out of system resource" not in text, "the accept loop never ran out of descriptors"
    assert len(text) < 10_000, f"the log stays small ({len(text)} bytes):\n{text[:2000]}"
    assert text.count("closed the one that waited longest") == 1, "one line per condition and minute"
