"""History charts leave out the warm-up weeks: snapshots whose windows reach before the first event, where
every account looks quiet (the index would start near −100 pt). While every snapshot is one, they are
drawn, shaded and labelled. The JSON keeps every snapshot, each marked `partial`.

The literal world's first event is A4's on 2026-06-02; the default model reads up to 56 days (growth
compares two 28-day windows), so its windows lie inside the history from 2026-07-28 (`health.coverage`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import chart_of, copied_world, login

COMPLETE_FROM = date(2026, 7, 28)


def _client(ws: Workspace) -> TestClient:
    return login(TestClient(create_app(ws), raise_server_exceptions=False,  # type: ignore[arg-type]
                            headers={"Accept-Language": "en"}), "admin@example.com")


@pytest.fixture(scope="module")
def long_history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, Path(tmp_path_factory.mktemp("warm")))
    ws.score(as_of=date(2026, 11, 9), backfill_weeks=20)  # 2026-06-22 … 2026-11-09
    yield ws
    ws.close()


def test_the_coverage_starts_where_the_windows_fit(long_history: Workspace) -> None:
    cov = long_history.coverage()
    assert (cov.first_event, cov.days, cov.complete_from) == (date(2026, 6, 2), 56, COMPLETE_FROM)


def test_the_overview_leaves_out_the_warm_up_weeks(long_history: Workspace) -> None:
    client = _client(long_history)
    body = client.get("/api/overview").json()
    points = body["composition"]
    assert body["complete_from"] == COMPLETE_FROM.isoformat()
    assert [p["partial"] for p in points] == [date.fromisoformat(p["as_of"]) < COMPLETE_FROM for p in points]
    warm = [p["as_of"] for p in points if p["partial"]]
    whole = [p["as_of"] for p in points if not p["partial"]]
    assert (warm[-1], whole[0], whole[-1]) == ("2026-07-27", "2026-08-03", "2026-11-09") and len(warm) >= 3
    page = client.get("/").text
    for name in ("composition", "index"):
        figure = chart_of(page, name)
        assert all(trace["x"] == whole for trace in figure["data"])  # type: ignore[index]
        # no warm-up shade (the dotted lines mark the touchpoint metrics joining late: test_metrics_joined)
        assert [s for s in figure["layout"].get("shapes", []) if s["type"] == "rect"] == []  # type: ignore[attr-defined]
    assert 'data-warm-up="left-out"' in page and f"The {len(warm)} warm-up weeks before Jul 28, 2026 are left out" in page
    assert 'id="index-warm-up"' not in page  # the latest snapshot is whole


def test_the_account_history_leaves_them_out_too(long_history: Workspace) -> None:
    client = _client(long_history)
    history = client.get("/api/accounts/A1").json()["health"]["history"]
    assert [h["partial"] for h in history] == [date.fromisoformat(h["as_of"]) < COMPLETE_FROM for h in history]
    figure = chart_of(client.get("/accounts/A1").text, "history")
    assert figure["data"][0]["x"] == [h["as_of"] for h in history if not h["partial"]]  # type: ignore[index]


def test_a_young_workspace_sees_its_warm_up_weeks_shaded(tmp_path: Path,
                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    ws = copied_world(tmp_path_factory, tmp_path)
    try:
        ws.score(as_of=date(2026, 7, 27), backfill_weeks=3)  # every snapshot before 2026-07-28
        client = _client(ws)
        points = client.get("/api/overview").json()["composition"]
        assert len(points) >= 2 and all(p["partial"] for p in points)
        page = client.get("/").text
        figure = chart_of(page, "index")
        assert figure["data"][0]["x"] == [p["as_of"] for p in points]  # type: ignore[index]
        assert figure["layout"]["shapes"][0]["x0"] == points[0]["as_of"]  # type: ignore[index]
        assert 'data-warm-up="shaded"' in page and 'id="index-warm-up"' in page
        ja = client.get("/", headers={"Accept-Language": "ja"}).text
        assert "助走期間" in ja
    finally:
        ws.close()
