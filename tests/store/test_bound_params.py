"""Per-account queries compile once and bind the id: same results as the query layer, ids are only data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from banso.store.params import ACCOUNT, ID_BATCH, id_batches
from banso.workspace import Workspace
from tests.conftest import write


def test_bound_queries_match_the_query_layer_and_compile_once(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load("accounts", [str(write(tmp_path / "a.csv", "account_id,name\nA1,Acme\nA2,Beta\n"))])
    events = "event_id,ts,user_id,account_id,event\ne1,2026-01-05T10:00:00Z,u1,A1,login\ne2,2026-01-06T10:00:00Z,u2,A2,login\n"
    workspace.load("events", [str(write(tmp_path / "e.csv", events))])
    store = workspace.store

    def query():  # type: ignore[no-untyped-def]
        e = store.table("events")
        return e.filter(e.account_id == ACCOUNT).select("event_id", "ts", "day").order_by("event_id")

    for account in ("A1", "A2", "A9", "A1' OR '1'='1"):
        bound = store.execute(query(), {ACCOUNT: account})
        reference = store.ibis.execute(query(), params={ACCOUNT: account})
        assert bound.equals(reference), account
    assert store.execute(query(), {ACCOUNT: "A1' OR '1'='1"}).empty  # an id is a value, never SQL
    assert len(store._compiled) == 1, "one expression shape, compiled once"


def test_records_match_execute_and_parse_json(workspace: Workspace, tmp_path: Path) -> None:
    workspace.load("accounts", [str(write(tmp_path / "a.csv", "account_id,name\nA1,Acme\nA2,Beta\n"))])
    events = "event_id,ts,user_id,account_id,event\ne1,2026-01-05T10:00:00Z,u1,A1,login\ne2,2026-01-06T10:00:00Z,,A1,login\n"
    workspace.load("events", [str(write(tmp_path / "e.csv", events))])
    store = workspace.store
    e = store.table("events")
    expr = e.filter(e.account_id == ACCOUNT).select("event_id", "ts", "day", "user_id").order_by("event_id")
    rows = store.records(expr, {ACCOUNT: "A1"})
    frame = store.execute(expr, {ACCOUNT: "A1"})
    assert [r["event_id"] for r in rows] == frame["event_id"].tolist() == ["e1", "e2"]
    assert rows[0]["ts"] == frame["ts"].iloc[0].to_pydatetime() and rows[0]["day"] == date(2026, 1, 5)
    assert rows[1]["user_id"] is None  # NULL is None, not NaN
    assert store.records(expr, {ACCOUNT: "A1' OR '1'='1"}) == []

    meta = store.table("banso_meta")
    store.raw.execute("CREATE TABLE j AS SELECT 'A1' AS k, '{\"a\": [1, 2]}'::JSON AS doc")
    j = store.ibis.table("j")
    assert store.records(j.filter(j.k == ACCOUNT), {ACCOUNT: "A1"})[0]["doc"] == {"a": [1, 2]}
    assert meta is store.table("banso_meta"), "the store keeps its own tables' handles"


def test_id_batches_cover_every_id_in_fixed_size_bindings() -> None:
    ids = [f"u{i}" for i in range(230)]
    batches = id_batches(ids)
    assert [len(b) for b in batches] == [len(ID_BATCH)] * 3
    assert set().union(*(set(b.values()) for b in batches)) == set(ids)
    assert list(batches[2].values())[30:] == ["u200"] * 70  # padded with the batch's first id
    assert id_batches([]) == []
