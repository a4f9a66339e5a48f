"""The KPI tree: GRR / NRR at the root, churn and contraction by tier, bands and their churn, the score's parts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso import i18n
from banso.analysis.reports.kpi_tree import KpiNode, KpiTree, node_detail, node_label
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render
from banso.web.security import CurrentUser

router = APIRouter()


@router.get("/api/kpi", response_model=KpiTree, tags=["pages"],
            summary="The KPI tree: each node's value, target, trend and the page that explains it")
def kpi_api(ws: WorkspaceDep, user: CurrentUser) -> KpiTree:
    return ws.kpi_tree()


@router.get("/kpi", response_class=HTMLResponse, include_in_schema=False)
def kpi_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    tree = ws.kpi_tree()
    with localized(request):
        labels: dict[str, str] = {}
        details: dict[str, str] = {}

        def walk(node: KpiNode) -> None:
            labels[node.key] = node_label(tree, node, i18n.current())
            details[node.key] = node_detail(node)
            for child in node.children:
                walk(child)

        for root in tree.roots:
            walk(root)
    return render(request, "kpi.html", tree=tree, as_of=tree.as_of, labels=labels, details=details)
