"""Trial-cohort retention, exactly as DESIGN.md defines it.

A cohort is the set of accounts whose start *t₀* — `trial_started_at`, or the account's first event
where none is given — falls in one calendar week (Monday first, workspace time zone). For an account
with start *t₀*, week *k* is `[t₀ + 7k days, t₀ + 7(k+1) days)`. Cell *(cohort, k)* is the share of the
cohort's accounts that are active in their own week *k*: at least one member with a qualifying
(non-passive) event attributed to the account in that window. Churned accounts stay in the
denominator. A cell whose window has not ended for every account of the cohort at `as_of` (midnight
in the workspace zone) is incomplete; one that no account has reached yet is empty.

The per-account work (starts, active weeks, cohort counts) is one Ibis expression; only the small
cohort × week grid is assembled in Python.

    m = retention_matrix(store, config, as_of=date(2026, 11, 16), weeks=12)
    m.cohorts[0].cells[0].share   # e.g. 0.93: 93 % of the first cohort was active in its first week
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

from banso import i18n
from banso.config.models import WorkspaceConfig
from banso.errors import BansoError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.store import Store

WEEK_SECONDS = 7 * 86400


@dataclass(frozen=True)
class Cell:
    k: int
    active: int
    share: float | None  # None: no account of the cohort has reached week k yet
    complete: bool


@dataclass(frozen=True)
class Cohort:
    start: date  # the Monday of the cohort week
    size: int
    cells: list[Cell]


@dataclass(frozen=True)
class RetentionMatrix:
    as_of: date
    weeks: int
    cohorts: list[Cohort]


@dataclass(frozen=True)
class Curve:
    """Pooled retention of a group of cohorts: Σ active / Σ size over complete cells, per week."""

    label: str
    cohorts: int
    accounts: int
    shares: list[float | None]


def retention_matrix(
    store: Store,
    config: WorkspaceConfig,
    as_of: date,
    *,
    weeks: int = 12,
    cohort_from: date | None = None,
    cohort_to: date | None = None,
) -> RetentionMatrix:
    """The cohort × week matrix at `as_of`, cohorts from `cohort_from` to `cohort_to` (inclusive)."""
    if not 1 <= weeks <= 104:
        raise BansoError(N_("weeks must be between 1 and 104"))
    if cohort_from and cohort_to and cohort_from > cohort_to:
        return RetentionMatrix(as_of=as_of, weeks=weeks, cohorts=[])  # an empty range holds no cohort
    cutoff = _utc_midnight(as_of, config.timezone)
    starts = _starts(store, config.timezone, cutoff)
    if cohort_from is not None:
        starts = starts.filter(starts.cohort >= _monday(cohort_from))
    if cohort_to is not None:
        starts = starts.filter(starts.cohort <= _monday(cohort_to))
    sizes = store.execute(
        starts.group_by("cohort").agg(size=starts.count(), first_t0=starts.t0.min(), last_t0=starts.t0.max())
    )
    actives = _active_weeks(store, config, starts, cutoff, weeks)
    counts = store.execute(actives.group_by("cohort", "k").agg(active=actives.account_id.nunique()))
    by_cell = {(_as_date(c), int(k)): int(n) for c, k, n in zip(counts["cohort"], counts["k"], counts["active"], strict=True)}

    cohorts = []
    for row in sizes.sort_values("cohort").itertuples(index=False):
        start = _as_date(row.cohort)
        size = int(row.size)
        first, last = _as_datetime(row.first_t0), _as_datetime(row.last_t0)
        cells = []
        for k in range(weeks):
            active = by_cell.get((start, k), 0)
            reached = first + timedelta(days=7 * k) < cutoff
            complete = last + timedelta(days=7 * (k + 1)) <= cutoff
            cells.append(Cell(k=k, active=active, share=(active / size) if reached and size else None, complete=complete))
        cohorts.append(Cohort(start=start, size=size, cells=cells))
    return RetentionMatrix(as_of=as_of, weeks=weeks, cohorts=cohorts)


def compare_cohorts(matrix: RetentionMatrix, split: date) -> tuple[Curve, Curve]:
    """Cohorts starting before `split` against those starting on or after it (complete cells only)."""
    before = [c for c in matrix.cohorts if c.start < _monday(split)]
    after = [c for c in matrix.cohorts if c.start >= _monday(split)]
    return (_pooled(f"before {split.isoformat()}", before, matrix.weeks),
            _pooled(f"from {split.isoformat()}", after, matrix.weeks))


def _pooled(label: str, cohorts: list[Cohort], weeks: int) -> Curve:
    shares: list[float | None] = []
    for k in range(weeks):
        cells = [(c.cells[k], c.size) for c in cohorts if c.cells[k].complete]
        size = sum(s for _, s in cells)
        shares.append(sum(cell.active for cell, _ in cells) / size if size else None)
    return Curve(label=label, cohorts=len(cohorts), accounts=sum(c.size for c in cohorts), shares=shares)


# -- the Ibis part --------------------------------------------------------------------------------
DEFAULT_COHORTS = 16


@dataclass(frozen=True)
class Retention:
    """The retention page: the matrix over a range of cohorts and, with a split date, the two pooled curves."""

    as_of: date | None
    weeks: int
    cohort_from: date
    cohort_to: date
    split: date | None
    cohorts: list[Cohort]
    comparison: list[Curve]


def retention(store: Store, config: WorkspaceConfig, as_of: date, *, weeks: int = 12,
              cohort_from: date | None = None, cohort_to: date | None = None, split: date | None = None,
              matrix: RetentionMatrix | None = None) -> Retention:
    """The matrix of the last `DEFAULT_COHORTS` cohort weeks before `as_of` unless a range is given
    (a `matrix` already computed for that range is reused), compared before and after `split`."""
    first, last = cohort_range(as_of, cohort_from, cohort_to)
    if first > last:  # an empty range: no cohort, and nothing to compare
        matrix = RetentionMatrix(as_of=as_of, weeks=weeks, cohorts=[])
    if matrix is None:
        matrix = retention_matrix(store, config, as_of, weeks=weeks, cohort_from=first, cohort_to=last)
    curves = []
    if split is not None:  # labelled in the language being rendered (`banso.i18n.using`)
        before, after = compare_cohorts(matrix, split)
        curves = [replace(before, label=_("before %(d)s") % {"d": i18n.day(split)}),
                  replace(after, label=_("from %(d)s") % {"d": i18n.day(split)})]
    return Retention(as_of=as_of, weeks=weeks, cohort_from=first, cohort_to=last, split=split,
                     cohorts=matrix.cohorts, comparison=curves)


def cohort_range(as_of: date, cohort_from: date | None, cohort_to: date | None) -> tuple[date, date]:
    """The cohort weeks a retention page shows (the defaults of `retention`)."""
    last = cohort_to or _monday(as_of)
    return cohort_from or (last - timedelta(weeks=DEFAULT_COHORTS - 1)), last


def _starts(store: Store, zone: str, cutoff: datetime) -> ir.Table:
    """(account_id, t0, cohort) for every account that had started before the cutoff."""
    acc = store.table("accounts")
    ev = store.table("events")
    first = ev.filter(ev.account_id.notnull()).group_by("account_id").agg(first_ts=ev.ts.min())
    j = acc.left_join(first, acc.account_id == first.account_id)
    t = j.select(account_id=acc.account_id, t0=acc.trial_started_at.coalesce(first.first_ts))
    t = t.filter(t.t0.notnull(), t.t0 < ibis.literal(cutoff, type="timestamp"))
    return t.mutate(cohort=_local(t.t0, zone).truncate("W").date())


def _active_weeks(store: Store, config: WorkspaceConfig, starts: ir.Table, cutoff: datetime, weeks: int) -> ir.Table:
    """Distinct (account_id, cohort, k) with an active member in the account's own week k."""
    ev = store.table("events")
    ev = ev.filter(ev.account_id.notnull(), ev.user_id.notnull(), ev.ts < ibis.literal(cutoff, type="timestamp"))
    if config.events.passive:
        ev = ev.filter(ev.event.notin(list(config.events.passive)))
    mem = store.table("memberships").select("account_id", "user_id", "joined_at")
    member_ev = ev.join(mem, [ev.account_id == mem.account_id, ev.user_id == mem.user_id]).filter(
        mem.joined_at.isnull() | (mem.joined_at <= ev.ts)
    ).select(ev.account_id, ev.ts)
    j = member_ev.join(starts, "account_id")
    offset = j.ts.epoch_seconds() - j.t0.epoch_seconds()
    j = j.filter(offset >= 0).mutate(k=(offset // WEEK_SECONDS).cast("int64"))
    j = j.filter(j.k < weeks)
    return j.select("account_id", "cohort", "k").distinct()


@ibis.udf.scalar.builtin(name="timezone")
def _tz_at(zone: str, ts: dt.Timestamp(timezone="UTC")) -> dt.timestamp:  # type: ignore[empty-body,valid-type]
    """The engine's zone conversion, used only for zones with daylight saving."""


def _local(ts: ir.TimestampValue, zone: str) -> ir.TimestampValue:
    """A stored UTC timestamp as wall-clock time in `zone`."""
    offset = _fixed_offset(zone)
    if offset is not None:
        return ts + ibis.interval(seconds=offset)
    aware = ts.cast(dt.Timestamp(timezone="UTC"))
    return _tz_at(zone, aware)  # type: ignore[no-any-return]


def _fixed_offset(zone: str) -> int | None:
    tz = ZoneInfo(zone)
    probe = [datetime(2000, 1, 1, tzinfo=UTC) + timedelta(days=30 * i) for i in range(12 * 40)]
    offsets = {int(p.astimezone(tz).utcoffset().total_seconds()) for p in probe}  # type: ignore[union-attr]
    return offsets.pop() if len(offsets) == 1 else None


def _utc_midnight(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    import pandas as pd

    return pd.Timestamp(value).date()  # type: ignore[arg-type]


def _as_datetime(value: object) -> datetime:
    import pandas as pd

    return pd.Timestamp(value).to_pydatetime().replace(tzinfo=None)  # type: ignore[arg-type]
