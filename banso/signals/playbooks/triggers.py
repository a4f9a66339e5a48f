"""When an account enters a playbook: each trigger kind gives the accounts it fires for on a day.

A trigger fires for an *occurrence*: this alert, this renewal date, this entry into the band or the
segment, this missing milestone. The occurrence is recorded with the enrolment and is unique, so a
trigger that still holds tomorrow (the renewal is still 59 days away, the band is still Bad) does
not enrol the account again. Edges (an alert, a band change, a milestone's deadline) are looked for
in the last `LOOKBACK_DAYS`, so a day the run missed is caught up, and history older than that is
not replayed into a playbook added today.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from banso.appstate.alerts import Alert
from banso.appstate.playbooks import Presence, presence
from banso.config.models import WorkspaceConfig
from banso.config.playbooks import (
    AlertTrigger,
    Audience,
    BandTrigger,
    DateTrigger,
    ManualTrigger,
    MilestoneTrigger,
    Playbook,
    SegmentTrigger,
)
from banso.config.web import find_milestone
from banso.signals.anniversary import next_anniversary
from banso.signals.playbooks.state import AccountStates
from banso.store import Store
from banso.values import as_date

LOOKBACK_DAYS = 7

SegmentMembers = Callable[[str], set[str]]


@dataclass(frozen=True)
class Candidate:
    account_id: str
    occurrence: str


def candidates(s: Session, store: Store, config: WorkspaceConfig, name: str, pb: Playbook, states: AccountStates,
               segment_members: SegmentMembers) -> list[Candidate]:
    """The live accounts the playbook's trigger fires for on `states.day`, within its audience."""
    trigger = pb.trigger
    day = states.day
    if isinstance(trigger, ManualTrigger):
        found: list[Candidate] = []
    elif isinstance(trigger, AlertTrigger):
        found = _alerts(s, trigger, day)
    elif isinstance(trigger, BandTrigger):
        found = _band(trigger, states)
    elif isinstance(trigger, SegmentTrigger):
        found = _segment(s, name, segment_members(trigger.segment), day)
    elif isinstance(trigger, DateTrigger):
        found = _dates(store, config, trigger, states)
    else:
        found = _milestone(store, config, trigger, states)
    return [c for c in found if states.live(c.account_id) and in_audience(pb.audience, c.account_id, states,
                                                                           segment_members)]


def in_audience(audience: Audience, account_id: str, states: AccountStates, segment_members: SegmentMembers) -> bool:
    for values, column in ((audience.tiers, "tier"), (audience.plans, "plan"), (audience.owners, "owner")):
        if values and states.value(account_id, column) not in values:
            return False
    return audience.segment is None or account_id in segment_members(audience.segment)


def _alerts(s: Session, trigger: AlertTrigger, day: date) -> list[Candidate]:
    query = select(Alert.id, Alert.account_id).where(Alert.rule == trigger.rule, Alert.as_of <= day,
                                                     Alert.as_of > day - timedelta(days=LOOKBACK_DAYS))
    return [Candidate(account, f"alert:{alert_id}") for alert_id, account in s.execute(query.order_by(Alert.id))]


def _band(trigger: BandTrigger, states: AccountStates) -> list[Candidate]:
    f = states.frame
    if f.empty or "snapshot" not in f.columns:
        return []
    recent = f["snapshot"].map(lambda d: d is not None and not pd.isna(d) and d > states.day - timedelta(days=LOOKBACK_DAYS))
    entered = f[recent & (f["band"] == trigger.enters) & (f["previous_band"] != trigger.enters)]
    return [Candidate(a, f"band:{trigger.enters}:{d}") for a, d in zip(entered.index, entered["snapshot"], strict=True)]


def _segment(s: Session, name: str, members: set[str], day: date) -> list[Candidate]:
    """Accounts in the segment now and not at the last run; the presence is renewed for the next run."""
    before = presence(s, name)
    for gone in set(before) - members:
        row = s.get(Presence, (name, gone))
        if row is not None:
            s.delete(row)
    entered = sorted(members - set(before))
    for account in entered:
        s.add(Presence(playbook=name, account_id=account, since=day))
    return [Candidate(a, f"segment:{day}") for a in entered]


def _dates(store: Store, config: WorkspaceConfig, trigger: DateTrigger, states: AccountStates) -> list[Candidate]:
    acc = _account_dates(store, config)
    day = pd.Timestamp(states.day)
    if trigger.field == "trial_end":
        trials = acc[acc.index.map(lambda a: states.value(a, "status") == "trial")]
        target = trials["trial_start"] + pd.Timedelta(days=trigger.trial_days)
    elif trigger.field == "renewal":
        target = next_renewals(acc, day)
    else:
        target = _anniversaries(acc, day)
    ahead = (target - day).dt.days
    due = target[(ahead >= 0) & (ahead <= trigger.days_before)]
    return [Candidate(a, f"{trigger.field}:{as_date(t)}") for a, t in due.items()]


def next_renewals(acc: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """Per account: the CRM's renewal date when it is still ahead, else the contract's next anniversary."""
    given = acc["renewal"].where(acc["renewal"] >= day)
    return given.where(given.notna(), _anniversaries(acc, day))


def _anniversaries(acc: pd.DataFrame, day: pd.Timestamp) -> pd.Series:
    """Per account: the contract's first anniversary on or after `day` (NaT before the contract started)."""
    start = acc["contract_start"]
    return next_anniversary(start, day).where(start < day)


def renewal_of(store: Store, config: WorkspaceConfig, account_id: str, day: date) -> date | None:
    """The account's next renewal as the date triggers see it (the `{renewal_date}` of a message)."""
    acc = _account_dates(store, config)
    if account_id not in acc.index:
        return None
    return as_date(next_renewals(acc.loc[[account_id]], pd.Timestamp(day)).iloc[0])


def _milestone(store: Store, config: WorkspaceConfig, trigger: MilestoneTrigger, states: AccountStates) -> list[Candidate]:
    event, _ = find_milestone(config.onboarding, trigger.missing)
    acc = _account_dates(store, config)
    start = acc["contract_start" if trigger.start == "contract" else "trial_start"]
    deadline = start + pd.Timedelta(days=trigger.days_after)
    day = pd.Timestamp(states.day)
    due = deadline[(deadline <= day) & (deadline > day - pd.Timedelta(days=LOOKBACK_DAYS))]
    if due.empty:
        return []
    d = store.table("account_daily")
    done = store.execute(d.filter(d.event == event, d.day < states.day, d.account_id.isin(list(due.index)))
                         .select("account_id").distinct())
    missing = due.drop(index=[a for a in done["account_id"] if a in due.index])
    return [Candidate(a, f"milestone:{event}:{as_date(s)}") for a, s in start[missing.index].items()]


def _account_dates(store: Store, config: WorkspaceConfig) -> pd.DataFrame:
    """Per account: local dates of the contract and trial starts, and the renewal date (NaT where unknown)."""
    a = store.table("accounts")
    df = store.execute(a.select("account_id", "contract_started_at", "trial_started_at", "renewal_date"))

    def local(col: pd.Series) -> pd.Series:
        ts = pd.to_datetime(col)
        return ts.dt.tz_localize("UTC").dt.tz_convert(config.timezone).dt.tz_localize(None).dt.normalize()

    return pd.DataFrame({"contract_start": local(df["contract_started_at"]), "trial_start": local(df["trial_started_at"]),
                         "renewal": pd.to_datetime(df["renewal_date"])}).set_index(df["account_id"].astype(str))
