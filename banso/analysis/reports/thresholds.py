"""`thresholds`: help choosing a metric's threshold — its distribution by later outcome, and the value that
best separates accounts that stayed from those that churned.

Observations are (account, landmark) pairs: at each landmark date — `horizon_days` before `as_of`, then
every four weeks earlier — every account that was a customer (its contract started, not yet churned;
a trial is none, see `banso.customers`) contributes its metric value then, and its outcome: **churned**
when it churned within `horizon_days` after the landmark, **retained** otherwise. An account without a
value is left out.

The best separating value is the cut with the largest Youden index (share of churned accounts on the
bad side − share of retained ones there), the bad side being below the cut when churned accounts read
lower (above it otherwise); it is placed halfway between the two observed values it falls between.
The suggested threshold scoring function runs from the churned median (bad) to the retained median
(good). AUC: the probability that a random retained observation reads better than a random churned one.

    banso report thresholds --metric active_rate_28d
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Annotated, Literal

import numpy as np
import pandas as pd
from pydantic import Field

from banso.analysis.periods import utc_midnight
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.analysis.reports.dates import seen_at
from banso.customers import customer_at
from banso.errors import BansoError, UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _

OUTCOMES = {"retained": N_("retained"), "churned": N_("churned")}  # an observation's later outcome, as read
# whose churn the help judges, said wherever it is read (`banso.customers`)
TRIALS_LEFT_OUT = N_("Accounts still in their trial are left out: a trial that ends without a contract did not "
                     "convert, it did not churn.")


class ThresholdSpec(ReportSpec):
    kind: Literal["thresholds"] = "thresholds"
    metric: str = Field("active_rate_28d", min_length=1, max_length=64,
                        description="a metric of banso.yaml or a built-in one")
    horizon_days: int = Field(90, ge=7, le=365, description="churned = churned within this many days")
    landmarks: int = Field(6, ge=1, le=12, description="landmark dates, four weeks apart")
    as_of: date | None = Field(None, description="seen at this date (default: the date pages are seen at)")


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    retained: int
    churned: int


@dataclass(frozen=True)
class GroupSummary:
    outcome: Annotated[str, Field(description="retained or churned")]
    n: int
    p10: float | None
    p25: float | None
    median: float | None
    p75: float | None
    p90: float | None


@dataclass(frozen=True)
class Suggestion:
    cut: Annotated[float, Field(description="the value that best separates the outcomes")]
    low_is_bad: Annotated[bool, Field(description="churned accounts read lower")]
    churned_caught: Annotated[float, Field(description="share of churned observations on the bad side")]
    retained_flagged: Annotated[float, Field(description="share of retained observations on the bad side")]
    bad: Annotated[float, Field(description="threshold scoring: 0 % here (the churned median)")]
    good: Annotated[float, Field(description="threshold scoring: 100 % here (the retained median)")]
    yaml: Annotated[str, Field(description="the scoring function to paste into banso.yaml")]


@dataclass(frozen=True)
class ThresholdResult:
    spec: ThresholdSpec
    as_of: date
    landmarks: list[date]
    summaries: list[GroupSummary]
    bins: list[Bin]
    auc: Annotated[float | None, Field(description="P(a retained observation reads better than a churned one)")]
    suggestion: Suggestion | None


class Thresholds(Report[ThresholdSpec, ThresholdResult]):
    kind = "thresholds"
    title = "Threshold help"
    spec = ThresholdSpec
    result = ThresholdResult

    def run(self, ctx: RunContext, spec: ThresholdSpec) -> ThresholdResult:
        from banso.metrics import all_metrics

        if spec.metric not in all_metrics(ctx.config):
            raise BansoError(N_("unknown metric %(name)s; use one of: %(known)s"), name=repr(spec.metric),
                             known=", ".join(sorted(all_metrics(ctx.config))))
        as_of = seen_at(ctx, spec.as_of)
        if as_of is None:
            raise UnavailableError(N_("there are no events yet: load accounts and events first"))
        first = as_of - timedelta(days=spec.horizon_days)
        landmarks = [first - timedelta(weeks=4 * i) for i in range(spec.landmarks)]
        obs = observations(ctx, spec, landmarks)
        retained = obs.loc[~obs["churned"], "value"].to_numpy(dtype="float64")
        churned = obs.loc[obs["churned"], "value"].to_numpy(dtype="float64")
        return ThresholdResult(
            spec=spec, as_of=as_of, landmarks=sorted(landmarks),
            summaries=[_summary("retained", retained), _summary("churned", churned)],
            bins=_bins(retained, churned), auc=_auc(retained, churned),
            suggestion=suggest(spec.metric, retained, churned),
        )

    def view(self, result: ThresholdResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        s = result.suggestion
        notes = [_("suggested: %(yaml)s  (cut %(cut)s: catches %(caught)s of churned, flags %(flagged)s of "
                   "retained)") % {"yaml": s.yaml, "cut": f"{s.cut:.4g}", "caught": f"{100 * s.churned_caught:.0f}%",
                                   "flagged": f"{100 * s.retained_flagged:.0f}%"}] if s else [
            _("Too few observations of one outcome to suggest a threshold: try more landmarks or a longer horizon.")]
        outcomes = {k: _(v) for k, v in OUTCOMES.items()}
        return View(
            headline=_("%(metric)s by outcome within %(days)s days, %(n)s landmarks to %(last)s; AUC %(auc)s") % {
                "metric": result.spec.metric, "days": result.spec.horizon_days, "n": len(result.landmarks),
                "last": max(result.landmarks).isoformat(), "auc": "—" if result.auc is None else f"{result.auc:.3f}"},
            tables=[
                Table(_("Distribution"), [_("low"), _("high"), outcomes["retained"], outcomes["churned"]],
                      [[b.low, b.high, b.retained, b.churned] for b in result.bins], ["num", "num", "", ""]),
                Table(_("By outcome"), [_("outcome"), "n", "p10", "p25", _("median"), "p75", "p90"],
                      [[outcomes.get(g.outcome, g.outcome), g.n, g.p10, g.p25, g.median, g.p75, g.p90]
                       for g in result.summaries], ["", "", "num", "num", "num", "num", "num"]),
            ],
            notes=[*notes, _(TRIALS_LEFT_OUT)],
        )


def observations(ctx: RunContext, spec: ThresholdSpec, landmarks: list[date]) -> pd.DataFrame:
    """(account_id, landmark, value, churned) for the customers at each landmark that have a value.

    Accounts in their trial at a landmark are left out: a trial that ends unconverted did not churn, and
    counted as churn it buried the signal of penetration under that of small trials (`banso.customers`).
    An account without any date counts as its status says, as the lifecycle takes it.
    """
    from banso.metrics import compute_metrics

    acc = ctx.store.execute(ctx.store.table("accounts").select(
        "account_id", "status", "trial_started_at", "contract_started_at", "churned_at"))
    parts = []
    for day in landmarks:
        cut = pd.Timestamp(utc_midnight(day, ctx.config.timezone))
        end = cut + pd.Timedelta(days=spec.horizon_days)
        customer = customer_at(acc["trial_started_at"], acc["contract_started_at"], cut, acc["status"])
        # churned before the landmark, or marked churned without a date (never live, as the scoring has it)
        gone = (acc["churned_at"].notna() & (acc["churned_at"] < cut)) | (
            acc["churned_at"].isna() & (acc["status"] == "churned"))
        live = customer & ~gone
        customers = acc[live].copy()
        customers["churned"] = customers["churned_at"].notna() & (customers["churned_at"] < end)
        values = ctx.store.execute(compute_metrics(ctx.store, ctx.config, day, [spec.metric]))
        values = values.rename(columns={spec.metric: "value"})[["account_id", "value"]]
        merged = customers.merge(values, on="account_id").dropna(subset=["value"])
        merged["landmark"] = day
        parts.append(merged[["account_id", "landmark", "value", "churned"]])
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        {"account_id": [], "landmark": [], "value": [], "churned": []})


def suggest(metric: str, retained: np.ndarray, churned: np.ndarray) -> Suggestion | None:
    """The cut with the largest Youden index, and a threshold scoring function around it."""
    if len(retained) < 2 or len(churned) < 2:
        return None
    low_is_bad = bool(np.median(churned) <= np.median(retained))
    values = np.unique(np.concatenate([retained, churned]))
    best: tuple[float, float, float, float] | None = None  # (J, cut, caught, flagged)
    for lo, hi in pairwise(values):
        cut = (lo + hi) / 2
        caught = float(np.mean(churned < cut)) if low_is_bad else float(np.mean(churned > cut))
        flagged = float(np.mean(retained < cut)) if low_is_bad else float(np.mean(retained > cut))
        j = caught - flagged
        if best is None or j > best[0]:
            best = (j, float(cut), caught, flagged)
    if best is None:
        return None
    bad, good = float(np.median(churned)), float(np.median(retained))
    yaml = f"{metric}: {{score: {{type: threshold, bad: {bad:.4g}, good: {good:.4g}}}}}"
    return Suggestion(cut=best[1], low_is_bad=low_is_bad, churned_caught=best[2], retained_flagged=best[3],
                      bad=bad, good=good, yaml=yaml)


def _summary(outcome: str, values: np.ndarray) -> GroupSummary:
    if not len(values):
        return GroupSummary(outcome=outcome, n=0, p10=None, p25=None, median=None, p75=None, p90=None)
    q = [float(x) for x in np.quantile(values, [0.1, 0.25, 0.5, 0.75, 0.9])]
    return GroupSummary(outcome=outcome, n=len(values), p10=q[0], p25=q[1], median=q[2], p75=q[3], p90=q[4])


def _bins(retained: np.ndarray, churned: np.ndarray, count: int = 20) -> list[Bin]:
    both = np.concatenate([retained, churned])
    if not len(both):
        return []
    low, high = float(np.quantile(both, 0.01)), float(np.quantile(both, 0.99))
    if low == high:
        return [Bin(low=low, high=high, retained=len(retained), churned=len(churned))]
    edges = np.linspace(low, high, count + 1)
    r = np.histogram(np.clip(retained, low, high), bins=edges)[0]
    c = np.histogram(np.clip(churned, low, high), bins=edges)[0]
    return [Bin(low=float(edges[i]), high=float(edges[i + 1]), retained=int(r[i]), churned=int(c[i]))
            for i in range(count)]


def _auc(retained: np.ndarray, churned: np.ndarray) -> float | None:
    """Mann–Whitney: P(retained better than churned), ties half; 'better' is higher unless churned read higher."""
    if not len(retained) or not len(churned):
        return None
    ranks = pd.Series(np.concatenate([retained, churned])).rank().to_numpy()
    u = ranks[: len(retained)].sum() - len(retained) * (len(retained) + 1) / 2
    auc = float(u / (len(retained) * len(churned)))
    return auc if np.median(churned) <= np.median(retained) else 1.0 - auc
