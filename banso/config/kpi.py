"""The KPI tree (`kpi_tree` in banso.yaml): its periods and the target of each node.

The tree's shape is fixed — revenue retention at the root, split by tier into churn and contraction,
then the health bands and their churn rates, then the score's dimensions and metrics — and a workspace
sets the window of each part and the targets its nodes are read against:

    kpi_tree:
      months: 12            # GRR / NRR over the last 12 months of revenue
      churn_days: 90        # a band's churn rate: customers of the band (not trials) that churned within 90 days
      targets:
        grr: 0.92
        nrr: 1.05
        churn:SMB: 0.06     # revenue lost to churn among SMB accounts
        band_share:bad: 0.1
        score: 65

A target is met when the value reaches it — from above for what should stay low (churn, contraction,
the Bad band's share, churn rates).
"""

from __future__ import annotations

import math
import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

KEY = re.compile(r"^(grr|nrr|churn|contraction|score|index"
                 r"|(churn|contraction|grr|nrr):.{1,100}"
                 r"|(band_share|band_churn):(good|normal|bad)"
                 r"|(dimension|metric):[A-Za-z0-9_\-]{1,64})$")
LOWER_IS_BETTER = ("churn", "contraction", "band_churn", "band_share:bad")


class KpiTreeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    months: int = Field(12, ge=1, le=36, description="GRR / NRR over the last N months of revenue")
    churn_days: int = Field(90, ge=7, le=365, description="a band's churn rate counts churn within N days")
    targets: dict[str, float] = Field(default_factory=dict,
                                      description="node -> target: grr, nrr, churn, contraction, churn:TIER, "
                                                  "contraction:TIER, band_share:BAND, band_churn:BAND, score, "
                                                  "index, dimension:NAME, metric:NAME")

    @field_validator("targets")
    @classmethod
    def _keys(cls, value: dict[str, float]) -> dict[str, float]:
        for key, target in value.items():
            if not KEY.match(key):
                raise ValueError(f"unknown node {key!r}; nodes are grr, nrr, churn, contraction, churn:TIER, "
                                 "contraction:TIER, band_share:good|normal|bad, band_churn:good|normal|bad, score, "
                                 "index, dimension:NAME, metric:NAME")
            if not math.isfinite(target):
                raise ValueError(f"the target of {key!r} must be a number")
        return value


def lower_is_better(key: str) -> bool:
    """Whether a node's target is met from below (churn, contraction, the Bad band's share, churn rates)."""
    return key.startswith(LOWER_IS_BETTER)
