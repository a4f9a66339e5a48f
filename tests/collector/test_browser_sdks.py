"""The four browser SDKs, as published on npm and unchanged, in a real Chromium: every event lands once.

posthog-js, Segment analytics-next, mixpanel-browser and RudderStack analytics-js (pinned in
tests/collector/browser/package.json, installed by `make test`) run in pages served from one loopback
origin (http://localhost:P) and send to the collector on another (http://127.0.0.1:Q) — a
different site, as in production, so every request crosses origins and most need a preflight.
Each page identifies a user, puts them in an account and sends 50 events whose text is Japanese with
emoji; the PostHog, Mixpanel and RudderStack pages then queue 20 more and the browser leaves the
page, so only the SDKs' beacons on page hide can deliver those. The store must then hold every event
exactly once, attributed to its account, with its text intact, and users' and accounts' traits each
their own. Every request the browser made to the collector must have succeeded.

Debian's chromium through Playwright, as tests/web/test_browser.py; no `playwright install`.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

from banso.collector import CollectorSettings
from banso.collector.app import create_app
from banso.store import Store
from banso.workspace import Workspace
from tests.collector.server import serving

CHROMIUM = Path("/usr/bin/chromium")
PAGES = Path(__file__).resolve().parent / "browser"
SDKS = ("posthog", "segment", "mixpanel", "rudderstack")
BEACONS = ("posthog", "mixpanel", "rudderstack")  # the SDKs that send on page hide
LIVE, UNLOAD = 50, 20
TEXT = "日本語のテキスト 🍣👨‍👩‍👧‍👦🇯🇵👍🏽 ﾊﾝｶｸ"  # as in browser/harness.js
# --disable-blink-features=AutomationControlled: posthog-js drops events from a browser that says it
# is automated (navigator.webdriver), as it would from a crawler; a person's browser does not say so.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-blink-features=AutomationControlled"]
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)"),
    pytest.mark.skipif(not (PAGES / "node_modules" / "posthog-js").exists(),
                       reason="needs the browser SDKs: make test installs them (npm ci in tests/collector/browser)"),
]


class Recorder:
    """Passes every request to the collector and notes what the browser sent and what it was answered."""

    def __init__(self, app: Any):
        self.app = app
        self.seen: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        answer: dict[str, int] = {}

        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            await send(message)

        await self.app(scope, receive, noting)
        headers = {k.decode(): v.decode("latin-1") for k, v in scope["headers"]}
        self.seen.append({"at": time.monotonic(), "method": scope["method"], "path": scope["path"],
                          "mode": headers.get("sec-fetch-mode"), "origin": headers.get("origin"),
                          "status": answer.get("status")})


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Run every page once; yields what the store holds afterwards and what the collector saw."""
    from playwright.sync_api import sync_playwright

    root = tmp_path_factory.mktemp("browser") / "ws"
    with Workspace.init(root, name="browser SDKs") as ws:
        keys = {sdk: ws.add_source(sdk, sdk)[1] for sdk in SDKS}
        store_path = ws.root / ws.config.store.path
    run = uuid.uuid4().hex[:8]
    collector_app = create_app(Workspace.open(root).collector_site(owned=True), CollectorSettings(compact_every=0.2))
    recorder = Recorder(collector_app)
    site = Starlette(routes=[Mount("/", StaticFiles(directory=str(PAGES)))])
    failures: list[str] = []
    left: list[Any] = []  # the pages the test has left or is closing
    left_at: dict[str, float] = {}
    with serving(recorder, host="127.0.0.1") as collector, serving(site, host="localhost") as pages, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)

        def failed(sdk: str, page: Any, req: Any) -> None:
            """A failed call to the collector is a failure, unless the browser cancelled it because the test
            left that page (or closed the browser) while it was in flight: that is the browser's doing, and
            the tests on the stored events show whether anything it carried was lost or sent twice."""
            if not req.url.startswith(collector):
                return
            if req.failure == "net::ERR_ABORTED" and page in left:
                return
            failures.append(f"{sdk}: {req.method} {req.url} failed: {req.failure}")

        def open_page(sdk: str, mode: str, n: int) -> Any:
            context = browser.new_context(user_agent=USER_AGENT)  # each page its own cookies and storage
            page = context.new_page()
            page.on("pageerror", lambda exc, sdk=sdk: failures.append(f"{sdk}: {exc}"))
            page.on("requestfailed", lambda req, sdk=sdk, page=page: failed(sdk, page, req))
            query = urlencode({"collector": collector, "key": keys[sdk], "run": run, "mode": mode, "n": n})
            page.goto(f"{pages}/{sdk}.html?{query}")
            return page

        live = {sdk: open_page(sdk, "live", LIVE) for sdk in SDKS}
        for page in live.values():
            page.wait_for_function("window.__banso.state === 'sent'", timeout=30_000)
        unloading = {sdk: open_page(sdk, "unload", UNLOAD) for sdk in BEACONS}
        for sdk, page in unloading.items():
            page.wait_for_function("window.__banso.state === 'queued'", timeout=30_000)
            left_at[sdk] = time.monotonic()
            left.append(page)
            page.goto("about:blank")  # page hide: the SDK's beacons are the only way out
        expected = {(sdk, "browser_test_event"): LIVE for sdk in SDKS} | \
                   {(sdk, "browser_unload_event"): UNLOAD for sdk in BEACONS}
        wait_for(store_path, expected, run)
        time.sleep(1.0)  # anything sent twice would arrive now
        for sdk, page in live.items():
            errors = page.evaluate("window.__banso.errors")
            failures.extend(f"{sdk}: {e}" for e in errors)
        left.extend(live.values())
        browser.close()
    with Workspace.open(root) as ws:
        tables = {t: ws.store.execute(ws.store.table(t)).to_dict("records")
                  for t in ("events", "users", "accounts", "memberships")}
    yield {"tables": tables, "run": run, "failures": failures, "seen": recorder.seen, "left_at": left_at}


