"""A connector's own interval (`every:`): the run the service's scheduler makes is a job with its counts, and
it never overlaps another run of the same pull (it is skipped; the daily run and commands wait for it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from banso.demo.vendors.intercom import IntercomServer
from banso.workspace import Workspace
from banso.workspace.sync_ops import Rhythm
from tests.connectors.conftest import configure

CONFIG = """
connectors:
  chat:
    type: intercom
    url: {url}
    every: 15m
    pull: {{companies: {{}}}}
segment_syncs:
  risk_file: {{segment: At risk, to: {{type: file, path: out/risk.csv}}, every: 24h, daily_run: false}}
"""


@pytest.fixture
def chat(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Workspace, IntercomServer]]:
    monkeypatch.setenv("BANSO_CONNECTOR_CHAT_TOKEN", "dG9rOmJhbnNv")
    with IntercomServer().serve() as server:
        server.add_company("acc-1", "Acme", id="c1")
        server.add_company("acc-2", "Beta", id="c2")
        server.add_company(None, "Lead Co", id="c3")  # no id of yours: skipped
        yield configure(ws, CONFIG.format(url=server.url)), server


def test_an_interval_run_is_a_job_with_the_pulls_counts(chat: tuple[Workspace, IntercomServer]) -> None:
    ws, _ = chat
    assert [(i.name, i.direction, i.every, i.last_started) for i in ws.sync_intervals()] == [
        ("chat", "pull", 900, None), ("risk_file", "push", 86400, None)]
    job = ws.sync_on_schedule("pull", "chat")
    assert job is not None
    assert (job.kind, job.what, job.started_by, job.status) == ("sync", "sync pull chat", "schedule", "done")
    assert job.counts == {"read": 3, "inserted": 2, "updated": 0, "unchanged": 0, "skipped": 1}
    (run,) = ws.sync_runs("chat")  # the same run `banso sync pull chat` records
    assert run.status == "ok" and run.rows == 2
    assert ws.sync_intervals()[0].last_started == run.started_at  # the next interval is timed from it

    listed = {c.name: c for c in ws.connections().connections}
    assert (listed["chat"].pull_rhythm, listed["chat"].push_rhythm) == (Rhythm(900, True), None)
    assert (listed["risk_file"].pull_rhythm, listed["risk_file"].push_rhythm) == (None, Rhythm(86400, False))


def test_an_interval_run_fails_into_its_job(chat: tuple[Workspace, IntercomServer],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from banso.errors import CredentialsError

    ws, _ = chat
    monkeypatch.delenv("BANSO_CONNECTOR_CHAT_TOKEN")
    with pytest.raises(CredentialsError):
        ws.sync_on_schedule("pull", "chat")
    (job,) = ws.jobs(kinds=("sync",))
    assert job.status == "failed" and "BANSO_CONNECTOR_CHAT_TOKEN" in (job.error or "")


def test_a_pull_going_skips_the_interval_and_the_daily_run_waits(chat: tuple[Workspace, IntercomServer]) -> None:
    ws, server = chat
    going = ws.reentrant_lock("sync pull chat")  # what a pull of chat holds while it runs
    taken, release = threading.Event(), threading.Event()

    def a_pull_going() -> None:
        with going:
            taken.set()
            release.wait(10)

    holder = threading.Thread(target=a_pull_going)
    holder.start()
    taken.wait(10)
    assert ws.sync_on_schedule("pull", "chat") is None  # skipped: no job, no request to the vendor
    assert ws.jobs(kinds=("sync",)) == [] and server.requests("GET", "/companies/scroll") == []

    daily = threading.Thread(target=ws.sync_daily, args=("pull",))
    daily.start()
    daily.join(0.5)
    assert daily.is_alive() and ws.sync_runs("chat") == []  # waiting for the pull going
    release.set()
    holder.join(10)
    daily.join(30)
    assert not daily.is_alive() and [r.status for r in ws.sync_runs("chat")] == ["ok"]

