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
from pydantic import BaseModel, Field

from banso.analysis.account_list import SORTABLE, all_rows, query_accounts
from banso.analysis.segments import METRIC_PREFIX, SegmentSpec, parse_segment
from banso.appstate.segments import get_segment, visible_segments
from banso.csv_cells import SafeWriter
from banso.web.ids import OptionalRowIdQuery
from banso.web.render import render
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()
FILTER_KEYS = ("q", "tier", "plan", "band", "owner", "status", "score_min", "score_max", "renewal_within", "m")
CSV_COLUMNS = ("account_id", "name", "tier", "plan", "status", "mrr", "seats", "members", "score", "band", "trend",
               "active_rate", "renewal_date", "days_to_renewal", "owner")


class AccountRow(BaseModel):
    account_id: str
    name: str | None
    tier: str | None
    plan: str | None
    status: str | None
    mrr: float | None
    seats: int | None
    members: int
    score: float | None
    band: str | None
    trend: float | None
    active_rate: float | None = Field(description="active members / seats, last 28 days")
    renewal_date: date | None
    days_to_renewal: int | None
    owner: str | None
    metrics: dict[str, float | None] = Field(default_factory=dict, description="metrics the segment filters on")


class SavedSegmentInfo(BaseModel):
    id: int
    name: str
    shared: bool
    mine: bool
    query: str


class AccountList(BaseModel):
    as_of: date | None
    segment: SegmentSpec
    query: str = Field(description="the segment as URL query parameters")
    sort: str
    descending: bool
    page: int
    pages: int
    per_page: int
    total: int
    mrr: float = Field(description="Σ MRR of the whole segment")
    bands: dict[str, int] = Field(description="accounts of the segment per band ('none': not scored)")
    rows: list[AccountRow]


def _params(request: Request) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    # metric rows of the HTML builder arrive as parallel lists mm / mo / mv
    for metric, op, value in zip(out.get("mm", []), out.get("mo", []), out.get("mv", []), strict=False):
        if metric.strip() and value.strip():
            out.setdefault("m", []).append(f"{metric.strip()}:{op.strip()}:{value.strip()}")
    return out


def segment_of(request: Request, state: WebState) -> SegmentSpec:
    return parse_segment(_params(request), metrics=state.metric_names())


def _sort(sort: str, state: WebState) -> str:
    if sort in SORTABLE:
        return sort
    if sort.startswith(METRIC_PREFIX) and sort.removeprefix(METRIC_PREFIX) in state.metric_names():
        return sort
    from banso.errors import BansoError

    raise BansoError(f"cannot sort by {sort!r}; use one of: {', '.join(SORTABLE)}")


def _row(record: dict[str, Any], metrics: list[str]) -> AccountRow:
    def clean(v: Any) -> Any:
        return None if v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT else v

    r = {k: clean(record.get(k)) for k in AccountRow.model_fields if k != "metrics"}
    r["members"] = int(r["members"] or 0)
    if r["renewal_date"] is not None:
        r["renewal_date"] = pd.Timestamp(r["renewal_date"]).date()
    return AccountRow(**r, metrics={m: clean(record.get(METRIC_PREFIX + m)) for m in metrics})


def build_list(state: WebState, spec: SegmentSpec, sort: str, descending: bool, page: int, per_page: int) -> AccountList:
    key = _sort(sort, state)
    facts = state.facts_table()
    with state.lock:
        result = query_accounts(state.ws.store, facts, spec, sort=key, descending=descending, page=page,
                                per_page=per_page)
    shown = [f.metric for f in spec.metrics]
    if key.startswith(METRIC_PREFIX) and key.removeprefix(METRIC_PREFIX) not in shown:
        shown.append(key.removeprefix(METRIC_PREFIX))
    records = result.rows.astype(object).where(result.rows.notna(), None).to_dict("records")
    return AccountList(
        as_of=state.as_of(), segment=spec, query=urlencode(spec.to_query()), sort=sort, descending=descending,
        page=page, pages=result.pages, per_page=per_page, total=result.total, mrr=result.mrr, bands=result.bands,
        rows=[_row(r, shown) for r in records],
    )


