"""The inventory flags exactly the events that no configuration references."""

from __future__ import annotations

from pathlib import Path

import pytest

from banso.analysis.evidence.inventory import inventory, referenced_events
from banso.config.models import WorkspaceConfig
from banso.config.template import render
from banso.store import Store
from banso.workspace import Workspace
from tests.conftest import write

CONFIG_EXTRA = """
metrics:
  exports_28d:
    kind: event_count
    events: [export_csv]
"""


COUNTS = [5, 10, 1, 3, 1, 2, 1, 30, 7]  # events sent of each name below


def load_world(tmp_path: Path) -> Workspace:
    """A workspace whose config references some of nine event names (the caller closes it)."""
    text = render(name="inventory", passive=["email_opened"], features=["issue_created", "gantt_viewed"],
                  key_actions=["issue_created", "comment_added"],
                  onboarding={"first project": "project_created"})
    assert "\nmetrics: {}\n" in text  # the template's place for declared metrics: a key may be written once
    text = text.replace("\nmetrics: {}\n", CONFIG_EXTRA, 1)
    ws = Workspace.init(tmp_path / "ws", config_text=text)
    rows = ["event_id,ts,user_id,account_id,event"]
    names = ["email_opened", "issue_created", "gantt_viewed", "comment_added", "project_created", "export_csv",
             "user_invited", "legacy_ping", "debug_heartbeat"]
    n = 0
    for name, count in zip(names, COUNTS, strict=True):
        for _ in range(count):
            n += 1
            rows.append(f"e{n},2026-01-{1 + n % 28:02d}T10:00:00Z,u{n % 3},A1,{name}")
    ws.load("events", [str(write(tmp_path / "events.csv", "\n".join(rows) + "\n"))], allow_unknown=True)
    return ws


def check_inventory(store: Store, config: WorkspaceConfig) -> None:
    """What the inventory must say of this world (also run on every engine by tests/engines)."""
    inv = inventory(store, config)
    unused = sorted(inv.events.loc[inv.events["used_by"] == "", "event"])
    # user_invited is used by the signals (trial invitations); legacy_ping and debug_heartbeat by nothing.
    assert unused == ["debug_heartbeat", "legacy_ping"]
    assert inv.total == sum(COUNTS)
    assert inv.unused_share == pytest.approx((30 + 7) / sum(COUNTS))
    refs = referenced_events(config)
    assert "metric exports_28d" in refs["export_csv"] and "onboarding" in refs["project_created"]
    top = inv.events.iloc[0]
    assert top["event"] == "legacy_ping" and top["events"] == 30 and top["users"] == 3


def test_unused_events_are_exactly_the_unreferenced_ones(tmp_path: Path) -> None:
    ws = load_world(tmp_path)
    check_inventory(ws.store, ws.config)
    ws.close()
