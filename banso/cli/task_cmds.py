"""`banso tasks …`: the team's tasks from the terminal — list, add, done, cancel, comment.

The command line acts as the workspace's operator (who holds its files, so may change any task), or
as a person with `--as EMAIL`, whose role and tasks then decide what is allowed; either way the
record of changes says who.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.text import Text

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.data_table import DataTable

if TYPE_CHECKING:
    from banso.appstate.auth import User
    from banso.workspace import Workspace

tasks_app = typer.Typer(
    name="tasks",
    help="The team's tasks. Example: `banso tasks list --owner \"佐藤 美咲\"`, `banso tasks done 12`",
    no_args_is_help=True,
)
app.add_typer(tasks_app, name="tasks")

AsOption = Annotated[str | None, typer.Option("--as", help="Act as this person (their email); default: the operator.")]


class Format(StrEnum):
    table = "table"
    json = "json"


def person(ws: Workspace, email: str | None) -> User | None:
    """The user `--as` names (None: the operator); an unknown email is an error, not the operator."""
    from banso.errors import NotFoundError

    if email is None:
        return None
    user = ws.find_user(email)
    if user is None:
        raise NotFoundError(f"no user {email!r}; `banso user list` shows who can sign in")
    return user


def dump(value: Any) -> str:
    """A result dataclass as JSON (the same document as its /api/ twin)."""
    from pydantic import TypeAdapter

    return json.dumps(TypeAdapter(type(value)).dump_python(value, mode="json"), ensure_ascii=False)


@tasks_app.command("list")
def list_cmd(
    workspace: WorkspaceOption = None,
    owner: Annotated[str | None, typer.Option(help="Only this owner's tasks (as accounts name the CSM).")] = None,
    account: Annotated[str | None, typer.Option(help="Only this account's tasks.")] = None,
    status: Annotated[str, typer.Option(help="open, done, cancelled or all.")] = "open",
    mine: AsOption = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """Tasks by due date, overdue first. `--as EMAIL` lists that person's own tasks.

    Example: `banso tasks list --status all --account A000123`
    """
    with open_workspace(workspace) as ws:
        found = ws.tasks(person(ws, mine), mine=mine is not None, owner=owner, account_id=account, status=status,
                         per_page=limit)
    if fmt is Format.json:
        console.print_json(dump(found))
        return
    table = DataTable("#", "task", "account", "owner", "due", "priority", "status", "from",
                      title=f"{found.count} tasks, {found.overdue} overdue")
    for t in found.tasks:
        due = Text(str(t.due), style="red") if t.overdue else str(t.due or "—")
        table.add_row(str(t.id), t.title, t.account_name or t.account_id, t.owner or "—", due,
                      t.priority, t.status, f"{t.origin} {t.origin_ref or ''}".strip())
    console.print(table)
    if len(found.tasks) < found.count:
        console.print(f"the first {len(found.tasks)} of {found.count} are listed; --limit shows more")


@tasks_app.command("add")
def add_cmd(
    account: Annotated[str, typer.Argument(help="The account's id.")],
    title: Annotated[str, typer.Argument(help="What to do.")],
    workspace: WorkspaceOption = None,
    owner: Annotated[str | None, typer.Option(help="Whose task (default: the account's owner).")] = None,
    due: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Due date (YYYY-MM-DD).")] = None,
    priority: Annotated[str, typer.Option(help="high, medium or low.")] = "medium",
    description: Annotated[str | None, typer.Option(help="More about it.")] = None,
    as_: AsOption = None,
) -> None:
    """Add a task to an account.

    Example: `banso tasks add A000123 "Book the renewal call" --due 2026-12-01 --priority high`
    """
    with open_workspace(workspace) as ws:
        task = ws.create_task(person(ws, as_), account_id=account, title=title, owner=owner,
                              due=due.date() if due else None, priority=priority, description=description)
    console.print(f"task #{task.id} for {escape(task.owner or 'nobody')}"
                  + (f", due {task.due}" if task.due else "") + f": {escape(task.title)}")


def _close(workspace: Any, task_id: int, status: str, comment: str | None, as_: str | None) -> None:
    with open_workspace(workspace) as ws:
        task = ws.close_task(task_id, person(ws, as_), status, comment)
    console.print(f"task #{task.id} {task.status}: {escape(task.title)}")


@tasks_app.command("done")
def done_cmd(task_id: Annotated[int, typer.Argument(min=1, max=2**31 - 1)], workspace: WorkspaceOption = None,
             comment: Annotated[str | None, typer.Option(help="What was done.")] = None, as_: AsOption = None) -> None:
    """Mark a task done. Example: `banso tasks done 12 --comment "Call held, renewal agreed"`"""
    _close(workspace, task_id, "done", comment, as_)


@tasks_app.command("cancel")
def cancel_cmd(task_id: Annotated[int, typer.Argument(min=1, max=2**31 - 1)], workspace: WorkspaceOption = None,
               comment: Annotated[str | None, typer.Option(help="Why.")] = None, as_: AsOption = None) -> None:
    """Cancel a task. Example: `banso tasks cancel 12 --comment "Customer asked to wait"`"""
    _close(workspace, task_id, "cancelled", comment, as_)


@tasks_app.command("comment")
def comment_cmd(task_id: Annotated[int, typer.Argument(min=1, max=2**31 - 1)],
                text: Annotated[str, typer.Argument(help="The comment.")], workspace: WorkspaceOption = None,
                as_: AsOption = None) -> None:
    """Comment on a task. Example: `banso tasks comment 12 "Waiting for their budget"`"""
    with open_workspace(workspace) as ws:
        task = ws.comment_task(task_id, person(ws, as_), text)
    console.print(f"task #{task.id}: {len(task.comments)} comment(s)")


@tasks_app.command("remind")
def remind_cmd(workspace: WorkspaceOption = None) -> None:
    """Queue a reminder of each overdue task for the destinations with `overdue_tasks: true`
    (`banso alerts deliver` sends them, and queues them itself too).

    Example: `banso tasks remind && banso alerts deliver`
    """
    with open_workspace(workspace) as ws:
        n = ws.queue_overdue_tasks()
    console.print(f"{n} reminder(s) queued")
