"""The service's clock: APScheduler triggers the daily run, the current-score rounds and deliveries.

A well-kept scheduler rather than a loop of our own: cron triggers in the workspace's time zone
(daylight-saving changes included), intervals, one instance per job at a time, missed runs
coalesced into one, and a pool of threads so a long daily run does not hold up the five-minute
renewals. Each trigger calls one operation of the workspace, which records itself as a job.

    daily           schedule.run_at (cron, workspace zone) or schedule.run_every (interval)
    current_scores  schedule.current_scores (interval)
    current_alerts  schedule.current_alerts (interval), then the notifications are delivered
    deliver         every minute: notifications due (new alerts, retries with backoff)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from banso.errors import BansoError

if TYPE_CHECKING:
    from banso.workspace import Workspace

log = logging.getLogger("banso.service")
DELIVER_EVERY = 60  # seconds


class Clock:
    """The scheduler of one workspace's service."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        zone = ws.config.timezone
        self.scheduler = BackgroundScheduler(
            timezone=zone,
            executors={"default": ThreadPoolExecutor(4)},
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
        _quietly("daily run", lambda: self.ws.daily_run("schedule", scheduled_for=due))

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


def _quietly(what: str, work: Callable[[], object]) -> None:
    """Run scheduled work; its failure is logged (and recorded in its job) and the next trigger tries again."""
    try:
        work()
    except BansoError as exc:
        log.warning("%s: %s", what, exc)
    except Exception:
        log.exception("%s failed; it runs again at its next time", what)
