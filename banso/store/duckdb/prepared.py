"""Compile an Ibis query once, run it for many dates: what makes a year of snapshots cheap.

Compiling a health model's query graph takes longer than DuckDB takes to run it on a rollup, so a
backfill compiles each step once with stand-in dates and substitutes the real dates' literals per
run. The stand-ins are dates in 1801 (days) and 1802 (UTC instants), which no real query holds.
Other engines bind the dates through Ibis instead (`banso.store.portable.prepared`; `banso.store.prepared` picks).

Many dates run a few at a time (`each`), each on a connection of its own: one week's queries work
on 15,000 accounts, too little to keep every core busy through a query's single-threaded phases
(window functions over the accounts, the final hash join, writing the table); a second and third
week computed meanwhile fill those gaps (a 52-week backfill in about three quarters of the time on
2 cores). Temporary tables belong to their connection, so the weeks never see each other's.
"""

from __future__ import annotations

import queue
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import ibis.expr.types as ir

from banso.store.duckdb.store import Store

if TYPE_CHECKING:
    from banso.store.prepared import DateParams


_DAY = re.compile(r"MAKE_DATE\(1801, (\d+), (\d+)\)")
_INSTANT = re.compile(r"MAKE_TIMESTAMP\(1802, (\d+), (\d+), 0, 0, 0\.0\)")
_LIMIT = 360
_MOST_WORKERS = 4


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

    def run(self, as_of: date, con: Any = None) -> None:
        """Recompute every declared table, in order, for `as_of` (on `con`, by default the store's connection)."""
        con = self.store.raw if con is None else con
        for name, sql in self._bound(as_of):
            con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS {sql}')

    def each(self, dates: list[date], result_sql: str | None) -> Iterator[tuple[date, Any]]:
        """Run the steps for each date and yield (date, rows of `result_sql` as Arrow), in date order.

        With one worker (or one date) the steps run on the store's connection and the rows are None:
        the caller reads the working tables there, as after `run`. With more, several dates are
        computed at once, each on a connection of its own, and `result_sql` is read there. Workers:
        the store's `date_workers`, else one more than DuckDB has threads, at most 4 (3 was the
        fastest on 2 cores; on more cores each query keeps more of them busy itself).
        """
        workers = self.store.date_workers
        if workers is None:
            threads = int(self.store.raw.execute("SELECT current_setting('threads')").fetchall()[0][0])
            workers = min(threads + 1, _MOST_WORKERS)
        if workers <= 1 or len(dates) <= 1 or result_sql is None:
            for as_of in dates:
                self.run(as_of)
                yield as_of, None
            return
        with self.store.helpers(min(workers, len(dates))) as connections:
            free: queue.SimpleQueue[Any] = queue.SimpleQueue()
            for con in connections:
                free.put(con)

            def one(as_of: date) -> Any:
                con = free.get()
                try:
                    self.run(as_of, con)
                    return con.sql(result_sql).to_arrow_table()
                finally:
                    free.put(con)

            pool = ThreadPoolExecutor(max_workers=len(connections), thread_name_prefix="banso-dates")
            ahead = 2 * len(connections)  # dates started before their turn to be yielded: bounds the rows held
            pending: deque[tuple[date, Future[Any]]] = deque()
            try:
                for as_of in dates:
                    pending.append((as_of, pool.submit(one, as_of)))
                    if len(pending) >= ahead:
                        done, future = pending.popleft()
                        yield done, future.result()
                while pending:
                    done, future = pending.popleft()
                    yield done, future.result()
            finally:
                pool.shutdown(wait=True, cancel_futures=True)

    def _bound(self, as_of: date) -> list[tuple[str, str]]:
        """Each step's SQL with the stand-in dates replaced by those of `as_of`."""
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

        return [(name, _INSTANT.sub(instant_literal, _DAY.sub(day_literal, sql))) for name, sql in self.steps]

    def release(self) -> None:
        """Drop the working tables; the compiled steps stay, so `run` can build them again."""
        for name, _ in reversed(self.steps):
            self.store.raw.execute(f'DROP TABLE IF EXISTS "{name}"')

    def close(self) -> None:
        self.release()
        self.steps.clear()
