"""The insight specs and results as one type each: what a saved insight holds and `POST /api/insights` takes."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from banso.analysis.insights.funnel import FunnelResult, FunnelSpec
from banso.analysis.insights.retention import RetentionResult, RetentionSpec
from banso.analysis.insights.trend import TrendResult, TrendSpec

InsightSpec = Annotated[TrendSpec | FunnelSpec | RetentionSpec, Field(discriminator="kind")]
InsightResult = TrendResult | FunnelResult | RetentionResult
