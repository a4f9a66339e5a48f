"""The accounts list (the grove): segment builder, server-side sorting and paging, CSV export.

The URL holds the whole segment (`?tier=Enterprise&band=bad&m=active_rate_28d:<:0.3&sort=score`), so
any view can be bookmarked or pasted into a chat. Saved segments live in `segments_routes`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel

from banso.analysis.account_list import SORTABLE, AccountList
from banso.config.segment import METRIC_PREFIX, SegmentSpec
from banso.csv_cells import SafeWriter
from banso.values import is_missing
from banso.web.deps import WorkspaceDep
from banso.web.ids import OptionalRowIdQuery
from banso.web.paging import Page, PerPage
from banso.web.render import render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
FILTER_KEYS = ("q", "tier", "plan", "band", "owner", "status", "phase", "score_min", "score_max", "renewal_within",
               "m", "account")
CSV_COLUMNS = ("account_id", "name", "tier", "plan", "status", "mrr", "seats", "members", "score", "band", "trend",
               "active_rate", "renewal_date", "days_to_renewal", "owner")


class SavedSegmentInfo(BaseModel):
    id: int
    name: str
    shared: bool
    mine: bool
    query: str


def _params(request: Request, shares: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """The query as lists; the builder's metric rows (mm / mo / mv, sent without script) become `m` tokens, a
    share metric's value read in percent, as the builder shows it."""
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    for metric, op, value in zip(out.get("mm", []), out.get("mo", []), out.get("mv", []), strict=False):
        metric, value = metric.strip(), value.strip()
        if metric and value:
            unit = "%" if metric in shares and not value.endswith("%") else ""
            out.setdefault("m", []).append(f"{metric}:{op.strip()}:{value}{unit}")
    return out


Sort = Annotated[str, Query(max_length=80, description=f"one of {', '.join(SORTABLE)} or m__<metric>")]
Dir = Annotated[str, Query(pattern="^(asc|desc)$")]
FILTER_DOC = (
    "Segment filters: q (name contains, or an account id), tier, plan, band (good|normal|bad|none), owner, status "
    "(none given: every account but the churned ones, unless phase or account is given), phase (lifecycle), "
    "account (an id) (each repeatable), score_min, score_max, renewal_within (days), m=metric:op:value (op one of "
    "< <= > >= = !=, a share's value in percent as 30% or as 0.3; repeatable)."
)


@router.get("/api/accounts", response_model=AccountList, tags=["pages"], summary="The accounts list as JSON",
            description=FILTER_DOC)
def accounts_api(request: Request, ws: WorkspaceDep, user: CurrentUser, sort: Sort = "mrr", dir: Dir = "desc",
                 page: Page = 1, per_page: PerPage = 50) -> AccountList:
    return ws.accounts(ws.parse_segment(_params(request)), sort=sort, descending=dir == "desc", page=page,
                       per_page=per_page)


def _csv(frame: pd.DataFrame, metrics: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    writer = SafeWriter(buf)  # no cell may start a spreadsheet formula
    columns = [*CSV_COLUMNS, *(METRIC_PREFIX + m for m in metrics)]
    writer.writerow([c.removeprefix(METRIC_PREFIX) for c in columns])
    yield "\ufeff" + buf.getvalue()  # BOM: Excel opens UTF-8 (Japanese names) correctly
    for start in range(0, len(frame), 2000):
        buf.seek(0)
        buf.truncate()
        part = frame.iloc[start:start + 2000]
        present = [c for c in columns if c in part.columns]
        for row in part[present].itertuples(index=False):
            writer.writerow([_cell(c, v) for c, v in zip(present, row, strict=True)])
        yield buf.getvalue()


_INT_COLUMNS = {"seats", "members", "days_to_renewal"}


def _cell(column: str, value: Any) -> Any:
    if is_missing(value):
        return ""
    if column in _INT_COLUMNS:
        return int(value)
    if column == "renewal_date":
        return pd.Timestamp(value).date().isoformat()
    return value


@router.get("/api/accounts.csv", tags=["pages"], summary="The whole segment as CSV (UTF-8 with BOM)",
            description=FILTER_DOC + " seg=N exports saved segment N (its filters, when no others are given).",
            response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def accounts_csv(request: Request, ws: WorkspaceDep, user: CurrentUser, sort: Sort = "mrr",
                 dir: Dir = "desc", seg: OptionalRowIdQuery = None) -> StreamingResponse:
    params = _params(request)
    has_filters = any(k in params for k in FILTER_KEYS)
    spec = ws.saved_segment(seg, user).spec if seg is not None and not has_filters else ws.parse_segment(params)
    frame = ws.account_rows(spec, sort=sort, descending=dir == "desc")
    name = f"accounts-{(ws.as_of() or date.today()).isoformat()}.csv"
    return StreamingResponse(_csv(frame, [f.metric for f in spec.metrics]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/accounts", response_class=HTMLResponse, include_in_schema=False)
def accounts_page(request: Request, ws: WorkspaceDep, user: CurrentUser, sort: Sort = "mrr", dir: Dir = "desc",
                  page: Page = 1, per_page: PerPage = 50, seg: OptionalRowIdQuery = None) -> Response:
    builder = ws.segment_builder(request_locale(request))
    params = _params(request, builder.shares())
    has_filters = any(k in params for k in FILTER_KEYS)
    if seg is not None and not has_filters:
        saved = ws.saved_segment(seg, user)
        return RedirectResponse(_canonical(saved.spec, sort, dir, per_page, seg), status_code=303)
    spec = ws.parse_segment(params)
    canonical = _canonical(spec, sort, dir, per_page, seg, page)
    current = request.url.path + (("?" + request.url.query) if request.url.query else "")
    if any(k in params for k in ("mm", "mo", "mv")) or any(not v.strip() for vs in params.values() for v in vs):
        return RedirectResponse(canonical, status_code=303)  # tidy the URL the builder form produced
    data = ws.accounts(spec, sort=sort, descending=dir == "desc", page=page, per_page=per_page)
    segments = [SavedSegmentInfo(id=x.id, name=x.name, shared=x.shared, mine=x.owner_id == user.id,
                                 query=urlencode(x.spec.to_query())) for x in ws.saved_segments(user)]
    current_seg = next((x for x in segments if x.id == seg), None)
    return render(request, "accounts.html", data=data, options=builder.options, metrics=builder.metrics,
                  metric_labels={m.name: m.label for m in builder.metrics},
                  shares=builder.shares(), segments=segments, current_seg=current_seg,
                  as_of=data.as_of, canonical=current, filters=data.segment.describe(),
                  csv_url="/api/accounts.csv?" + urlencode([*spec.to_query(), *_order(sort, dir)]))


def _canonical(spec: SegmentSpec, sort: str, dir: str, per_page: int, seg: int | None, page: int = 1) -> str:
    pairs = spec.to_query()
    if sort and sort != "mrr":
        pairs.append(("sort", sort))
    if dir != "desc":
        pairs.append(("dir", dir))
    if per_page != 50:
        pairs.append(("per_page", str(per_page)))
    if page != 1:
        pairs.append(("page", str(page)))
    if seg is not None:
        pairs.append(("seg", str(seg)))
    return "/accounts" + ("?" + urlencode(pairs) if pairs else "")


def _order(sort: str, dir: str) -> list[tuple[str, str]]:
    return ([("sort", sort)] if sort and sort != "mrr" else []) + ([("dir", dir)] if dir != "desc" else [])
