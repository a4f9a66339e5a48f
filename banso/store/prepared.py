"""Queries compiled once and run for many dates, on whichever engine holds the store.

A backfill scores a year of weeks with the same query graph; compiling it costs more than running it,
so the graph is compiled once per model and the dates are bound per run. DuckDB substitutes the
dates' literals in the compiled SQL (`banso.store.duckdb.prepared`); the portable engines bind them
through Ibis (`banso.store.portable.prepared`). `date_queries` picks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

import ibis.expr.types as ir

if TYPE_CHECKING:
    from banso.store.duckdb.prepared import DateQueries
    from banso.store.duckdb.store import Store


class DateParams(Protocol):
    """Query parameters for dates (see `banso.metrics.context.DateParams`)."""

    params: dict[tuple[str, int], ir.Scalar]

    def values(self, as_of: date) -> dict[ir.Scalar, object]: ...


def date_queries(store: Store, params: DateParams) -> DateQueries:
    """The per-date working tables of `store`'s engine."""
    if store.engine != "duckdb":
        from banso.store.portable.prepared import EngineDateQueries

        return EngineDateQueries(store, params)  # type: ignore[arg-type, return-value]
    from banso.store.duckdb.prepared import DateQueries

    return DateQueries(store, params)
