"""Group calls: a write key must not rewrite what the CRM owns, and a user's traits never become the account's.

Each step sends group calls through the spool and the compactor as the collector does (or over HTTP),
between loads of a CRM export; the expected account rows are written out after each step.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from banso.collector.normalize import account_fields, now_us
from banso.collector.records import Collected
from banso.collector.server import drain
from banso.collector.spool import Spool
from banso.workspace import Workspace
from tests.collector.server import running

COLUMNS = ("account_id", "name", "plan", "mrr", "owner", "status")
CRM = """account_id,name,plan,tier,mrr,owner,status
ACME,ACME Corporation,enterprise,Enterprise,5000,sato@cs.example.com,active
"""


def group(source: str, account: str, owns: tuple[str, ...] = (), **traits: Any) -> Collected:
    columns, all_traits = account_fields(traits)
    return Collected(source, now_us(), accounts=[(account, columns, all_traits)], owns=list(owns))


def send(root: Path, *records: Collected) -> None:
    """Spool the records as accepted requests, then let the compactor store them."""
    folder = root / "test-spool"
    spool = Spool.open(folder, sync=False)
    try:
        for record in records:
            written = threading.Event()
            spool.append(record.encode(), lambda error, w=written: w.set())
            assert written.wait(5)
    finally:
        spool.close()
    drain(Workspace.open(root).collector_site(owned=True), folder)


def crm_load(root: Path, tmp: Path, text: str) -> None:
    (tmp / "crm.csv").write_text(text)
    with Workspace.open(root) as ws:
        ws.load("accounts", [str(tmp / "crm.csv")])


def accounts(root: Path) -> dict[str, tuple[Any, ...]]:
    with Workspace.open(root) as ws:
        rows = ws.store.execute(ws.store.table("accounts")).to_dict("records")
    return {r["account_id"]: tuple(None if r[c] != r[c] else r[c] for c in COLUMNS[1:]) for r in rows}


def traits(root: Path, account: str) -> dict[str, Any]:
    with Workspace.open(root) as ws:
        rows = ws.store.execute(ws.store.table("accounts")).to_dict("records")
    return next(r["traits"] for r in rows if r["account_id"] == account)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    Workspace.init(tmp_path / "ws", name="group traits").close()
    crm_load(tmp_path / "ws", tmp_path, CRM)
    return tmp_path / "ws"


def test_group_traits_fill_only_what_no_other_source_set(root: Path, tmp_path: Path) -> None:
    # 1. the browser's group call names ACME differently and claims a free plan: the CRM's columns stay;
    #    every trait is kept in traits. NEWCO, unknown to the CRM, takes its columns from the call.
    send(root, group("web", "ACME", name="acme", plan="free", mrr=0, owner="nobody@example.com", status="trial",
                     industry="製造業", employees=250),
         group("web", "NEWCO", name="New Co", plan="pro", mrr=100))
    assert accounts(root) == {
        "ACME": ("ACME Corporation", "enterprise", 5000.0, "sato@cs.example.com", "active"),
        "NEWCO": ("New Co", "pro", 100.0, None, None),
    }
    assert traits(root, "ACME") == {"name": "acme", "plan": "free", "mrr": 0, "owner": "nobody@example.com",
                                    "status": "trial", "industry": "製造業", "employees": 250}

    # 2. the source that set NEWCO's plan may change it; another write key may not
    send(root, group("web", "NEWCO", plan="enterprise"), group("mobile", "NEWCO", plan="team", mrr=120))
    assert accounts(root)["NEWCO"] == ("New Co", "enterprise", 100.0, None, None)

    # 3. the CRM takes NEWCO over: from then on its plan is the CRM's, whatever the browser says
    crm_load(root, tmp_path, "account_id,plan\nNEWCO,business\n")
    send(root, group("web", "NEWCO", plan="pro", owner="web@example.com"))
    assert accounts(root)["NEWCO"] == ("New Co", "business", 100.0, "web@example.com", None)

    # 4. a source configured to own MRR and status overwrites them, even the CRM's, and only them
    send(root, group("billing", "ACME", owns=("mrr", "status"), mrr=6000, status="churned", plan="free"))
    assert accounts(root)["ACME"] == ("ACME Corporation", "enterprise", 6000.0, "sato@cs.example.com", "churned")


def test_ownership_travels_from_the_source_settings_over_http(root: Path) -> None:
    with Workspace.open(root) as ws:
        key = ws.add_source("billing", "segment", owned_fields=["mrr"])[1]
        plain = ws.add_source("web", "segment")[1]

    def call(write_key: str, n: int, **group_traits: Any) -> None:
        message = {"type": "group", "messageId": f"g{n}", "userId": "u1", "groupId": "ACME", "traits": group_traits,
                   "context": {"traits": {"name": "山田 太郎", "email": "yamada@example.com"}}}
        assert httpx.post(f"{r.url}/v1/group", json=message, auth=(write_key, "")).status_code == 200

    with running(root) as r:
        call(plain, 1, mrr=1, name="acme")
        call(key, 2, mrr=7000, plan="free")
    assert accounts(root)["ACME"] == ("ACME Corporation", "enterprise", 7000.0, "sato@cs.example.com", "active")
    assert "email" not in traits(root, "ACME"), "the user's traits (context.traits) are not the account's"
    assert traits(root, "ACME")["name"] == "acme"


def test_events_without_an_account_take_their_users_only_account(root: Path) -> None:
    # browser SDKs send the account once (a group call), not on every event
    joined = Collected("web", now_us(), memberships=[("u1", "ACME", now_us()), ("u2", "ACME", now_us()),
                                                     ("u2", "NEWCO", now_us())])
    send(root, joined)
    later = Collected("web", now_us(), events=[("e1", now_us(), "u1", None, "clicked", None),
                                               ("e2", now_us(), "u2", None, "clicked", None),
                                               ("e3", now_us(), "u3", None, "clicked", None),
                                               ("e4", now_us(), "u1", "NEWCO", "clicked", None)])
    send(root, later)
    with Workspace.open(root) as ws:
        events = ws.store.execute(ws.store.table("events").select("event_id", "account_id")).to_dict("records")
    assert sorted((e["event_id"], e["account_id"]) for e in events) == [
        ("e1", "ACME"),  # u1 belongs to ACME only
        ("e2", None),  # u2 belongs to two accounts: which one is not known
        ("e3", None),  # u3 to none yet
        ("e4", "NEWCO"),  # an event that names its account keeps it
    ]
