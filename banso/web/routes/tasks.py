"""Tasks: the list, one click from an alert, the forms on the account page and My work, and the JSON API.

Reading is open to every role; creating needs the csm role; changing a task needs its owner, the
person who created it, or an admin (else 403). Comments are open to every csm.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from banso.analysis.work.tasks import TaskItem, TaskList
from banso.appstate.tasks import TaskChange
from banso.i18n import gettext_ as _
from banso.web.deps import WorkspaceDep
from banso.web.forms import back, optional_date
from banso.web.ids import RowId
from banso.web.paging import Page, PerPage
from banso.web.render import localized, render, request_locale
from banso.web.security import CsmUser, CurrentUser

router = APIRouter()

Scope = Annotated[Literal["mine", "all"], Query(description="mine: the tasks of the owner names that are yours")]
StatusQ = Annotated[Literal["open", "done", "cancelled", "all"], Query()]
TextQ = Annotated[str | None, Query(max_length=200)]
Priority = Literal["high", "medium", "low"]


class TaskIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account_id: str = Field(min_length=1, max_length=128)
    title: str = Field(min_length=1, max_length=300)
    owner: str | None = Field(None, max_length=128, description="default: the account's owner")
    due: date | None = None
    priority: Priority = "medium"
    description: str | None = Field(None, max_length=10_000)


class TaskPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, min_length=1, max_length=300)
    description: str | None = Field(None, max_length=10_000)
    owner: str | None = Field(None, min_length=1, max_length=128)
    due: date | None = None
    clear_due: bool = False
    priority: Priority | None = None
    status: Literal["open", "done", "cancelled"] | None = None
    comment: str | None = Field(None, max_length=10_000, description="with a status change: why")


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=10_000)


# -- JSON ------------------------------------------------------------------------------------------
@router.get("/api/tasks", response_model=TaskList, tags=["work"], summary="Tasks, by due date")
def tasks_api(ws: WorkspaceDep, user: CurrentUser, scope: Scope = "all", owner: TextQ = None,
              account_id: TextQ = None, status: StatusQ = "open", page: Page = 1, per_page: PerPage = 100) -> TaskList:
    return ws.tasks(user, mine=scope == "mine", owner=owner or None, account_id=account_id or None, status=status,
                    page=page, per_page=per_page)


@router.post("/api/tasks", response_model=TaskItem, status_code=201, tags=["work"], summary="Create a task")
def create_api(ws: WorkspaceDep, user: CsmUser, body: TaskIn) -> TaskItem:
    return ws.create_task(user, account_id=body.account_id, title=body.title, owner=body.owner, due=body.due,
                          priority=body.priority, description=body.description)


@router.get("/api/tasks/{task_id}", response_model=TaskItem, tags=["work"], summary="One task with its comments",
            responses={404: {"description": "no such task"}})
def task_api(ws: WorkspaceDep, user: CurrentUser, task_id: RowId) -> TaskItem:
    return ws.task(task_id, user)


@router.patch("/api/tasks/{task_id}", response_model=TaskItem, tags=["work"], summary="Change or close a task",
              responses={403: {"description": "not your task"}, 404: {"description": "no such task"}})
def patch_api(ws: WorkspaceDep, user: CsmUser, task_id: RowId, body: TaskPatch) -> TaskItem:
    change = TaskChange(title=body.title, description=body.description, owner=body.owner, due=body.due,
                        clear_due=body.clear_due, priority=body.priority)
    return ws.change_task(task_id, user, change, status=body.status, comment=body.comment)


@router.post("/api/tasks/{task_id}/comments", response_model=TaskItem, status_code=201, tags=["work"],
             summary="Comment on a task")
def comment_api(ws: WorkspaceDep, user: CsmUser, task_id: RowId, body: CommentIn) -> TaskItem:
    return ws.comment_task(task_id, user, body.text)


@router.post("/api/alerts/{alert_id}/task", response_model=TaskItem, tags=["work"],
             summary="A task from an alert, for the account's owner (the same task when asked again)")
def from_alert_api(request: Request, ws: WorkspaceDep, user: CsmUser, alert_id: RowId) -> TaskItem:
    return ws.task_from_alert(alert_id, user, request_locale(request))


# -- pages and forms -------------------------------------------------------------------------------
@router.get("/tasks", response_class=HTMLResponse, include_in_schema=False)
def tasks_page(request: Request, ws: WorkspaceDep, user: CurrentUser, scope: Scope = "all", owner: TextQ = None,
               status: StatusQ = "open", page: Page = 1) -> HTMLResponse:
    data = ws.tasks(user, mine=scope == "mine", owner=owner or None, status=status, page=page)
    return render(request, "tasks.html", data=data, scope=scope, owner=owner or "", status=status,
                  can_create=user.can("csm"), notice=request.session.pop("notice", None))


@router.post("/alerts/{alert_id}/task", include_in_schema=False)
def from_alert_form(request: Request, ws: WorkspaceDep, user: CsmUser, alert_id: RowId) -> Response:
    task = ws.task_from_alert(alert_id, user, request_locale(request))
    with localized(request):
        return back(request, _("Task #%(id)s for %(owner)s") % {"id": task.id, "owner": task.owner or _("nobody")},
                    "/alerts")


@router.post("/accounts/{account_id}/tasks", include_in_schema=False)
def create_form(request: Request, ws: WorkspaceDep, user: CsmUser, account_id: str,
                title: Annotated[str, Form(max_length=300)], due: Annotated[str, Form(max_length=20)] = "",
                priority: Annotated[Priority, Form()] = "medium", owner: Annotated[str, Form(max_length=128)] = "",
                description: Annotated[str, Form(max_length=10_000)] = "",
                renewal: Annotated[str, Form(max_length=20)] = "") -> Response:
    """A task by hand; with `renewal` (a date), a task for that renewal (My work's renewals)."""
    when = optional_date(renewal, "renewal")
    task = ws.create_task(user, account_id=account_id, title=title, owner=owner or None,
                          due=optional_date(due, "due"), priority=priority, description=description or None,
                          origin="renewal" if when else "person", origin_ref=when.isoformat() if when else None)
    with localized(request):
        return back(request, _("Task #%(id)s created") % {"id": task.id}, f"/accounts/{account_id}", "#tasks")


@router.post("/tasks/{task_id}/status", include_in_schema=False)
def status_form(request: Request, ws: WorkspaceDep, user: CsmUser, task_id: RowId,
                status: Annotated[Literal["open", "done", "cancelled"], Form()],
                comment: Annotated[str, Form(max_length=10_000)] = "") -> Response:
    task = ws.close_task(task_id, user, status, comment or None)
    with localized(request):
        return back(request, _("Task #%(id)s: %(status)s") % {"id": task.id, "status": _(task.status)}, "/tasks")


@router.post("/tasks/{task_id}/edit", include_in_schema=False)
def edit_form(request: Request, ws: WorkspaceDep, user: CsmUser, task_id: RowId,
              owner: Annotated[str, Form(max_length=128)] = "", due: Annotated[str, Form(max_length=20)] = "",
              priority: Annotated[Priority | Literal[""], Form()] = "") -> Response:
    change = TaskChange(owner=owner or None, due=optional_date(due, "due"), priority=priority or None)
    task = ws.update_task(task_id, user, change)
    with localized(request):
        return back(request, _("Task #%(id)s changed") % {"id": task.id}, "/tasks")


@router.post("/tasks/{task_id}/comment", include_in_schema=False)
def comment_form(request: Request, ws: WorkspaceDep, user: CsmUser, task_id: RowId,
                 text: Annotated[str, Form(max_length=10_000)]) -> Response:
    task = ws.comment_task(task_id, user, text)
    with localized(request):
        return back(request, _("Comment added to task #%(id)s") % {"id": task.id}, "/tasks")
