"""The store: canonical tables in an embedded DuckDB file, reached through Ibis.

Everything above this package asks the `Store` for Ibis tables (`store.table("events")`) and builds
expressions on them; only modules in `banso.store` speak DuckDB's SQL.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from banso.errors import StoreError
from banso.faults import before_commit
from banso.store.schema import MIGRATIONS, SCHEMA_VERSION, SNAPSHOT_INDEX_SQL, STORE_TABLES

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pandas as pd
    from ibis.backends.sql import SQLBackend

# Ibis is imported when a table is first asked for, not with the store: a command that reads only counts
# (`banso status`) does without it.


class Store:
    """One open store. Use as a context manager, or call `close()`.

    This class is the embedded DuckDB store; `banso.store.portable.store.EngineStore` is the same
    interface on the other engines (open either with `banso.store.open.open_store`).

    A long-running process (the service) reads and writes from several threads: each thread doing
    long work takes a `sibling()`, another connection to the same database with its own
    transactions, so page reads go on while a backfill runs. Writers never interleave: every
    transaction, and every `writing()` block, holds one lock shared by a store and its siblings.
    """

    engine = "duckdb"
    supports_siblings = True
    _guard: threading.RLock | None = None
    # How many dates a multi-date run computes side by side (`banso.store.duckdb.prepared`); None: as many
    # as suit the machine. A process that also serves pages sets 1 (`Workspace.serving_pages`).
    date_workers: int | None = None

    def __init__(self, path: Path, *, read_only: bool = False, memory_limit: str | None = None):
        self.path = path
        try:
            self._raw = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{path} is in use by another banso process (a command running alone, or a service started "
                    "without its runtime folder); wait for it to finish, then try again"
                ) from exc
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        if memory_limit:
            self.raw.execute(f"SET memory_limit = '{_safe_setting(memory_limit)}'")
        self._setup()
        self._guard = threading.RLock()
        if not read_only:
            self.migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(f"{path} needs migrating; open it once with a writing command such as `banso status`")

    def _setup(self) -> None:
        self._configure(self.raw)
        self._helpers: set[duckdb.DuckDBPyConnection] = set()
        self._ibis: SQLBackend | None = None
        self._compiled: dict[Any, tuple[str, tuple[int, ...], Any]] = {}
        self._tables: dict[str, ir.Table] = {}

    @property
    def ibis(self) -> SQLBackend:
        """The Ibis backend over this connection, made when first asked: loading Ibis's SQL compilers takes a
        third of a second, which a command that only reads counts (`banso status`) need not pay."""
        if self._ibis is None:
            import ibis

            self._ibis = ibis.duckdb.from_connection(self.raw)
        return self._ibis

    @property
    def raw(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for the store modules that speak DuckDB's SQL (loads, rollups)."""
        return self._raw

    def sibling(self) -> Store:
        """Another connection to the same database: the same data, its own transactions, the same write lock.

        Close it when done; the database stays open as long as this store is.
        """
        other = Store.__new__(Store)
        other.path = self.path
        other._raw = self.raw.cursor()
        other._setup()
        other._guard = self.write_lock
        other.date_workers = self.date_workers
        return other

    @property
    def write_lock(self) -> threading.RLock:
        """The lock every writer of this database holds (shared with the siblings)."""
        if self._guard is None:
            self._guard = threading.RLock()
        return self._guard

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock: for work that reads what it then writes (a stamp, a position) in steps."""
        with self.write_lock:
            yield

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.raw.close()

    @staticmethod
    def _configure(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("SET TimeZone = 'UTC'")
        con.execute("SET enable_progress_bar = false")

    @contextmanager
    def helpers(self, n: int) -> Iterator[list[duckdb.DuckDBPyConnection]]:
        """`n` more connections for one piece of work split across threads (each its own temporary tables).

        They are this store's: `interrupt()` stops their queries too, and they close when the block ends.
        """
        connections = [self.raw.cursor() for _ in range(n)]
        for con in connections:
            self._configure(con)
            self._helpers.add(con)
        try:
            yield connections
        finally:
            for con in connections:
                self._helpers.discard(con)
                con.close()

    def interrupt(self) -> None:
        """Stop the queries running on this connection and its helpers (from another thread); they fail and
        their transactions roll back."""
        self.raw.interrupt()
        for con in list(self._helpers):
            con.interrupt()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        # fetchall, not fetchone: an unfinished result would block Ibis on this connection.
        exists = self.raw.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'banso_meta'"
        ).fetchall()
        if not exists[0][0]:
            return 0
        rows = self.raw.execute("SELECT value FROM banso_meta WHERE key = 'schema_version'").fetchall()
        return int(rows[0][0]) if rows else 0

    def migrate(self) -> None:
        """Bring the store's tables to this version of banso, in one transaction."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer banso (schema {current} > {SCHEMA_VERSION}); upgrade banso"
            )
        if current == SCHEMA_VERSION:
            # A bulk snapshot write drops this index and builds it again after (banso.store.duckdb.snapshots);
            # a process killed in between leaves the store without it, slower to read but whole.
            self.raw.execute(SNAPSHOT_INDEX_SQL)
            return
        self._tables.clear()
        with self.transaction():
            for statements in MIGRATIONS[current:]:
                for sql in statements:
                    self.raw.execute(sql)
            self.raw.execute(
                "INSERT OR REPLACE INTO banso_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: on any exception every change inside is rolled back (one writer at a time)."""
        with self.writing():
            yield from self._transaction()

    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.raw.execute("BEGIN TRANSACTION")
        try:
            yield self.raw
        except BaseException:
            self.raw.execute("ROLLBACK")
            self.raw.execute("SET TimeZone = 'UTC'")  # settings are not transactional: back to the store's own
            raise
        before_commit()
        self.raw.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------
    def table(self, name: str) -> ir.Table:
        """An Ibis table of the store, the starting point of every metric and analysis.

        Handles of the store's own tables are kept (each lookup costs a schema query, a noticeable
        part of a page view); working tables are looked up every time, their layout may change.
        """
        if name not in STORE_TABLES:
            return self.ibis.table(name)
        if name not in self._tables:
            self._tables[name] = self.ibis.table(name)
        return self._tables[name]

    def execute(self, expr: ir.Expr, params: dict[Any, Any] | None = None) -> pd.DataFrame:
        """Run an Ibis expression and return a DataFrame.

        With text parameters (e.g. `{ACCOUNT: "A1"}`, see `banso.store.params`) the query is compiled
        once per expression and run with the values bound, so a page's per-account queries do not pay
        the query layer's compilation on every request.
        """
        import ibis.expr.types as ir

        if params and isinstance(expr, ir.Table) and all(isinstance(v, str) for v in params.values()):
            return self._execute_bound(expr, params)
        import pandas as pd

        result = self.ibis.execute(expr, params=params)
        return result if isinstance(result, pd.DataFrame) else pd.DataFrame(result)

    def _execute_bound(self, expr: ir.Table, params: dict[Any, Any]) -> pd.DataFrame:
        import pandas as pd
        from ibis.formats.pandas import PandasData

        sql, values, schema = self._bound(expr, params)

        relation = self.raw.sql(sql, params=values)
        frame = relation.to_arrow_table().to_pandas() if relation is not None else pd.DataFrame()
        return PandasData.convert_table(frame, schema)

    def records(self, expr: ir.Table, params: dict[Any, str]) -> list[dict[str, Any]]:
        """A small result as plain rows (column -> Python value), bound to `params` like `execute`.

        For per-account reads of a page: a few dozen rows do not repay the round trip through Arrow
        and pandas, which costs more than the query itself. JSON columns arrive as parsed values.
        """
        sql, values, schema = self._bound(expr, params)
        cursor = self.raw.execute(sql, values)
        names = [d[0] for d in cursor.description or []]
        json_cols = [n for n, t in schema.items() if t.is_json()]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for row in rows:
            for name in json_cols:
                if isinstance(row[name], str):
                    row[name] = json.loads(row[name])
        return rows

    def _bound(self, expr: ir.Table, params: dict[Any, Any]) -> tuple[str, list[Any], Any]:
        """The expression's SQL with `?` for each parameter (compiled once per expression), and the values."""
        keys = list(params)
        key = expr.op()  # operation nodes compare by structure; expressions do not
        cached = self._compiled.get(key)
        if cached is None:
            stand_ins = {k: f"__banso_param_{i}_7e1f__" for i, k in enumerate(keys)}
            sql = self.ibis.compile(expr, params=stand_ins)
            order: list[int] = []

            def bind(m: re.Match[str]) -> str:
                order.append(int(m.group(1)))
                return "?"

            sql = re.sub(r"'__banso_param_(\d+)_7e1f__'", bind, sql)
            cached = (sql, tuple(order), expr.schema())
            if len(self._compiled) > 512:
                self._compiled.clear()
            self._compiled[key] = cached
        sql, positions, schema = cached
        return sql, [params[keys[i]] for i in positions], schema

    def count(self, name: str) -> int:
        return int(self.ibis.execute(self.table(name).count()))


def _safe_setting(value: str) -> str:
    if not all(ch.isalnum() or ch in ".% " for ch in value):
        raise StoreError(f"invalid memory limit {value!r}; use a size such as '4GB'")
    return value
