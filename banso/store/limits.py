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
from banso.store.duckdb.memory_limit import lowered_memory_limit, size_bytes
from banso.store.duckdb.store import Store

DEFAULT = "3GB"
_SIZE = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


@contextmanager
def memory_cap(store: Store) -> Iterator[None]:
    """Lower DuckDB's memory limit for the duration of a run (never raise it); other engines manage their own."""
    if store.engine != "duckdb":
        yield
        return
    wanted = os.environ.get("BANSO_MEMORY_LIMIT", DEFAULT)
    if not _SIZE.match(wanted):
        raise StoreError(f"BANSO_MEMORY_LIMIT={wanted!r} is not a size such as '3GB'")
    with lowered_memory_limit(store.raw, size_bytes(wanted)):
        yield
