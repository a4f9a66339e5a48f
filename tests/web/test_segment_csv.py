"""`/api/accounts.csv?seg=N` exports saved segment N, as the accounts page shows it."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from banso.config.segment import SegmentSpec
from banso.workspace import Workspace


def ids(response_text: str) -> list[str]:
    return [r["account_id"] for r in csv.DictReader(io.StringIO(response_text.lstrip("\ufeff")))]


def test_seg_exports_the_saved_segment(world: Workspace, csm: TestClient, viewer: TestClient) -> None:
    owner = world.find_user("csm@example.com")
    assert owner is not None
    enterprise = world.save_segment(owner, "Enterprise only", SegmentSpec(tier=["Enterprise"]))
    r = csm.get(f"/api/accounts.csv?seg={enterprise.id}")
    assert r.status_code == 200 and ids(r.text) == ["A1"]
    # filters given with it win, as on the page (churned accounts only when a status filter asks for them)
    assert ids(csm.get(f"/api/accounts.csv?seg={enterprise.id}&tier=SMB").text) == ["A2"]
    assert ids(csm.get(f"/api/accounts.csv?seg={enterprise.id}&tier=SMB&status=active&status=churned").text) == \
        ["A2", "A4"]
    # another person's private segment does not exist for them
    assert viewer.get(f"/api/accounts.csv?seg={enterprise.id}").status_code == 404
    assert csm.get("/api/accounts.csv?seg=0").status_code == 422
    world.delete_segment(enterprise.id, owner)
