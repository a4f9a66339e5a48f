"""Does a playbook work? Enrolled accounts against matched accounts not (yet) enrolled.

Treated accounts are those enrolled, at their enrolment week t₀ (its Monday). Two outcomes:

- the playbook's **target metric** (events per week, chosen events, or the health score) around
  t₀: the difference-in-differences of the impact report (`impact.treatment_effect`), with matched
  accounts enrolled later as controls (accounts the trigger picked too, at another time), its
  interval and its pre-trend (placebo) check;
- **churn within 90 days** of t₀: the enrolled accounts' churn rate against that of matched
  accounts not enrolled by t₀ (the same matching, alive at t₀, whatever happened later: churn must
  not decide who is a control), with an interval clustered by account. The naive comparison, against
  every account not enrolled, is beside it: a playbook triggered by risk enrols the accounts most
  likely to leave, so the naive figure blames it for the churn it was started to prevent. An account
  enrolled in its trial is compared with trials (the matching's), and for it leaving means the trial
  ended without a contract: the result counts them (`trials`) and the reading says so.

Enrolments too recent for 90 days of follow-up are left out of the churn comparison.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from banso.analysis.evidence.impact import ImpactResult, ImpactSpec, Metric, placebo, prepare, treatment_effect
from banso.config.models import WorkspaceConfig
from banso.errors import BansoError, ConfigError, UnavailableError
from banso.i18n import N_, translations
from banso.store import Store

HORIZON_DAYS = 90
RENEWAL_DAYS = 90  # controls are as near their renewal as the enrolled: both within 90 days, or both not


@dataclass
class ChurnComparison:
    horizon_days: int
    treated: int  # enrolled accounts with a full follow-up and matched controls
    controls: int
    treated_rate: float | None
    control_rate: float | None
    difference: float | None  # treated − matched controls, in share of accounts
    low: float | None
    high: float | None
    others_rate: float | None  # every account not enrolled and alive at the same dates (the naive comparison)
    naive_difference: float | None
    placebo: float | None  # pre-trend of the target metric between these treated and their controls
    placebo_p: float | None
    trials: int = 0  # of `treated`, enrolled in their trial: for them, leaving is a trial ending without a contract


@dataclass
class PlaybookEffect:
    playbook: str
    enrolled: int
    metric: ImpactResult | None
    metric_error: str | None  # why the target metric could not be compared (too little history, …)
    churn: ChurnComparison | None
    churn_error: str | None
    metric_error_ja: str | None = None  # the same reasons in Japanese
    churn_error_ja: str | None = None


def enrolment_weeks(enrollments: pd.DataFrame) -> pd.DataFrame:
    """(account_id, t0, feature) from enrolments (account_id, enrolled_on): t0 is the Monday of the enrolment day."""
    days = pd.to_datetime(enrollments["enrolled_on"])
    return pd.DataFrame({"account_id": enrollments["account_id"].astype(str),
                         "t0": days - pd.to_timedelta(days.dt.weekday, unit="D"), "feature": None})


def playbook_effect(store: Store, config: WorkspaceConfig, name: str, enrollments: pd.DataFrame, *,
                    metric: Metric = "events", events: tuple[str, ...] = (), weeks: int = 8,
                    horizon_days: int = HORIZON_DAYS) -> PlaybookEffect:
    """Both comparisons for one playbook's enrolments (account_id, enrolled_on)."""
    if enrollments.empty:
        raise UnavailableError(N_("nobody has been enrolled in %(playbook)s yet; there is nothing to compare"),
                               playbook=name)
    spec = ImpactSpec(kind=f"playbook:{name}", events=events, metric=metric, weeks=weeks, renewal_days=RENEWAL_DAYS)
    touches = enrolment_weeks(enrollments)
    out = PlaybookEffect(name, int(enrollments["account_id"].nunique()), None, None, None, None)
    unmatched = UnavailableError(N_("no enrolment in %(playbook)s has %(weeks)s weeks of data on both sides and a "
                                    "comparable account not enrolled; try fewer weeks"), playbook=name, weeks=weeks)
    try:
        out.metric = treatment_effect(store, config, spec, touches, not_yet=True, unmatched=unmatched)
    except (ConfigError, UnavailableError) as exc:
        out.metric_error, out.metric_error_ja = str(exc), in_japanese(exc)
    try:
        out.churn = churn_within(store, config, spec, touches, horizon_days)
    except (ConfigError, UnavailableError) as exc:
        out.churn_error, out.churn_error_ja = str(exc), in_japanese(exc)
    return out


