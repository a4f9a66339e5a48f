"""Derived tables: a summary computed from the canonical tables, kept in the store until the events change.

An insight over a year of 100 million events cannot rescan them for every question: the first one
that needs, say, each account's active days summarizes the events once into a small table, and every
later question reads that. A derived table is named after what it holds (the caller's `key`) and
stamped with the data it was built from (`stamp`: the events' count and last load, and whatever
else its contents depend on); a different stamp rebuilds it. Stale derived tables are dropped when a
new one is built, and at most `KEEP` are kept: those used least recently go first (a question reads
each table it needs just before it runs, so none of them is the one dropped).

Writing the table and its stamps is engine-specific: DuckDB's own SQL in one transaction
(`banso.store.duckdb.derived`), the portable engines through their adapter
(`banso.store.portable.derived`). A store that cannot be written (opened read-only, or an engine that
refuses) hands back the expression itself: the same rows, computed each time.

    activity = derived_table(store, "active days|…", expr, stamp=data_stamp(store, ("events", "memberships")))
"""

from __future__ import annotations

import hashlib
import logging
import time
from types import ModuleType
from typing import TYPE_CHECKING

import ibis.expr.types as ir

if TYPE_CHECKING:
    from banso.store.duckdb.store import Store

log = logging.getLogger("banso.store")
PREFIX = "derived_"
META = "derived:"
KEEP = 24

__all__ = ["data_stamp", "derived_table"]


def data_stamp(store: Store, tables: tuple[str, ...] = ("events",)) -> str:
    """What a derived table depends on: how many rows its source tables hold and when each was last loaded."""
    loads = store.table("loads")
    last = store.execute(loads.group_by("table_name").agg(v=loads.finished_at.max()))
    ended = {str(t): str(v) for t, v in zip(last["table_name"], last["v"], strict=True)}
    parts = []
    for name in tables:
        t = store.table(name)
        parts.append(f"{name}:{int(store.execute(t.aggregate(n=t.count()))['n'].iloc[0])}:{ended.get(name, '')}")
    return ";".join(parts)


def derived_table(store: Store, key: str, expr: ir.Table, stamp: str, *, order_by: tuple[str, ...] = ()) -> ir.Table:
    """`expr` kept as a table of the store, rebuilt when `stamp` changes (see the module docstring)."""
    name = PREFIX + hashlib.sha256(key.encode()).hexdigest()[:16]
    twin = _twin(store)
    try:
        if twin.meta(store, META + name, table=name) == stamp:
            twin.set_meta(store, META + name + ":built", str(time.time()))  # used now: the last to be dropped
            return store.table(name)
        started = time.perf_counter()
        with store.writing():  # the table, its stamp and the stale ones dropped: one writer at a time
            if twin.meta(store, META + name, table=name) == stamp:  # built meanwhile by another request
                return store.table(name)
            twin.build(store, name, expr, order_by)
            _forget_stale(store, twin, keep=name, stamp=stamp)
            twin.set_meta(store, META + name, stamp)
            twin.set_meta(store, META + name + ":built", str(time.time()))
        log.info("derived %s (%s) in %.1fs", name, key[:60], time.perf_counter() - started)
        return store.table(name)
    except Exception as exc:  # a read-only store, or an engine that refuses: compute it each time instead
        if not _unwritable(exc):
            raise
        log.info("derived %s computed in place: %s", name, exc)
        return expr


def _twin(store: Store) -> ModuleType:
    """The module that writes derived tables on `store`'s engine (both have `meta`, `set_meta`, `build`, `drop`)."""
    if store.engine != "duckdb":
        from banso.store.portable import derived as portable

        return portable
    from banso.store.duckdb import derived as embedded

    return embedded


def _unwritable(exc: Exception) -> bool:
    text = str(exc).lower()
    return "read-only" in text or "read only" in text or "permission" in text


def _forget_stale(store: Store, twin: ModuleType, *, keep: str, stamp: str) -> None:
    """Drop derived tables of other data (another stamp), and the oldest beyond `KEEP`."""
    meta = store.table("banso_meta")
    rows = store.execute(meta.filter(meta.key.startswith(META)).select("key", "value"))
    pairs = list(zip(rows["key"], rows["value"], strict=True))
    stamps = {k.removeprefix(META): v for k, v in pairs if not k.endswith(":built")}
    built = {k.removeprefix(META).removesuffix(":built"): float(v) for k, v in pairs if k.endswith(":built")}
    stale = [n for n, s in stamps.items() if n != keep and not _same_data(s, stamp)]
    current = sorted((n for n in stamps if n not in stale and n != keep), key=lambda n: built.get(n, 0.0))
    stale += current[: max(0, len(current) - (KEEP - 1))]
    for n in stale:
        twin.drop(store, n, (META + n, META + n + ":built"))


def _same_data(a: str, b: str) -> bool:
    """Whether two stamps saw the same events (derived tables of older events are stale)."""
    def events(stamp: str) -> str:
        return next((p for p in stamp.split(";") if p.startswith("events:")), "")

    return events(a) == events(b)
