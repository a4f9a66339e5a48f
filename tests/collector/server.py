"""A real collector on loopback for tests: uvicorn serving `create_app` in a thread, stopped cleanly."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from banso.collector import CollectorSettings
from banso.collector.app import Collector, create_app
from banso.workspace import Workspace
from tests.ports import free_port


@dataclass
class Running:
    url: str
    collector: Collector


@contextmanager
def serving(app: Any, host: str = "127.0.0.1", port: int | None = None, **config: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn in a thread; yields its base URL, stops it on exit."""
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on", **config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the server on {host}:{port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@contextmanager
def running(root: Path, port: int | None = None, settings: CollectorSettings | None = None,
            host: str = "127.0.0.1", **config: Any) -> Iterator[Running]:
    """Serve the collector of the workspace at `root`; on exit stop it (it stores what it spooled).

    `config` goes to uvicorn's Config (e.g. `http=` for the guarded protocol of `banso.collector.guard`).
    """
    app = create_app(Workspace.open(root).collector_site(owned=True), settings or CollectorSettings(compact_every=0.2))
    with serving(app, host, port, **config) as url:
        yield Running(url, app.state.collector)
