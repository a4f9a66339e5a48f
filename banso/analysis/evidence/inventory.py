"""The event inventory: every tracked event with its volume and reach, and whether anything in the
configuration uses it — the unused events' share of volume is what tracking them costs for nothing.

"Used" means named by the workspace's configuration: passive, feature or key-action events, onboarding
milestones, the events of a metric the workspace declares or the health model scores, and the signals'
invitation events. A metric without an event list counts every qualifying event, so it makes no single
event "used".
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.config.web import milestone_events
from banso.metrics import all_metrics
from banso.store import Store


def referenced_events(config: WorkspaceConfig) -> dict[str, list[str]]:
    """Event name -> where the configuration names it."""
    refs: dict[str, list[str]] = {}

    def add(events: list[str] | tuple[str, ...] | None, where: str) -> None:
        for e in events or ():
            refs.setdefault(e, [])
            if where not in refs[e]:
                refs[e].append(where)

    add(config.events.passive, "events.passive")
    add(config.events.features, "events.features")
    add(config.events.key_actions, "events.key_actions")
    add(list(milestone_events(config.onboarding).values()), "onboarding")
    add(config.signals.invite_events, "signals.invite_events")
    known = all_metrics(config)
    used_metrics = set(config.health.metric_names()) | set(config.metrics)
    for name in sorted(used_metrics):
        spec = known.get(name)
        add(getattr(spec, "events", None), f"metric {name}")
        add(getattr(spec, "features", None), f"metric {name}")
    return refs


@dataclass
class Inventory:
    events: pd.DataFrame  # event, events, share, first_seen, last_seen, accounts, users, used_by
    monthly: pd.DataFrame  # month, event, events
    unused_share: float  # share of all events whose name nothing uses
    total: int


def inventory(store: Store, config: WorkspaceConfig) -> Inventory:
    e = store.table("events")
    per = e.group_by("event").agg(events=e.count(), first_seen=e.ts.min(), last_seen=e.ts.max(),
                                  accounts=e.account_id.nunique(), users=e.user_id.nunique())
    df = store.execute(per.order_by([per.events.desc(), per.event]))
    month = e.day.truncate("M")
    monthly = store.execute(e.group_by(month=month, event=e.event).agg(events=e.count()).order_by(["month", "event"]))
    total = int(df["events"].sum()) if len(df) else 0
    refs = referenced_events(config)
    df["share"] = df["events"] / total if total else 0.0
    df["used_by"] = [", ".join(refs.get(str(name), [])) for name in df["event"]]
    unused = df[df["used_by"] == ""]
    return Inventory(df, monthly, float(unused["events"].sum() / total) if total else 0.0, total)