Sort = Annotated[str, Query(max_length=80, description=f"one of {', '.join(SORTABLE)} or m__<metric>")]
Dir = Annotated[str, Query(pattern="^(asc|desc)$")]
Page = Annotated[int, Query(ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]
FILTER_DOC = (
    "Segment filters: q (name contains), tier, plan, band (good|normal|bad|none), owner, status (each repeatable), "
    "score_min, score_max, renewal_within (days), m=metric:op:value (op one of < <= > >= = !=, repeatable)."
)


@router.get("/api/accounts", response_model=AccountList, tags=["pages"], summary="The accounts list as JSON",
            description=FILTER_DOC)
def accounts_api(request: Request, user: CurrentUser, sort: Sort = "mrr", dir: Dir = "desc", page: Page = 1,
                 per_page: PerPage = 50) -> AccountList:
    state = web_state(request)
    return build_list(state, segment_of(request, state), sort, dir == "desc", page, per_page)


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
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    if column in _INT_COLUMNS:
        return int(value)
    if column == "renewal_date":
        return pd.Timestamp(value).date().isoformat()
    return value


@router.get("/api/accounts.csv", tags=["pages"], summary="The whole segment as CSV (UTF-8 with BOM)",
            description=FILTER_DOC, response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}})
def accounts_csv(request: Request, user: CurrentUser, sort: Sort = "mrr", dir: Dir = "desc") -> StreamingResponse:
    state = web_state(request)
    spec = segment_of(request, state)
    key = _sort(sort, state)
    with state.lock:
        frame = all_rows(state.ws.store, state.facts_table(), spec, sort=key, descending=dir == "desc")
    name = f"accounts-{(state.as_of() or date.today()).isoformat()}.csv"
    return StreamingResponse(_csv(frame, [f.metric for f in spec.metrics]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/accounts", response_class=HTMLResponse, include_in_schema=False)
def accounts_page(request: Request, user: CurrentUser, sort: Sort = "mrr", dir: Dir = "desc", page: Page = 1,
                  per_page: PerPage = 50, seg: OptionalRowIdQuery = None) -> Response:
    state = web_state(request)
    params = _params(request)
    has_filters = any(k in params for k in FILTER_KEYS)
    if seg is not None and not has_filters:
        with state.ws.app_state.session() as s:
            saved = get_segment(s, seg, user)
            spec = saved.spec
        return RedirectResponse(_canonical(spec, sort, dir, per_page, seg), status_code=303)
    spec = segment_of(request, state)
    canonical = _canonical(spec, sort, dir, per_page, seg, page)
    current = request.url.path + (("?" + request.url.query) if request.url.query else "")
    if any(k in params for k in ("mm", "mo", "mv")) or any(not v.strip() for vs in params.values() for v in vs):
        return RedirectResponse(canonical, status_code=303)  # tidy the URL the builder form produced
    data = build_list(state, spec, sort, dir == "desc", page, per_page)
    facts = state.facts()
    with state.ws.app_state.session() as s:
        segments = [SavedSegmentInfo(id=x.id, name=x.name, shared=x.shared, mine=x.owner_id == user.id,
                                     query=urlencode(x.spec.to_query())) for x in visible_segments(s, user)]
    current_seg = next((x for x in segments if x.id == seg), None)
    options = {
        "tier": _distinct(facts, "tier"), "plan": _distinct(facts, "plan"), "owner": _distinct(facts, "owner"),
        "status": ["trial", "active", "churned"], "band": ["good", "normal", "bad", "none"],
    }
    return render(request, "accounts.html", data=data, options=options, metrics=state.metric_names(),
                  metric_docs=state.metric_descriptions(), segments=segments, current_seg=current_seg,
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


def _distinct(facts: pd.DataFrame, column: str) -> list[str]:
    return sorted(str(v) for v in facts[column].dropna().unique())
