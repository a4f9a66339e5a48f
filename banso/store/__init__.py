"""The store: the canonical tables, on an embedded DuckDB file (`duckdb/`) or another engine (`portable/`).

Only this package knows which engine holds the data or writes SQL; everything above reads Ibis
tables from a `Store` (`store.table(name)`, `store.execute(expr)`). The twins in `duckdb/` and
`portable/` share their module names; the neutral modules here (`open`, `rollup`, `prepared`,
`snapshots`, `derived`) pick the right twin for a store.
"""

from banso.store.duckdb.store import Store
from banso.store.open import open_store

__all__ = ["Store", "open_store"]
