"""Compile an Ibis query once, run it for many dates: what makes a year of snapshots cheap.

Compiling a health model's query graph takes longer than DuckDB takes to run it on a rollup, so a
backfill compiles each step once with stand-in dates and substitutes the real dates' literals per
run. The stand-ins are dates in 1801 (days) and 1802 (UTC instants), which no real query holds.
Other engines bind the dates through Ibis instead (`banso.store.portable.prepared`; `banso.store.prepared` picks).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import ibis.expr.types as ir

from banso.store.duckdb.store import Store

if TYPE_CHECKING:
    from banso.store.prepared import DateParams


_DAY = re.compile(r"MAKE_DATE\(1801, (\d+), (\d+)\)")
_INSTANT = re.compile(r"MAKE_TIMESTAMP\(1802, (\d+), (\d+), 0, 0, 0\.0\)")
_LIMIT = 360


class DateQueries:
    """Temporary tables defined by Ibis expressions over `params`, recomputed per `as_of`."""

    def __init__(self, store: Store, params: DateParams):
        self.store = store
        self.params = params
        self.steps: list[tuple[str, str]] = []  # (table name, SQL with stand-in dates)
        self._stand_ins: dict[ir.Scalar, object] = {}

    def _bind(self) -> dict[ir.Scalar, object]:
        """Stand-in values for every parameter; a parameter keeps its stand-in once given one."""
        for (kind, _), p in self.params.params.items():
            if p not in self._stand_ins:
                i = sum(1 for v in self._stand_ins.values() if (type(v) is date) == (kind == "day"))
                if i >= _LIMIT:
                    raise ValueError("too many distinct dates in one query")
                self._stand_ins[p] = (date(1801, 1, 1) + timedelta(days=i) if kind == "day"
                                      else datetime(1802, 1, 1) + timedelta(days=i))
        return dict(self._stand_ins)

    def materialize(self, expr: ir.Table, name: str) -> ir.Table:
        """Declare temp table `name` as `expr`; returns it as an Ibis table (empty until `run`)."""
        sql = self.store.ibis.compile(expr, params=self._bind())
        self.steps.append((name, sql))
        self.store.raw.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS SELECT * FROM ({sql}) LIMIT 0')
        return self.store.table(name)

    def run(self, as_of: date) -> None:
        """Recompute every declared table, in order, for `as_of`."""
        real = self.params.values(as_of)
        stand_in = {v: real[p] for p, v in self._stand_ins.items()}
        days = {(d.month, d.day): v for d, v in stand_in.items() if type(d) is date}
        instants = {(d.month, d.day): v for d, v in stand_in.items() if isinstance(d, datetime)}

        def day_literal(m: re.Match[str]) -> str:
            value = days[(int(m.group(1)), int(m.group(2)))]
            return f"DATE '{value.isoformat()}'"  # type: ignore[attr-defined]

        def instant_literal(m: re.Match[str]) -> str:
            value = instants[(int(m.group(1)), int(m.group(2)))]
            return f"TIMESTAMP '{value.isoformat(sep=' ')}'"  # type: ignore[attr-defined]

        for name, sql in self.steps:
            bound = _INSTANT.sub(instant_literal, _DAY.sub(day_literal, sql))
            self.store.raw.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS {bound}')

    def release(self) -> None:
        """Drop the working tables; the compiled steps stay, so `run` can build them again."""
        for name, _ in reversed(self.steps):
            self.store.raw.execute(f'DROP TABLE IF EXISTS "{name}"')

    def close(self) -> None:
        self.release()
        self.steps.clear()
