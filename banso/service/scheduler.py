"""The service's clock: APScheduler triggers the daily run, the current-score rounds and deliveries.

A well-kept scheduler rather than a loop of our own: cron triggers in the workspace's time zone
(daylight-saving changes included), intervals, one instance per job at a time, missed runs
coalesced into one, and a pool of threads so a long daily run does not hold up the five-minute
renewals. Each trigger calls one operation of the workspace, which records itself as a job.

    daily           schedule.run_at (cron, workspace zone) or schedule.run_every (interval)
    current_scores  schedule.current_scores (interval)
    current_alerts  schedule.current_alerts (interval), then the notifications are delivered
    deliver         every minute: notifications due (new alerts, retries with backoff)
    sync pull NAME  a connector's `every` (interval): `Workspace.sync_on_schedule`, as `banso sync pull NAME`
    sync push NAME  a push's or a segment sync's `every` (interval), as `banso sync push NAME`

Connectors wait on vendors' APIs, so their runs have threads of their own ("connectors"): a slow
CRM never holds up the daily run or the renewals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from banso.errors import BansoError
from banso.job_origins import SCHEDULE
from banso.values import utc_now

if TYPE_CHECKING:
    from banso.workspace import Workspace

log = logging.getLogger("banso.service")
DELIVER_EVERY = 60  # seconds
FIRST_SYNC_AFTER = 5  # seconds after start: the earliest an interval run that is due (or never ran) starts


def first_sync(last_started: datetime | None, every: int, now: datetime) -> datetime:
    """When a connector's interval run first fires after the service starts (naive UTC times).

    One interval after its last run, which may have been the daily run's or a command's; soon after
    start when that time has passed or it never ran. So a restart neither repeats a run that just
    happened nor postpones a long interval (a daily sync) by a whole interval each time.

    >>> start = datetime(2026, 5, 1, 9, 0)
    >>> first_sync(datetime(2026, 5, 1, 8, 50), 900, start)  # ran 10 minutes ago, every 15 minutes
    datetime.datetime(2026, 5, 1, 9, 5)
    >>> first_sync(datetime(2026, 4, 30, 9, 0), 3600, start)  # due long ago (no service ran)
    datetime.datetime(2026, 5, 1, 9, 0, 5)
    >>> first_sync(None, 86_400, start)
    datetime.datetime(2026, 5, 1, 9, 0, 5)
    """
    soon = now + timedelta(seconds=FIRST_SYNC_AFTER)
    return soon if last_started is None else max(last_started + timedelta(seconds=every), soon)


class Clock:
    """The scheduler of one workspace's service."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        zone = ws.config.timezone
        self.scheduler = BackgroundScheduler(
            timezone=zone,
            executors={"default": ThreadPoolExecutor(4), "connectors": ThreadPoolExecutor(2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        schedule = ws.config.schedule
        if schedule.run_at is not None:
            at = schedule.run_time()
            assert at is not None
            self.scheduler.add_job(self._daily, CronTrigger(hour=at.hour, minute=at.minute, timezone=zone),
                                   id="daily", name="daily run")
        elif schedule.run_every:
            self.scheduler.add_job(self._daily, IntervalTrigger(seconds=schedule.run_every, timezone=zone),
                                   id="daily", name="daily run")
        if schedule.current_scores:
            self.scheduler.add_job(self._current_scores, IntervalTrigger(seconds=schedule.current_scores, timezone=zone),
                                   id="current_scores", name="current scores",
                                   next_run_time=datetime.now(UTC) + timedelta(seconds=2))
        if schedule.current_alerts:
            self.scheduler.add_job(self._current_alerts, IntervalTrigger(seconds=schedule.current_alerts, timezone=zone),
                                   id="current_alerts", name="alert rules on current scores")
        self.scheduler.add_job(self._deliver, IntervalTrigger(seconds=DELIVER_EVERY, timezone=zone), id="deliver",
                               name="deliver notifications")

    def start(self) -> None:
        """Start the triggers; the connectors' interval runs are timed from their last runs (`first_sync`)."""
        now = utc_now()
        for run in self.ws.sync_intervals():
            what = f"sync {run.direction} {run.name}"
            first = first_sync(run.last_started, run.every, now).replace(tzinfo=UTC)
            self.scheduler.add_job(self._sync, IntervalTrigger(seconds=run.every, timezone=self.ws.config.timezone),
                                   args=(run.direction, run.name), id=what, name=what, executor="connectors",
                                   next_run_time=first)
        self.scheduler.start()

    def submit(self, work: Callable[[], None]) -> None:
        """Run `work` now on the scheduler's threads (run now, the end of an interrupted run)."""
        self.scheduler.add_job(work, name=getattr(work, "__name__", "work"), misfire_grace_time=None)

    def next_run(self) -> datetime | None:
        job = self.scheduler.get_job("daily")
        return None if job is None else job.next_run_time

    def stop(self) -> None:
        """No new work starts; what runs is left to the service's stop (it waits, then abandons it)."""
        self.scheduler.shutdown(wait=False)

    # -- what each trigger does ----------------------------------------------------------------------
    def _daily(self) -> None:
        job = self.scheduler.get_job("daily")
        due = None
        if job is not None and job.next_run_time is not None and self.ws.config.schedule.run_at is not None:
            due = (job.next_run_time - timedelta(days=1)).astimezone(UTC).replace(tzinfo=None)
        _quietly("daily run", lambda: self.ws.daily_run(SCHEDULE, scheduled_for=due))

    def _current_scores(self) -> None:
        _quietly("current scores", lambda: self.ws.renew_current_scores())

    def _current_alerts(self) -> None:
        def work() -> None:
            if self.ws.current_scores_now():
                self.ws.run_current_alerts()
                self.ws.deliver_notifications()

        _quietly("alert rules on current scores", work)

    def _deliver(self) -> None:
        _quietly("deliver notifications", lambda: self.ws.deliver_notifications())

    def _sync(self, direction: Literal["pull", "push"], name: str) -> None:
        """A connector's interval run (skipped when a run of it is going; see `Workspace.sync_on_schedule`)."""
        _quietly(f"sync {direction} {name}", lambda: self.ws.sync_on_schedule(direction, name))


def _quietly(what: str, work: Callable[[], object]) -> None:
    """Run scheduled work; its failure is logged (and recorded in its job) and the next trigger tries again."""
    try:
        work()
    except BansoError as exc:
        log.warning("%s: %s", what, exc)
    except Exception:
        log.exception("%s failed; it runs again at its next time", what)
