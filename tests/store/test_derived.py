"""Derived tables: built once per stamp, rebuilt when it changes, the least recently used dropped first,
and computed in place on a store that cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from banso.store import Store, derived
from banso.store.derived import data_stamp, derived_table
from banso.workspace import Workspace
from tests.conftest import write

EVENTS = "event_id,ts,user_id,account_id,event\ne1,2026-03-02T10:00:00+09:00,u1,A1,login\n"
MORE = "event_id,ts,user_id,account_id,event\ne2,2026-03-03T10:00:00+09:00,u1,A1,login\n"


def load(ws: Workspace, tmp_path: Path, text: str, name: str = "e.csv") -> None:
    if ws.store.count("accounts") == 0:
        ws.load("accounts", [str(write(tmp_path / "a.csv", "account_id,name\nA1,One\n"))])
    ws.load("events", [str(write(tmp_path / name, text))])


def per_account(store: Store):  # type: ignore[no-untyped-def]
    ev = store.table("events")
    return ev.group_by("account_id").agg(n=ev.count())


def derived_names(store: Store) -> set[str]:
    rows = store.raw.execute("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'derived_%'")
    return {r[0] for r in rows.fetchall()}


def test_built_once_per_stamp_and_rebuilt_when_the_events_change(workspace: Workspace, tmp_path: Path) -> None:
    load(workspace, tmp_path, EVENTS)
    store = workspace.store
    first = data_stamp(store)
    t = derived_table(store, "per account", per_account(store), first)
    assert store.execute(t)["n"].tolist() == [1]
    assert len(derived_names(store)) == 1
    load(workspace, tmp_path, MORE, "more.csv")
    again = derived_table(store, "per account", per_account(store), first)
    assert store.execute(again)["n"].tolist() == [1]  # same stamp: the table as it was built
    second = data_stamp(store)
    assert second != first
    fresh = derived_table(store, "per account", per_account(store), second)
    assert store.execute(fresh)["n"].tolist() == [2]
    assert len(derived_names(store)) == 1  # rebuilt in place


def test_the_least_recently_used_go_first(workspace: Workspace, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    load(workspace, tmp_path, EVENTS)
    store = workspace.store
    stamp = data_stamp(store)
    monkeypatch.setattr(derived, "KEEP", 2)
    a = derived_table(store, "a", per_account(store), stamp)
    derived_table(store, "b", per_account(store), stamp)
    derived_table(store, "a", per_account(store), stamp)  # a is used again: b is now the oldest
    derived_table(store, "c", per_account(store), stamp)
    names = derived_names(store)
    assert len(names) == 2 and a.get_name() in names


def test_a_read_only_store_computes_in_place(workspace: Workspace, tmp_path: Path) -> None:
    load(workspace, tmp_path, EVENTS)
    path = workspace.store.path
    workspace.close()
    with Store(path, read_only=True) as store:
        t = derived_table(store, "per account", per_account(store), data_stamp(store))
        assert store.execute(t)["n"].tolist() == [1]
        assert derived_names(store) == set()
