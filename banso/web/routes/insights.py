"""Insights: the builder page (trend, funnel, retention — no SQL), their JSON twins, CSV, and who a figure counts.

The builder is a GET form, so every view is a URL to bookmark or paste into a chat; the same query
parameters drive `/api/insights/{kind}` and `/api/insights.csv`. `POST /api/insights` takes a spec as
JSON instead. Saved insights and dashboards live in `dashboards`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import HTMLResponse, Response

from banso.analysis.insights import (
    INSIGHTS,
    FunnelResult,
    InsightError,
    InsightResult,
    InsightSpec,
    RetentionResult,
    TrendResult,
)
from banso.analysis.insights.actor_list import ActorList
from banso.analysis.insights.query import spec_to_query
from banso.errors import UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.web import charts_insights
from banso.web.deps import WorkspaceDep
from banso.web.errors import said
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
PARAMS_DOC = (
    "Query parameters as the builder writes them. Every kind: breakdown (tier, plan, owner, status, band, phase, "
    "trait:NAME), top, seg (a saved segment's id, or all; repeat to compare), as_of, week_start. "
    "trend: measure (events, accounts, users, metric), event (e.g. issue_created[plan = pro]; * for any qualifying "
    "event), metric, aggregate, interval, from, to. funnel: step (repeat, in order), actor, window, window_unit, "
    "interval, from, to. retention: actor, period, mode (first_time, recurring), windows (rolling, calendar), start, "
    "return, periods, cumulative, from, to."
)
Segment = Annotated[int, Query(ge=0, le=3, description="which segment (0 = the first)")]
Group = Annotated[str, Query(max_length=200, description="the breakdown group ('all' without a breakdown)")]


def params(request: Request, **fixed: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    out.update({k: [v] for k, v in fixed.items()})
    return out


@router.get("/api/insights/trend", response_model=TrendResult, tags=["insights"], summary="A trend as JSON",
            description=PARAMS_DOC)
def trend_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> Any:
    return ws.insight(ws.parse_insight(params(request, kind="trend")), user)


@router.get("/api/insights/funnel", response_model=FunnelResult, tags=["insights"], summary="A funnel as JSON",
            description=PARAMS_DOC)
def funnel_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> Any:
    return ws.insight(ws.parse_insight(params(request, kind="funnel")), user)


@router.get("/api/insights/retention", response_model=RetentionResult, tags=["insights"],
            summary="Retention in any mode as JSON", description=PARAMS_DOC)
def retention_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> Any:
    return ws.insight(ws.parse_insight(params(request, kind="retention")), user)


@router.post("/api/insights", response_model=InsightResult, tags=["insights"],
             summary="Run an insight given as its spec (JSON)")
def run_api(ws: WorkspaceDep, user: CurrentUser, spec: Annotated[InsightSpec, Body()]) -> Any:
    return ws.insight(spec, user)


@router.get("/api/insights.csv", tags=["insights"], summary="An insight's figures as CSV (UTF-8 with BOM)",
            description=PARAMS_DOC + " kind: trend (default), funnel or retention.",
            response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def csv_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> Response:
    spec = ws.parse_insight(params(request))
    result = ws.insight(spec, user)
    with localized(request):  # events by their names for people, as the page shows them
        text = INSIGHTS[spec.kind].to_csv(result, request_locale(request))
    name = f"{spec.kind}-{(ws.as_of() or date.today()).isoformat()}.csv"
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/api/insights/retention/actors", response_model=ActorList, tags=["insights"],
            summary="Who one retention cell counts", description=PARAMS_DOC)
def retention_actors_api(request: Request, ws: WorkspaceDep, user: CurrentUser, cohort: date,
                         k: Annotated[int, Query(ge=0, le=103)], segment: Segment = 0, group: Group = "all") -> ActorList:
    spec = ws.parse_insight(params(request, kind="retention"))
    return ws.retention_cell(spec, cohort=cohort, k=k, segment=segment, group=group, user=user)


@router.get("/api/insights/funnel/dropped", response_model=ActorList, tags=["insights"],
            summary="Who reached the step before and not this one", description=PARAMS_DOC)
def funnel_dropped_api(request: Request, ws: WorkspaceDep, user: CurrentUser,
                       at: Annotated[int, Query(ge=1, le=10, description="the step (1: all who entered)")],
                       segment: Segment = 0, group: Group = "all") -> ActorList:
    spec = ws.parse_insight(params(request, kind="funnel"))
    return ws.funnel_dropped(spec, step=at, segment=segment, group=group, user=user)


# -- pages ---------------------------------------------------------------------------------------
@router.get("/insights", response_class=HTMLResponse, include_in_schema=False)
def builder_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    query = params(request)
    kind = (query.get("kind") or ["trend"])[-1]
    problem, spec, result, fig = None, None, None, None
    try:
        spec = ws.parse_insight(query)
    except InsightError as exc:
        problem = said(request, exc)
    if spec is not None and not (kind == "funnel" and not query.get("step")):
        try:
            result = ws.insight(spec, user)
        except (InsightError, UnavailableError) as exc:  # the form stays, with what to change or load
            problem = said(request, exc)
    if result is not None:
        with localized(request):
            fig = _figure(result)
    pairs = spec_to_query(spec) if spec is not None else [("kind", kind)]
    saved_id = query["saved"][-1] if query.get("saved") else None
    return render(request, "insights.html", kind=kind if kind in INSIGHTS else "trend", spec=spec, result=result,
                  fig=fig, problem=problem, needs_plotly=fig is not None, as_of=ws.as_of(),
                  query=urlencode(pairs), pairs=pairs, events=ws.event_names(),
                  metrics=ws.metric_choices(request_locale(request)),
                  segments=ws.saved_segments(user), saved=ws.saved_insights(user), dashboards=ws.dashboards(user),
                  current=_current(ws, user, saved_id), link=lambda path, **extra: _link(path, pairs, extra),
                  heat=heat, duration=duration, period_label=period_label)


@router.get("/insights/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request, ws: WorkspaceDep, user: CurrentUser, cohort: date | None = None,
                k: Annotated[int | None, Query(ge=0, le=103)] = None,
                at: Annotated[int | None, Query(ge=1, le=10)] = None, segment: Segment = 0,
                group: Group = "all") -> HTMLResponse:
    spec = ws.parse_insight(params(request))
    if spec.kind == "retention" and cohort is not None and k is not None:
        found = ws.retention_cell(spec, cohort=cohort, k=k, segment=segment, group=group, user=user)
        what: tuple[str, Any, Any] = ("retention", cohort, k)
    elif spec.kind == "funnel" and at is not None:
        found = ws.funnel_dropped(spec, step=at, segment=segment, group=group, user=user)
        what = ("funnel", at, None)
    else:
        raise InsightError(N_("say which figure: a retention cell (cohort and k) or a funnel step (at)"))
    pairs = spec_to_query(spec)
    segment_url = "/accounts?" + urlencode([("account", a) for a in found.account_ids[:300]])
    return render(request, "insight_actors.html", spec=spec, found=found, what=what, group=group, as_of=ws.as_of(),
                  back="/insights?" + urlencode(pairs), segment_url=segment_url,
                  truncated=len(found.account_ids) > 300)


def heat(share: float | None) -> str:
    """Background and text colour of a retention cell: white → teal as the share grows."""
    if share is None:
        return ""
    s = max(0.0, min(1.0, share))
    r, g, b = (int(255 + (c - 255) * s) for c in (31, 111, 139))
    return f"background-color: rgb({r},{g},{b}); color: {'#fff' if s > 0.55 else '#1c2430'}"


def duration(seconds: float | None) -> str:
    """A time to convert as people say it: 45 min, 5.2 h, 3.1 d."""
    if seconds is None:
        return "—"
    if seconds < 3600:
        return _("%(n)s min") % {"n": round(seconds / 60)}
    if seconds < 86_400:
        return _("%(n).1f h") % {"n": seconds / 3600}
    return _("%(n).1f d") % {"n": seconds / 86_400}


def period_label(period: str, k: int) -> str:
    """The column head of period k: D3, W3, M3 (日3, 週3, 月3 in Japanese)."""
    letter = {"day": _("D"), "week": _("W"), "month": _("M")}[period]
    return f"{letter}{k}"


def _figure(result: Any) -> dict[str, Any]:
    if isinstance(result, TrendResult):
        return charts_insights.trend(result)
    if isinstance(result, FunnelResult):
        return charts_insights.funnel(result)
    return charts_insights.retention(result)


def _link(path: str, pairs: list[tuple[str, str]], extra: dict[str, Any]) -> str:
    return path + "?" + urlencode([*pairs, *((k, str(v)) for k, v in extra.items() if v is not None)])


def _current(ws: Any, user: Any, saved_id: str | None) -> Any:
    """The saved insight the page was opened from (None when it is not one the user may see)."""
    if saved_id is None or not saved_id.isdigit() or not 1 <= int(saved_id) <= 2**31 - 1:
        return None
    from banso.errors import NotFoundError

    try:
        return ws.saved_insight(int(saved_id), user)
    except NotFoundError:
        return None
