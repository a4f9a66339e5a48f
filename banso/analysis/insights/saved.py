"""Saved insights and dashboards as pages and the API read them: the spec, its URL, and each tile's result.

A tile whose insight can no longer run (its saved segment was deleted, a metric left banso.yaml)
shows why instead of a figure; the other tiles still show theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from pydantic import Field

from banso.analysis.insights.kinds import InsightResult, InsightSpec
from banso.analysis.insights.query import Spec, spec_to_query


@dataclass(frozen=True)
class SavedInsightView:
    id: int
    name: str
    kind: str
    shared: bool
    owner_id: int
    spec: Annotated[InsightSpec, Field(description="the insight's spec (trend, funnel or retention)")]
    url: Annotated[str, Field(description="the builder page showing it")]


@dataclass(frozen=True)
class DashboardTile:
    insight: SavedInsightView
    result: Annotated[InsightResult | None, Field(description="the insight's result; None when it could not run")]
    problem: Annotated[str | None, Field(description="why it could not run")]


@dataclass(frozen=True)
class DashboardView:
    id: int
    name: str
    shared: bool
    owner_id: int
    tiles: list[DashboardTile]


@dataclass(frozen=True)
class DashboardInfo:
    id: int
    name: str
    shared: bool
    owner_id: int
    insights: int


def insight_url(spec: Spec, saved: int | None = None) -> str:
    """The builder page of a spec (and of the saved insight it is)."""
    pairs = spec_to_query(spec) + ([("saved", str(saved))] if saved is not None else [])
    return "/insights?" + urlencode(pairs)
