"""The accounts list (the "grove"): one row of facts per account, filtered, sorted and paged.

The facts table joins the CRM fields with the members count, the latest health snapshot and the
workspace's metrics at one `as_of`. It is built once per data version (15,000 rows) and then every
list request is a small Ibis query over it: filters from a `SegmentSpec`, an allowed sort column,
a page. That keeps the first page of a 15,000-account list well under the time a person notices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

import ibis
import ibis.expr.types as ir
import pandas as pd
from pydantic import Field

from banso.analysis.segments import apply_segment
from banso.config.segment import METRIC_PREFIX, SegmentSpec
from banso.errors import BansoError
from banso.health.current import CurrentScore
from banso.i18n import N_
from banso.paged import page_count, page_offset
from banso.store import Store
from banso.values import as_date, is_missing, or_none, records

BASE_COLUMNS = ("account_id", "name", "tier", "plan", "status", "mrr", "seats", "owner", "renewal_date",
                "trial_started_at", "contract_started_at", "churned_at", "crm_url")
SORTABLE = ("name", "tier", "plan", "status", "mrr", "seats", "members", "score", "band", "trend",
            "active_rate", "days_to_renewal", "owner", "renewal_date")
ACTIVE_RATE_METRIC = "active_rate_28d"
_BAND_ORDER = {"bad": 0, "normal": 1, "good": 2}


@dataclass(frozen=True)
class ListPage:
    """One page of the list (a frame of facts rows) plus what the whole segment adds up to."""

    rows: pd.DataFrame
    total: int
    page: int
    per_page: int
    mrr: float
    bands: dict[str, int]

    @property
    def pages(self) -> int:
        return page_count(self.total, self.per_page)


def default_as_of(store: Store) -> date | None:
    """The Monday on or before the day after the last event's local day (None without events)."""
    events = store.table("events")
    last = store.execute(events.aggregate(last=events.day.max()))["last"].iloc[0]
    if last is None or pd.isna(last):
        return None
    after = pd.Timestamp(last).date() + timedelta(days=1)
    return after - timedelta(days=after.weekday())


def account_facts(
    store: Store,
    as_of: date,
    *,
    metrics: pd.DataFrame | None = None,
    health: pd.DataFrame | None = None,
    accounts: list[str] | None = None,
) -> pd.DataFrame:
    """Every account (or those of `accounts`) with the list's columns at `as_of`.

    `metrics` is an executed `compute_metrics` frame (account_id + one column per metric) and
    `health` the current scores (account_id, score, band, trend); either may be missing, and the
    columns they would fill stay empty.
    """
    acc = store.table("accounts")
    mem = store.table("memberships")
    if accounts is not None:
        acc = acc.filter(acc.account_id.isin(accounts))
        mem = mem.filter(mem.account_id.isin(accounts))
    counts = mem.group_by("account_id").agg(members=mem.user_id.nunique())
    joined = acc.left_join(counts, acc.account_id == counts.account_id)
    frame = store.execute(joined.select(*[acc[c] for c in BASE_COLUMNS], members=counts.members.fill_null(0)))
    frame["members"] = frame["members"].fillna(0).astype("int64")
    renewal = pd.to_datetime(frame["renewal_date"], errors="coerce")
    frame["days_to_renewal"] = (renewal - pd.Timestamp(as_of)).dt.days.astype("Int64")
    frame["renewal_date"] = renewal.dt.date
    frame["mrr"] = pd.to_numeric(frame["mrr"], errors="coerce")
    frame["seats"] = pd.to_numeric(frame["seats"], errors="coerce").astype("Int64")

    if health is not None and len(health):
        cols = [c for c in ("score", "band", "trend") if c in health.columns]
        frame = frame.merge(health[["account_id", *cols]].drop_duplicates("account_id"), on="account_id", how="left")
    for col, dtype in (("score", "float64"), ("band", "object"), ("trend", "float64")):
        if col not in frame.columns:
            frame[col] = pd.Series([None] * len(frame), dtype=dtype)
    frame["band_rank"] = frame["band"].map(_BAND_ORDER).astype("Int64")

    if metrics is not None and len(metrics):
        renamed = metrics.rename(columns={c: METRIC_PREFIX + c for c in metrics.columns if c != "account_id"})
        frame = frame.merge(renamed, on="account_id", how="left")
    active = METRIC_PREFIX + ACTIVE_RATE_METRIC
    frame["active_rate"] = frame[active] if active in frame.columns else pd.Series([None] * len(frame), dtype="float64")
    return frame.reset_index(drop=True)


def metric_names(facts: pd.DataFrame) -> list[str]:
    return sorted(c.removeprefix(METRIC_PREFIX) for c in facts.columns if c.startswith(METRIC_PREFIX))


def sort_key(sort: str, facts_columns: list[str]) -> str:
    """The facts column a requested sort stands for; anything else is refused."""
    if sort == "band":
        return "band_rank"
    if sort in SORTABLE:
        return sort
    if sort.startswith(METRIC_PREFIX) and sort in facts_columns:
        return sort
    raise BansoError(N_("cannot sort by %(sort)s; use one of: %(choices)s or a metric column"), sort=repr(sort),
                     choices=", ".join(SORTABLE))


