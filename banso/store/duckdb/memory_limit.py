"""DuckDB's memory limit, lowered for a while and put back: one place for reading and setting it.

DuckDB lets its buffers (cached blocks of the store, intermediate results) grow up to the limit.
Work that holds large arrays outside DuckDB, or long runs that should leave room for the rest of
the machine, lower it for their duration; DuckDB evicts cached blocks or spills to disk to stay
under it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

_SCALE = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
          "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def size_bytes(value: str) -> float:
    """'3GB', '18.8 GiB' (as DuckDB reports it) in bytes; infinity for anything else."""
    m = re.match(r"^\s*([\d.]+)\s*([A-Za-z]+)\s*$", value)
    if not m:
        return float("inf")
    return float(m.group(1)) * _SCALE.get(m.group(2).lower(), float("inf"))


def limit_bytes(raw: duckdb.DuckDBPyConnection) -> float:
    """DuckDB's memory limit now, in bytes (as it reports it, to a tenth of its unit)."""
    return size_bytes(_current(raw))


@contextmanager
def lowered_memory_limit(raw: duckdb.DuckDBPyConnection, wanted_bytes: float) -> Iterator[None]:
    """Lower DuckDB's memory limit to `wanted_bytes` while the block runs (never raise it).

    DuckDB reports the limit rounded ('18.8 GiB'), and setting that text back gives a limit a
    little lower: restored from it, every load would shave the limit. So the default comes back by
    RESET, and a limit this module set (an outer run's cap) by its exact size.
    """
    before = _current(raw)
    if wanted_bytes >= size_bytes(before):
        yield
        return
    _set(raw, int(wanted_bytes))
    try:
        yield
    finally:
        if before == _default():
            raw.execute("RESET memory_limit")
        elif before in _EXACT:
            _set(raw, _EXACT[before])
        else:
            raw.execute(f"SET memory_limit = '{before}'")


# The exact sizes behind the rounded texts DuckDB reports for limits set here.
_EXACT: dict[str, int] = {}


def _set(raw: duckdb.DuckDBPyConnection, size: int) -> None:
    raw.execute(f"SET memory_limit = '{size}B'")
    _EXACT[_current(raw)] = size


def _current(raw: duckdb.DuckDBPyConnection) -> str:
    return str(raw.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])


@functools.cache
def _default() -> str:
    """DuckDB's own limit on this machine (a share of its memory), as it reports it."""
    with duckdb.connect() as fresh:
        return _current(fresh)
