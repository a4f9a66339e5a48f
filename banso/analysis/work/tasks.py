"""Tasks as pages, the API and `banso tasks` show them: with their comments, where they came from, and
whether the reader may change them.

>>> origin_link("alert", "42", "A1")
'/alerts?status=all&account_id=A1#alert-42'
>>> origin_link("playbook", "renewal_rescue step 1", "A1")
'/playbooks/renewal_rescue'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated
from urllib.parse import quote

from pydantic import Field

from banso.appstate.tasks import Task, TaskComment, may_change
from banso.appstate.team import Actor
from banso.values import Moment


@dataclass(frozen=True)
class CommentItem:
    at: Moment
    by: str | None
    text: str


@dataclass(frozen=True)
class TaskItem:
    id: int
    account_id: str
    account_name: str | None
    title: str
    description: str | None
    owner: str | None
    due: date | None
    priority: str
    status: Annotated[str, Field(description="open, done or cancelled")]
    overdue: bool
    origin: Annotated[str, Field(description="alert, playbook, renewal or person")]
    origin_ref: Annotated[str | None, Field(description="the alert's id, the playbook and step, the renewal date, …")]
    origin_link: Annotated[str | None, Field(description="a path in the web app to what created the task")]
    origin_label: Annotated[dict[str, str] | None, Field(
        description="the playbook that created it, by its name for people in each language")]
    title_label: Annotated[dict[str, str] | None, Field(
        description="a playbook's task: its step's title in each language, while the task keeps the title the step "
                    "gave it (`title` is the one written in the workspace's language)")]
    created_by: str | None
    created_at: Moment
    closed_at: Moment | None
    closed_by: str | None
    can_change: Annotated[bool, Field(description="whether the one asking may change it")]
    comments: list[CommentItem]


def playbook_of(ref: str) -> str:
    """The playbook's key in a playbook task's origin (`renewal_rescue step 2`; keys hold no space)."""
    return ref.split(" ")[0]


def origin_link(origin: str, ref: str | None, account_id: str) -> str | None:
    """Where the thing that created a task is shown."""
    account = quote(account_id, safe="")
    if origin == "alert" and ref:
        return f"/alerts?status=all&account_id={account}#alert-{quote(ref, safe='')}"
    if origin == "playbook" and ref:
        return f"/playbooks/{quote(playbook_of(ref), safe='')}"
    if origin == "renewal":
        return f"/accounts/{account}"
    return None


def task_item(task: Task, comments: list[TaskComment], actor: Actor | None, today: date,
              playbooks: Mapping[str, dict[str, str]], steps: Mapping[str, dict[str, str]]) -> TaskItem:
    """`playbooks`: each playbook's name for people in each language, by key; `steps`: each task step's title in
    each language, by the step's reference (`banso.config.playbooks.step_task_titles`)."""
    step = steps.get(task.origin_ref or "") if task.origin == "playbook" else None
    return TaskItem(
        id=task.id, account_id=task.account_id, account_name=task.account_name, title=task.title,
        description=task.description, owner=task.owner, due=task.due, priority=task.priority, status=task.status,
        overdue=task.overdue(today), origin=task.origin, origin_ref=task.origin_ref,
        origin_link=origin_link(task.origin, task.origin_ref, task.account_id),
        origin_label=playbooks.get(playbook_of(task.origin_ref or "")) if task.origin == "playbook" else None,
        title_label=step if step is not None and task.title in step.values() else None,
        created_by=task.created_by,
        created_at=task.created_at, closed_at=task.closed_at, closed_by=task.closed_by,
        can_change=actor is not None and may_change(actor, task),
        comments=[CommentItem(c.at, c.by, c.text) for c in comments])


@dataclass(frozen=True)
class TaskList:
    count: Annotated[int, Field(description="tasks that match, on every page")]
    overdue: Annotated[int, Field(description="of those, overdue")]
    tasks: Annotated[list[TaskItem], Field(description="this page's tasks, overdue first, then by due date")]
    due_today: Annotated[int, Field(description="of those, open and due today")] = 0
    due_soon: Annotated[int, Field(description="of those, open and due in the 7 days after today")] = 0
    high: Annotated[int, Field(description="of those, open with high priority")] = 0
    page: int = 1
    pages: int = 1
    per_page: int = 100
