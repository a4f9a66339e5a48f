"""Queue alerts for their destinations, and work the queue.

`queue_alerts` runs after `banso alerts run` (and again before every delivery round, so an alert
recorded just before a crash is still queued); `deliver` sends what is due and records each attempt.
Reminders of overdue tasks are queued in each round too, once per task and due date, for the
destinations that ask for them (`overdue_tasks: true`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from banso.appstate.alerts import Alert
from banso.appstate.db import AppState
from banso.appstate.outbox import due, enqueue, record
from banso.config.models import WorkspaceConfig
from banso.notify.messages import alert_payload
from banso.notify.senders import SendError, send
from banso.signals.rule_labels import rule_labels
from banso.values import utc_now

ALERT_KINDS = ("slack", "email", "webhook")
RECENT = timedelta(days=7)  # older alerts are not queued for a destination added later


@dataclass
class DeliveryRound:
    queued: int = 0
    sent: int = 0
    failed: int = 0  # attempts that failed this round (they are retried later)
    gave_up: int = 0
    errors: list[str] = field(default_factory=list)


def queue_alerts(app: AppState, config: WorkspaceConfig, at: datetime | None = None) -> int:
    """Queue every recent open alert for every alert destination that accepts it; returns how many were new."""
    dests = {n: d for n, d in config.signals.destinations.items() if d.kind in ALERT_KINDS and not d.digest}
    if not dests:
        return 0
    at = at or utc_now()
    since = at - RECENT
    labels = rule_labels(config, config.language)
    added = 0
    with app.session() as s:
        alerts = s.scalars(select(Alert).where(Alert.status == "open", Alert.created_at >= since)).all()
        for a in alerts:
            for name, d in dests.items():
                if d.accepts(a.route, a.severity) and enqueue(
                        s, name, f"alert:{a.id}", alert_payload(a, config.language, config.signals.base_url,
                                                            labels.get(a.rule, a.rule)), a.id, at):
                    added += 1
    return added


def deliver(app: AppState, config: WorkspaceConfig, env: Mapping[str, str] | None = None,
            at: datetime | None = None) -> DeliveryRound:
    """Send every due delivery once; failures wait (30 s, 1 min, 2 min … 1 h) and are tried next round."""
    env = os.environ if env is None else env
    result = DeliveryRound(queued=queue_alerts(app, config, at) + queue_overdue_tasks(app, config, at))
    at = at or utc_now()
    with app.session() as s:
        pending = due(s, at)
    for d in pending:
        dest = config.signals.destinations.get(d.destination)
        try:
            if dest is None:
                raise SendError(f"destination {d.destination!r} is no longer in banso.yaml")
            detail, ok = send(dest, d.key, d.payload, env), True
        except SendError as exc:
            detail, ok = str(exc), False
        with app.session() as s:
            row = s.merge(d)
            record(s, row, ok, detail, at)
            if ok:
                result.sent += 1
            else:
                result.failed += 1
                result.errors.append(f"{d.destination} {d.key}: {detail}")
                if row.status == "failed":
                    result.gave_up += 1
    return result


def queue_digests(app: AppState, config: WorkspaceConfig, day: str, at: datetime | None = None) -> int:
    """Queue one worklist mail per CSM for `day` on every digest destination; once per CSM and day."""
    from banso.notify.messages import digest_payload
    from banso.signals.worklist import worklists

    dests = {n: d for n, d in config.signals.destinations.items() if d.digest}
    if not dests:
        return 0
    labels = rule_labels(config, config.language)
    added = 0
    with app.session() as s:
        lists = worklists(s, (at or utc_now()).date(), config.signals.capacity_per_csm)
        for name, d in dests.items():
            for owner, touches in lists.by_owner.items():
                if owner in d.owners and touches:
                    payload = digest_payload(owner, day, touches, config.language, config.signals.base_url,
                                             labels)
                    added += enqueue(s, name, f"digest:{day}:{owner}", payload, None, at)
    return added


def queue_overdue_tasks(app: AppState, config: WorkspaceConfig, at: datetime | None = None) -> int:
    """Queue a reminder for each open task past its due date, on every destination with `overdue_tasks`;
    once per task and due date (a task moved to a later date and missed again is reminded again)."""
    from banso.notify.reminders import overdue_payload

    dests = {n: d for n, d in config.signals.destinations.items() if d.overdue_tasks and d.kind in ALERT_KINDS}
    if not dests:
        return 0
    from banso.appstate.tasks import Task

    at = at or utc_now()
    added = 0
    with app.session() as s:
        late = s.scalars(select(Task).where(Task.status == "open", Task.due < at.date()).order_by(Task.id)).all()
        for task in late:
            payload = overdue_payload(task, at.date(), config.language, config.signals.base_url)
            for name in dests:
                added += enqueue(s, name, f"task-overdue:{task.id}:{task.due}", payload, None, at)
    return added
