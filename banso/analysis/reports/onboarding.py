"""`onboarding`: how far each start cohort got through the onboarding milestones, and who is stuck where.

Accounts are grouped by the period (month by default) of their contract start — or trial start — in
the workspace zone. For each cohort and each milestone of banso.yaml's `onboarding` (an account reaches
a milestone on the day of its first event of that name): the share of the cohort that reached it
before `as_of`, and the median days from the start to reaching it (0 when it was reached before the
start, during a trial). An account is **stuck** at the first milestone, in the order written, that it
has not reached; churned accounts and those that reached every milestone are not stuck.

    banso report onboarding --cohort month --cohorts 6
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any, Literal

import pandas as pd
from pydantic import Field

from banso.analysis.lifecycle import milestone_days
from banso.analysis.periods import Interval, Periods, utc_midnight
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.analysis.reports.dates import seen_at
from banso.config.web import milestone_keys, milestone_names
from banso.errors import UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_date, or_none

NO_MILESTONES = N_("No milestones configured. Add them under `onboarding:` in `banso.yaml` (milestone: event name).")
STARTS = {"contract": N_("contract start"), "trial": N_("trial start")}


class OnboardingSpec(ReportSpec):
    kind: Literal["onboarding"] = "onboarding"
    start: Literal["contract", "trial"] = Field("contract", description="count days from the contract or trial start")
    cohort: Interval = Field("month", description="cohorts by day, week or month of the start")
    cohorts: int = Field(6, ge=1, le=36, description="the last N cohorts before as_of")
    as_of: date | None = Field(None, description="seen at this date (default: the date pages are seen at)")
    stuck_rows: int = Field(50, ge=0, le=1000, description="accounts listed per milestone (the longest stuck first)")


@dataclass(frozen=True)
class MilestoneCell:
    milestone: str
    reached: int
    rate: Annotated[float | None, Field(description="reached / cohort size")]
    median_days: Annotated[float | None, Field(description="median days from the start to reaching it")]


@dataclass(frozen=True)
class OnboardingCohort:
    start: date
    size: int
    milestones: list[MilestoneCell]


@dataclass(frozen=True)
class StuckAccount:
    account_id: str
    name: str | None
    tier: str | None
    owner: str | None
    started: date
    days: Annotated[int, Field(description="days since the start")]
    done: Annotated[int, Field(description="milestones reached")]


@dataclass(frozen=True)
class StuckStep:
    milestone: str
    total: int
    accounts: list[StuckAccount]


@dataclass(frozen=True)
class OnboardingResult:
    spec: OnboardingSpec
    as_of: date
    milestones: Annotated[list[str], Field(description="the milestones in the order written (keys of banso.yaml)")]
    names: Annotated[dict[str, dict[str, str]], Field(description="each milestone's name in each language (ja, en)")]
    cohorts: list[OnboardingCohort]
    overall: list[MilestoneCell]
    stuck: list[StuckStep]


class Onboarding(Report[OnboardingSpec, OnboardingResult]):
    kind = "onboarding"
    title = "Onboarding"
    spec = OnboardingSpec
    result = OnboardingResult

    def run(self, ctx: RunContext, spec: OnboardingSpec) -> OnboardingResult:
        as_of = seen_at(ctx, spec.as_of)
        if as_of is None:
            raise UnavailableError(N_("there are no events yet: load accounts and events before the onboarding view"))
        labels = list(milestone_keys(ctx.config.onboarding))
        accounts = _starts(ctx, spec, as_of)
        periods = Periods(spec.cohort)
        last = periods.start(as_of - timedelta(days=1))
        first = periods.shift(last, -(spec.cohorts - 1))
        accounts["cohort"] = [periods.start(d) for d in accounts["start_day"]]
        accounts = accounts[(accounts["cohort"] >= first) & (accounts["cohort"] <= last)]
        reached = milestone_days(ctx.store, ctx.config)
        reached = reached[reached["day"] < as_of]
        when = {(a, m): d for a, m, d in zip(reached["account_id"], reached["milestone"], reached["day"], strict=True)}
        cohorts = [OnboardingCohort(start=c, size=len(group), milestones=[_cell(group, m, when) for m in labels])
                   for c, group in sorted(accounts.groupby("cohort"), key=lambda x: x[0])]
        overall = [_cell(accounts, m, when) for m in labels]
        return OnboardingResult(spec=spec, as_of=as_of, milestones=labels,
                                names=milestone_names(ctx.config.onboarding), cohorts=cohorts, overall=overall,
                                stuck=_stuck(accounts, labels, when, as_of, spec.stuck_rows))

    def view(self, result: OnboardingResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        def name(milestone: str) -> str:
            return result.names.get(milestone, {}).get(language) or milestone

        long = [[c.start.isoformat(), c.size, name(m.milestone), m.reached, m.rate, m.median_days]
                for c in result.cohorts for m in c.milestones]
        wide = [[c.start.isoformat(), c.size, *(_shown(m) for m in c.milestones)] for c in result.cohorts]
        wide.append([_("all"), sum(c.size for c in result.cohorts), *(_shown(m) for m in result.overall)])
        stuck = [[name(s.milestone), s.total, ", ".join(a.name or a.account_id for a in s.accounts[:5])]
                 for s in result.stuck]
        notes = [] if result.milestones else [_(NO_MILESTONES)]
        return View(
            notes=notes,
            headline=_("Onboarding from the %(start)s, cohorts by %(cohort)s, as of %(date)s") % {
                "start": _(STARTS[result.spec.start]), "cohort": _(result.spec.cohort),
                "date": result.as_of.isoformat()},
            tables=[
                Table(_("Milestones (one row per cohort and milestone)"),
                      [_("cohort"), _("accounts"), _("milestone"), _("reached"), _("rate"), _("median days")], long,
                      ["", "", "", "", "pct", "num"], on_screen=False),
                Table(_("Reached (median days)"), [_("cohort"), _("accounts"), *map(name, result.milestones)], wide),
                Table(_("Stuck at"), [_("milestone"), _("accounts"), _("the longest stuck")], stuck),
            ],
        )


def _starts(ctx: RunContext, spec: OnboardingSpec, as_of: date) -> pd.DataFrame:
    acc = ctx.store.table("accounts")
    column = "contract_started_at" if spec.start == "contract" else "trial_started_at"
    frame = ctx.store.execute(acc.select("account_id", "name", "tier", "owner", "churned_at", start=acc[column]))
    cutoff = pd.Timestamp(utc_midnight(as_of, ctx.config.timezone))
    frame = frame[frame["start"].notna() & (frame["start"] < cutoff)].copy()
    local = frame["start"].dt.tz_localize("UTC").dt.tz_convert(ctx.config.timezone).dt.tz_localize(None)
    frame["start_day"] = local.dt.date
    frame["churned"] = frame["churned_at"].notna() & (frame["churned_at"] < cutoff)
    return frame


def _cell(group: pd.DataFrame, milestone: str, when: dict[tuple[Any, str], date]) -> MilestoneCell:
    days = [max(0, (when[(a, milestone)] - s).days) for a, s in zip(group["account_id"], group["start_day"], strict=True)
            if (a, milestone) in when]
    size = len(group)
    median = float(pd.Series(days).median()) if days else None
    return MilestoneCell(milestone=milestone, reached=len(days), rate=len(days) / size if size else None,
                         median_days=median)


def _stuck(accounts: pd.DataFrame, labels: list[str], when: dict[tuple[Any, str], date], as_of: date,
           rows: int) -> list[StuckStep]:
    found: dict[str, list[StuckAccount]] = {m: [] for m in labels}
    for r in accounts[~accounts["churned"]].itertuples(index=False):
        missing = [m for m in labels if (r.account_id, m) not in when]
        if not missing:
            continue
        found[missing[0]].append(StuckAccount(
            account_id=str(r.account_id), name=or_none(r.name), tier=or_none(r.tier), owner=or_none(r.owner),
            started=as_date(r.start_day) or as_of, days=(as_of - r.start_day).days,
            done=len(labels) - len(missing)))
    return [StuckStep(milestone=m, total=len(found[m]),
                      accounts=sorted(found[m], key=lambda a: (-a.days, a.account_id))[:rows]) for m in labels]


def _shown(cell: MilestoneCell) -> str:
    if cell.rate is None:
        return "—"
    days = "" if cell.median_days is None else " (" + _("%(n)s d") % {"n": f"{cell.median_days:g}"} + ")"
    return f"{100 * cell.rate:.0f}%{days}"
