"""A memory ceiling for long analytic runs (rollup builds, backfills).

DuckDB by default lets its buffers grow to 80% of the machine's memory. A backfill at the design
scale needs far less, so these runs cap DuckDB at `BANSO_MEMORY_LIMIT` (default 3 GB; DuckDB
spills to disk beyond it) and restore the previous limit afterwards.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

from banso.errors import StoreError
from banso.store.duckdb.store import Store

DEFAULT = "3GB"
_SIZE = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


def _units(value: str) -> float:
    m = re.match(r"^\s*([\d.]+)\s*([A-Za-z]+)\s*$", value)
    if not m:
        return float("inf")
    scale = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "kib": 2**10, "mib": 2**20, "gib": 2**30,
             "tib": 2**40}
    return float(m.group(1)) * scale.get(m.group(2).lower(), float("inf"))


@contextmanager
def memory_cap(store: Store) -> Iterator[None]:
    """Lower DuckDB's memory limit for the duration of a run (never raise it); other engines manage their own."""
    if store.engine != "duckdb":
        yield
        return
    wanted = os.environ.get("BANSO_MEMORY_LIMIT", DEFAULT)
    if not _SIZE.match(wanted):
        raise StoreError(f"BANSO_MEMORY_LIMIT={wanted!r} is not a size such as '3GB'")
    before = str(store.raw.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])
    if _units(wanted) >= _units(before):
        yield
        return
    store.raw.execute(f"SET memory_limit = '{wanted}'")
    try:
        yield
    finally:
        store.raw.execute(f"SET memory_limit = '{before}'")
