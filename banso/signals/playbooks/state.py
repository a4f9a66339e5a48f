"""What a playbook run knows about each account on its day: who is a customer, their dates, their band.

The frame rules read (`banso.signals.frame`) is built at the run's day; its score and band come from
the latest weekly snapshot on or before that day, since a daily run falls between snapshots. Every
condition a playbook names (its `stop_when` steps and its exits) is evaluated once per run, over all
accounts, into the set of accounts it holds for; a step then only looks the account up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import ibis
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.config.playbooks import Playbook
from banso.health.engine import ActiveModel
from banso.health.read import snapshots
from banso.signals.compile import CompiledRule, compile_rule, prepare
from banso.signals.evaluate import _plain
from banso.signals.frame import BASE_COLUMNS, FrameBuilder, Needs
from banso.store import Store
from banso.values import as_date, or_none


@dataclass
class AccountStates:
    """The live accounts (trial or customer) on `day`, indexed by account_id, and each condition's accounts."""

    day: date
    frame: pd.DataFrame  # name, tier, plan, owner, status, score, band, previous_band, snapshot, …
    holds: dict[str, set[str]] = field(default_factory=dict)  # condition text -> accounts it holds for

    def live(self, account_id: str) -> bool:
        return account_id in self.frame.index

    def value(self, account_id: str, column: str) -> object:
        if account_id not in self.frame.index or column not in self.frame.columns:
            return None
        return or_none(self.frame.at[account_id, column])


def conditions_of(playbooks: dict[str, Playbook]) -> list[str]:
    """Every condition the playbooks name, once."""
    found: dict[str, None] = {}
    for pb in playbooks.values():
        for text in pb.exit.when:
            found[text] = None
        for step in pb.steps:
            if step.condition is not None:
                found[step.condition.stop_when] = None
    return list(found)


def compile_conditions(config: WorkspaceConfig, builder: FrameBuilder, texts: list[str]) -> list[CompiledRule]:
    """Each condition checked against the names the frame offers; an unknown name is a RuleError."""
    known = set(BASE_COLUMNS) | builder.known_metrics()
    return [prepare("playbook condition", text, known) for text in texts]


def account_states(store: Store, config: WorkspaceConfig, day: date, playbooks: dict[str, Playbook]) -> AccountStates:
    builder = FrameBuilder(store, config)
    rules = compile_conditions(config, builder, conditions_of(playbooks))
    needs = Needs(frozenset({"account_id", "name", "owner", "tier", "plan", "status", "score", "band"}))
    for rule in rules:
        needs = needs | rule.needs
    frame = builder.build(day, needs)
    latest = latest_bands(store, config, day)
    frame = frame.drop(columns=[c for c in ("score", "band", "previous_band", "previous_score") if c in frame.columns])
    frame = frame.join(latest, on="account_id")
    holds: dict[str, set[str]] = {}
    if len(frame):
        table = ibis.memtable(_plain(frame))
        for rule in rules:
            hit = store.ibis.execute(table.filter(compile_rule(rule, table)).select("account_id"))
            holds[rule.text] = set(hit["account_id"].astype(str))
    return AccountStates(day, frame.set_index("account_id", drop=False), holds)


def latest_bands(store: Store, config: WorkspaceConfig, day: date) -> pd.DataFrame:
    """Per account: score and band of the latest snapshot on or before `day`, that snapshot's date, and the band
    of the snapshot before it (None where the account was not scored then)."""
    columns = ["score", "band", "snapshot", "previous_band"]
    try:
        version = ActiveModel.current(config).version
    except Exception:  # no usable health model: nothing is scored
        return pd.DataFrame(columns=columns, index=pd.Index([], name="account_id"))
    t = snapshots(store, version)
    dates = store.execute(t.filter(t.as_of <= day, t.as_of > day - timedelta(days=35)).select("as_of").distinct()
                          .order_by(ibis.desc("as_of")).limit(2))
    if dates.empty:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="account_id"))
    picked = [as_date(d) for d in dates["as_of"]]
    rows = store.execute(t.filter(t.as_of.isin(picked)).select("account_id", "as_of", "score", "band"))
    rows["as_of"] = [as_date(d) for d in rows["as_of"]]
    now = rows[rows["as_of"] == picked[0]].set_index("account_id")
    out = now[["score", "band"]].copy()
    out["snapshot"] = picked[0]
    if len(picked) > 1:
        before = rows[rows["as_of"] == picked[1]].set_index("account_id")["band"]
        out["previous_band"] = before.reindex(out.index)
    else:
        out["previous_band"] = None
    return out
