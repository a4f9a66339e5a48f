"""Per-account queries compile once and bind the id: same results as the query layer, ids are only data."""

from __future__ import annotations

from pathlib import Path

from banso.store.params import ACCOUNT
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
