"""Warming: after new data lands the web app computes what the pages open with in the background, and a
page whose figures are still being computed says so and reloads itself instead of a blank wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.analysis.reports import EventsSpec
from banso.web import create_app
from banso.web.warm import Warmer
from banso.workspace import Workspace
from tests.conftest import write
from tests.web.conftest import copied_world, login


def wait_until(done: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, "the warm did not finish"
        time.sleep(0.05)


def test_the_pages_are_warmed_at_start_and_again_when_new_data_lands(tmp_path: Path,
                                                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    ws = copied_world(tmp_path_factory, tmp_path)
    try:
        app = create_app(ws, warm=True)
        warmer = app.state.warmer
        wait_until(lambda: not warmer.state().running)
        assert ws.overview_ready() and ws.report_ready(EventsSpec())
        assert ws.overview().kpis.accounts == 4
        more = write(tmp_path / "more.csv", "account_id,name,status\nA9,Nine,active\n")
        ws.load("accounts", [str(more)])  # new data: the cache empties and the warm starts again
        wait_until(lambda: ws.overview_ready() and not warmer.state().running)
        assert ws.overview().kpis.accounts == 5  # computed by the warm, for the new data
    finally:
        ws.close()


class HeldWarm:
    """A workspace whose warm stops at its third step until released (to look at a page meanwhile)."""

    def __init__(self, ws: Workspace, release: threading.Event):
        self._ws, self._release = ws, release

    def warm_reads(self, progress: Callable[[int, int, str], None]) -> list[str]:
        progress(2, 9, "Event inventory")
        self._release.wait(30)
        return []


def test_a_page_being_computed_says_so_and_reloads(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    ws = copied_world(tmp_path_factory, tmp_path)
    release = threading.Event()
    try:
        app = create_app(ws)
        assert "Event inventory" in [name for name, _ in ws.warm_steps()]  # a step is named by its page's title
        app.state.warmer = Warmer(HeldWarm(ws, release))  # type: ignore[arg-type]
        app.state.warmer.start()
        client = login(TestClient(app, headers={"Accept-Language": "en"}), "viewer@example.com")
        wait_until(lambda: app.state.warmer.state().step == "Event inventory")
        page = client.get("/evidence/events")
        assert page.status_code == 503 and page.headers["retry-after"] == "3"
        assert "Computing…" in page.text and "Step 3 of 9 · Event inventory" in page.text
        assert 'http-equiv="refresh"' in page.text
        assert client.get("/api/warm").json() == {"running": True, "done": 2, "total": 9, "step": "Event inventory"}
        ja = client.get("/evidence/events", headers={"Accept-Language": "ja"})
        assert "計算中…" in ja.text and "9 段階中 3 段階目 · イベント棚卸し" in ja.text
        release.set()
        wait_until(lambda: not app.state.warmer.state().running)
        assert client.get("/api/warm").json()["running"] is False
        done = client.get("/evidence/events")
        assert done.status_code == 200 and "Event inventory" in done.text  # computed on request once no warm runs
    finally:
        release.set()
        ws.close()


def test_a_process_serving_pages_runs_long_work_one_date_at_a_time(tmp_path: Path,
                                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    ws = copied_world(tmp_path_factory, tmp_path)
    try:
        with ws.working_store() as before:  # a connection kept from earlier work follows too
            assert before.date_workers is None
        create_app(ws)
        assert ws.store.date_workers == 1
        with ws.working_store() as working:
            assert working is before and working.date_workers == 1
            other = working.sibling()
            assert other.date_workers == 1
            other.close()
    finally:
        ws.close()
