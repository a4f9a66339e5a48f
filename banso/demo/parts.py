"""Splitting the event log into part files and drawing them, in worker processes when it pays.

Accounts are cut into contiguous ranges of about `part_events` expected events each. Every part
has its own random stream derived from the seed and its number, so the bytes of a part do not
depend on how many processes drew it or in which order they finished.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import numpy as np

from banso.demo.accounts import Accounts
from banso.demo.events import Chunk, expected_weekly_events
from banso.demo.lifecycle import Lifecycle
from banso.demo.partfile import PartStats, write_part
from banso.demo.people import People
from banso.demo.touchpoints import Touchpoints

PARALLEL_FROM_EVENTS = 3_000_000
MAX_WORKERS = 4
EVENTS_STREAM = 1_000


def expected_events(acc: Accounts, life: Lifecycle, activity: float) -> np.ndarray:
    """Rough expected events per account over the window (for balancing parts only)."""
    health = np.nan_to_num(life.health, nan=0.0)
    weekly = expected_weekly_events(health, acc.members[:, None], activity)
    return np.where(np.isnan(life.health), 0.0, weekly).sum(axis=1) + 1.0


def plan_parts(expected: np.ndarray, part_events: int) -> list[tuple[int, int]]:
    """Contiguous account ranges `[lo, hi)` of roughly `part_events` expected events each."""
    cumulative = np.cumsum(expected)
    total = float(cumulative[-1])
    n_parts = max(1, round(total / part_events))
    cuts = np.searchsorted(cumulative, total * np.arange(1, n_parts) / n_parts, side="right")
    edges = np.unique(np.r_[0, cuts, len(expected)])
    return [(int(lo), int(hi)) for lo, hi in itertools.pairwise(edges) if hi > lo]


def make_chunk(
    part: int,
    lo: int,
    hi: int,
    seed: int,
    activity: float,
    start_us: int,
    end_us: int,
    week0_us: int,
    acc: Accounts,
    life: Lifecycle,
    ppl: People,
    tp: Touchpoints,
    adoption: np.ndarray,
) -> Chunk:
    """Slice everything the accounts `[lo, hi)` need to draw their events."""
    m = slice(*np.searchsorted(ppl.account, [lo, hi]))
    users = slice(*np.searchsorted(ppl.primary_account, [lo, hi]))
    prejoin = np.flatnonzero(ppl.prejoin_events[users] > 0) + users.start
    prop = tp.proposals
    mine = (prop["account"] >= lo) & (prop["account"] < hi)
    return Chunk(
        part=part,
        seed=(seed, EVENTS_STREAM, part),
        start_us=start_us,
        end_us=end_us,
        week0_us=week0_us,
        activity=activity,
        account0=lo,
        health=life.health[lo:hi],
        boost=tp.boost[lo:hi],
        adoption=adoption[lo:hi],
        alive_from_us=life.alive_from_us[lo:hi],
        alive_until_us=life.alive_until_us[lo:hi],
        members=acc.members[lo:hi],
        m_account=ppl.account[m] - lo,
        m_user=ppl.user[m],
        m_joined_us=ppl.joined_us[m],
        m_invite_us=ppl.invite_us[m],
        m_inviter=ppl.inviter[m],
        m_admin=ppl.admin[m],
        m_log_propensity=ppl.log_propensity[m],
        p_user=prejoin.astype(np.int32),
        p_created_us=ppl.created_us[prejoin],
        p_joined_us=ppl.primary_joined_us[prejoin],
        p_count=ppl.prejoin_events[prejoin].astype(np.int64),
        u_account=prop["account"][mine] - lo,
        u_feature=prop["feature"][mine],
        u_start_us=prop["start_us"][mine],
        u_rate=prop["rate"][mine],
        u_user=prop["user"][mine],
    )


class EventParts:
    """Draws and writes parts, in the background when the log is big; use as a context manager.

        with EventParts(chunks, directory, widths, expected_total) as parts:
            write_other_files()
            stats = parts.wait(progress)
    """

    def __init__(
        self, chunks: list[Chunk], directory: Path, account_width: int, user_width: int, expected_total: float
    ) -> None:
        self.chunks = chunks
        self.paths = [directory / f"part-{c.part:05d}.parquet" for c in chunks]
        self.widths = (account_width, user_width)
        workers = min(MAX_WORKERS, os.cpu_count() or 1, len(chunks))
        parallel = workers > 1 and expected_total >= PARALLEL_FROM_EVENTS
        self.pool = ProcessPoolExecutor(workers, mp_context=_context()) if parallel else None
        self.futures: list[Future[PartStats]] = []

    def __enter__(self) -> EventParts:
        if self.pool is not None:
            with _forking():  # the pool forks its workers at the first submit
                self.futures = [
                    self.pool.submit(write_part, c, p, *self.widths)
                    for c, p in zip(self.chunks, self.paths, strict=True)
                ]
        return self

    def wait(self, progress: Callable[[str, float], None] | None = None) -> list[PartStats]:
        """Finish every part, reporting progress as each one lands."""
        stats = []
        for i, (chunk, path) in enumerate(zip(self.chunks, self.paths, strict=True)):
            if self.pool is None:
                stats.append(write_part(chunk, path, *self.widths))
            else:
                stats.append(self.futures[i].result())
            if progress is not None:
                progress("events", (i + 1) / len(self.chunks))
        return stats

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=error is not None)


@contextmanager
def _forking() -> Iterator[None]:
    """Around a fork: collect this process's garbage here, then freeze what is left for the children.

    A forked child inherits every object of a process whose other threads (a database's, a test
    server's) are gone in the child; were its collector to free an object such a thread left
    half-used, the child could crash. Collected first in the parent, and the rest frozen (children
    never scan it), nothing inherited is freed in a child.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it: workers start at once and need no importable `__main__`.

    Spawned workers would re-run an unguarded calling script. Workers are forked before this
    process writes any file, and Arrow and its allocator re-initialize their threads after a fork.
    """
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
