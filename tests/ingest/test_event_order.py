"""How events are written: clustered by account, times kept to the microsecond in UTC.

The account page and the rollup read one account's events by its row groups, so a load writes the
log clustered by account: a time-ordered file is sorted, a file already clustered by account (by
its Parquet row groups' statistics) is written as it comes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
    account_id,name
    A1,Acme
    A2,Beta
    A3,Gamma
    """


def events_file(path: Path, accounts: list[str], *, row_group_size: int) -> Path:
    """Events e0, e1, … one minute apart, attributed to `accounts` in the order given."""
    n = len(accounts)
    ts = [datetime(2026, 1, 5, 14, 59, tzinfo=UTC).replace(minute=i % 60, second=i // 60) for i in range(n)]
    pq.write_table(pa.table({
        "event_id": [f"e{i}" for i in range(n)],
        "ts": pa.array(ts, type=pa.timestamp("us", tz="UTC")),
        "user_id": [f"u{i % 3}" for i in range(n)],
        "account_id": accounts,
        "event": ["login"] * n,
    }), path, row_group_size=row_group_size)
    return path


def stored_order(ws: Workspace) -> list[tuple[str, str]]:
    """(account_id, event_id) in the order the rows sit in the table."""
    return [(a, e) for a, e in ws.store.raw.execute("SELECT account_id, event_id FROM events").fetchall()]


def test_time_ordered_events_are_clustered_by_account(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    interleaved = ["A2", "A1", "A3", "A1", "A2", "A3", "A1", "A2"]  # row groups of 2 overlap: sort
    workspace.load("events", [str(events_file(tmp_path / "e.parquet", interleaved, row_group_size=2))])
    accounts = [a for a, _ in stored_order(workspace)]
    assert accounts == sorted(interleaved)


def test_a_file_clustered_by_account_is_written_as_it_comes(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    clustered = ["A1", "A1", "A1", "A2", "A2", "A3", "A3", "A3"]  # groups [A1], [A1 A2], [A2 A3], [A3]
    workspace.load("events", [str(events_file(tmp_path / "e.parquet", clustered, row_group_size=2))])
    assert stored_order(workspace) == [(a, f"e{i}") for i, a in enumerate(clustered)]


def test_times_with_a_zone_are_kept_in_utc_to_the_microsecond(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    instants = [datetime(2026, 1, 5, 14, 59, 59, 999999, tzinfo=UTC),  # 23:59:59.999999 in Tokyo
                datetime(2026, 1, 5, 15, 0, tzinfo=UTC),  # midnight in Tokyo: the next day
                datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)]  # before the epoch
    pq.write_table(pa.table({
        "event_id": ["e1", "e2", "e3"],
        "ts": pa.array(instants, type=pa.timestamp("us", tz="Asia/Tokyo")),
        "account_id": ["A1", "A1", "A1"],
        "event": ["login"] * 3,
        "received_at": pa.array(instants, type=pa.timestamp("ns", tz="UTC")),
    }), tmp_path / "z.parquet")
    workspace.load("events", [str(tmp_path / "z.parquet")])
    rows = workspace.store.raw.execute("SELECT ts, received_at, day FROM events ORDER BY event_id").fetchall()
    naive = [t.replace(tzinfo=None) for t in instants]
    assert [r[0] for r in rows] == naive
    assert [r[1] for r in rows] == naive
    assert [r[2] for r in rows] == [date(2026, 1, 5), date(2026, 1, 6), date(1970, 1, 1)]
