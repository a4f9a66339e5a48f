"""The event load's id check over loads larger than one chunk of hashes, and the memory limit it lowers.

The hashes of a load's ids are read in chunks of about a hundred thousand and sorted outside DuckDB
(`banso.store.duckdb.event_append`): a repeat in different chunks and different files must still be
found, a padded id in a late chunk must still send the load round again trimming, and DuckDB's
memory limit must be what it was after the check, whichever way it ended.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from banso.errors import LoadError
from banso.store.duckdb.memory_limit import lowered_memory_limit, size_bytes
from banso.workspace import Workspace

ROWS = 150_000  # more than one chunk of hashes (50 vectors of 2,048 rows)


def events(path: Path, ids: list[str]) -> str:
    n = len(ids)
    pq.write_table(pa.table({"event_id": ids, "ts": ["2026-01-05T10:00:00+09:00"] * n, "user_id": ["u1"] * n,
                             "account_id": ["A1"] * n, "event": ["login"] * n}), path)
    return str(path)


def memory_limit(ws: Workspace) -> str:
    return str(ws.store.raw.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])


@pytest.fixture
def ws(workspace: Workspace, tmp_path: Path) -> Workspace:
    pq.write_table(pa.table({"account_id": ["A1"], "name": ["Acme"]}), tmp_path / "accounts.parquet")
    workspace.load("accounts", [str(tmp_path / "accounts.parquet")])
    return workspace


def test_a_repeat_in_another_chunk_and_file_refuses_the_load(ws: Workspace, tmp_path: Path) -> None:
    limit = memory_limit(ws)
    first = events(tmp_path / "a.parquet", [f"e{i}" for i in range(ROWS)])
    second = events(tmp_path / "b.parquet", [f"f{i}" for i in range(ROWS - 1)] + ["e3"])
    with pytest.raises(LoadError, match="duplicate key 'e3'"):
        ws.load("events", [first, second])
    assert ws.store.raw.execute("SELECT count(*) FROM events").fetchall() == [(0,)]
    assert memory_limit(ws) == limit


def test_a_padded_id_late_in_a_load_has_it_trimmed(ws: Workspace, tmp_path: Path) -> None:
    limit = memory_limit(ws)
    ids = [f"e{i}" for i in range(2 * ROWS)]
    ids[-5] = " e-late "
    out = ws.load("events", [events(tmp_path / "a.parquet", ids)])
    assert out.inserted == 2 * ROWS
    assert ws.store.raw.execute("SELECT count(*) FROM events WHERE event_id = 'e-late'").fetchall() == [(1,)]
    assert memory_limit(ws) == limit


def test_distinct_ids_over_many_chunks_all_land(ws: Workspace, tmp_path: Path) -> None:
    out = ws.load("events", [events(tmp_path / "a.parquet", [f"e{i}" for i in range(2 * ROWS)])])
    assert (out.inserted, out.unchanged) == (2 * ROWS, 0)
    again = ws.load("events", [events(tmp_path / "b.parquet", [f"e{i}" for i in range(ROWS, 3 * ROWS)])])
    assert (again.inserted, again.unchanged) == (ROWS, ROWS)


def test_the_memory_limit_is_only_ever_lowered_and_comes_back(ws: Workspace) -> None:
    raw = ws.store.raw
    before = memory_limit(ws)
    with lowered_memory_limit(raw, 256 * 2**20):
        assert memory_limit(ws) == "256.0 MiB"
    assert memory_limit(ws) == before
    with lowered_memory_limit(raw, size_bytes(before) * 2):
        assert memory_limit(ws) == before
    assert size_bytes("3GB") == 3e9 and size_bytes("18.8 GiB") == 18.8 * 2**30
    assert size_bytes("a lot") == float("inf")