def wait_for(store_path: Path, expected: dict[tuple[str, str], int], run: str,
             timeout: float = 30) -> dict[Any, int]:
    """Poll the store until it holds the expected events (the compactor appends every 0.2 s); the counts."""
    deadline = time.monotonic() + timeout
    counts: dict[Any, int] = {}
    while time.monotonic() < deadline:
        store = Store(store_path)
        try:
            rows = store.raw.execute(
                "SELECT source, event, count(*) FROM events WHERE json_extract_string(properties, '$.run') = ? "
                "GROUP BY ALL", [run]).fetchall()
        finally:
            store.close()
        counts = {(s, e): int(n) for s, e, n in rows}
        if all(counts.get(k, 0) >= n for k, n in expected.items()):
            return counts
        time.sleep(0.25)
    return counts


def events_of(world: dict[str, Any], sdk: str, name: str) -> list[dict[str, Any]]:
    return [e for e in world["tables"]["events"]
            if e["source"] == sdk and e["event"] == name and (e["properties"] or {}).get("run") == world["run"]]


def test_the_browser_saw_no_failure(world: dict[str, Any]) -> None:
    assert world["failures"] == []
    refused = [s for s in world["seen"] if s["status"] is None or s["status"] >= 400]
    assert refused == [], "every call the SDKs made to the collector succeeded"
    preflights = [s for s in world["seen"] if s["method"] == "OPTIONS"]
    assert preflights and all(s["status"] == 204 for s in preflights), "Segment and RudderStack needed preflights"


@pytest.mark.parametrize("sdk", SDKS)
def test_every_event_lands_once_in_its_account_with_its_text(world: dict[str, Any], sdk: str) -> None:
    events = events_of(world, sdk, "browser_test_event")
    assert sorted(e["properties"]["n"] for e in events) == list(range(LIVE)), "each event exactly once"
    assert len({e["event_id"] for e in events}) == LIVE
    for e in events:
        assert e["properties"]["text"] == f"{TEXT} #{e['properties']['n']}"
        assert (e["user_id"], e["account_id"]) == (f"u-{sdk}", f"ACME-{sdk}")


@pytest.mark.parametrize("sdk", BEACONS)
def test_events_queued_when_the_page_hides_leave_in_beacons(world: dict[str, Any], sdk: str) -> None:
    events = events_of(world, sdk, "browser_unload_event")
    assert sorted(e["properties"]["n"] for e in events) == list(range(UNLOAD)), "each queued event exactly once"
    for e in events:
        assert e["properties"]["text"] == f"{TEXT} #{e['properties']['n']}"
        assert e["account_id"] == f"ACME-{sdk}"
    beacons = [s for s in world["seen"] if s["at"] >= world["left_at"][sdk] and s["method"] == "POST"
               and s["mode"] == "no-cors" and s["status"] == 200]
    assert beacons, f"{sdk}: delivered by sendBeacon after the page was left"


@pytest.mark.parametrize("sdk", SDKS)
def test_users_and_accounts_keep_their_own_traits(world: dict[str, Any], sdk: str) -> None:
    user = next(u for u in world["tables"]["users"] if u["user_id"] == f"u-{sdk}")
    account = next(a for a in world["tables"]["accounts"] if a["account_id"] == f"ACME-{sdk}")
    assert user["email"] == f"{sdk}@example.com"
    assert (user["traits"].get("name") or user["traits"].get("$name")) == "山田 太郎 🍣"
    assert (account["name"], account["plan"]) == (f"アクメ株式会社 🏢 {sdk}", "pro")
    assert account["traits"] == {"name": f"アクメ株式会社 🏢 {sdk}", "plan": "pro"}
    assert "アクメ" not in json.dumps(user["traits"], ensure_ascii=False), "the account's traits are not the user's"
    assert (f"u-{sdk}", f"ACME-{sdk}") in {(m["user_id"], m["account_id"]) for m in world["tables"]["memberships"]}
