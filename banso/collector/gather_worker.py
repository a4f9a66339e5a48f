"""Gathering spooled requests in a worker process, so acknowledgements never wait behind a compaction.

Decoding a chunk of spooled requests and folding it into Arrow tables (`compactor.gather`) is pure
Python: done on a thread of the server's process, it holds the interpreter for tens of milliseconds
at a time, and every request waiting to be acknowledged waits with it (the collector's p99). In a
worker process it costs the server only sending the bytes and receiving the tables; the append to
the store, which DuckDB runs without the interpreter, stays in the server's process (one process
writes the store).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from banso.collector.records import Collected
from banso.store.duckdb.collector_sink import Gathered


def gather_payloads(payloads: list[bytes]) -> Gathered:
    """What the worker runs: `compactor.gather` over the decoded records."""
    from banso.collector.compactor import gather

    return gather([Collected.decode(p) for p in payloads])


class GatherWorker:
    """One worker process, started on first use (spawned: the server's threads are not copied into it)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, payloads: list[bytes]) -> Gathered:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return self._pool.submit(gather_payloads, payloads).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
