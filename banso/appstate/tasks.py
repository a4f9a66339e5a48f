"""Tasks: the work a CSM does for an account, with where it came from and the talk around it.

A task has a title, an account, an owner (as accounts name their CSM), a due date, a priority and a
status (open → done or cancelled), and says what created it: an alert, a playbook step, a coming
renewal or a person. Tasks made by the system carry an `origin_key` ("alert:42", "playbook:7:0"),
unique, so making the same task twice (a second click, a playbook run repeated the same day) gives
back the first one instead of a copy.

Who may do what: everyone signed in reads every task; a csm creates tasks and changes the tasks
they own or created; an admin changes any. Every change is in the record (`banso.appstate.audit`).

    with ws.app_state.session() as s:
        task = create_task(s, actor, account_id="A1", title="Call about the renewal", owner="佐藤",
                           due=date(2026, 12, 1))
        close_task(s, actor, task.id, "done")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.audit import record
from banso.appstate.base import Base, utc_now
from banso.appstate.team import Actor
from banso.errors import NotAllowedError, NotFoundError, Phrase, WorkError
from banso.i18n import N_

Priority = Literal["high", "medium", "low"]
Status = Literal["open", "done", "cancelled"]
Origin = Literal["alert", "playbook", "renewal", "person"]
PRIORITIES: tuple[Priority, ...] = ("high", "medium", "low")
STATUSES: tuple[Status, ...] = ("open", "done", "cancelled")
ORIGINS: tuple[Origin, ...] = ("alert", "playbook", "renewal", "person")
TITLE_MAX = 300
TEXT_MAX = 10_000


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    account_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    owner: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    priority: Mapped[str] = mapped_column(String(8), default="medium")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    origin: Mapped[str] = mapped_column(String(16), default="person")
    origin_ref: Mapped[str | None] = mapped_column(String(200), nullable=True)  # alert id, playbook step, date
    origin_key: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)
    created_by: Mapped[str | None] = mapped_column(String(320), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(320), nullable=True)

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today


class TaskComment(Base):
    __tablename__ = "task_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    by: Mapped[str | None] = mapped_column(String(320), nullable=True)
    text: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class TaskChange:
    """Fields to change on a task; None leaves a field as it is (`clear_due` empties the due date)."""

    title: str | None = None
    description: str | None = None
    owner: str | None = None
    due: date | None = None
    clear_due: bool = False
    priority: str | None = None


def _title(text: str) -> str:
    value = " ".join(text.split())
    if not value:
        raise WorkError(N_("give the task a title that says what to do"))
    if len(value) > TITLE_MAX:
        raise WorkError(N_("a task title may have at most %(most)s characters"), most=TITLE_MAX)
    return value


def _text(text: str | None, what: str) -> str | None:
    """`text` trimmed (None if empty); `what` names it in the error, a message id marked with N_."""
    if text is None:
        return None
    value = text.strip()
    if len(value) > TEXT_MAX:
        raise WorkError(N_("%(what)s may have at most %(most)s characters"), what=Phrase(what), most=TEXT_MAX)
    return value or None


def _priority(value: str) -> str:
    if value not in PRIORITIES:
        raise WorkError(N_("unknown priority %(value)s; use one of: %(choices)s"), value=repr(value),
                        choices=", ".join(PRIORITIES))
    return value


def may_change(actor: Actor, task: Task) -> bool:
    """An admin changes any task; a csm those they own or created; a viewer none."""
    if actor.can("admin"):
        return True
    return actor.can("csm") and (actor.owns(task.owner) or task.created_by == actor.email)


def _require_change(actor: Actor, task: Task) -> None:
    if not actor.can("csm"):
        raise NotAllowedError(N_("viewers read tasks; creating or changing one needs the csm role"))
    if may_change(actor, task):
        return
    if task.owner:
        raise NotAllowedError(N_("task #%(id)s belongs to %(owner)s; only its owner, the one who created it or an admin "
                                 "can change it"), id=task.id, owner=task.owner)
    raise NotAllowedError(N_("task #%(id)s has no owner; only the one who created it or an admin can change it"),
                          id=task.id)


def get_task(s: Session, task_id: int) -> Task:
    task = s.get(Task, task_id)
    if task is None:
        raise NotFoundError(N_("no task #%(id)s; `banso tasks list --status all` shows them"), id=task_id)
    return task


def create_task(s: Session, actor: Actor, *, account_id: str, title: str, owner: str | None,
                account_name: str | None = None, due: date | None = None, priority: str = "medium",
                origin: str = "person", origin_ref: str | None = None, origin_key: str | None = None,
                description: str | None = None) -> Task:
    """A new open task; with an `origin_key` already used, the task made then (nothing new is written)."""
    if not actor.can("csm"):
        raise NotAllowedError(N_("viewers read tasks; creating one needs the csm role"))
    if origin not in ORIGINS:
        raise WorkError(N_("unknown origin %(origin)s; use one of: %(choices)s"), origin=repr(origin),
                        choices=", ".join(ORIGINS))
    if origin_key is not None:
        found = s.scalars(select(Task).where(Task.origin_key == origin_key)).first()
        if found is not None:
            return found
    task = Task(account_id=account_id, account_name=account_name, title=_title(title),
                description=_text(description, N_("a description")), owner=owner, due=due, priority=_priority(priority),
                status="open", origin=origin, origin_ref=origin_ref, origin_key=origin_key, created_by=actor.email)
    s.add(task)
    s.flush()
    record(s, actor.email, "task", task.id, "created", account_id=account_id, title=task.title, owner=owner,
           due=due, priority=task.priority, origin=origin, origin_ref=origin_ref)
    return task


def update_task(s: Session, actor: Actor, task_id: int, change: TaskChange) -> Task:
    """Change a task's fields; the record keeps each field's value before and after."""
    task = get_task(s, task_id)
    _require_change(actor, task)
    before: dict[str, object] = {}
    after: dict[str, object] = {}

    def put(field: str, value: object) -> None:
        if getattr(task, field) != value:
            before[field], after[field] = getattr(task, field), value
            setattr(task, field, value)

    if change.title is not None:
        put("title", _title(change.title))
    if change.description is not None:
        put("description", _text(change.description, N_("a description")))
    if change.owner is not None:
        put("owner", change.owner.strip() or None)
    if change.clear_due:
        put("due", None)
    elif change.due is not None:
        put("due", change.due)
    if change.priority is not None:
        put("priority", _priority(change.priority))
    if after:
        task.updated_at = utc_now()
        record(s, actor.email, "task", task.id, "changed", account_id=task.account_id, before=before, after=after)
    return task


def close_task(s: Session, actor: Actor, task_id: int, status: str, comment: str | None = None) -> Task:
    """Mark a task done or cancelled (or open it again); a comment may say why."""
    if status not in STATUSES:
        raise WorkError(N_("unknown status %(status)s; use one of: %(choices)s"), status=repr(status),
                        choices=", ".join(STATUSES))
    task = get_task(s, task_id)
    _require_change(actor, task)
    if task.status == status:
        raise WorkError(N_("task #%(id)s is already %(status)s"), id=task_id, status=Phrase(status))
    previous = task.status
    task.status, task.updated_at = status, utc_now()
    task.closed_at, task.closed_by = (None, None) if status == "open" else (utc_now(), actor.email)
    if comment and comment.strip():
        add_comment(s, actor, task_id, comment, check=False)
    record(s, actor.email, "task", task.id, status if status != "open" else "reopened", account_id=task.account_id,
           before=previous)
    return task


def add_comment(s: Session, actor: Actor, task_id: int, text: str, *, check: bool = True) -> TaskComment:
    """A comment on a task; any csm may comment on any task (talking about work is not changing it)."""
    task = get_task(s, task_id)
    if check and not actor.can("csm"):
        raise NotAllowedError(N_("viewers read tasks; commenting needs the csm role"))
    body = _text(text, N_("a comment"))
    if body is None:
        raise WorkError(N_("the comment is empty"))
    row = TaskComment(task_id=task.id, by=actor.email, text=body, at=utc_now())
    s.add(row)
    s.flush()
    record(s, actor.email, "task", task.id, "commented", account_id=task.account_id, comment_id=row.id)
    return row


def comments(s: Session, task_ids: list[int]) -> dict[int, list[TaskComment]]:
    """The comments of some tasks, oldest first."""
    out: dict[int, list[TaskComment]] = {i: [] for i in task_ids}
    if task_ids:
        query = select(TaskComment).where(TaskComment.task_id.in_(task_ids)).order_by(TaskComment.id)
        for c in s.scalars(query):
            out[c.task_id].append(c)
    return out


def list_tasks(s: Session, *, owners: list[str] | None = None, account_id: str | None = None,
               statuses: tuple[str, ...] = ("open",), due_before: date | None = None, unowned: bool = False,
               limit: int = 500) -> list[Task]:
    """Tasks by due date (none last), then priority; filters combine."""
    query = select(Task).where(Task.status.in_(statuses))
    if owners is not None:
        mine = Task.owner.in_(owners)
        query = query.where(or_(mine, Task.owner.is_(None)) if unowned else mine)
    if account_id is not None:
        query = query.where(Task.account_id == account_id)
    if due_before is not None:
        query = query.where(Task.due < due_before)
    rank = {"high": 0, "medium": 1, "low": 2}
    rows = list(s.scalars(query.order_by(Task.id)))
    rows.sort(key=lambda t: (t.due is None, t.due or date.max, rank.get(t.priority, 3), t.id))
    return rows[:limit]


def open_task_counts(s: Session) -> dict[str, int]:
    """Open tasks per account (accounts without one are absent): what a CRM's `open_tasks` field receives."""
    query = select(Task.account_id, func.count()).where(Task.status == "open").group_by(Task.account_id)
    return {str(account): int(n) for account, n in s.execute(query).all()}


def reassign_open(s: Session, actor: Actor, account_id: str, old: str | None, new: str) -> int:
    """Hand the open tasks of an account that `old` owned to `new` (when the account changes hands)."""
    query = select(Task).where(Task.account_id == account_id, Task.status == "open")
    query = query.where(Task.owner.is_(None) if old is None else Task.owner == old)
    moved = 0
    for task in s.scalars(query):
        update_task(s, actor, task.id, TaskChange(owner=new))
        moved += 1
    return moved
