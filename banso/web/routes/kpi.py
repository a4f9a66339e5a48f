"""The KPI tree: GRR / NRR at the root, churn and contraction by tier, bands and their churn, the score's parts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso.analysis.reports.kpi_tree import KpiNode, KpiTree
from banso.i18n import gettext_ as _
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
        labels = {"churn": _("churn"), "contraction": _("contraction"), "Good": _("Good"), "Normal": _("Normal"),
                  "Bad": _("Bad"), "health score": _("health score"), "index %Good − %Bad": _("index %Good − %Bad"),
                  f"churn within {tree.churn_days} days": _("churn within %(n)s days") % {"n": tree.churn_days}}
        details: dict[str, str] = {}

        def walk(node: KpiNode) -> None:
            if node.detail_template:
                said = _(node.detail_template)
                details[node.key] = said % node.detail_values if node.detail_values else said
            for child in node.children:
                walk(child)

        for root in tree.roots:
            walk(root)
    return render(request, "kpi.html", tree=tree, as_of=tree.as_of, labels=labels, details=details)
