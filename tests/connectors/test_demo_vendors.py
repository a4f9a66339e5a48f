"""The demo's vendors (what `make connectors-demo` serves), filled from a scored world: every connector
pulls and every push and segment sync runs against them, with the banso.yaml the demo writes."""

from __future__ import annotations

import ssl

import pytest

from banso.config.segment import SegmentSpec
from banso.demo.vendors.run import _write_config
from banso.demo.vendors.world import CREDENTIALS, SEGMENT, start_vendors
from banso.sinks import PushResult, SegmentResult
from banso.workspace import Workspace


def test_the_demo_configuration_pulls_and_pushes(world: Workspace, trust: ssl.SSLContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    with start_vendors(world, accounts=20, tls=trust) as vendors:
        _write_config(world, vendors.config())
        world.close()
        ws = Workspace.open(world.root)
        admin = ws.find_user("ops@example.com")
        assert admin is not None
        ws.save_segment(admin, SEGMENT, SegmentSpec(band=["bad"]), shared=True)
        with ws.lock:
            people = ws.store.count("users")
        pulled = {name: ws.sync_pull(name) for name in ("salesforce", "hubspot", "zendesk", "intercom")}
        assert pulled["salesforce"].read["Account"] == 20 and pulled["zendesk"].read["organizations"] == 20
        # every company is named by its banso_account_id property, so its notes land on the account
        assert pulled["hubspot"].skipped == {} and pulled["hubspot"].read["companies"] == 20
        assert {x.stream for x in pulled["hubspot"].loads} == {"companies", "notes"}
        with ws.lock:
            assert ws.store.count("users") == people  # contacts are the product's users (Banso_User_Id__c)
        sf = ws.sync_push("salesforce")
        with ws.lock:
            first = set(ws.store.execute(ws.store.table("accounts"))["account_id"].sort_values().head(20))
        scored = set(ws.scores()["account_id"])
        # the CRM holds 20 accounts; every scored one among them gets its fields
        assert isinstance(sf, PushResult) and len(first & scored) <= sf.in_crm <= 20
        assert sf.records_sent == sf.in_crm and not sf.failed
        hs = ws.sync_push("hubspot")
        assert isinstance(hs, PushResult) and hs.created_fields == ["banso_health_score", "banso_health_band"]
        listed = ws.sync_push("at_risk_list")
        assert isinstance(listed, SegmentResult) and not listed.dry_run
        assert vendors.hubspot.lists[vendors.list_id]["members"]
        assert (ws.root / "exports").exists() is False
        ws.sync_push("at_risk_file")
        assert (ws.root / "exports/at_risk.csv").is_file()
        assert all(r.status == "ok" for r in ws.sync_runs())
        ws.close()
