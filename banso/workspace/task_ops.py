"""Tasks through the facade: list, create (by hand or from an alert), change, close, comment, remind.

Each call opens one application-state session, so a change and its line in the record of changes
(`banso.appstate.audit`) are committed together. The person acting is a signed-in user, or None for
the command line (the workspace's operator).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from banso.paged import one_page, page_count
from banso.workspace.work_base import WorkBase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from banso.analysis.work.tasks import TaskItem, TaskList
    from banso.appstate.auth import User
    from banso.appstate.tasks import Task, TaskChange
    from banso.appstate.team import Actor

# How soon a task made from an alert is due, by the alert's severity.
ALERT_DUE_DAYS = {"high": 1, "medium": 3, "low": 7}


class TaskOps(WorkBase):
    def tasks(self, user: User | None, *, mine: bool = False, owner: str | None = None, account_id: str | None = None,
              status: str = "open", page: int = 1, per_page: int = 100) -> TaskList:
        """Tasks by due date, a page at a time: a person's own (`mine`), one owner's, one account's, or
        everyone's."""
        from banso.analysis.work.my_work import split_tasks
        from banso.analysis.work.tasks import TaskList
        from banso.appstate.tasks import STATUSES, list_tasks
        from banso.errors import WorkError
        from banso.i18n import N_

        statuses = STATUSES if status == "all" else (status,)
        if status != "all" and status not in STATUSES:
            raise WorkError(N_("unknown status %(status)s; use one of: %(choices)s or all"), status=repr(status),
                            choices=", ".join(STATUSES))
        today = self.today()
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            owners = sorted(actor.owners) if mine else ([owner] if owner else None)
            rows = list_tasks(s, owners=owners, account_id=account_id, statuses=statuses, limit=100_000)
            items = self._items(s, one_page(rows, page, per_page), actor, today)
        open_ = [t for t in rows if t.status == "open"]
        overdue, now, soon, _later = split_tasks(open_, today)
        return TaskList(count=len(rows), overdue=len(overdue), due_today=len(now), due_soon=len(soon),
                        high=sum(1 for t in open_ if t.priority == "high"), tasks=items, page=page,
                        pages=page_count(len(rows), per_page), per_page=per_page)

    def task(self, task_id: int, user: User | None) -> TaskItem:
        from banso.appstate.tasks import get_task

        with self.app_state.session() as s:
            return self._items(s, [get_task(s, task_id)], self._actor(s, user), self.today())[0]

    def create_task(self, user: User | None, *, account_id: str, title: str, owner: str | None = None,
                    due: date | None = None, priority: str = "medium", description: str | None = None,
                    origin: str = "person", origin_ref: str | None = None) -> TaskItem:
        """A task for an account; without an owner, for the account's owner."""
        from banso.appstate.tasks import create_task

        name, account_owner = self._account(account_id)
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            task = create_task(s, actor, account_id=account_id, account_name=name, title=title,
                               owner=(owner or "").strip() or account_owner, due=due, priority=priority,
                               description=description, origin=origin,
                               origin_ref=origin_ref if origin != "person" else actor.email)
            return self._items(s, [task], actor, self.today())[0]

    def task_from_alert(self, alert_id: int, user: User | None, language: str) -> TaskItem:
        """One click on an alert: a task for the account's owner, due by the alert's severity; the alert is
        acknowledged ("someone is on it"). A second click gives back the same task."""
        from banso.appstate.alerts import acknowledge
        from banso.appstate.alerts import get as get_alert
        from banso.appstate.tasks import create_task
        from banso.errors import WorkError
        from banso.i18n import N_
        from banso.signals.rule_labels import rule_label

        today = self.today()
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            alert = get_alert(s, alert_id)
            if alert.account_id == "*":
                raise WorkError(N_("a workspace-wide alert is about the data, not an account: it takes no task"))
            title = f"{rule_label(self.config, alert.rule, language)}: {alert.reason(language)}"
            task = create_task(s, actor, account_id=alert.account_id, account_name=alert.account_name,
                               title=title[:300], owner=alert.owner,
                               due=today + timedelta(days=ALERT_DUE_DAYS.get(alert.severity, 3)),
                               priority=alert.severity if alert.severity in ALERT_DUE_DAYS else "medium",
                               origin="alert", origin_ref=str(alert.id), origin_key=f"alert:{alert.id}")
            if alert.status == "open":
                acknowledge(s, alert.id, f"task #{task.id}", actor.email)
            return self._items(s, [task], actor, today)[0]

    def update_task(self, task_id: int, user: User | None, change: TaskChange) -> TaskItem:
        from banso.appstate.tasks import update_task

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            return self._items(s, [update_task(s, actor, task_id, change)], actor, self.today())[0]

    def change_task(self, task_id: int, user: User | None, change: TaskChange, *, status: str | None = None,
                    comment: str | None = None) -> TaskItem:
        """Change a task's fields and, with `status`, close or reopen it, in one step (the JSON API's PATCH)."""
        from banso.appstate.tasks import close_task, get_task, update_task

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            task = update_task(s, actor, task_id, change)
            if status is not None and status != task.status:
                task = close_task(s, actor, task_id, status, comment)
            return self._items(s, [get_task(s, task_id)], actor, self.today())[0]

    def close_task(self, task_id: int, user: User | None, status: str = "done", comment: str | None = None) -> TaskItem:
        """Mark a task done or cancelled, or open it again (`status="open"`)."""
        from banso.appstate.tasks import close_task

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            return self._items(s, [close_task(s, actor, task_id, status, comment)], actor, self.today())[0]

    def comment_task(self, task_id: int, user: User | None, text: str) -> TaskItem:
        from banso.appstate.tasks import add_comment, get_task

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            add_comment(s, actor, task_id, text)
            return self._items(s, [get_task(s, task_id)], actor, self.today())[0]

    def queue_overdue_tasks(self) -> int:
        """Queue a reminder of each overdue task for the destinations with `overdue_tasks` (sent by
        `deliver_notifications`, which also queues them); how many were new."""
        from banso.notify.dispatch import queue_overdue_tasks

        return queue_overdue_tasks(self.app_state, self.config)

    def _items(self, s: Session, rows: list[Task], actor: Actor, today: date) -> list[TaskItem]:
        from banso.analysis.work.tasks import task_item
        from banso.appstate.tasks import comments
        from banso.config.playbooks import playbook_labels, step_task_titles

        found = comments(s, [t.id for t in rows])
        books, steps = playbook_labels(self.config.playbooks), step_task_titles(self.config.playbooks)
        return [task_item(t, found[t.id], actor, today, books, steps) for t in rows]
