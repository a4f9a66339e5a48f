"""Per-date working tables on an engine store: `banso.store.prepared.DateQueries` for PostgreSQL and Spark.

On DuckDB a backfill compiles each step once and rewrites the dates in its SQL text, because
compiling costs more than running a step on a rollup. That rewriting knows DuckDB's date literals;
here each step keeps its Ibis expression and is bound to the date's values (`banso.store.portable.store.bind`)
and compiled per date instead. On a server or a cluster a step's run time dwarfs its compile time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

import ibis.expr.types as ir

from banso.store.portable.store import bind

if TYPE_CHECKING:
    from banso.store.portable.store import EngineStore
    from banso.store.prepared import DateParams

_LAYOUT_DATE = date(2001, 1, 1)  # any date: the empty tables declared before the first run only need the columns


class EngineDateQueries:
    """Temporary tables defined by Ibis expressions over date parameters, recomputed per `as_of`."""

    def __init__(self, store: EngineStore, params: DateParams):
        self.store = store
        self.params = params
        self.steps: list[tuple[str, ir.Table]] = []

    def materialize(self, expr: ir.Table, name: str) -> ir.Table:
        """Declare temp table `name` as `expr`; returns it as an Ibis table (empty until `run`)."""
        self.store.adapter.replace(name, bind(expr, self.params.values(_LAYOUT_DATE)).limit(0), temp=True)
        self.steps.append((name, expr))
        return self.store.table(name)

    def run(self, as_of: date) -> None:
        """Recompute every declared table, in order, for `as_of`."""
        values = self.params.values(as_of)
        for name, expr in self.steps:
            self.store.adapter.replace(name, bind(expr, values), temp=True)

    def each(self, dates: list[date], result_sql: str | None = None) -> Iterator[tuple[date, None]]:
        """Run the steps for each date in turn, yielding (date, None) with its tables in place.

        (DuckDB computes a few dates at once; on a server or a cluster each query already has the
        machine's parallelism, so the dates here run one after another.)
        """
        for as_of in dates:
            self.run(as_of)
            yield as_of, None

    def release(self) -> None:
        """Drop the working tables; the declared steps stay, so `run` can build them again."""
        for name, _ in reversed(self.steps):
            self.store.adapter.drop(name)

    def close(self) -> None:
        self.release()
        self.steps.clear()
