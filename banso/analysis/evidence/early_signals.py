"""Early behaviours of the customers who stay: what accounts did in their first days, against what became of them.

Two cohorts, each only with accounts whose outcome the data can already tell:

- **trial conversion**: accounts whose trial started inside the event data and at least `days + 30`
  days before it ends; converted = they have a contract start.
- **retention**: accounts whose contract started inside the event data and at least `horizon_months`
  before it ends; retained = not churned within that many months.

Behaviours are read in the first `days` local days from the start (invitations within `invite_days`, at
most `days`; each feature and key action used; each onboarding milestone reached; each kind of touchpoint
had), and for conversion only before the contract began: what a trial did once it had signed (its
onboarding call, the set-up that follows a purchase) is a consequence of converting, not a sign of it,
and read in the window it showed as the strongest signal of all (every account with an onboarding
touchpoint in its first 30 days had converted, on the demo world). For
each, the outcome rate of the accounts that did it against those that did not, their difference with a
95 % interval (Newcombe) and Fisher's exact p. This is association, not effect: customers who were
going to stay anyway may simply do more of everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import ibis
import numpy as np
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.config.web import milestone_events, milestone_labels
from banso.errors import ConfigError, UnavailableError
from banso.i18n import N_
from banso.store import Store

Outcome = Literal["conversion", "retention"]
MIN_SIDE = 10  # a behaviour done (or not done) by fewer accounts is listed as too rare to judge


@dataclass(frozen=True)
class Behaviour:
    key: str  # invited | event:NAME | milestone:LABEL | touchpoint:KIND | active_days
    label: str
    did: int  # accounts that did it
    did_rate: float | None  # their outcome rate (None: no account did it)
    did_not: int
    did_not_rate: float | None
    difference: float | None  # did_rate − did_not_rate
    low: float | None
    high: float | None
    p: float | None


@dataclass
class EarlySignals:
    outcome: Outcome
    days: int
    invite_days: int  # as read: at most `days`
    horizon_months: int
    cohort: int
    rate: float | None  # the cohort's outcome rate
    behaviours: list[Behaviour] = field(default_factory=list)  # largest difference first; too rare ones last
    data_end: date | None = None
    milestones: dict[str, dict[str, str]] = field(default_factory=dict)  # event -> its milestone's name, ja / en


def early_signals(store: Store, config: WorkspaceConfig, outcome: Outcome = "conversion", *, days: int = 30,
                  invite_days: int = 7, horizon_months: int = 12) -> EarlySignals:
    if not (1 <= invite_days <= 365 and 1 <= days <= 365):
        raise ConfigError("--days and --invite-days must be between 1 and 365")
    invite_days = min(invite_days, days)  # every behaviour is read in the first `days` days, invitations too
    if not 1 <= horizon_months <= 60:
        raise ConfigError("--horizon must be between 1 and 60 months")
    from banso.store.rollup import refresh_daily_rollup

    refresh_daily_rollup(store, config.events.passive)
    d = store.table("account_daily")
    first, end = store.ibis.execute(d.day.min()), store.ibis.execute(d.day.max())
    if end is None or pd.isna(end):
        raise UnavailableError(N_("no events loaded yet; load events first"))
    end = pd.Timestamp(end).date()
    cohort = _cohort(store, config, outcome, days, horizon_months, pd.Timestamp(first).date(), end)
    report = EarlySignals(outcome, days, invite_days, horizon_months, len(cohort),
                          float(cohort["outcome"].mean()) if len(cohort) else None, data_end=end,
                          milestones=milestone_labels(config.onboarding))
    if cohort.empty:
        if outcome == "conversion":
            raise UnavailableError(N_("no account's conversion can be told yet: the data ends %(end)s and conversion "
                                      "needs %(days)s days after the start of the trial"), end=end, days=days + 30)
        raise UnavailableError(N_("no account's retention can be told yet: the data ends %(end)s and retention needs "
                                  "%(months)s months after the start of the contract; try a shorter --horizon"),
                               end=end, months=horizon_months)
    flags = _behaviours(store, config, cohort, days, invite_days)
    ranked = [_compare(key, label, flags[key], cohort["outcome"].to_numpy()) for key, label in _labels(config, flags, days,
                                                                                                      invite_days)]
    report.behaviours = sorted(ranked, key=lambda b: (b.difference is None, -(b.difference or 0.0)))
    return report


def _cohort(store: Store, config: WorkspaceConfig, outcome: Outcome, days: int, horizon: int, first: date,
            end: date) -> pd.DataFrame:
    """Accounts that started inside the event data (their first days are in it) and whose outcome is known;
    `until`: the local day behaviours stop being read before the first days end (a trial's contract start)."""
    acc = store.execute(store.table("accounts").select("account_id", "trial_started_at", "contract_started_at",
                                                       "churned_at"))

    def local(col: str) -> pd.Series:
        ts = pd.to_datetime(acc[col])
        return ts.dt.tz_localize("UTC").dt.tz_convert(config.timezone).dt.tz_localize(None).dt.normalize()

    begin, last = pd.Timestamp(first), pd.Timestamp(end)
    if outcome == "conversion":
        start = local("trial_started_at")
        keep = start.notna() & (start >= begin) & (start + pd.Timedelta(days=days + 30) <= last)
        result = acc["contract_started_at"].notna()
        until = local("contract_started_at")  # behaviours are read before the contract began
    else:
        start = local("contract_started_at")
        keep = start.notna() & (start >= begin) & (start + pd.DateOffset(months=horizon) <= last)
        churned = local("churned_at")
        result = churned.isna() | (churned >= start + pd.DateOffset(months=horizon))
        until = pd.Series(pd.NaT, index=acc.index, dtype="datetime64[ns]")
    out = pd.DataFrame({"account_id": acc["account_id"], "start": start, "until": until,
                        "outcome": result.astype(float)})[keep]
    return out.reset_index(drop=True)


def _behaviours(store: Store, config: WorkspaceConfig, cohort: pd.DataFrame, days: int,
                invite_days: int) -> dict[str, np.ndarray]:
    """0/1 per cohort account for every behaviour, counted in the store over the first days."""
    def utc(local: pd.Series) -> pd.Series:  # local midnights as naive UTC instants, like `ts` in the store
        return local.dt.tz_localize(config.timezone).dt.tz_convert("UTC").dt.tz_localize(None)

    def before(day: pd.Series, limit: pd.Series) -> pd.Series:  # the earlier of two days; `limit` may be NaT
        return day.where(limit.isna() | (day <= limit), limit)

    stop = before(cohort["start"] + pd.Timedelta(days=days), cohort["until"])
    invite_stop = before(cohort["start"] + pd.Timedelta(days=invite_days), stop)
    c = ibis.memtable(pd.DataFrame({
        "account_id": cohort["account_id"], "start": cohort["start"].dt.date, "stop": stop.dt.date,
        "invite_stop": invite_stop.dt.date,
        "start_ts": utc(cohort["start"]), "stop_ts": utc(stop)}))
    d = store.table("account_daily")
    j = d.join(c, "account_id")
    j = j.filter(j.day >= j.start, j.day < j.stop)
    per_event = store.execute(j.group_by(["account_id", "event"]).agg(
        n=j.n.sum(), invite_n=(j.day < j.invite_stop).ifelse(j.n, 0).sum()))
    qualifying = j.filter(j.event.notin(list(config.events.passive))) if config.events.passive else j
    days_active = store.execute(qualifying.group_by("account_id").agg(active=qualifying.day.nunique()))
    tp = store.table("touchpoints").select("account_id", "kind", "ts")
    tj = tp.join(c, "account_id")
    tj = tj.filter(tj.ts >= tj.start_ts, tj.ts < tj.stop_ts)
    touches = store.execute(tj.group_by(["account_id", "kind"]).agg(n=tj.count()))
    index = {a: i for i, a in enumerate(cohort["account_id"])}
    flags: dict[str, np.ndarray] = {}

    def mark(key: str, accounts: pd.Series) -> None:
        arr = flags.setdefault(key, np.zeros(len(cohort)))
        arr[[index[a] for a in accounts if a in index]] = 1.0

    invites = set(config.signals.invite_events)
    mark("invited", per_event[per_event["event"].isin(invites) & (per_event["invite_n"] > 0)]["account_id"])
    watched = {*config.events.features, *config.events.key_actions,
               *milestone_events(config.onboarding).values()} - invites
    for event in sorted(watched):
        mark(f"event:{event}", per_event[per_event["event"] == event]["account_id"])
    for kind in sorted(touches["kind"].dropna().unique()):
        mark(f"touchpoint:{kind}", touches[touches["kind"] == kind]["account_id"])
    mark("active_days", days_active[days_active["active"] >= active_days(days)]["account_id"])
    return flags


def active_days(days: int) -> int:
    """The 'active on N+ days' behaviour's N: a third of the window, between 2 and 10 days."""
    return max(2, min(days // 3, 10))


def _labels(config: WorkspaceConfig, flags: dict[str, np.ndarray], days: int, invite_days: int) -> list[tuple[str, str]]:
    milestone = {event: label for label, event in milestone_events(config.onboarding).items()}
    out = [("invited", f"invited a member within {invite_days} days")]
    for key in sorted(k for k in flags if k.startswith("event:")):
        event = key.removeprefix("event:")
        out.append((key, f"reached “{milestone[event]}” within {days} days" if event in milestone
                    else f"used {event} within {days} days"))
    out += [(k, f"touchpoint “{k.removeprefix('touchpoint:')}” within {days} days") for k in sorted(flags)
            if k.startswith("touchpoint:")]
    out.append(("active_days", f"active on {active_days(days)}+ days of the first {days}"))
    return [(k, label) for k, label in out if k in flags]


def _compare(key: str, label: str, did: np.ndarray, outcome: np.ndarray) -> Behaviour:
    from scipy.stats import fisher_exact
    from statsmodels.stats.proportion import confint_proportions_2indep
    yes, no = outcome[did == 1], outcome[did == 0]
    a, b = int(yes.sum()), int(no.sum())
    rate_yes = float(yes.mean()) if len(yes) else None
    rate_no = float(no.mean()) if len(no) else None
    if rate_yes is None or rate_no is None or min(len(yes), len(no)) < MIN_SIDE:
        return Behaviour(key, label, len(yes), rate_yes, len(no), rate_no, None, None, None, None)
    low, high = confint_proportions_2indep(a, len(yes), b, len(no), method="newcomb", compare="diff")
    _, p = fisher_exact([[a, len(yes) - a], [b, len(no) - b]])
    return Behaviour(key, label, len(yes), rate_yes, len(no), rate_no, rate_yes - rate_no, float(low), float(high),
                     float(p))
