"""Before and after each of one account's touchpoints: did the account use the product differently?

The per-account side of the impact report (`banso.analysis.evidence.impact`): for a CSM preparing a
call, "after the meeting where we proposed documents, uses went from 0 to 10 a week". Each touchpoint
is compared on the weeks just before its local day and the weeks from it, in qualifying events per
week and, when the touchpoint proposed a feature (`properties.proposed_feature`), in uses of that
feature per week. This is one account's before and after, not an effect: the population estimate
against matched accounts is the impact report's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

from banso.analysis.account_view import daily_rows
from banso.analysis.source import Source
from banso.config.models import WorkspaceConfig
from banso.store.params import ACCOUNT

SINCE = ibis.param("string")  # ISO date: the first day the comparison needs
WEEKS = 4  # weeks on each side of a touchpoint
SHOWN = 10  # the most recent touchpoints compared


@dataclass(frozen=True)
class TouchpointChange:
    touchpoint_id: str
    day: date  # the touchpoint's local day
    kind: str
    title: str | None
    before: float  # qualifying events per week over the WEEKS weeks before `day`
    after: float | None  # … over the weeks from `day` (None: no full day yet after it)
    after_weeks: float  # how many weeks `after` covers (fewer than WEEKS for a recent touchpoint)
    feature: str | None = None  # the proposed feature, when the touchpoint proposed one
    feature_before: float | None = None  # its uses per week before
    feature_after: float | None = None  # … and after


@lru_cache(maxsize=16)
def _counts_query(store: Source, as_of: date) -> ir.Table:
    """Events per (day, event) of the account bound to ACCOUNT, from SINCE to as_of (built once per date)."""
    rows = daily_rows(store)
    rows = rows.filter(rows.day >= SINCE.cast("date"), rows.day < as_of)
    return rows.group_by("day", "event").agg(n=rows.n.sum())


def touchpoint_changes(store: Source, config: WorkspaceConfig, account_id: str, as_of: date,
                       touches: list[dict[str, Any]], *, weeks: int = WEEKS,
                       shown: int = SHOWN) -> list[TouchpointChange]:
    """The `shown` most recent of `touches` (rows of `account_view.touchpoints`, newest first) before
    as_of, each with the account's use before and after it; one query over the account's events."""
    zone = ZoneInfo(config.timezone)
    picked = [(t, _local_day(t["ts"], zone)) for t in touches if t.get("ts") is not None]
    picked = [(t, d) for t, d in picked if d < as_of][:shown]
    if not picked:
        return []
    span = timedelta(weeks=weeks)
    since = min(d for _, d in picked) - span
    rows = store.records(_counts_query(store, as_of), {ACCOUNT: account_id, SINCE: since.isoformat()})
    passive = set(config.events.passive)
    per_day: dict[date, int] = {}
    per_event: dict[tuple[date, str], int] = {}
    for r in rows:
        day, event, n = r["day"], str(r["event"]), int(r["n"])
        per_event[(day, event)] = n
        if event not in passive:
            per_day[day] = per_day.get(day, 0) + n

    def weekly(count: dict[Any, int], key: Any, start: date, end: date) -> float:
        days = (end - start).days
        total = sum(count.get(key(start + timedelta(days=i)), 0) for i in range(days))
        return 7 * total / days

    out = []
    for t, day in picked:
        end = min(day + span, as_of)
        after_days = (end - day).days
        props = t.get("properties")
        proposed = props.get("proposed_feature") if isinstance(props, dict) else None
        feature = proposed if isinstance(proposed, str) else None

        def uses(start: date, stop: date, feature: str | None = feature) -> float:
            return weekly(per_event, lambda d: (d, feature), start, stop)

        out.append(TouchpointChange(
            touchpoint_id=str(t["touchpoint_id"]), day=day, kind=str(t["kind"]), title=t.get("title"),
            before=weekly(per_day, lambda d: d, day - span, day),
            after=weekly(per_day, lambda d: d, day, end) if after_days else None,
            after_weeks=after_days / 7,
            feature=feature,
            feature_before=uses(day - span, day) if feature else None,
            feature_after=uses(day, end) if feature and after_days else None,
        ))
    return out


def _local_day(ts: datetime | date, zone: ZoneInfo) -> date:
    """The calendar day of a stored timestamp (naive UTC) in the workspace's time zone."""
    if not isinstance(ts, datetime):
        return ts
    aware = ts if ts.tzinfo is not None else ts.replace(tzinfo=ZoneInfo("UTC"))
    return aware.astimezone(zone).date()
