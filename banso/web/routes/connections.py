"""Connections: every connector and segment sync, its last runs, the rows it moved and its errors."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso.web.deps import WorkspaceDep
from banso.web.render import render
from banso.web.security import CurrentUser
from banso.workspace.sync_ops import Connections

router = APIRouter()


@router.get("/api/connections", response_model=Connections, tags=["pages"],
            summary="Connectors and segment syncs with their last runs")
def connections_api(ws: WorkspaceDep, user: CurrentUser) -> Connections:
    return ws.connections()


@router.get("/connections", response_class=HTMLResponse, include_in_schema=False)
def connections_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    return render(request, "connections.html", data=ws.connections())
