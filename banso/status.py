"""What the store holds, for `banso status` and the web app's data page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from banso.model import SOURCE_TABLES
from banso.store import Store
from banso.values import Moment, as_datetime

COLLECTOR_FILES = "collector"  # the `files` of the collector's lines in `loads` (banso.store.duckdb.collector_sink)
# Days without a single new event after which the feed is said to have stopped: longer than a weekend's lull,
# short enough to be told before a week of current scores has counted every account as quiet.
QUIET_DAYS = 3


@dataclass
class StoreStatus:
    counts: dict[str, int]
    first_event: Moment | None
    last_event: Moment | None
    accounts_without_events: int
    events_without_account: int
    events_with_unknown_account: int
    events_by_source: dict[str, int] = field(default_factory=dict)
    last_loads: list[dict[str, object]] = field(default_factory=list)


def store_status(store: Store) -> StoreStatus:
    """What the store holds: in DuckDB's SQL on the embedded store (no Ibis, no pandas: `banso status` starts
    fast), through Ibis on the other engines; the same figures either way."""
    if store.engine == "duckdb":
        from banso.store.duckdb.status import figures

        return status_of(figures(store))
    return status_of(ibis_figures(store))


def status_of(found: dict[str, Any]) -> StoreStatus:
    """The status from its figures, as either engine path gives them."""
    return StoreStatus(
        counts=found["counts"],
        first_event=_ts(found["first_event"]),
        last_event=_ts(found["last_event"]),
        accounts_without_events=int(found["accounts_without_events"]),
        events_without_account=int(found["events_without_account"]),
        events_with_unknown_account=int(found["events_with_unknown_account"]),
        events_by_source=found["events_by_source"],
        last_loads=found["last_loads"],
    )


def ibis_figures(store: Store) -> dict[str, Any]:
    """The figures of `store_status` through Ibis: any engine."""
    import ibis

    counts = {name: store.count(name) for name in SOURCE_TABLES}
    events = store.table("events")
    accounts = store.table("accounts")
    span = store.execute(events.aggregate(first=events.ts.min(), last=events.ts.max()))
    with_events = events.filter(events.account_id.notnull()).select("account_id").distinct()
    silent = accounts.anti_join(with_events, "account_id").count()
    no_account = events.filter(events.account_id.isnull()).count()
    unknown = events.filter(events.account_id.notnull()).anti_join(accounts, "account_id").count()
    by_source = store.execute(events.group_by("source").aggregate(n=events.count())
                              .order_by(ibis.desc("n"), "source"))
    loads = store.table("loads")
    recent = store.execute(loads.order_by(ibis.desc("finished_at")).limit(5))
    return {"counts": counts, "first_event": span["first"].iloc[0], "last_event": span["last"].iloc[0],
            "accounts_without_events": store.ibis.execute(silent), "events_without_account":
            store.ibis.execute(no_account), "events_with_unknown_account": store.ibis.execute(unknown),
            "events_by_source": {str(r.source): int(r.n) for r in by_source.itertuples()},
            "last_loads": recent.to_dict("records")}


def _ts(value: object) -> datetime | None:
    return as_datetime(value)


@dataclass(frozen=True)
class Renewals:
    """When the store last changed: the end of the last load other than the collector's, of the last load of
    any kind (the collector's appends included), and the time the last health snapshot was computed."""

    loaded: datetime | None
    landed: datetime | None
    scored: datetime | None


def renewals(store: Store) -> Renewals:
    """The store's `Renewals`: in DuckDB's SQL on the embedded store (asked after every load and whenever a
    cached read's time to live has passed), through Ibis on the other engines; the same times either way."""
    if store.engine == "duckdb":
        from banso.store.duckdb.status import renewals as duckdb_renewals

        return Renewals(*(_ts(v) for v in duckdb_renewals(store, COLLECTOR_FILES)))
    return ibis_renewals(store)


def ibis_renewals(store: Store) -> Renewals:
    """`renewals` through Ibis: any engine."""
    loads = store.table("loads")
    files = loads.filter(loads.files.isnull() | (loads.files != COLLECTOR_FILES))
    hs = store.table("health_snapshots")  # created with the store, like `loads`
    loaded = store.execute(files.aggregate(v=files.finished_at.max()))["v"].iloc[0]
    landed = store.execute(loads.aggregate(v=loads.finished_at.max()))["v"].iloc[0]
    scored = store.execute(hs.aggregate(v=hs.computed_at.max()))["v"].iloc[0]
    return Renewals(_ts(loaded), _ts(landed), _ts(scored))


def data_version(store: Store) -> tuple[str, str]:
    """What changes when new data lands: the end of the last load and of the last health snapshot.

    Results computed from the store stay valid while this stays the same (`banso.workspace.cache`).
    The collector's appends (every few seconds) do not count: pages are seen at the latest snapshot,
    which they do not change, and the current scores renew on their own (`banso.health.current`).
    """
    now = renewals(store)
    return str(now.loaded), str(now.scored)


def renewed_at(store: Store) -> tuple[datetime | None, datetime | None]:
    """When data last landed (a load or the collector) and when the last health snapshot was computed."""
    now = renewals(store)
    return now.landed, now.scored


def newest_event(store: Store) -> datetime | None:
    """When the newest stored event happened (UTC): the freshness line warns when events stop arriving."""
    if store.engine == "duckdb":
        from banso.store.duckdb.status import newest_event as duckdb_newest

        return _ts(duckdb_newest(store))
    return ibis_newest_event(store)


def ibis_newest_event(store: Store) -> datetime | None:
    """`newest_event` through Ibis: any engine."""
    events = store.table("events")
    return _ts(store.execute(events.aggregate(v=events.ts.max()))["v"].iloc[0])


def days_quiet(last_event: datetime | None, now: datetime) -> int | None:
    """Whole days since the newest event (both UTC) when they are at least `QUIET_DAYS`: loads or the collector
    may have stopped (the overview, the Jobs page and `banso status` say so); None while events arrive.

    >>> days_quiet(datetime(2026, 11, 15, 14, 0), datetime(2026, 12, 5, 16, 0)), days_quiet(None, datetime(2026, 1, 1))
    (20, None)
    >>> days_quiet(datetime(2026, 12, 3, 17, 0), datetime(2026, 12, 5, 16, 0)) is None  # a weekend's lull
    True
    """
    if last_event is None:
        return None
    days = (now - last_event).days
    return days if days >= QUIET_DAYS else None
