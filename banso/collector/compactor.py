"""The compactor: moves spooled requests into the store in large atomic appends.

It runs in the collector's process, on its own thread. Every `interval` seconds (sooner when a
large backlog builds up) it reads what the spool holds past the position stored in the store,
folds repeated users and accounts, and hands one chunk to `banso.store.duckdb.collector_sink`, which
appends it and moves the stored position in one transaction. Then spool segments wholly before
the position are deleted.

The store is opened for each append and closed after it, so between appends other banso commands
can use the store (DuckDB allows one writing process per file). When another process holds the
store, the compactor waits and tries again; requests are still acknowledged meanwhile, durably on
the spool, and the collector answers 503 only once the backlog passes its limit.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from banso.collector.records import Collected
from banso.collector.spool import START, Position, Spool
from banso.errors import StoreError
from banso.store import Store
from banso.store.duckdb.collector_sink import (
    ACCOUNT_COLUMNS,
    Gathered,
    PositionMoved,
    SinkOutcome,
    append_collected,
    attribute_unmapped,
    read_position,
)

log = logging.getLogger("banso.collector")

CHUNK_BYTES = 64 * 1024 * 1024  # spool bytes per append: large appends, bounded memory
ATTRIBUTE_EVERY = 600.0  # seconds between full passes attributing events to their user's account

_TS = pa.timestamp("us")
_EVENT_SCHEMA = pa.schema([("seq", pa.int64()), ("event_id", pa.string()), ("ts", pa.int64()),
                           ("user_id", pa.string()), ("account_id", pa.string()), ("event", pa.string()),
                           ("properties", pa.string()), ("received_at", pa.int64()), ("source", pa.string())])
_USER_SCHEMA = pa.schema([("user_id", pa.string()), ("email", pa.string()), ("created_at", pa.int64()),
                          ("traits_set", pa.string()), ("traits_once", pa.string()), ("source", pa.string())])
_ARROW_KIND = {"VARCHAR": pa.string(), "DOUBLE": pa.float64(), "BIGINT": pa.int64(), "TS": pa.int64(),
               "DATE": pa.string()}
_ACCOUNT_SCHEMA = pa.schema([("account_id", pa.string()),
                             *((name, _ARROW_KIND[kind]) for name, kind in ACCOUNT_COLUMNS),
                             ("traits", pa.string()), ("source", pa.string())])
_MEMBER_SCHEMA = pa.schema([("user_id", pa.string()), ("account_id", pa.string()), ("joined_at", pa.int64()),
                            ("source", pa.string())])


@dataclass
class CompactorStats:
    compactions: int = 0
    events_received: int = 0
    events_inserted: int = 0
    events_repeated: int = 0
    last_compaction_at: float | None = None
    last_compaction_seconds: float = 0.0
    last_error: str | None = None
    busy_since: float | None = None
    by_source: dict[str, int] = field(default_factory=dict)


def gather(records: list[Collected]) -> Gathered:
    """Concatenate spooled requests into Arrow tables; repeated users and accounts are folded in order."""
    seq = 0
    ev: dict[str, list[Any]] = {name: [] for name in _EVENT_SCHEMA.names}
    users: dict[str, list[Any]] = {}
    accounts: dict[tuple[str, str], list[Any]] = {}  # per source: each source's traits are weighed apart
    owners: dict[str, list[str]] = {}
    members: dict[tuple[str, str], list[Any]] = {}
    aliases: list[tuple[str, str]] = []
    for rec in records:
        for event_id, ts, user_id, account_id, name, props in rec.events:
            ev["seq"].append(seq)
            seq += 1
            ev["event_id"].append(event_id)
            ev["ts"].append(ts)
            ev["user_id"].append(user_id)
            ev["account_id"].append(account_id)
            ev["event"].append(name)
            ev["properties"].append(props)
            ev["received_at"].append(rec.received_at)
            ev["source"].append(rec.source)
        for user_id, email, created, traits_set, traits_once in rec.users:
            old = users.get(user_id)
            if old is None:
                users[user_id] = [user_id, email, created, traits_set, traits_once, rec.source]
            else:
                old[1] = email or old[1]
                old[2] = old[2] if old[2] is not None else created
                old[3] = _merge(old[3], traits_set)
                old[4] = _merge(traits_once, old[4])  # the first set-once value wins
        if rec.accounts:
            owners[rec.source] = rec.owns  # the latest word on what the source owns
        for account_id, columns, traits in rec.accounts:
            cols = json.loads(columns) if columns else {}
            old = accounts.get((account_id, rec.source))
            if old is None:
                old = accounts[(account_id, rec.source)] = [account_id, *(None for _ in ACCOUNT_COLUMNS), None,
                                                            rec.source]
            for i, (name, _) in enumerate(ACCOUNT_COLUMNS, start=1):
                if cols.get(name) is not None:
                    old[i] = cols[name]
            old[-2] = _merge(old[-2], traits)
        for user_id, account_id, joined in rec.memberships:
            key = (user_id, account_id)
            if key not in members or (joined is not None and (members[key][2] is None or joined < members[key][2])):
                members[key] = [user_id, account_id, joined, rec.source]
        aliases.extend((a, b) for a, b in rec.aliases)
    return Gathered(
        events=pa.table(ev, schema=_EVENT_SCHEMA),
        users=_rows_table(list(users.values()), _USER_SCHEMA),
        accounts=_rows_table(list(accounts.values()), _ACCOUNT_SCHEMA),
        memberships=_rows_table(list(members.values()), _MEMBER_SCHEMA),
        aliases=aliases,
        owners={source: tuple(fields) for source, fields in owners.items()},
    )


def _rows_table(rows: list[list[Any]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    return pa.table({name: list(col) for name, col in zip(schema.names, columns, strict=True)}, schema=schema)


def _merge(old: str | None, new: str | None) -> str | None:
    """Two JSON objects of traits, `new` winning."""
    if not old:
        return new
    if not new:
        return old
    return json.dumps({**json.loads(old), **json.loads(new)}, ensure_ascii=False, separators=(",", ":"))


class Compactor:
    """Drains a spool into a store: `run_once()` for one append, `start()` for the background thread."""

    def __init__(self, spool: Spool, store_path: Path, timezone: str, *, interval: float = 2.0,
                 chunk_bytes: int = CHUNK_BYTES, open_store: Callable[[], Store] | None = None,
                 gather_with: Callable[[list[bytes]], Gathered] | None = None):
        self.spool = spool
        self.store_path = store_path
        self.timezone = timezone
        self.interval = interval
        self.chunk_bytes = chunk_bytes
        self._open_store = open_store or (lambda: Store(store_path))
        # How a chunk becomes tables: in this thread, or in a worker process (banso.collector.gather_worker).
        self._gather = gather_with or (lambda payloads: gather([Collected.decode(p) for p in payloads]))
        self.position: Position | None = None  # None until read from the store
        self._in_store: str | None = None  # the position as the store holds it (None: never stored)
        self.stats = CompactorStats()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_full_pass = 0.0

    # -- position ----------------------------------------------------------------------------------
    def backlog_bytes(self) -> int:
        return self.spool.backlog_bytes(self.position or START)

    def _stored(self, store: Store) -> Position:
        text = self._in_store = read_position(store, self.spool.spool_id)
        return Position.parse(text) if text else START

    # -- one append --------------------------------------------------------------------------------
    def run_once(self) -> SinkOutcome | None:
        """Append what the spool holds past the stored position (one chunk); None when nothing is pending."""
        if self.position is not None and self.spool.backlog_bytes(self.position) == 0 and not self._due_full_pass():
            return None
        started = time.perf_counter()
        store = self._open_store()
        try:
            if self.position is None:
                self.position = self._stored(store)
            if self._due_full_pass():
                self._last_full_pass = time.monotonic()
                attributed = attribute_unmapped(store)
                if attributed:
                    log.info("attributed %d earlier events to their user's account", attributed)
            payloads, end = self.spool.read(self.position, self.chunk_bytes)
            if not payloads:
                if end != self.position:  # only unreadable or no bytes were passed: read on from there,
                    self.position = end  # while the store keeps its position until the next append
                return None
            gathered = self._gather(payloads)
            try:
                outcome = append_collected(store, gathered, spool_id=self.spool.spool_id,
                                           expected=self._in_store,
                                           position=str(end), timezone=self.timezone)
            except PositionMoved as moved:
                self._in_store = moved.stored
                self.position = Position.parse(moved.stored) if moved.stored else START
                log.warning("the stored spool position moved to %s; continuing from there", self.position)
                return None
        finally:
            store.close()
        self.position = end
        self._in_store = str(end)
        self.spool.release(end)
        self._record(outcome, time.perf_counter() - started)
        return outcome

    def _due_full_pass(self) -> bool:
        return time.monotonic() - self._last_full_pass > ATTRIBUTE_EVERY

    def _record(self, outcome: SinkOutcome, seconds: float) -> None:
        s = self.stats
        s.compactions += 1
        s.events_received += outcome.events_received
        s.events_inserted += outcome.events_inserted
        s.events_repeated += outcome.events_repeated
        s.last_compaction_at = time.time()
        s.last_compaction_seconds = seconds
        s.last_error = None
        s.busy_since = None
        for source, (_, inserted) in outcome.events_by_source.items():
            s.by_source[source] = s.by_source.get(source, 0) + inserted
        log.info("stored %d events (%d repeats dropped), %d users, %d accounts, %d new memberships in %.2fs",
                 outcome.events_inserted, outcome.events_repeated, outcome.users, outcome.accounts,
                 outcome.memberships_added, seconds)

    def drain(self) -> int:
        """Append until the spool is empty; returns the events stored."""
        stored = 0
        while True:
            outcome = self.run_once()
            if outcome is None and (self.position is None or self.spool.backlog_bytes(self.position) == 0):
                return stored
            if outcome is not None:
                stored += outcome.events_inserted

    # -- background --------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="banso-compactor", daemon=True)
        self._thread.start()

    def nudge(self) -> None:
        """Compact soon (the backlog is large)."""
        self._wake.set()

    def stop(self, *, final: bool = True) -> None:
        """Stop the thread; with `final`, append what is spooled first (as far as the store allows)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if final:
            try:
                self.drain()
            except StoreError as exc:
                log.warning("left %d spooled bytes for the next start: %s", self.backlog_bytes(), exc)

    def _loop(self) -> None:
        delay = self.interval
        while not self._stop.is_set():
            self._wake.wait(delay)
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                outcome = self.run_once()
                delay = 0.0 if outcome is not None and self.backlog_bytes() > self.chunk_bytes // 4 else self.interval
            except StoreError as exc:  # another process holds the store: keep spooling, try again
                if self.stats.busy_since is None:
                    self.stats.busy_since = time.time()
                    log.warning("cannot append to the store yet (%s); events stay on the spool", exc)
                self.stats.last_error = str(exc)
                delay = min(max(self.interval, 1.0) * 2, 30.0)
            except Exception as exc:  # keep the collector up; the spool keeps everything
                log.exception("compaction failed; retrying")
                self.stats.last_error = f"{type(exc).__name__}: {exc}"
                delay = min(max(self.interval, 1.0) * 5, 60.0)
