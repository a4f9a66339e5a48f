"""The KPI tree: GRR / NRR at the root, churn and contraction by tier, bands and their churn, the score's parts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso.analysis.reports.kpi_tree import KpiTree, node_detail, node_label
from banso.web.deps import WorkspaceDep
from banso.web.render import render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()


@router.get("/api/kpi", response_model=KpiTree, tags=["pages"],
            summary="The KPI tree: each node's value, target, trend and the page that explains it")
def kpi_api(ws: WorkspaceDep, user: CurrentUser) -> KpiTree:
    return ws.kpi_tree()


@router.get("/kpi", response_class=HTMLResponse, include_in_schema=False)
def kpi_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    tree = ws.kpi_tree()
    locale = request_locale(request)
    # the template names each node through the report's own functions, under the page's language
    return render(request, "kpi.html", tree=tree, as_of=tree.as_of,
                  label=lambda node: node_label(tree, node, locale), detail=node_detail)
