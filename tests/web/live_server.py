"""The web app served on a free loopback port in a thread, and the Chromium that drives it, for browser tests.

The browser is Debian's chromium (`make system-deps`), headless as CI has it; page errors (and, when
asked, console errors) are collected for the test to assert there are none.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"  # screenshots, not committed


@contextmanager
def serving(app: FastAPI, *, start_within: float = 30) -> Iterator[str]:
    """The app's base URL while it is served; the server stops when the block ends."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_within
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium_page(problems: list[str], *, console: bool = False, locale: str = "en-US",
                  height: int = 860) -> Iterator[Any]:
    """A page of a fresh Chromium, 1366 pixels wide; its script errors (and console errors with `console`)
    go to `problems`, each with the page's URL. The browser closes when the block ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": height}, locale=locale)
            page.on("pageerror", lambda exc: problems.append(f"{page.url}: {exc}"))
            if console:
                page.on("console", lambda m: problems.append(f"{page.url}: {m.text}") if m.type == "error" else None)
            yield page
        finally:
            browser.close()


def sign_in(page: Any, base_url: str, email: str, password: str, next_path: str | None = None) -> None:
    """Fill and send the login form (from `next_path`'s redirect when given)."""
    from urllib.parse import quote

    page.goto(base_url + "/login" + (f"?next={quote(next_path, safe='')}" if next_path else ""))
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
