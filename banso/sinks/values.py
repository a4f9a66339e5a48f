"""What a push sends, per account, as the workspace read it: plain values, None where banso has none."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TOP_REASONS = 3


@dataclass(frozen=True)
class AccountValues:
    """One account's results at the latest snapshot (see DESIGN.md: score, band, trend, reasons, alerts)."""

    account_id: str
    score: float | None = None
    band: str | None = None
    trend: float | None = None
    reasons: tuple[str, ...] = ()
    alerts: tuple[str, ...] = ()
    open_tasks: int | None = None  # None: not pushed, the CRM field is left as it is
    segments: frozenset[str] = field(default_factory=frozenset)  # the saved segments (as named in banso.yaml)

    def value(self, what: str) -> Any:
        """The value a CRM field receives for `what` (score, band, … or `segment:<name>`)."""
        if what.startswith("segment:"):
            return what.removeprefix("segment:") in self.segments
        if what == "score":
            return None if self.score is None else round(self.score, 1)
        if what == "trend":
            return None if self.trend is None else round(self.trend, 2)
        if what == "reasons":
            return "\n".join(self.reasons[:TOP_REASONS]) or None
        if what == "alerts":
            return "\n".join(self.alerts) or None
        return getattr(self, what)


@dataclass(frozen=True)
class SegmentMember:
    """An account of a segment as a sync sends it: its id and the facts a marketing tool can use."""

    account_id: str
    name: str | None = None
    owner: str | None = None
    tier: str | None = None
    plan: str | None = None
    mrr: float | None = None
    score: float | None = None
    band: str | None = None

    def row(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "name": self.name, "owner": self.owner, "tier": self.tier,
                "plan": self.plan, "mrr": self.mrr, "score": self.score, "band": self.band}
