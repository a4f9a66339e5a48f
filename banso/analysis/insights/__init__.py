"""Insights: questions an analyst asks without SQL — trends, funnels, retention — each a typed spec with one runner.

Like the reports (`banso.analysis.reports`), every insight declares a spec (pydantic, `extra="forbid"`,
a `kind` literal), a result dataclass with None for missing values and a `Report` that runs the spec
and says how its result reads as tables; `data()` is its one serializer, for the API, the command
line and saved dashboards alike. The runners build Ibis expressions over the store's tables; only
small grids are assembled in Python.

>>> sorted(INSIGHTS)
['funnel', 'retention', 'trend']
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from banso.analysis.insights.events import EventMatch, InsightError, PropertyFilter, parse_event
from banso.analysis.insights.funnel import Funnel, FunnelResult, FunnelSpec
from banso.analysis.insights.groups import Breakdown, SegmentChoice, parse_breakdown
from banso.analysis.insights.kinds import InsightResult, InsightSpec
from banso.analysis.insights.retention import Retention, RetentionResult, RetentionSpec
from banso.analysis.insights.trend import Trend, TrendResult, TrendSpec
from banso.analysis.reports.base import Report, ReportSpec

INSIGHTS: dict[str, Report[Any, Any]] = {r.kind: r for r in (Trend(), Funnel(), Retention())}


SPEC_ADAPTER: TypeAdapter[Any] = TypeAdapter(InsightSpec)

__all__ = [
    "INSIGHTS", "SPEC_ADAPTER", "Breakdown", "EventMatch", "FunnelResult", "FunnelSpec", "InsightError",
    "InsightResult", "InsightSpec", "PropertyFilter", "RetentionResult", "RetentionSpec", "SegmentChoice",
    "TrendResult", "TrendSpec", "insight_for", "parse_breakdown", "parse_event",
]


def insight_for(spec: ReportSpec) -> Report[Any, Any]:
    """The insight that runs a spec (its `kind`)."""
    return INSIGHTS[spec.kind]
