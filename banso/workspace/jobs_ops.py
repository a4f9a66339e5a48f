"""Jobs through the facade: recording what runs (`Recorder`), listing it (`banso jobs`, the Jobs page)
and saying how fresh the data is (`freshness`, the overview's line)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from banso.job_view import JobInfo
from banso.values import Moment, utc_now
from banso.workspace.base import WorkspaceBase

PROGRESS_EVERY = 1.0  # seconds between progress writes to the application state


@dataclass(frozen=True)
class Freshness:
    """When the data and the scores were last renewed, and whether the daily run is in trouble.

    Times are UTC (naive). `failed`: the latest daily run failed or was cut short and none has
    succeeded since; `late`: a daily run was due more than `schedule.late_after` ago and none
    has started since; `quiet_days`: no event has arrived for that many whole days (at least
    `banso.status.QUIET_DAYS`), so loads or the collector may have stopped while the current scores, whose
    windows end today, count every account as quiet.
    """

    data_renewed_at: Moment | None
    scores_renewed_at: Moment | None
    current_scores_at: Moment | None
    last_run: JobInfo | None
    last_success_at: Moment | None
    next_run_at: Moment | None
    scheduled: bool
    failed: bool
    late: bool
    due_at: Moment | None  # the due time a late run missed
    last_event_at: Moment | None = None  # the newest stored event
    quiet_days: int | None = None


@dataclass(frozen=True)
class JobsView:
    """The Jobs page: the jobs, how fresh things are, and whether a daily run is going."""

    jobs: list[JobInfo]
    freshness: Freshness
    running: bool


class Recorder:
    """One job being recorded: its progress (written at most once a second), steps, counts and end."""

    def __init__(self, ws: JobOps, job_id: int):
        self.ws = ws
        self.id = job_id
        self.counts: dict[str, Any] = {}
        self._written = 0.0

    def progress(self, fraction: float | None, text: str | None, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._written < PROGRESS_EVERY:
            return
        self._written = now
        from banso.appstate import jobs

        with self.ws.app_state.session() as s:
            jobs.set_progress(s, self.id, fraction, text)

    def step_started(self, name: str) -> None:
        from banso.appstate import jobs

        with self.ws.app_state.session() as s:
            jobs.step_started(s, self.id, name)

    def step_finished(self, name: str, counts: dict[str, Any] | None = None, error: str | None = None,
                      skipped: bool = False) -> None:
        from banso.appstate import jobs

        with self.ws.app_state.session() as s:
            jobs.step_finished(s, self.id, name, counts=counts, error=error, skipped=skipped)

    def interrupted(self, reason: str) -> None:
        """End the job as interrupted (a stopping service abandoned it)."""
        from banso.appstate import jobs

        with self.ws.app_state.session() as s:
            jobs.interrupt(s, self.id, reason)

    def finish(self, error: str | None = None) -> None:
        from banso.appstate import jobs

        with self.ws.app_state.session() as s:
            jobs.finish(s, self.id, error=error, counts=self.counts)


class JobOps(WorkspaceBase):
    def start_job(self, kind: str, what: str, started_by: str, *, steps: list[str] | None = None,
                  resumes: int | None = None, scheduled_for: datetime | None = None,
                  began: datetime | None = None) -> Recorder:
        """Record a job starting now in this process (or that began at `began`); the `Recorder` notes its
        progress and its end."""
        from banso.appstate import jobs

        with self.app_state.session() as s:
            job_id = jobs.start(s, kind, what, started_by, steps=steps, resumes=resumes, scheduled_for=scheduled_for,
                                began=began)
        return Recorder(self, job_id)

    def jobs(self, *, kinds: tuple[str, ...] | None = None, limit: int = 100) -> list[JobInfo]:
        """The newest jobs first (`banso jobs`, the Jobs page)."""
        from banso.appstate import jobs

        with self.app_state.session() as s:
            return jobs.listing(s, kinds=kinds, limit=limit)

    def jobs_view(self, *, kinds: tuple[str, ...] | None = None, limit: int = 200) -> JobsView:
        return JobsView(self.jobs(kinds=kinds, limit=limit), self.freshness(),
                        self.named_lock("daily_run").locked())

    def job(self, job_id: int) -> JobInfo:
        from banso.appstate import jobs

        with self.app_state.session() as s:
            return jobs.get(s, job_id)

    def freshness(self, now: datetime | None = None) -> Freshness:
        """When data, scores and current scores were last renewed; is the daily run failing or late?"""
        from banso.appstate import jobs
        from banso.health.current import last_round
        from banso.status import days_quiet, newest_event, renewed_at

        now = now or utc_now()
        with self.lock:
            data_at, scores_at = renewed_at(self.store)
            current_at = last_round(self.store)
            # DuckDB answers from its column statistics, the collector's appends included; a warehouse would
            # scan its events on every overview, and only loads bring it new ones: once per data version.
            last_event = (newest_event(self.store) if self.store.engine == "duckdb"
                          else self.reads.get("newest_event", lambda: newest_event(self.store)))
        with self.app_state.session() as s:
            last = jobs.latest(s, "daily_run")
            success = jobs.latest(s, "daily_run", status=("done",))
        schedule = self.config.schedule
        due, following = self._due_times(now, last)
        late = (schedule.has_run and due is not None and now - due > timedelta(seconds=schedule.late_after)
                and (last is None or (last.started_at or last.created_at) < due)
                and (last is not None or self._watching_since(due)))
        failed = last is not None and last.status in ("failed", "interrupted")
        return Freshness(data_renewed_at=data_at, scores_renewed_at=scores_at, current_scores_at=current_at,
                         last_run=last, last_success_at=success.finished_at if success else None,
                         next_run_at=following, scheduled=schedule.has_run, failed=failed, late=late,
                         due_at=due if late else None, last_event_at=last_event,
                         quiet_days=days_quiet(last_event, now))

    def _watching_since(self, due: datetime) -> bool:
        """Whether a service was already running this workspace at `due` (else nothing was missed)."""
        started = getattr(self, "service_started_at", None)
        return started is not None and started < due

    def _due_times(self, now: datetime, last: JobInfo | None) -> tuple[datetime | None, datetime | None]:
        """The latest due time of the daily run at or before `now`, and the next one after it (UTC)."""
        schedule = self.config.schedule
        if schedule.run_every:
            if last is None:
                return None, None
            start = last.started_at or last.created_at
            return start + timedelta(seconds=schedule.run_every), start + timedelta(seconds=schedule.run_every)
        at = schedule.run_time()
        if at is None:
            return None, None
        zone = ZoneInfo(self.config.timezone)
        local_now = now.replace(tzinfo=UTC).astimezone(zone)
        today = datetime.combine(local_now.date(), at, tzinfo=zone)
        due = today if today <= local_now else today - timedelta(days=1)
        following = due + timedelta(days=1)
        return (due.astimezone(UTC).replace(tzinfo=None), following.astimezone(UTC).replace(tzinfo=None))
