"""The reports, by kind: each a spec, one runner and one serializer (see `base`).

    REPORTS["revenue"].run(ctx, RevenueSpec())   # what Workspace.report(RevenueSpec()) does, cached

New analyses are added the same way: a module with its spec, result and `Report`, listed here.
Importing this registry imports every report's module, so those modules import SciPy, statsmodels,
lifelines and scikit-learn inside the functions that call them: loaded at the top, they added a
second to every report, insight and OKR command, whichever report it ran.

>>> sorted(REPORTS)  # doctest: +NORMALIZE_WHITESPACE
['cs-contribution', 'data-quality', 'early-signals', 'events', 'impact', 'kpi-tree', 'onboarding', 'playbooks', 'revenue',
 'thresholds', 'validation']
"""

from __future__ import annotations

from typing import Any

from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.analysis.reports.cs_contribution import CsContributionReport, CsContributionSpec
from banso.analysis.reports.data_quality import DataQuality, DataQualitySpec
from banso.analysis.reports.early_signals import EarlySignalsReport, EarlySignalsSpec
from banso.analysis.reports.events import Events, EventsSpec
from banso.analysis.reports.impact import Impact, ImpactReportSpec
from banso.analysis.reports.kpi_tree import KpiTreeReport, KpiTreeSpec
from banso.analysis.reports.onboarding import Onboarding, OnboardingSpec
from banso.analysis.reports.playbooks import Playbooks, PlaybooksSpec
from banso.analysis.reports.revenue import Revenue, RevenueSpec
from banso.analysis.reports.thresholds import Thresholds, ThresholdSpec
from banso.analysis.reports.validation import Validation, ValidationSpec

REPORTS: dict[str, Report[Any, Any]] = {r.kind: r for r in (
    Revenue(), Impact(), CsContributionReport(), EarlySignalsReport(), Events(), DataQuality(), Validation(),
    Playbooks(), Onboarding(), KpiTreeReport(), Thresholds())}

__all__ = [
    "REPORTS", "CsContributionSpec", "DataQualitySpec", "EarlySignalsSpec", "EventsSpec", "ImpactReportSpec",
    "KpiTreeSpec", "OnboardingSpec", "PlaybooksSpec", "Report", "ReportSpec", "RevenueSpec", "RunContext", "Table",
    "ThresholdSpec", "ValidationSpec", "View", "report_for",
]


def report_for(spec: ReportSpec) -> Report[Any, Any]:
    """The report that runs a spec (its `kind`)."""
    return REPORTS[spec.kind]
