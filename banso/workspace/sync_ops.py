"""Connectors through the facade: pull from CRMs and help desks, push results back, sync segments.

`banso sync pull|push NAME`, the Connections page and the service's daily run all call these. Each run
is recorded in the application state with its counts (`sync_runs`), success or failure.

    ws.sync_pull("salesforce")                  # what changed since the last good pull, all or nothing
    ws.sync_push("salesforce", dry_run=True)    # the fields that would change; nothing is sent
    ws.sync_push("at_risk_to_hubspot")          # a segment sync: the list gets who joined and who left

The daily run calls `sync_daily("pull")` before loading files and scoring, and `sync_daily("push")` at
its end (after alerts and playbooks), so the CRM receives the day's scores. A pull, push or segment
sync with `every:` also runs at that interval in the service (`sync_on_schedule`, a job of kind
`sync`). Two runs of the same connector and direction never overlap: each holds its lock (`sync pull
NAME`, `sync push NAME`) while it runs, and a command or the daily run waits for the one going.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from banso.i18n import N_, phrase
from banso.job_origins import SCHEDULE
from banso.job_progress import SYNC
from banso.workspace.delegate import handed_over
from banso.workspace.page_reads import PageReads

if TYPE_CHECKING:
    from banso.appstate.sync import RunInfo
    from banso.connectors import PullResult
    from banso.ingest.loader import Progress
    from banso.job_view import JobInfo
    from banso.sinks import AccountValues, PushResult, SegmentMember, SegmentResult


@dataclass(frozen=True)
class RunSummary:
    """A connector's latest run in one direction, as the Connections page lists it."""

    status: str
    started_at: str
    ended_at: str | None
    rows: int
    dry_run: bool
    error: str | None
    counts: dict[str, int]


@dataclass(frozen=True)
class Rhythm:
    """When a pull, or a push or segment sync, runs by itself: at its own interval and/or in the daily run."""

    every: int  # seconds between runs of its own (`every:` in banso.yaml); 0: none
    daily_run: bool


@dataclass(frozen=True)
class Interval:
    """A pull, push or segment sync with its own interval, and when it last ran for real (not a dry run)."""

    name: str
    direction: Literal["pull", "push"]  # a segment sync is sent by `sync_push`
    every: int  # seconds
    last_started: datetime | None  # UTC, naive


@dataclass(frozen=True)
class Connection:
    """One configured connector or segment sync, what it does and how its last runs went."""

    name: str
    vendor: str  # salesforce, hubspot, zendesk, intercom, or the segment sync's target type
    kind: Literal["connector", "segment_sync"]
    pulls: list[str]  # the objects it reads
    pushes: list[str]  # the CRM fields it writes, or the segment it sends
    credentials: list[str]  # the environment variables it reads its credentials from
    credentials_set: bool
    daily_run: bool  # its pull (a connector) or its sync (a segment sync) is part of the daily run
    pull_rhythm: Rhythm | None  # None: it pulls nothing
    push_rhythm: Rhythm | None  # None: it pushes nothing
    last_pull: RunSummary | None
    last_push: RunSummary | None
    rows_moved: int


@dataclass(frozen=True)
class RunRow:
    """One run in the list of recent runs."""

    id: int
    name: str
    direction: str  # pull, push or segment
    dry_run: bool
    status: str
    started_at: str
    ended_at: str | None
    rows: int
    counts: dict[str, int]
    error: str | None


@dataclass(frozen=True)
class Connections:
    connections: list[Connection]
    runs: list[RunRow]  # the latest runs of every connector and segment sync, newest first


