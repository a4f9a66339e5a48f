"""Configuration of the evidence reports (`evidence:` in banso.yaml): what counts as CS support, and the
gross margin that turns revenue into lifetime value."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CsSupport(BaseModel):
    """An account is *supported* in a period when it had at least `min_touchpoints` touchpoints of these kinds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kinds: list[str] = Field(default_factory=lambda: ["cs_meeting", "onboarding"], min_length=1,
                             description="touchpoint kinds that are CS work, e.g. cs_meeting, onboarding")
    min_touchpoints: int = Field(1, ge=1, description="how many such touchpoints in the period make an account supported")


class EvidenceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    gross_margin: float = Field(0.8, gt=0, le=1, description="share of revenue kept after the cost of serving it")
    cs_support: CsSupport = Field(default_factory=CsSupport)  # type: ignore[arg-type]
