"""Impact of an intervention: did the touchpoint change what the customer does, or do the customers who
get it simply differ?

Treated accounts are those with a touchpoint of the kind (optionally of one campaign, or one proposing a
feature) at their own date t₀ (the Monday of its local week; the first such touchpoint per account). The
metric is taken per week around t₀ (weeks −w … w−1): event counts (the proposed feature's, chosen events,
or every qualifying event) or the health score.

- The **naive** effect is after − before on the treated alone: it takes credit for seasons and for the
  reasons the touchpoint happened.
- The **difference-in-differences** effect subtracts the same change, over the same weeks, in matched
  untreated accounts (pseudo-date = the treated account's t₀): same tier, a customer at t₀ if the treated
  account was one and a trial if it was in its trial (`banso.customers.customer_at`: on the demo world the
  onboarding call comes in the trial, and a trial's weeks move as no customer's do), no such touchpoint within
  the window, and *not yet treated* — accounts that get the touchpoint later. Accounts that never get it are
  often a different kind of customer (never-askers, never-attenders: on the demo world they made support
  tickets look like they raise use), so they serve only when fewer than MIN_TREATED treated accounts have
  a later-treated match (a one-off campaign), and the report says so. Among these, the nearest (standardized) on the pre-period's
  level, its trend into t₀, its last two weeks, and the health score at t₀ with its change over the
  pre-period. Neither group may have churned before t₀ + w: a control that leaves drops to zero and would
  flatter the touchpoint. Estimated per unit (a treated account or one of its controls, over its window):
  OLS of the change (mean after − mean before) on treated, with standard errors clustered by account
  (statsmodels). Matches are near, not equal, and a treated account's own history carries on after t₀
  (on the demo world, support tickets come as accounts grow: matching alone left +11 events a week of
  a truly null effect). So with at least MIN_TREATED treated accounts, the change the controls show is
  regressed on the pre-period features matching used — level, trend and the last two weeks — and the
  treated are compared with what the controls' relation predicts at the treated's own features (the
  regression-adjusted difference-in-differences: the controls' slopes, the treated's means).
- A **placebo** puts a fake t₀ in the middle of the pre-period: an "effect" there means the groups were
  drifting apart already, and the estimate deserves less trust.
- **Co-treatments**: a playbook enrols the same accounts the touchpoints go to (near renewal, in
  trouble), and its own effect would be counted as the touchpoint's. Given the recorded enrolments'
  effect periods (`playbook_periods`: from the enrolment week for the longer of the playbook's measured
  weeks and its exit's `after_days`), the account-weeks inside one are censored for treated and controls
  alike — missing, as the not-yet-treated controls' weeks after their own treatment are: matching and
  the estimate read only the weeks no playbook acts on. A treated account left with no week before or
  none from t₀ is left out. The result counts the accounts and the weeks (note `co_treated`). The
  effect of a playbook itself is measured without them.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.customers import customer_at
from banso.errors import ConfigError, NotFoundError, UnavailableError
from banso.i18n import N_
from banso.store import Store

if TYPE_CHECKING:
    from banso.config.playbooks import Playbook

CONTROLS_PER_TREATED = 3
PLAYBOOK_WEEKS = 8  # the effect period of an enrolment in a playbook no longer configured (Target.weeks' default)
MIN_TREATED = 10  # fewer treated accounts than this: the report says the estimate is fragile
Metric = Literal["events", "score"]


@dataclass(frozen=True)
class ImpactSpec:
    """What to measure: the touchpoints that treat, and the metric they are meant to move."""

    kind: str
    campaign: str | None = None
    proposed_feature: bool = False  # the metric is the use of the feature each meeting proposed
    events: tuple[str, ...] = ()  # metric events (empty: every qualifying event)
    metric: Metric = "events"
    weeks: int = 8
    renewal_days: int | None = None  # controls as near their renewal as the treated (both within it, or both not)

    def label(self) -> str:
        """The metric in English, as the JSON says it (a view translates it: the messages are marked)."""
        if self.metric == "score":
            return N_("health score")
        if self.proposed_feature:
            return N_("uses of the proposed feature per week")
        return ", ".join(self.events) + " per week" if self.events else N_("qualifying events per week")


@dataclass(frozen=True)
class TreatedUnit:
    account_id: str
    t0: date
    feature: str | None
    before: float  # the metric's mean over the w weeks before t₀
    after: float  # … and over the w weeks from t₀


@dataclass
class ImpactResult:
    spec: ImpactSpec
    treated: int
    controls: int
    event_study: pd.DataFrame  # week (relative to t₀), treated, control (means)
    naive: float | None
    did: float | None
    did_low: float | None
    did_high: float | None
    relative: float | None  # did ÷ the treated's counterfactual level after t₀
    placebo: float | None
    placebo_p: float | None
    units: list[TreatedUnit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # naive_biased, pre_trend, few_treated, never_treated, co_treated
    controls_from: str = "later_treated"  # or "never_treated" when no later-treated account was comparable
    co_treated: int = 0  # treated units with weeks censored for a playbook enrolment (or left out for it)
    co_treated_controls: int = 0  # control units with weeks censored
    co_treated_weeks: int = 0  # account-weeks censored in the windows of the matched units

    @property
    def naive_biased(self) -> bool:
        """The naive figure lies outside the DiD interval: selection or a shared trend inflates it."""
        return (self.naive is not None and self.did_low is not None and self.did_high is not None
                and not self.did_low <= self.naive <= self.did_high)


@dataclass
class _Panel:
    """The metric per account and week (rows: accounts, columns: Mondays), NaN where there is no value."""

    mondays: pd.DatetimeIndex
    accounts: pd.Index
    values: dict[str | None, np.ndarray]  # feature (None: the metric) -> matrix

    def week(self, t0: pd.Timestamp) -> int:
        return int(self.mondays.get_loc(t0))


def impact(store: Store, config: WorkspaceConfig, spec: ImpactSpec,
           co_treatments: pd.DataFrame | None = None) -> ImpactResult:
    """The effect of the touchpoints of `spec` on its metric, with the naive figure it corrects.

    `co_treatments` (account_id, start, end: Mondays, end excluded; see `playbook_periods`) are the weeks
    another intervention acts on an account: those account-weeks are censored (left out).
    """
    _check(spec)
    return treatment_effect(store, config, spec, _touchpoints(store, config, spec), co_treatments=co_treatments)


def playbook_periods(enrollments: pd.DataFrame, playbooks: Mapping[str, Playbook]) -> pd.DataFrame:
    """The effect period of each recorded playbook enrolment (playbook, account_id, enrolled_on), as
    (account_id, start, end): Mondays, the end excluded.

    The rule: from the Monday of the enrolment week, for as long as the playbook may act on the account —
    the longer of the weeks its evaluation measures after enrolment (`target.weeks`) and its exit's
    `after_days` (rounded up to whole weeks); PLAYBOOK_WEEKS for a playbook no longer configured.
    """
    if enrollments.empty:
        return pd.DataFrame({"account_id": pd.Series(dtype=str), "start": pd.Series(dtype="datetime64[ns]"),
                             "end": pd.Series(dtype="datetime64[ns]")})

    def weeks(name: str) -> int:
        pb = playbooks.get(name)
        if pb is None:
            return PLAYBOOK_WEEKS
        after = pb.exit.after_days
        return max(pb.target.weeks, 0 if after is None else -(-after // 7))

    days = pd.to_datetime(enrollments["enrolled_on"]).dt.normalize()
    start = days - pd.to_timedelta(days.dt.weekday, unit="D")
    length = pd.to_timedelta([7 * weeks(str(p)) for p in enrollments["playbook"]], unit="D")
    return pd.DataFrame({"account_id": enrollments["account_id"].astype(str).to_numpy(),
                         "start": start.to_numpy(), "end": (start + length).to_numpy()})


def treatment_effect(store: Store, config: WorkspaceConfig, spec: ImpactSpec, touches: pd.DataFrame, *,
                     not_yet: bool = False, unmatched: UnavailableError | None = None,
                     co_treatments: pd.DataFrame | None = None) -> ImpactResult:
    """The effect on `spec`'s metric of treatments given as rows (account_id, t0 = a Monday, feature).

    The impact of a touchpoint and the effect of a playbook (treated = enrolled at their enrolment
    week) are both this: the same panel, matching and difference-in-differences. With `not_yet`, the
    controls are the accounts not treated by t₀, each counted until its own treatment (a playbook
    enrols on a condition that passes quickly: accounts treated only after the whole window would be
    the ones the condition spared). `unmatched` is the error raised when no treated account has
    comparable controls (by default, the touchpoint's). `co_treatments`: see `impact`.
    """
    _check(spec)
    design, first = prepare(store, config, spec, touches, co_treatments)
    if not_yet:
        rows, units = design.match(first, later_only=False, not_yet=True)
        later = True
    else:
        rows, units = design.match(first, later_only=True)
        later = len(units) >= MIN_TREATED
        if not later:  # a one-off touchpoint has no later-treated accounts: compare with the never-treated
            rows, units = design.match(first, later_only=False)
    if not units:
        raise unmatched or UnavailableError(N_("no %(kind)s touchpoint has %(weeks)s weeks of data on both sides and "
                                               "a comparable untreated account; try fewer weeks"),
                                            kind=spec.kind, weeks=spec.weeks)
    result = _estimate(spec, pd.DataFrame(rows, columns=["unit", "account", "treated", "week", "y"]).dropna(), units)
    result.controls_from = "not_yet_treated" if not_yet else "later_treated" if later else "never_treated"
    if not later:
        result.notes.append("never_treated")
    result.co_treated, result.co_treated_controls, result.co_treated_weeks = design.censored
    if result.co_treated or result.co_treated_controls:
        result.notes.append("co_treated")
    return result


def _check(spec: ImpactSpec) -> None:
    if spec.weeks < 2:
        raise ConfigError("the window must be at least 2 weeks on each side")
    if spec.proposed_feature and spec.metric != "events":
        raise ConfigError("--proposed-feature measures the proposed feature's use; it cannot go with --metric score")


def prepare(store: Store, config: WorkspaceConfig, spec: ImpactSpec, touches: pd.DataFrame,
            co_treatments: pd.DataFrame | None = None) -> tuple[_Design, pd.DataFrame]:
    """The matching design over the weekly panel, and each account's first treatment inside the panel's span."""
    from banso.store.rollup import refresh_daily_rollup

    refresh_daily_rollup(store, config.events.passive)
    # The engine returns rows in any order; matching breaks ties by position, so fix the order first
    # (otherwise two runs on the same data could pick different controls).
    accounts = store.execute(store.table("accounts").select("account_id", "tier", "churned_at", "status",
                                                            "trial_started_at", "contract_started_at"))
    accounts = accounts.sort_values("account_id", kind="stable").reset_index(drop=True)
    touches = touches.sort_values(["account_id", "t0", "feature"], kind="stable", na_position="last")
    panel = _panel(store, config, spec, touches, accounts)
    w = spec.weeks
    first = touches.sort_values(["t0", "account_id"]).groupby("account_id", as_index=False).first()
    lo, hi = panel.mondays[0] + pd.Timedelta(weeks=w), panel.mondays[-1] - pd.Timedelta(weeks=w - 1)
    first = first[(first["t0"] >= lo) & (first["t0"] <= hi)]
    facts = accounts.set_index("account_id").reindex(panel.accounts)
    co_treated = None if co_treatments is None or co_treatments.empty else _co_treated(co_treatments, panel)
    if co_treated is not None:  # the weeks a playbook acts on are missing, for matching and the estimate
        for values in panel.values.values():
            values[co_treated] = np.nan
    design = _Design(spec, panel, {a: i for i, a in enumerate(panel.accounts)},
                     facts["tier"].astype(object).where(facts["tier"].notna(), "").to_numpy(),
                     pd.to_datetime(facts["churned_at"]).fillna(pd.Timestamp.max).to_numpy(),
                     _touched(touches, panel),
                     _score_panel(store, config, panel) if spec.metric != "score" else panel.values[None],
                     None if spec.renewal_days is None else _renewal_near(store, config, panel, spec.renewal_days),
                     co_treated, _customers(facts, panel))
    return design, first


def _customers(facts: pd.DataFrame, panel: _Panel) -> np.ndarray:
    """Per account (rows, as the panel's) and week: a customer at that Monday (`customer_at`), not in its trial."""
    trial, contract = (pd.to_datetime(facts[c]) for c in ("trial_started_at", "contract_started_at"))
    status = facts["status"].astype(object)
    return np.column_stack([customer_at(trial, contract, monday, status).to_numpy() for monday in panel.mondays])


@dataclass(frozen=True)
class Match:
    """One treated account at its t₀ (panel row `me`, week `k`) and the panel rows of its controls."""

    account_id: str
    t0: pd.Timestamp
    k: int
    me: int
    controls: np.ndarray
    feature: str | None


@dataclass
class _Design:
    """Everything matching needs, as arrays over the panel's accounts."""

    spec: ImpactSpec
    panel: _Panel
    row_of: dict[str, int]
    tiers: np.ndarray
    churned: np.ndarray
    touched: np.ndarray  # treating touchpoints before each week (see `_touched`)
    score: np.ndarray | None
    renewal: np.ndarray | None = None  # per account and week: a renewal within `spec.renewal_days` (see `_renewal_near`)
    co_treated: np.ndarray | None = None  # per account and week: within a co-treatment's period (see `_co_treated`)
    customer: np.ndarray | None = None  # per account and week: a customer then, not a trial (see `_customers`)
    left_out: int = 0  # treated accounts the last `pairs` left out: co-treated all the weeks before or from t₀
    censored: tuple[int, int, int] = (0, 0, 0)  # the last `match`: treated, control units censored; weeks

    def pairs(self, first: pd.DataFrame, *, later_only: bool, survive_weeks: int | None = None,
              not_yet: bool = False) -> list[Match]:
        """Each treated account with its CONTROLS_PER_TREATED nearest untreated accounts at its t₀.

        Both must not have churned before t₀ + `survive_weeks` (default: the window, w weeks; with 0,
        only alive at t₀). Controls are of the same tier, customers or trials at t₀ as the treated one is, with no
        treatment within the window; `later_only`
        keeps those treated after it, `not_yet` those not treated by t₀, whatever comes later (an outcome
        after t₀, such as churn, must not decide who is a control). A co-treatment's weeks are missing
        (see `prepare`): a treated account left without a week before t₀ or from it is left out (`left_out`).
        """
        w, panel = self.spec.weeks, self.panel
        survive = w if survive_weeks is None else survive_weeks
        out: list[Match] = []
        self.left_out = 0
        for r in first.itertuples(index=False):
            t0 = pd.Timestamp(r.t0)
            end = np.datetime64(t0 + pd.Timedelta(weeks=survive))
            me = self.row_of.get(r.account_id)
            if me is None or self.churned[me] < end or self.churned[me] <= np.datetime64(t0):
                continue
            k = panel.week(t0)
            window = panel.values[r.feature if self.spec.proposed_feature else None][:, k - w:k + w]
            if np.isnan(window[me, :w]).all():
                self.left_out += self.co_treated is not None and bool(self.co_treated[me, k - w:k].any())
                continue
            if self.co_treated is not None and self.co_treated[me, k:k + w].all():
                self.left_out += 1  # no week from t₀ that no playbook acts on
                continue
            # both groups are customers as long as the treated one must be (to t₀ + survive_weeks)
            alive = self.churned >= end if survive else self.churned > np.datetime64(t0)
            # not_yet: not treated by the end of t₀'s week, whatever comes later; else: none within the window
            untreated = (self.touched[:, k + 1] == 0 if not_yet
                         else self.touched[:, k + w] - self.touched[:, k - w] == 0)
            eligible = (self.tiers == self.tiers[me]) & untreated & alive & ~np.isnan(window[:, :w]).all(axis=1)
            if self.customer is not None:  # a trial against trials, a customer against customers
                eligible &= self.customer[:, k] == self.customer[me, k]
            if self.renewal is not None:  # as near their renewal (when customers decide) as the treated
                eligible &= self.renewal[:, k] == self.renewal[me, k]
            if later_only:  # none before the window's end either, but one after it
                eligible &= (self.touched[:, k + w] == 0) & (self.touched[:, -1] > 0)
            eligible[me] = False
            pool = np.flatnonzero(eligible)
            if len(pool) < CONTROLS_PER_TREATED:
                continue
            out.append(Match(r.account_id, t0, k, me, _nearest(window, window[me], pool, w, self._state(k), me),
                             r.feature))
        return out

    def match(self, first: pd.DataFrame, *, later_only: bool, not_yet: bool = False) -> tuple[
            list[tuple[str, str, int, int, float]], list[TreatedUnit]]:
        """The panel rows (unit, account, treated, week, y) of each treated account and its controls.

        With `not_yet`, a control treated after t₀ counts only for the weeks before its own treatment (the
        not-yet-treated comparison of staggered difference-in-differences).
        """
        w, panel = self.spec.weeks, self.panel
        rows: list[tuple[str, str, int, int, float]] = []
        units: list[TreatedUnit] = []
        treated_from = self._first_treatment() if not_yet else None
        censored = [0, 0, 0]
        for m in self.pairs(first, later_only=later_only, not_yet=not_yet):
            if self.co_treated is not None:
                cells = self.co_treated[:, m.k - w:m.k + w]
                mine_out = int(cells[m.me].sum())
                ends = [2 * w if treated_from is None else max(0, min(2 * w, treated_from[c] - (m.k - w)))
                        for c in m.controls]
                theirs = [int(cells[c, :end].sum()) for c, end in zip(m.controls, ends, strict=True)]
                censored[0] += mine_out > 0
                censored[1] += sum(n > 0 for n in theirs)
                censored[2] += mine_out + sum(theirs)
            window = panel.values[m.feature if self.spec.proposed_feature else None][:, m.k - w:m.k + w]
            mine = window[m.me]
            unit = f"{m.account_id}@{m.t0:%Y-%m-%d}"
            rows += [(unit, m.account_id, 1, j - w, float(y)) for j, y in enumerate(mine)]
            for c in m.controls:
                until = 2 * w if treated_from is None else treated_from[c] - (m.k - w)  # its own treatment
                rows += [(f"{panel.accounts[c]}@{unit}", str(panel.accounts[c]), 0, j - w, float(y))
                         for j, y in enumerate(window[c]) if j < until]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                units.append(TreatedUnit(m.account_id, m.t0.date(), m.feature, float(np.nanmean(mine[:w])),
                                         float(np.nanmean(mine[w:]))))
        self.censored = (censored[0] + self.left_out, censored[1], censored[2])
        return rows, units

    def _first_treatment(self) -> np.ndarray:
        """Per account: the panel week of its first treatment (the number of weeks when never treated)."""
        ever = self.touched[:, -1] > 0
        first = np.argmax(self.touched[:, 1:] > 0, axis=1)
        return np.where(ever, first, self.touched.shape[1])

    def _state(self, k: int) -> np.ndarray | None:
        """The health score at t₀ and its change against the pre-period's mean, per account."""
        if self.score is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            now = self.score[:, k - 1]
            return np.c_[now, now - np.nanmean(self.score[:, k - self.spec.weeks:k - 1], axis=1)]


def _estimate(spec: ImpactSpec, df: pd.DataFrame, units: list[TreatedUnit]) -> ImpactResult:
    w = spec.weeks
    df["after"] = (df["week"] >= 0).astype(int)
    es = (df.groupby(["week", "treated"])["y"].mean().unstack("treated")
          .rename(columns={1: "treated", 0: "control"}).reset_index())
    t = df[df["treated"] == 1]
    naive = float(t[t.after == 1]["y"].mean() - t[t.after == 0]["y"].mean())
    did, low, high = _did(df, w, adjusted=len(units) >= MIN_TREATED)
    fake, fake_p = placebo(df, w)
    counterfactual = float(t[t.after == 1]["y"].mean()) - did
    result = ImpactResult(
        spec, len(units), int(df[df.treated == 0]["account"].nunique()), es, naive, did, low, high,
        did / counterfactual if counterfactual > 0 else None, fake, fake_p, units)
    if result.naive_biased:
        result.notes.append("naive_biased")
    if result.placebo_p is not None and result.placebo_p < 0.05:
        result.notes.append("pre_trend")
    if result.treated < MIN_TREATED:
        result.notes.append("few_treated")
    return result


def _did(df: pd.DataFrame, w: int, *, adjusted: bool) -> tuple[float, float, float]:
    """The difference-in-differences effect and its 95 % interval from the panel rows (unit, account,
    treated, week, y): each unit's change regressed on treated and, `adjusted`, on its pre-period
    features, with the slopes of each group and the features centred on the treated's means — so the
    coefficient of treated is the treated's mean change less the controls' prediction at those means
    (see the module's docstring). A unit without a week on either side is left out."""
    import statsmodels.formula.api as smf

    half = w // 2
    pre, post = df[df["week"] < 0], df[df["week"] >= 0]
    before = pre.groupby("unit")["y"].mean()
    by_unit = df.groupby("unit")
    units = pd.DataFrame({
        "treated": by_unit["treated"].first(), "account": by_unit["account"].first(),
        "change": post.groupby("unit")["y"].mean() - before, "level": before,
        "trend": pre[pre["week"] >= -half].groupby("unit")["y"].mean() - pre[pre["week"] < -half].groupby("unit")["y"].mean(),
        "last": pre[pre["week"] >= -2].groupby("unit")["y"].mean(),
    })
    features = ["level", "trend", "last"] if adjusted else []
    units = units.dropna(subset=["change", *features])
    for name in features:
        units[name] -= units.loc[units["treated"] == 1, name].mean()
    formula = f"change ~ treated * ({' + '.join(features)})" if features else "change ~ treated"
    fit = smf.ols(formula, data=units).fit(cov_type="cluster", cov_kwds={"groups": units["account"]})
    low, high = (float(x) for x in fit.conf_int().loc["treated"])
    return float(fit.params["treated"]), low, high


def placebo(df: pd.DataFrame, w: int) -> tuple[float, float]:
    """The pre-trend check: a DiD with a fake t₀ in the middle of the w weeks before t₀ (estimate, p-value).

    `df` holds rows (account, treated, week, y) with weeks relative to t₀; only weeks before it are read.
    """
    import statsmodels.formula.api as smf

    pre = df[df["week"] < 0].copy()
    pre["after"] = (pre["week"] >= -(w // 2)).astype(int)
    fit = smf.ols("y ~ treated * after", data=pre).fit(cov_type="cluster", cov_kwds={"groups": pre["account"]})
    return float(fit.params["treated:after"]), float(fit.pvalues["treated:after"])


def _gone(churned: object, end: pd.Timestamp) -> bool:
    return churned is not None and not pd.isna(churned) and pd.Timestamp(churned) < end  # type: ignore[arg-type]


def _nearest(window: np.ndarray, mine: np.ndarray, pool: np.ndarray, w: int, score: np.ndarray | None,
             me: int) -> np.ndarray:
    """The CONTROLS_PER_TREATED pool rows most like the treated one before t₀ (standardized distance)."""

    def features(pre: np.ndarray) -> np.ndarray:
        half = w // 2
        level = np.nanmean(pre, axis=-1)
        trend = np.nanmean(pre[..., half:], axis=-1) - np.nanmean(pre[..., :half], axis=-1)
        last = np.nanmean(pre[..., -2:], axis=-1)
        return np.stack([level, trend, last], axis=-1)

    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an all-missing row is weighed, not warned about
        cand, own = features(window[pool, :w]), features(mine[None, :w])[0]
        if score is not None and not np.isnan(score[me]).any():
            cand = np.c_[cand, score[pool]]
            own = np.r_[own, score[me]]
        scale = np.nanstd(cand, axis=0)
        scale[~(scale > 0)] = 1.0
        d = np.nansum(((cand - own) / scale) ** 2, axis=1) + np.isnan(cand).sum(axis=1) * 4.0
    return pool[np.argsort(d, kind="stable")[:CONTROLS_PER_TREATED]]


def _touchpoints(store: Store, config: WorkspaceConfig, spec: ImpactSpec) -> pd.DataFrame:
    """(account_id, t0, feature) of every treating touchpoint; t0 is the Monday of its local week."""
    tp = store.table("touchpoints")
    tdf = store.execute(tp.filter(tp.kind == spec.kind).select("account_id", "ts", "properties"))
    if tdf.empty:
        kinds = store.execute(tp.select("kind").distinct())["kind"].dropna().tolist()
        raise NotFoundError(N_("no touchpoints of kind %(kind)s; kinds in the store: %(kinds)s"), kind=repr(spec.kind),
                            kinds=", ".join(sorted(kinds)) or "—")
    props = [p if isinstance(p, dict) else {} for p in tdf["properties"]]
    tdf["feature"] = [p.get("proposed_feature") for p in props]
    if spec.campaign is not None:
        tdf = tdf[[p.get("campaign") == spec.campaign for p in props]]
        if tdf.empty:
            raise NotFoundError(N_("no %(kind)s touchpoint of campaign %(campaign)s (properties.campaign)"),
                                kind=spec.kind, campaign=repr(spec.campaign))
    if spec.proposed_feature:
        tdf = tdf[tdf["feature"].notna()]
        if tdf.empty:
            raise UnavailableError(N_("no %(kind)s touchpoint proposes a feature (`properties.proposed_feature`)"),
                                   kind=spec.kind)
    local = pd.to_datetime(tdf["ts"]).dt.tz_localize("UTC").dt.tz_convert(config.timezone).dt.tz_localize(None)
    tdf = tdf.assign(t0=local.dt.normalize() - pd.to_timedelta(local.dt.weekday, unit="D"))
    return tdf[["account_id", "t0", "feature"]].reset_index(drop=True)


def _touched(touches: pd.DataFrame, panel: _Panel) -> np.ndarray:
    """Treating touchpoints per account before each week: column j counts those in weeks < j."""
    marks = np.zeros((len(panel.accounts), len(panel.mondays) + 1))
    rows = panel.accounts.get_indexer(touches["account_id"])
    cols = panel.mondays.get_indexer(pd.DatetimeIndex(touches["t0"]))
    ok = (rows >= 0) & (cols >= 0)
    np.add.at(marks, (rows[ok], cols[ok] + 1), 1)
    return np.cumsum(marks, axis=1)


def _co_treated(periods: pd.DataFrame, panel: _Panel) -> np.ndarray:
    """Per account and week: whether the week falls in one of the periods (account_id, start, end: end excluded)."""
    marks = np.zeros((len(panel.accounts), len(panel.mondays) + 1), dtype=np.int64)
    rows = panel.accounts.get_indexer(periods["account_id"].astype(str))
    lo = panel.mondays.searchsorted(pd.DatetimeIndex(periods["start"]))
    hi = panel.mondays.searchsorted(pd.DatetimeIndex(periods["end"]))
    ok = (rows >= 0) & (hi > lo)
    np.add.at(marks, (rows[ok], lo[ok]), 1)
    np.add.at(marks, (rows[ok], hi[ok]), -1)
    return np.cumsum(marks, axis=1)[:, :-1] > 0


def _panel(store: Store, config: WorkspaceConfig, spec: ImpactSpec, touches: pd.DataFrame,
           accounts: pd.DataFrame) -> _Panel:
    d = store.table("account_daily")
    lo, hi = store.ibis.execute(d.day.min()), store.ibis.execute(d.day.max())
    if lo is None or pd.isna(lo):
        raise UnavailableError(N_("no events to measure the impact on; load events first"))
    lo, hi = pd.Timestamp(lo), pd.Timestamp(hi)
    mondays = pd.date_range(lo - pd.Timedelta(days=lo.weekday()), hi, freq="W-MON")
    # the first and last weeks are partial: leave them out so a half week does not read as a drop
    mondays = mondays[(mondays >= lo) & (mondays + pd.Timedelta(days=6) <= hi)]
    if len(mondays) < 2 * spec.weeks + 1:
        raise UnavailableError(N_("the events span %(n)s full weeks; a window of ±%(weeks)s weeks needs more"),
                               n=len(mondays), weeks=spec.weeks)
    index = pd.Index(accounts["account_id"].astype(str))
    if spec.metric == "score":
        score = _score_panel(store, config, _Panel(mondays, index, {}))
        if score is None:
            raise UnavailableError(N_("no health snapshots for the current model yet; run `banso score --backfill 52`"))
        return _Panel(mondays, index, {None: score})
    if spec.proposed_feature:
        wanted: list[str] | None = sorted(set(touches["feature"].dropna().astype(str)))
    else:
        wanted = list(spec.events) or None
    rows = d.filter(d.day >= mondays[0].date(), d.day < (mondays[-1] + pd.Timedelta(days=7)).date())
    if wanted:
        rows = rows.filter(rows.event.isin(wanted))
    elif config.events.passive:
        rows = rows.filter(rows.event.notin(list(config.events.passive)))
    by = ["account_id", "week", "event"] if spec.proposed_feature else ["account_id", "week"]
    df = store.execute(rows.mutate(week=rows.day.truncate("W")).group_by(by).agg(n=rows.n.sum()))
    df["week"] = pd.to_datetime(df["week"])

    def matrix(part: pd.DataFrame) -> np.ndarray:
        table = part.pivot_table(index="account_id", columns="week", values="n", aggfunc="sum")
        return table.reindex(index=index, columns=mondays).fillna(0.0).to_numpy(dtype=float)

    if spec.proposed_feature:
        values: dict[str | None, np.ndarray] = {f: matrix(df[df["event"] == f]) for f in wanted or []}
    else:
        values = {None: matrix(df)}
    return _Panel(mondays, index, values)


def _renewal_near(store: Store, config: WorkspaceConfig, panel: _Panel, days: int) -> np.ndarray:
    """Per account and week: whether a renewal falls within `days` of the week's Monday.

    A renewal is a yearly anniversary of the contract's start, or the CRM's renewal date for an account
    without a start date (as the rules' `days_to_renewal`).
    """
    acc = store.execute(store.table("accounts").select("account_id", "contract_started_at", "renewal_date"))
    acc = acc.set_index(acc["account_id"].astype(str)).reindex(panel.accounts)
    start = pd.to_datetime(acc["contract_started_at"]).dt.tz_localize("UTC").dt.tz_convert(config.timezone)
    start = start.dt.tz_localize(None).dt.normalize()
    renewal = pd.to_datetime(acc["renewal_date"])
    mondays = panel.mondays.to_numpy()
    near = np.zeros((len(panel.accounts), len(mondays)), dtype=bool)
    horizon = np.timedelta64(days, "D")
    for i, (s, r) in enumerate(zip(start, renewal, strict=True)):
        if pd.notna(s):
            dates = [s + pd.DateOffset(years=y) for y in range(1, panel.mondays[-1].year - s.year + 2)]
        elif pd.notna(r):
            dates = [r]
        else:
            continue
        due = np.array([np.datetime64(d) for d in dates], dtype="datetime64[ns]")
        ahead = due[None, :] - mondays[:, None]
        near[i] = ((ahead >= np.timedelta64(0, "D")) & (ahead <= horizon)).any(axis=1)
    return near


def _score_panel(store: Store, config: WorkspaceConfig, panel: _Panel) -> np.ndarray | None:
    """The health score after each week (the snapshot dated the next Monday), NaN where none was taken."""
    from banso.health.engine import ActiveModel
    from banso.health.read import snapshots

    try:
        version = ActiveModel.current(config).version
    except Exception:  # no health model: match without the score
        return None
    snap = snapshots(store, version)
    df = store.execute(snap.filter(snap.score.notnull()).select("account_id", "as_of", "score"))
    if df.empty:
        return None
    as_of = pd.to_datetime(df["as_of"])
    df["week"] = as_of - pd.Timedelta(days=1) - pd.to_timedelta((as_of - pd.Timedelta(days=1)).dt.weekday, unit="D")
    table = df.pivot_table(index="account_id", columns="week", values="score", aggfunc="mean")
    return table.reindex(index=panel.accounts, columns=panel.mondays).to_numpy(dtype=float)
