"""Derived tables: a summary computed from the canonical tables, kept in the store until the events change.

An insight over a year of 100 million events cannot rescan them for every question: the first one
that needs, say, each account's active days summarizes the events once into a small table, and every
later question reads that. A derived table is named after what it holds (the caller's `key`) and
stamped with the data it was built from (`stamp`: the events' count and last load, and whatever
else its contents depend on); a different stamp rebuilds it. Stale derived tables are dropped when a
new one is built, and at most `KEEP` are kept: those used least recently go first (a question reads
each table it needs just before it runs, so none of them is the one dropped).

A store that cannot be written (opened read-only, or an engine that refuses) hands back the
expression itself: the same rows, computed each time.

    activity = derived_table(store, "active days|…", expr, stamp=data_stamp(store, ("events", "memberships")))
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

import ibis.expr.types as ir

log = logging.getLogger("banso.store")
PREFIX = "derived_"
META = "derived:"
KEEP = 24


def data_stamp(store: Any, tables: tuple[str, ...] = ("events",)) -> str:
    """What a derived table depends on: how many rows its source tables hold and when each was last loaded."""
    loads = store.table("loads")
    last = store.execute(loads.group_by("table_name").agg(v=loads.finished_at.max()))
    ended = {str(t): str(v) for t, v in zip(last["table_name"], last["v"], strict=True)}
    parts = []
    for name in tables:
        t = store.table(name)
        parts.append(f"{name}:{int(store.execute(t.aggregate(n=t.count()))['n'].iloc[0])}:{ended.get(name, '')}")
    return ";".join(parts)


def derived_table(store: Any, key: str, expr: ir.Table, stamp: str, *, order_by: tuple[str, ...] = ()) -> ir.Table:
    """`expr` kept as a table of the store, rebuilt when `stamp` changes (see the module docstring)."""
    name = PREFIX + hashlib.sha256(key.encode()).hexdigest()[:16]
    try:
        if _meta(store, META + name) == stamp:
            _set_meta(store, META + name + ":built", str(time.time()))  # used now: the last to be dropped
            return store.table(name)  # type: ignore[no-any-return]
        started = time.perf_counter()
        _build(store, name, expr, order_by)
        _forget_stale(store, keep=name, stamp=stamp)
        _set_meta(store, META + name, f"{stamp}")
        _set_meta(store, META + name + ":built", str(time.time()))
        log.info("derived %s (%s) in %.1fs", name, key[:60], time.perf_counter() - started)
        return store.table(name)  # type: ignore[no-any-return]
    except Exception as exc:  # a read-only store, or an engine that refuses: compute it each time instead
        if not _unwritable(exc):
            raise
        log.info("derived %s computed in place: %s", name, exc)
        return expr


def _unwritable(exc: Exception) -> bool:
    text = str(exc).lower()
    return "read-only" in text or "read only" in text or "permission" in text


def _build(store: Any, name: str, expr: ir.Table, order_by: tuple[str, ...]) -> None:
    if store.engine == "duckdb":
        sql = store.ibis.compile(expr.order_by(list(order_by)) if order_by else expr)
        with store.transaction() as raw:
            raw.execute(f'CREATE OR REPLACE TABLE "{name}" AS {sql}')
    else:
        store.replace(name, expr)
        store.forget(name)


def _forget_stale(store: Any, *, keep: str, stamp: str) -> None:
    """Drop derived tables of other data (another stamp), and the oldest beyond `KEEP`."""
    meta = store.table("banso_meta")
    rows = store.execute(meta.filter(meta.key.startswith(META)).select("key", "value"))
    stamps = {k.removeprefix(META): v for k, v in zip(rows["key"], rows["value"], strict=True) if not k.endswith(":built")}
    built = {k.removeprefix(META).removesuffix(":built"): float(v) for k, v in zip(rows["key"], rows["value"], strict=True)
             if k.endswith(":built")}
    stale = [n for n, s in stamps.items() if n != keep and not _same_data(s, stamp)]
    current = sorted((n for n in stamps if n not in stale and n != keep), key=lambda n: built.get(n, 0.0))
    stale += current[: max(0, len(current) - (KEEP - 1))]
    for n in stale:
        _drop(store, n)


def _same_data(a: str, b: str) -> bool:
    """Whether two stamps saw the same events (derived tables of older events are stale)."""
    def events(stamp: str) -> str:
        return next((p for p in stamp.split(";") if p.startswith("events:")), "")

    return events(a) == events(b)


def _drop(store: Any, name: str) -> None:
    if store.engine == "duckdb":
        with store.transaction() as raw:
            raw.execute(f'DROP TABLE IF EXISTS "{name}"')
            raw.execute("DELETE FROM banso_meta WHERE key IN (?, ?)", [META + name, META + name + ":built"])
    else:
        store.adapter.drop(name)
        store.forget(name)
        store.adapter.delete("banso_meta", {"key": META + name})
        store.adapter.delete("banso_meta", {"key": META + name + ":built"})


def _meta(store: Any, key: str) -> str | None:
    if store.engine != "duckdb":
        return store.meta(key)  # type: ignore[no-any-return]
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [key]).fetchall()
    if not rows:
        return None
    exists = store.raw.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                               [key.removeprefix(META)]).fetchall()[0][0]
    return str(rows[0][0]) if exists else None


def _set_meta(store: Any, key: str, value: str) -> None:
    if store.engine != "duckdb":
        store.set_meta(key, value)
        return
    with store.transaction() as raw:
        raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [key, value])


__all__ = ["data_stamp", "derived_table"]