def in_japanese(error: BansoError) -> str:
    """An error's message in Japanese (the English one is `str(error)`)."""
    return error.text(translations("ja").gettext)


def churn_within(store: Store, config: WorkspaceConfig, spec: ImpactSpec, touches: pd.DataFrame,
                 horizon_days: int = HORIZON_DAYS) -> ChurnComparison:
    """Churn within `horizon_days` of t₀: enrolled against matched accounts not enrolled by t₀."""
    import statsmodels.formula.api as smf

    design, first = prepare(store, config, spec, touches)
    panel = design.panel
    data_end = panel.mondays[-1] + pd.Timedelta(days=7)
    horizon = pd.Timedelta(days=horizon_days)
    first = first[pd.to_datetime(first["t0"]) + horizon <= data_end]
    matches = design.pairs(first, later_only=False, survive_weeks=0, not_yet=True)
    if not matches:
        raise UnavailableError(N_("no enrolment has %(days)s days of follow-up and comparable accounts not enrolled "
                                  "by then; wait for more history"), days=horizon_days)
    churned = design.churned
    w = spec.weeks
    outcome: list[tuple[str, str, int, float]] = []
    panel_rows: list[tuple[str, str, int, int, float]] = []
    others: list[float] = []
    for m in matches:
        end = np.datetime64(m.t0 + horizon)
        unit = f"{m.account_id}@{m.t0:%Y-%m-%d}"
        outcome.append((unit, m.account_id, 1, float(churned[m.me] < end)))
        window = panel.values[None][:, m.k - w:m.k + w]
        panel_rows += [(unit, m.account_id, 1, j - w, float(y)) for j, y in enumerate(window[m.me])]
        for c in m.controls:
            account = str(panel.accounts[c])
            outcome.append((f"{account}@{unit}", account, 0, float(churned[c] < end)))
            panel_rows += [(f"{account}@{unit}", account, 0, j - w, float(y)) for j, y in enumerate(window[c])]
        alive = churned > np.datetime64(m.t0)
        untreated = design.touched[:, m.k + 1] == 0
        pool = alive & untreated
        if pool.any():
            others.append(float(np.mean(churned[pool] < end)))
    df = pd.DataFrame(outcome, columns=["unit", "account", "treated", "y"])
    treated_rate = float(df[df.treated == 1]["y"].mean())
    control_rate = float(df[df.treated == 0]["y"].mean())
    low = high = None
    difference = treated_rate - control_rate
    if df["y"].nunique() > 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fit = smf.ols("y ~ treated", data=df).fit(cov_type="cluster", cov_kwds={"groups": df["account"]})
        difference = float(fit.params["treated"])
        low, high = (float(x) for x in fit.conf_int().loc["treated"])
    else:  # nobody (or everybody) churned: no spread to estimate an interval from
        low = high = difference
    fake, fake_p = placebo(pd.DataFrame(panel_rows, columns=["unit", "account", "treated", "week", "y"]).dropna(), w)
    others_rate = float(np.mean(others)) if others else None
    return ChurnComparison(
        horizon_days=horizon_days, treated=len(matches), controls=int(df[df.treated == 0]["account"].nunique()),
        treated_rate=treated_rate, control_rate=control_rate, difference=difference, low=low, high=high,
        others_rate=others_rate, naive_difference=None if others_rate is None else treated_rate - others_rate,
        placebo=fake, placebo_p=fake_p,
        trials=sum(1 for m in matches if design.customer is not None and not design.customer[m.me, m.k]))

