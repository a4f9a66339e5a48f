"""SIGKILL in the middle of a scheduled load and of a scheduled score: the store stays as before the step,
and the next start finishes the run."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pandas as pd

from tests.service.served import Served, set_config

NEW_EVENTS = 40


def _wait(path: Path, service: Served, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert service.proc.poll() is None, service.log.read_text()
        assert time.monotonic() < deadline, f"never paused:\n{service.log.read_text()}"
        time.sleep(0.2)


def _store(world: Path) -> tuple[int, int, int]:
    """(events, snapshot rows of the latest scored week's successor, distinct weeks) read directly."""
    with duckdb.connect(str(world / "banso.duckdb"), read_only=True) as con:
        events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        weeks = con.execute("SELECT count(DISTINCT as_of) FROM health_snapshots").fetchall()[0][0]
        newest = con.execute("SELECT count(*) FROM health_snapshots WHERE as_of = "
                             "(SELECT max(as_of) FROM health_snapshots)").fetchall()[0][0]
    return int(events), int(newest), int(weeks)


def test_killed_runs_leave_the_store_whole_and_finish_at_the_next_start(world: Path, serve: type[Served]) -> None:
    inbox = world / "inbox"
    inbox.mkdir()
    events = pd.read_parquet(world / "data" / "events").tail(NEW_EVENTS).copy()
    events["event_id"] = "late-" + events["event_id"]
    events.to_parquet(inbox / "late-events.parquet")
    set_config(world, "schedule:\n  run_every: 5s\n  current_scores: off\n  current_alerts: off\n"
                      "  folders:\n    product_events: inbox\n")
    before_events, _, weeks = _store(world)
    marker = world.parent / "paused"

    # 1. Killed inside the transaction loading the file.
    first = serve(world, env={"BANSO_FAULT_PAUSE": "sources:1", "BANSO_FAULT_MARKER": str(marker)})
    _wait(marker, first)
    first.kill()
    assert _store(world) == (before_events, _store(world)[1], weeks), "nothing of the file landed"

    # 2. The next start finishes the run: the file lands whole, then it is killed inside the snapshot write.
    marker.unlink()
    second = serve(world, env={"BANSO_FAULT_PAUSE": "score:2", "BANSO_FAULT_MARKER": str(marker)})
    _wait(marker, second)
    second.kill()
    events_now, _, weeks_now = _store(world)
    assert events_now == before_events + NEW_EVENTS, "the file landed whole, once"
    assert weeks_now == weeks, "no partial snapshot week"

    # 3. A clean start finishes the score and the rest of the run.
    third = serve(world).wait_ready()
    web = third.client()
    deadline = time.monotonic() + 240
    finished = []
    while time.monotonic() < deadline and not finished:
        runs = web.get("/api/jobs", params={"kind": "daily_run"}).json()
        finished = [r for r in runs if r["status"] == "done" and r["resumes"]]
        time.sleep(1)
    assert finished, runs
    by_id = {r["id"]: r for r in runs}
    interrupted = [r for r in runs if r["status"] == "interrupted"]
    assert len(interrupted) >= 2
    resumed = finished[-1]
    assert by_id[resumed["resumes"]]["status"] == "interrupted"
    assert resumed["steps"][0]["name"] == "score", "the finished run starts at the step that was cut short"
    assert third.stop() == 0
    events_end, newest, weeks_end = _store(world)
    assert events_end == before_events + NEW_EVENTS
    assert weeks_end == weeks + 1 and newest > 0, "the week was scored whole"
