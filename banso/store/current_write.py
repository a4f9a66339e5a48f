"""Current scores in the store (DuckDB): which accounts to renew, and writing a renewal atomically.

A renewal round covers the events stored up to a *mark* (the latest `loaded_at` it saw). The next
round renews the accounts with events loaded after the mark, so an account is recomputed only when
something new arrived for it. The mark, the model version and the day the windows end are kept in
`banso_meta` and written in the same transaction as the rows, so a round killed half-way leaves the
previous round whole, and the next round starts from the previous mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from banso.store.duckdb.store import Store
from banso.store.schema import CURRENT_SQL

MARK_KEY = "current_scores_mark"


@dataclass(frozen=True)
class Mark:
    """What the last round covered: the model, the day its windows ended, the newest `loaded_at` seen."""

    model_version: str
    day: date
    loaded_until: datetime | None

    def text(self) -> str:
        until = "" if self.loaded_until is None else self.loaded_until.isoformat()
        return f"{self.model_version}|{self.day.isoformat()}|{until}"

    @classmethod
    def parse(cls, text: str) -> Mark | None:
        parts = text.split("|")
        if len(parts) != 3:
            return None
        version, day, until = parts
        return cls(version, date.fromisoformat(day), datetime.fromisoformat(until) if until else None)


def supported(store: Store) -> bool:
    """Current scores are kept in the embedded DuckDB store."""
    return store.engine == "duckdb"


def ensure_tables(store: Store) -> None:
    with store.writing():
        for sql in CURRENT_SQL:
            store.raw.execute(sql)


def has_tables(store: Store) -> bool:
    rows = store.raw.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'current_scores'").fetchall()
    return bool(rows[0][0])


def read_mark(store: Store) -> Mark | None:
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [MARK_KEY]).fetchall()
    return Mark.parse(str(rows[0][0])) if rows else None


def touched_accounts(store: Store, after: datetime | None, until: datetime | None) -> list[str]:
    """Accounts with events loaded in (after, until]: new events, and events given an account since."""
    if until is None:
        return []
    if after is None:
        rows = store.raw.execute("SELECT DISTINCT account_id FROM events WHERE account_id IS NOT NULL "
                                 "AND loaded_at <= ?", [until]).fetchall()
    else:
        rows = store.raw.execute("SELECT DISTINCT account_id FROM events WHERE account_id IS NOT NULL "
                                 "AND loaded_at > ? AND loaded_at <= ?", [after, until]).fetchall()
    return sorted(str(r[0]) for r in rows)


def stored_inputs(store: Store, skip: list[str]) -> pd.DataFrame:
    """The inputs of the last scoring of every account not in `skip`: account_id, tier, live and one column per
    metric (what percentile scores rank a renewed account against)."""
    store.raw.register("_current_skip", pd.DataFrame({"account_id": pd.Series(skip, dtype="string")}))
    try:
        base = store.raw.execute(
            "SELECT account_id, tier, live FROM current_scores "
            "WHERE account_id NOT IN (SELECT account_id FROM _current_skip)").fetch_df()
        values = store.raw.execute(
            "SELECT account_id, metric, value FROM current_metric_values "
            "WHERE account_id NOT IN (SELECT account_id FROM _current_skip)").fetch_df()
    finally:
        store.raw.unregister("_current_skip")
    if values.empty:
        return base
    wide = values.pivot(index="account_id", columns="metric", values="value").reset_index()
    return base.merge(wide, on="account_id", how="left")


def write_round(store: Store, rows: pd.DataFrame, values: pd.DataFrame, mark: Mark, *, full: bool) -> None:
    """Replace the current scores of the accounts in `rows` (all of them with `full`) and move the mark.

    `rows`: account_id, as_of, score, band, tier, live, model_version, dimensions, metrics (JSON text);
    `values`: account_id, metric, value.
    """
    raw = store.raw
    with store.transaction():
        raw.register("_current_rows", rows)
        raw.register("_current_values", values)
        try:
            if full:
                raw.execute("DELETE FROM current_metric_values")
                raw.execute("DELETE FROM current_scores")
            else:
                raw.execute("DELETE FROM current_metric_values WHERE account_id IN "
                            "(SELECT account_id FROM _current_rows)")
                raw.execute("DELETE FROM current_scores WHERE account_id IN (SELECT account_id FROM _current_rows)")
            raw.execute(
                "INSERT INTO current_scores SELECT account_id, as_of, score, band, tier, live, model_version, "
                "CAST(dimensions AS JSON), CAST(metrics AS JSON) FROM _current_rows")
            raw.execute("INSERT INTO current_metric_values SELECT account_id, metric, value FROM _current_values")
            raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [MARK_KEY, mark.text()])
        finally:
            raw.unregister("_current_rows")
            raw.unregister("_current_values")
