"""Current scores: the weekly model over windows ending today, renewed for the accounts that got events."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import httpx

from banso.health.current import renew
from banso.workspace import Workspace
from tests.service.served import Served, set_config


def test_the_current_score_is_the_weekly_model_when_the_windows_end_together(world: Path) -> None:
    with Workspace.open(world) as ws:
        week = ws.latest_as_of()
        assert week is not None
        snapshot = ws.scores(as_of=week).set_index("account_id")["score"]
        # At noon of the Sunday before that Monday (workspace zone), today's windows end where the week's do.
        noon = datetime(week.year, week.month, week.day, 12) - timedelta(days=1) - timedelta(hours=9)  # JST -> UTC
        with ws.working_store() as store:
            out = renew(store, ws.config, now=noon, full=True)
        assert out.full and out.scored == len(snapshot)
        now = {a: c.score for a, c in ws.current_scores_now().items() if c.score is not None}
    assert set(now) == set(snapshot.index)
    assert max(abs(now[a] - snapshot[a]) for a in now) < 1e-9


def _current(world: Path) -> dict[str, tuple[float | None, str]]:
    with duckdb.connect(str(world / "banso.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT account_id, score, CAST(as_of AS VARCHAR) FROM current_scores").fetchall()
    return {a: (s, t) for a, s, t in rows}


def test_events_sent_to_the_collector_renew_that_account_only(world: Path, serve: type[Served]) -> None:
    set_config(world, "schedule:\n  current_scores: 5s\n  current_alerts: off\nservice:\n  collect: true\n")
    with duckdb.connect(str(world / "banso.duckdb")) as con:
        # The collector would give these to their user's account at its start: other accounts with new
        # events. Without them, the batch below is the only news.
        con.execute("DELETE FROM events WHERE account_id IS NULL")
    with Workspace.open(world) as ws:
        key = ws.add_source("product", "segment")[1]
        members = ws.account_page("A000003", language="en").members
    service = serve(world).wait_ready()
    web = service.client()

    def current(account: str) -> dict[str, object] | None:
        return web.get(f"/api/accounts/{account}").json()["current"]  # type: ignore[no-any-return]

    deadline = time.monotonic() + 120
    while current("A000003") is None and time.monotonic() < deadline:  # the first round renews everyone
        time.sleep(0.5)
    # At its start the collector gives events without an account to their user's only account, and the
    # next round renews those accounts: wait until two rounds pass with nothing new.
    settled, stable_since = _rows(web), time.monotonic()
    while time.monotonic() - stable_since < 12 and time.monotonic() < deadline + 60:
        time.sleep(1)
        now = _rows(web)
        if now != settled:
            settled, stable_since = now, time.monotonic()
    first = current("A000003")
    assert first is not None
    others_before = {a: v for a, v in settled.items() if a != "A000003"}

    sent = datetime.now(UTC)
    batch = {"batch": [{"type": "track", "messageId": f"now-{i}", "userId": members[i % len(members)].user_id,
                        "event": "issue_created", "timestamp": sent.isoformat(),
                        "context": {"groupId": "A000003"}} for i in range(60)]}
    r = httpx.post(service.url + "/v1/batch", content=json.dumps(batch), auth=(key, ""),
                   headers={"Content-Type": "application/json"}, timeout=30)
    assert r.status_code == 200, r.text
    deadline = time.monotonic() + 60
    renewed = first
    while time.monotonic() < deadline:
        renewed = current("A000003")
        assert renewed is not None
        if renewed["as_of"] != first["as_of"]:
            break
        time.sleep(0.5)
    took = time.monotonic() - (deadline - 60)
    assert renewed["as_of"] != first["as_of"], "the account with new events was renewed"
    assert renewed["score"] != first["score"], "and its score moved (the events of today count)"
    assert took < 30, f"renewed {took:.0f} s after the acknowledgement (interval 5 s, compaction every 2 s)"
    assert {a: v for a, v in _rows(web).items() if a != "A000003"} == others_before, "nobody else was recomputed"
    page = web.get("/accounts/A000003", params={"lang": "en"}).text
    assert 'id="current-score"' in page and "score as of" in page
    assert service.stop() == 0


def _rows(web: httpx.Client) -> dict[str, object]:
    """Every account's current score and its time, from the accounts list."""
    out: dict[str, object] = {}
    page = 1
    while True:
        body = web.get("/api/accounts", params={"page": page, "per_page": 200}).json()
        for row in body["rows"]:
            out[row["account_id"]] = row["current"]
        if page >= body["pages"]:
            return out
        page += 1
