"""The durable spool: acknowledged requests on disk before the reply, until the compactor stores them.

The spool is a folder of segment files (`00000001.seg`, …) holding records framed as
`magic | length | crc32 | payload`. One writer thread appends the records of every waiting request
in one write and one `fdatasync` (group commit), then wakes the requests: a reply is sent only after
its record is on disk, and under load many requests share one sync. A new segment starts when one
passes `segment_bytes` and at every start, so a segment is appended to by one run only.

After a crash the last segment may end in a torn record, one that was never acknowledged; `open`
cuts it off. Positions are `(segment, offset)`; the compactor stores the position it has consumed
in the store, in the same transaction as the rows (see `banso.store.duckdb.collector_sink`), and the spool
deletes segments wholly before it. A lock file keeps two processes from using one spool.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import queue
import struct
import threading
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from banso.errors import BansoError

log = logging.getLogger("banso.collector")

_HEADER = struct.Struct("<HII")  # magic, payload length, crc32 of payload
_MAGIC = 0xB5B0
_SUFFIX = ".seg"
MAX_RECORD = 64 * 1024 * 1024

Done = Callable[[BaseException | None], None]


class SpoolError(BansoError):
    """The spool folder cannot be used (locked by another process, unwritable, …)."""


@dataclass(frozen=True, order=True)
class Position:
    segment: int
    offset: int

    def __str__(self) -> str:
        return f"{self.segment}:{self.offset}"

    @classmethod
    def parse(cls, text: str) -> Position:
        segment, _, offset = text.partition(":")
        return cls(int(segment), int(offset))


START = Position(0, 0)


def _name(seq: int) -> str:
    return f"{seq:08d}{_SUFFIX}"


def frame(payload: bytes) -> bytes:
    return _HEADER.pack(_MAGIC, len(payload), zlib.crc32(payload)) + payload


def _next_record(f: BinaryIO, room: int) -> bytes | None:
    """The next record of an open segment, or None when the bytes there are not a whole record."""
    header = f.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    magic, length, crc = _HEADER.unpack(header)
    if magic != _MAGIC or _HEADER.size + length > room:
        return None
    payload = f.read(length)
    if len(payload) < length or zlib.crc32(payload) != crc:
        return None
    return payload


def _scan(data: bytes, start: int) -> tuple[list[tuple[int, bytes]], int]:
    """Valid records from `start`: [(end offset, payload)], and where the valid data ends."""
    out: list[tuple[int, bytes]] = []
    pos = start
    n = len(data)
    while pos + _HEADER.size <= n:
        magic, length, crc = _HEADER.unpack_from(data, pos)
        end = pos + _HEADER.size + length
        if magic != _MAGIC or length > MAX_RECORD or end > n:
            break
        payload = data[pos + _HEADER.size:end]
        if zlib.crc32(payload) != crc:
            break
        out.append((end, payload))
        pos = end
    return out, pos


class Spool:
    """Open with `Spool.open(folder)`; `append` from any thread; `read`/`release` from the compactor."""

    def __init__(self, folder: Path, *, segment_bytes: int = 64 * 1024 * 1024, sync: bool = True):
        self.folder = folder
        self.segment_bytes = segment_bytes
        self.sync = sync
        self._lock = threading.Lock()
        self._sizes: dict[int, int] = {}  # durable bytes per live segment
        self._queue: queue.SimpleQueue[tuple[bytes, Done] | None] = queue.SimpleQueue()
        self._queued_bytes = 0
        self._fd = -1
        self._seq = 0
        self._thread: threading.Thread | None = None
        self._lockfile: int | None = None
        self.spool_id = ""
        self.synced = 0  # counters for status and tests
        self.syncs = 0

    # -- opening and closing -----------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, segment_bytes: int = 64 * 1024 * 1024, sync: bool = True,
             writer: bool = True) -> Spool:
        """Take the spool (one process at a time), repair a torn tail, start a fresh segment."""
        spool = cls(folder, segment_bytes=segment_bytes, sync=sync)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            spool._take_lock()
            spool.spool_id = spool._read_id()
        except OSError as exc:
            raise SpoolError(f"cannot use the spool folder {folder}: {exc}") from exc
        spool._recover()
        if writer:
            spool._start_segment(max(spool._sizes, default=0) + 1)
            spool._thread = threading.Thread(target=spool._run, name="banso-spool-writer", daemon=True)
            spool._thread.start()
        return spool

    def _take_lock(self) -> None:
        fd = os.open(self.folder / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise SpoolError(
                f"the spool {self.folder} is in use by `banso collect` (pid {holder}); stop it first, "
                "or give this one its own --spool folder"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._lockfile = fd

    def _read_id(self) -> str:
        path = self.folder / "ID"
        if path.exists():
            return path.read_text().strip()
        ident = uuid.uuid4().hex[:16]
        tmp = path.with_suffix(".tmp")
        tmp.write_text(ident)
        os.replace(tmp, path)
        self._sync_dir()
        return ident

    def _sync_dir(self) -> None:
        if not self.sync:
            return
        fd = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def _segments(self) -> list[int]:
        out = []
        for p in self.folder.iterdir():
            if p.name.endswith(_SUFFIX) and p.name[: -len(_SUFFIX)].isdigit():
                out.append(int(p.name[: -len(_SUFFIX)]))
        return sorted(out)

    def _recover(self) -> None:
        """Sizes of the segments; the newest loses a torn tail (a record that was never acknowledged)."""
        seqs = self._segments()
        for seq in seqs:
            self._sizes[seq] = (self.folder / _name(seq)).stat().st_size
        if not seqs:
            return
        last = seqs[-1]
        path = self.folder / _name(last)
        data = path.read_bytes()
        _, valid = _scan(data, 0)
        if valid < len(data):
            log.warning("spool %s: cutting %d bytes of an unfinished record at the end", path.name, len(data) - valid)
            with open(path, "r+b") as f:
                f.truncate(valid)
                os.fsync(f.fileno())
            self._sizes[last] = valid

    def _start_segment(self, seq: int) -> None:
        if self._fd >= 0:
            os.close(self._fd)
        self._fd = os.open(self.folder / _name(seq), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._seq = seq
        with self._lock:
            self._sizes[seq] = os.fstat(self._fd).st_size
        self._sync_dir()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._lockfile is not None:
            os.close(self._lockfile)
            self._lockfile = None

    # -- writing -----------------------------------------------------------------------------------
    @property
    def queued_bytes(self) -> int:
        return self._queued_bytes

    def append(self, payload: bytes, done: Done) -> None:
        """Queue a record; `done(None)` runs on the writer thread once it is on disk, else `done(error)`."""
        record = frame(payload)
        with self._lock:
            self._queued_bytes += len(record)
        self._queue.put((record, done))

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            self._write(batch)
            if stop:
                return

    def _write(self, batch: list[tuple[bytes, Done]]) -> None:
        data = b"".join(record for record, _ in batch)
        with self._lock:
            start = self._sizes[self._seq]
        error: BaseException | None = None
        try:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            if self.sync:
                os.fdatasync(self._fd)
        except OSError as exc:
            error = exc
            log.error("spool write failed: %s", exc, extra={"condition": "spool write"})
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)  # never leave half a record in front of later ones
            with contextlib.suppress(OSError):
                self._start_segment(self._seq + 1)
        with self._lock:
            self._queued_bytes -= len(data)
            if error is None:
                self._sizes[self._seq] = start + len(data)
                self.synced += len(batch)
                self.syncs += 1
        for _, done in batch:
            done(error)
        if error is None and start + len(data) >= self.segment_bytes:
            try:
                self._start_segment(self._seq + 1)
            except OSError as exc:
                log.error("cannot start a new spool segment: %s", exc)

    # -- reading and releasing ---------------------------------------------------------------------
    def end(self) -> Position:
        """The durable end of the spool."""
        with self._lock:
            if not self._sizes:
                return START
            seq = max(self._sizes)
            return Position(seq, self._sizes[seq])

    def backlog_bytes(self, since: Position) -> int:
        with self._lock:
            return sum(size - (since.offset if seq == since.segment else 0)
                       for seq, size in self._sizes.items() if seq >= since.segment)

    def read(self, since: Position, max_bytes: int) -> tuple[list[bytes], Position]:
        """Records after `since` (about `max_bytes` of them) and the position just after them."""
        with self._lock:
            sizes = dict(self._sizes)
        payloads: list[bytes] = []
        pos = since
        total = 0
        for seq in sorted(s for s in sizes if s >= since.segment):
            if total >= max_bytes:
                break
            offset = since.offset if seq == since.segment else 0
            limit = sizes[seq]
            with open(self.folder / _name(seq), "rb") as f:
                f.seek(offset)
                while offset < limit and total < max_bytes:
                    payload = _next_record(f, limit - offset)
                    if payload is None:
                        log.error("spool %s: unreadable record at offset %d; skipping the rest of the segment",
                                  _name(seq), offset)
                        offset = limit
                        break
                    payloads.append(payload)
                    offset += _HEADER.size + len(payload)
                    total += len(payload)
            pos = Position(seq, offset)
        return payloads, pos

    def release(self, upto: Position) -> int:
        """Delete segments wholly before `upto` (their records are in the store); returns how many."""
        removed = 0
        with self._lock:
            doomed = [s for s in self._sizes if s < upto.segment and s != self._seq]
            for seq in doomed:
                del self._sizes[seq]
        for seq in doomed:
            with contextlib.suppress(FileNotFoundError):
                (self.folder / _name(seq)).unlink()
            removed += 1
        return removed
