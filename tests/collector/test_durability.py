"""Kill -9 at any moment: every acknowledged event is in the store after recovery, none twice.

`banso collect` runs as its own process and is killed with SIGKILL several times while a sender posts
Segment batches and, like the real clients, re-sends a batch (same message ids) until it is acknowledged.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx

from banso.workspace import Workspace
from tests.collector.server import free_port

BATCHES, PER_BATCH = 60, 25


def start(root: Path, port: int) -> subprocess.Popen[bytes]:
    banso = str(Path(sys.executable).parent / "banso")
    proc = subprocess.Popen([banso, "collect", "-w", str(root), "--port", str(port), "--compact-every", "0.3"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    with httpx.Client(timeout=1) as http:  # one client: each new one loads the CA bundle, tens of ms of CPU
        while time.monotonic() < deadline:
            try:
                if http.get(f"http://127.0.0.1:{port}/collector/status").status_code == 200:
                    return proc
            except httpx.HTTPError:
                time.sleep(0.1)
    proc.kill()
    raise RuntimeError("banso collect did not start")


def test_sigkill_loses_nothing_acknowledged_and_doubles_nothing(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    with Workspace.init(root, name="durability") as ws:
        key = ws.add_source("web", "segment")[1]
    port = free_port()
    batches = [[{"type": "track", "messageId": str(uuid.uuid4()), "userId": f"u{b % 7}", "event": "issue_created",
                 "properties": {"batch": b, "i": i}, "context": {"groupId": "ACME"},
                 "timestamp": "2026-11-20T10:00:00Z"} for i in range(PER_BATCH)] for b in range(BATCHES)]
    acknowledged: set[str] = set()
    attempts = {"sent": 0, "refused": 0}
    done = threading.Event()

    def sender() -> None:
        with httpx.Client(auth=(key, ""), timeout=5) as http:
            for batch in batches:
                while True:  # like the SDKs: the same batch again until it is acknowledged
                    attempts["sent"] += 1
                    try:
                        r = http.post(f"http://127.0.0.1:{port}/v1/batch", json={"batch": batch})
                        if r.status_code == 200:
                            acknowledged.update(m["messageId"] for m in batch)
                            break
                    except httpx.HTTPError:
                        pass
                    attempts["refused"] += 1
                    time.sleep(0.05)
                time.sleep(0.01)
        done.set()

    proc = start(root, port)
    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    kills = 0
    try:
        for threshold in (8, 20, 32, 44):  # kill mid-stream, at points of progress (not of time)
            while len(acknowledged) < threshold * PER_BATCH and not done.is_set():
                time.sleep(0.005)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
            proc = start(root, port)
        thread.join(timeout=120)
        assert done.is_set(), "the sender finished"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with Workspace.open(root) as ws:  # recovery: what the last killed process left on the spool
        ws.drain_collector()
    with Workspace.open(root) as ws:
        ids = ws.store.execute(ws.store.table("events").select("event_id"))["event_id"].tolist()
    print(f"\n{kills} SIGKILLs, {attempts['sent']} requests ({attempts['refused']} refused or lost), "
          f"{len(acknowledged)} events acknowledged, {len(ids)} stored")
    assert kills == 4
    assert len(ids) == len(set(ids)), "no event stored twice"
    assert acknowledged <= set(ids), "every acknowledged event is stored"
    assert set(ids) <= {m["messageId"] for batch in batches for m in batch}