class SyncOps(PageReads):
    _syncs_going: frozenset[str] = frozenset()  # interval runs in progress (`sync_going`)

    # -- pulls -----------------------------------------------------------------------------------
    @handed_over()
    def sync_pull(self, name: str, *, full: bool = False, progress: Progress | None = None) -> PullResult:
        """Pull connector `name`: read what changed since its cursor, load it all or nothing, move the cursor.

        A pull of the same connector going in this process (the daily run's, an interval's) is waited for.
        """
        from banso.connectors import pull

        with self.reentrant_lock(f"sync pull {name}"):
            result = pull(self.working_store, self.app_state, self.config, name, full=full, progress=progress)
        self.reads.renew()
        return result

    # -- pushes and segment syncs ----------------------------------------------------------------
    @handed_over()
    def sync_push(self, name: str, *, dry_run: bool = False, progress: Progress | None = None
                  ) -> PushResult | SegmentResult:
        """Push results to CRM connector `name`, or send segment sync `name`; `dry_run` sends nothing.

        A push or sync of the same name going in this process (the daily run's, an interval's) is waited for.
        """
        with self.reentrant_lock(f"sync push {name}"):
            return self._push(name, dry_run, progress)

    def _push(self, name: str, dry_run: bool, progress: Progress | None) -> PushResult | SegmentResult:
        from banso.errors import ConnectorError

        if name in self.config.segment_syncs:
            return self._sync_segment(name, dry_run)
        conn = self.config.connectors.get(name)
        if conn is None or getattr(conn, "push", None) is None:
            names = [n for n, c in self.config.connectors.items() if getattr(c, "push", None)]
            names += list(self.config.segment_syncs)
            raise ConnectorError(f"nothing named {name!r} pushes: banso.yaml has no connector with `push:` and no "
                                 f"segment sync of that name (those that push: {', '.join(names) or 'none'})")
        from banso.sinks import push

        values, warnings = self._push_values(conn.push)  # type: ignore[union-attr]
        return push(self.app_state, self.config, name, values, dry_run=dry_run, warnings=warnings, progress=progress)

    def sync_daily(self, direction: Literal["pull", "push"]) -> dict[str, str | None]:
        """Every connector (pull) or every push and segment sync (push) marked `daily_run`; name -> error or None.

        One failing connector does not stop the others; each run is recorded either way.
        """
        from banso.errors import BansoError

        if direction == "pull":
            names = [n for n, c in self.config.connectors.items() if c.pull and c.daily_run]
        else:
            names = [n for n, c in self.config.connectors.items()
                     if getattr(c, "push", None) is not None and c.push.daily_run]  # type: ignore[union-attr]
            names += [n for n, s in self.config.segment_syncs.items() if s.daily_run]
        out: dict[str, str | None] = {}
        for name in names:
            try:
                if direction == "pull":
                    self.sync_pull(name)
                else:
                    self.sync_push(name)
                out[name] = None
            except BansoError as exc:
                out[name] = str(exc)
        return out

    # -- at their own intervals (the service's scheduler) -------------------------------------------
    def sync_intervals(self) -> list[Interval]:
        """Every pull, push and segment sync with `every:` in banso.yaml, and when each last ran for real."""
        from banso.appstate.sync import last_runs

        with self.app_state.session() as s:
            last = last_runs(s, dry_runs=False)
        out = []
        for name, conn in self.config.connectors.items():
            if conn.every and conn.pull:
                out.append(Interval(name, "pull", conn.every, _started(last.get((name, "pull")))))
            push = getattr(conn, "push", None)
            if push is not None and push.every:
                out.append(Interval(name, "push", push.every, _started(last.get((name, "push")))))
        for name, sync in self.config.segment_syncs.items():
            if sync.every:
                out.append(Interval(name, "push", sync.every, _started(last.get((name, "segment")))))
        return out

    def sync_on_schedule(self, direction: Literal["pull", "push"], name: str, started_by: str = SCHEDULE
                         ) -> JobInfo | None:
        """`sync_pull(name)` or `sync_push(name)` as a job of its own (kind `sync`, with the run's counts).

        What the service's scheduler runs at a pull's, push's or segment sync's `every`. When a run of the
        same connector and direction is going already (the daily run's, a command's), this one is
        skipped and returns None: that run reads or sends what this one would, and the next interval
        comes. The daily run and commands, the other way round, wait for an interval's run to end and
        then move only what changed meanwhile. A failure is recorded in the job and raised.
        """
        from banso.errors import BansoError

        lock = self.reentrant_lock(f"sync {direction} {name}")  # the lock sync_pull / sync_push take
        if not lock.acquire(blocking=False):
            logging.getLogger("banso.service").info("sync %s %s: skipped, a run of it is going already",
                                                    direction, name)
            return None
        what = phrase(SYNC, direction=direction, connector=name)
        with self.lock:
            self._syncs_going = self._syncs_going | {what}
        try:
            job = self.start_job("sync", what, started_by)

            def progress(done: int, total: int, text: str) -> None:
                job.progress(done / total if total else None, text)

            try:
                result = (self.sync_pull(name, progress=progress) if direction == "pull"
                          else self.sync_push(name, progress=progress))
            except Exception as exc:
                job.finish(error=str(exc) if isinstance(exc, BansoError) else f"{type(exc).__name__}: {exc}")
                raise
            job.counts = result.job_counts()
            job.finish()
            return self.job(job.id)
        finally:
            with self.lock:
                self._syncs_going = self._syncs_going - {what}
            lock.release()

    def sync_going(self) -> bool:
        """Whether an interval run is going (a stopping service gives it time to end, as to the daily run)."""
        return bool(self._syncs_going)

    def _push_values(self, settings: Any) -> tuple[list[AccountValues], list[str]]:
        """What each account's CRM fields should hold: the latest snapshot, current alerts, segments, tasks."""
        from banso.errors import ConnectorError
        from banso.sinks import AccountValues
        from banso.values import as_float, or_none

        if self.latest_as_of() is None:
            raise ConnectorError(N_("banso has no health scores yet: run `banso score` first, then push"))
        scores = self.scores()
        alerts = self._current_alerts()
        segments = {ref: self._segment_accounts(ref) for ref in settings.segments}
        tasks, warnings = self._open_tasks() if settings.fields.open_tasks else ({}, [])
        accounts = set(scores["account_id"].astype(str)) | set(alerts)
        for members in segments.values():
            accounts |= {m.account_id for m in members}
        by_id = {str(r["account_id"]): r for r in scores.to_dict("records")}
        values = []
        for account in sorted(accounts):
            row = by_id.get(account, {})
            values.append(AccountValues(
                account_id=account, score=as_float(row.get("score")), band=or_none(row.get("band")),
                trend=as_float(row.get("trend")), reasons=tuple(row.get("top_reasons") or ()),
                alerts=tuple(alerts.get(account, ())),
                open_tasks=int(tasks.get(account, 0)) if settings.fields.open_tasks else None,
                segments=frozenset(ref for ref, members in segments.items()
                                   if account in {m.account_id for m in members})))
        return values, warnings

    def _current_alerts(self) -> dict[str, list[str]]:
        """Open and acknowledged alerts per account, as `rule: reason` lines in the workspace's language (the rule
        by its label: the CRM's reader is a person)."""
        from banso.appstate.alerts import listing
        from banso.signals.rule_labels import rule_labels

        language = self.config.language
        labels = rule_labels(self.config, language)
        out: dict[str, list[str]] = {}
        with self.app_state.session() as s:
            for a in listing(s, today=date.today(), statuses=("open", "acknowledged"), limit=1_000_000):
                if a.account_id != "*":
                    out.setdefault(a.account_id, []).append(f"{labels.get(a.rule, a.rule)}: {a.reason(language)}")
        return out

    def _open_tasks(self) -> tuple[dict[str, int], list[str]]:
        """Open tasks per account (`banso.appstate.tasks`); an account without one gets 0."""
        from banso.appstate.tasks import open_task_counts

        with self.app_state.session() as s:
            return open_task_counts(s), []

    def _segment_accounts(self, ref: str | int) -> list[SegmentMember]:
        """The members of a saved segment named in banso.yaml, with the facts a marketing tool can use."""
        from banso.appstate.sync import segment_by_ref
        from banso.config.segment import SegmentSpec
        from banso.sinks import SegmentMember
        from banso.values import as_float, or_none, records

        with self.app_state.session() as s:
            _, _, spec_json = segment_by_ref(s, ref)
        spec = self.checked_segment(SegmentSpec.model_validate(json.loads(spec_json)))
        rows = records(self.account_rows(spec))
        return [SegmentMember(account_id=str(r["account_id"]), name=or_none(r.get("name")), owner=or_none(r.get("owner")),
                              tier=or_none(r.get("tier")), plan=or_none(r.get("plan")), mrr=as_float(r.get("mrr")),
                              score=as_float(r.get("score")), band=or_none(r.get("band"))) for r in rows]

    def _sync_segment(self, name: str, dry_run: bool) -> SegmentResult:
        from banso.appstate.sync import segment_by_ref
        from banso.sinks import sync_segment

        sync = self.config.segment_syncs[name]
        with self.app_state.session() as s:
            _, segment, _ = segment_by_ref(s, sync.segment)
        members = self._segment_accounts(sync.segment)
        return sync_segment(self.app_state, self.config, self.root, name, segment, members, dry_run=dry_run)

    # -- what the Connections page shows ---------------------------------------------------------
    def sync_runs(self, name: str | None = None, limit: int = 50) -> list[RunInfo]:
        """The latest runs (pulls, pushes, segment syncs), newest first."""
        from banso.appstate.sync import recent_runs

        with self.app_state.session() as s:
            return recent_runs(s, name, limit)

    def forget_cursors(self, name: str) -> int:
        """Make connector `name` read everything again on its next pull."""
        from banso.appstate.sync import forget_cursors

        with self.app_state.session() as s:
            return forget_cursors(s, name)

    def connections(self, limit: int = 30) -> Connections:
        """Every connector and segment sync with its last runs, rows moved and errors."""
        import os

        from banso.appstate.sync import last_runs, moved_rows, recent_runs
        from banso.config.connectors import credential_vars

        with self.app_state.session() as s:
            last = last_runs(s)
            moved = moved_rows(s)
            runs = recent_runs(s, None, limit)
        out = []
        for name, conn in self.config.connectors.items():
            push = getattr(conn, "push", None)
            fields = [f for f in (push.fields.model_dump().values() if push else ()) if f]
            variables = credential_vars(name, conn.type)
            out.append(Connection(
                name=name, vendor=conn.type, kind="connector", pulls=[str(o) for o in conn.pull],
                pushes=fields + (list(push.segments.values()) if push else []), credentials=variables,
                credentials_set=all(os.environ.get(v) for v in variables), daily_run=conn.daily_run,
                pull_rhythm=Rhythm(conn.every, conn.daily_run) if conn.pull else None,
                push_rhythm=Rhythm(push.every, push.daily_run) if push else None,
                last_pull=_summary(last.get((name, "pull"))), last_push=_summary(last.get((name, "push"))),
                rows_moved=moved.get(name, 0)))
        for name, sync in self.config.segment_syncs.items():
            env = [v for v in (getattr(sync.to, "url_env", None), getattr(sync.to, "secret_env", None)) if v]
            out.append(Connection(
                name=name, vendor=sync.to.type, kind="segment_sync", pulls=[], pushes=[f"segment {sync.segment}"],
                credentials=env, credentials_set=all(os.environ.get(v) for v in env), daily_run=sync.daily_run,
                pull_rhythm=None, push_rhythm=Rhythm(sync.every, sync.daily_run), last_pull=None,
                last_push=_summary(last.get((name, "segment"))), rows_moved=moved.get(name, 0)))
        return Connections(out, [_run_row(r) for r in runs])


def _started(run: RunInfo | None) -> datetime | None:
    return None if run is None else run.started_at


def _summary(run: RunInfo | None) -> RunSummary | None:
    if run is None:
        return None
    return RunSummary(status=run.status, started_at=run.started_at.isoformat(timespec="seconds"),
                      ended_at=run.ended_at.isoformat(timespec="seconds") if run.ended_at else None, rows=run.rows,
                      dry_run=run.dry_run, error=run.error, counts=run.counts)


def _run_row(run: RunInfo) -> RunRow:
    return RunRow(id=run.id, name=run.connector, direction=run.direction, dry_run=run.dry_run, status=run.status,
                  started_at=run.started_at.isoformat(timespec="seconds"),
                  ended_at=run.ended_at.isoformat(timespec="seconds") if run.ended_at else None, rows=run.rows,
                  counts=run.counts, error=run.error)