def query_accounts(
    store: Store,
    facts: ir.Table,
    spec: SegmentSpec,
    *,
    sort: str = "mrr",
    descending: bool = True,
    page: int = 1,
    per_page: int = 50,
) -> ListPage:
    """One page of the segment, sorted (empty values always last), with its totals."""
    if per_page < 1 or per_page > 500:
        raise BansoError(N_("per_page must be between 1 and 500"))
    if page < 1:
        raise BansoError(N_("page must be 1 or more"))
    t = apply_segment(facts, spec)
    summary = store.execute(
        t.group_by(band=t.band.fill_null("none")).agg(n=t.count(), mrr=t.mrr.sum())
    )
    total = int(summary["n"].sum()) if len(summary) else 0
    bands = {str(b): int(n) for b, n in zip(summary["band"], summary["n"], strict=True)}
    mrr = float(summary["mrr"].fillna(0).sum()) if len(summary) else 0.0
    key = sort_key(sort, list(facts.columns))
    order = ibis.desc(t[key], nulls_first=False) if descending else ibis.asc(t[key], nulls_first=False)
    rows = store.execute(t.order_by([order, t.account_id]).limit(per_page, offset=page_offset(page, per_page)))
    return ListPage(rows=rows, total=total, page=page, per_page=per_page, mrr=mrr, bands=bands)


def all_rows(store: Store, facts: ir.Table, spec: SegmentSpec, *, sort: str = "mrr", descending: bool = True) -> pd.DataFrame:
    """Every row of the segment in list order (for CSV export)."""
    t = apply_segment(facts, spec)
    key = sort_key(sort, list(facts.columns))
    order = ibis.desc(t[key], nulls_first=False) if descending else ibis.asc(t[key], nulls_first=False)
    return store.execute(t.order_by([order, t.account_id]))


def checked_sort(sort: str, metrics: list[str]) -> str:
    """A sort the list offers: a fixed column or `m__<metric>` of a known metric; anything else is refused."""
    if sort in SORTABLE:
        return sort
    if sort.startswith(METRIC_PREFIX) and sort.removeprefix(METRIC_PREFIX) in metrics:
        return sort
    raise BansoError(N_("cannot sort by %(sort)s; use one of: %(choices)s"), sort=repr(sort), choices=", ".join(SORTABLE))


@dataclass(frozen=True)
class AccountRow:
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
    active_rate: Annotated[float | None, Field(description="active members / seats, last 28 days")]
    renewal_date: date | None
    days_to_renewal: int | None
    owner: str | None
    metrics: Annotated[dict[str, float | None], Field(description="metrics the segment filters on")] = field(
        default_factory=dict)
    current: Annotated[CurrentScore | None, Field(
        description="the current score (windows ending today) and when it was computed")] = None


@dataclass(frozen=True)
class AccountList:
    as_of: date | None
    segment: SegmentSpec
    query: Annotated[str, Field(description="the segment as URL query parameters")]
    sort: str
    descending: bool
    page: int
    pages: int
    per_page: int
    total: int
    mrr: Annotated[float, Field(description="Σ MRR of the whole segment")]
    bands: Annotated[dict[str, int], Field(description="accounts of the segment per band ('none': not scored)")]
    rows: list[AccountRow]


_ROW_FIELDS = [f for f in AccountRow.__dataclass_fields__ if f != "metrics"]


def account_row(record: dict[str, Any], metrics: list[str]) -> AccountRow:
    r = {k: or_none(record.get(k)) for k in _ROW_FIELDS}
    r["members"] = int(r["members"] or 0)
    r["renewal_date"] = as_date(r["renewal_date"])
    for k in ("seats", "days_to_renewal"):
        r[k] = None if is_missing(r[k]) else int(r[k])
    return AccountRow(**r, metrics={m: or_none(record.get(METRIC_PREFIX + m)) for m in metrics})


def account_list(store: Store, facts: ir.Table, spec: SegmentSpec, *, as_of: date | None, sort: str,
                 descending: bool, page: int, per_page: int, metrics: list[str]) -> AccountList:
    """A page of the accounts list; `metrics` are the metric names the workspace computed."""
    key = checked_sort(sort, metrics)
    result = query_accounts(store, facts, spec, sort=key, descending=descending, page=page, per_page=per_page)
    shown = [f.metric for f in spec.metrics]
    if key.startswith(METRIC_PREFIX) and key.removeprefix(METRIC_PREFIX) not in shown:
        shown.append(key.removeprefix(METRIC_PREFIX))
    return AccountList(
        as_of=as_of, segment=spec, query=urlencode(spec.to_query()), sort=sort, descending=descending,
        page=page, pages=result.pages, per_page=per_page, total=result.total, mrr=result.mrr, bands=result.bands,
        rows=[account_row(r, shown) for r in records(result.rows)],
    )


@dataclass(frozen=True)
class MetricChoice:
    """A metric a page offers: its name, its name for people in the page's language, what it measures, and
    whether it is a share (percent)."""

    name: str
    label: str
    description: str
    share: bool


@dataclass(frozen=True)
class SegmentBuilder:
    """What the accounts list's filters offer: the values of each list filter, and the metrics."""

    options: dict[str, list[str]]
    metrics: list[MetricChoice]

    def shares(self) -> frozenset[str]:
        return frozenset(m.name for m in self.metrics if m.share)
