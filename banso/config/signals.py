"""Configuration of signals: indicator rules (`signals.rules` in banso.yaml) and their defaults.

A rule is a condition in the rule language (`banso.signals.lang`) over one account's metrics,
score, band and contract, with a description in Japanese and English, a severity, a route (a
person or automation), a cooldown and an optional condition saying which accounts it applies to.
The built-in indicators below are what a workspace gets when banso.yaml says nothing.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from banso.signals.lang import RuleError, parse


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """The same sentence in both languages of the product."""

    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Rule(_Strict):
    when: str = Field(min_length=1, description="condition in the rule language, e.g. `days_since_last_event >= 14`")
    description: Text
    severity: Literal["high", "medium", "low"] = "medium"
    route: Literal["human", "digital"] = Field("human", description="human: a CSM's worklist; digital: automation")
    cooldown_days: int = Field(28, ge=0, le=365, description="no new alert of this rule for the account within it")
    applies_to: str | None = Field(None, description="optional condition choosing the accounts, e.g. `tier == \"SMB\"`")
    enabled: bool = True


class DataQuality(_Strict):
    """Workspace-wide checks: the tracking broke, not the customers."""

    enabled: bool = True
    volume_drop: float = Field(0.5, gt=0, lt=1, description="alert when last week's events < this × the 4-week mean")
    unattributed_share: float = Field(0.2, gt=0, lt=1, description="alert when this share of last week's events has no account")
    min_weekly_events: int = Field(1000, ge=0, description="below this weekly volume the checks stay silent")


def _rule(when: str, ja: str, en: str, **kw: object) -> Rule:
    return Rule.model_validate({"when": when, "description": {"ja": ja, "en": en}, **kw})


BUILTIN_RULES: dict[str, Rule] = {
    "usage_drop": _rule(
        "baseline(events_7d) >= 20 and events_7d < 0.5 * baseline(events_7d)",
        "利用量が自社の平常時(直近8週の同じ曜日構成の平均)の半分未満に落ちています",
        "Usage fell below half of the account's own normal week (mean of the 8 weeks before)",
        severity="high",
    ),
    "silence": _rule(
        "status == \"active\" and coalesce(days_since_last_event, 90) >= 14",
        "14日以上、誰も利用していません",
        "No member has used the product for 14 days or more",
        severity="high",
    ),
    "band_drop": _rule(
        "band_dropped()",
        "ヘルススコアの帯が先週より下がりました",
        "The health band fell since last week",
        severity="medium",
    ),
    "champion_risk": _rule(
        "champion_silent_days >= 14 or (active_admins_28d == 0 and change(active_admins_28d, 4) < 0)"
        " or (top_user_share_28d >= 0.8 and active_users_28d >= 3)",
        "推進役(最も使っていた人・管理者)が使わなくなったか、利用が一人に集中しています",
        "The champion (most active member or the admin) went quiet, or use rests on one person",
        severity="high",
    ),
    "renewal_risk": _rule(
        "days_to_renewal <= 90 and (band == \"bad\" or change(score, 4) <= -10)",
        "90日以内に更新を迎えるのに、スコアが低いか下がっています",
        "Renewal within 90 days while the score is Bad or falling",
        severity="high",
        cooldown_days=60,
    ),
    "upsell_opportunity": _rule(
        "seat_utilization > 0.9 and band == \"good\"",
        "契約席数の9割超を使っていて健全です(アップセルの好機)",
        "More than 90% of the seats in use and healthy: an upsell opportunity",
        severity="low",
        cooldown_days=90,
    ),
    "trial_at_risk": _rule(
        "status == \"trial\" and trial_days >= 3 and trial_days <= 21 and trial_invites == 0",
        "トライアル開始から3日以上、メンバーを招待していません",
        "Three or more days into the trial and nobody has been invited",
        severity="medium",
        route="digital",
        cooldown_days=30,
    ),
}


class SignalsConfig(_Strict):
    rules: dict[str, Rule] = Field(default_factory=lambda: dict(BUILTIN_RULES))
    invite_events: list[str] = Field(default_factory=lambda: ["user_invited"],
                                     description="events that count as inviting a member (trial_invites)")
    capacity_per_csm: int = Field(10, ge=1, description="accounts a CSM can touch per week (the worklist's length)")
    data_quality: DataQuality = Field(default_factory=DataQuality)  # type: ignore[arg-type]

    @field_validator("rules", mode="before")
    @classmethod
    def _with_builtins(cls, value: Any) -> Any:
        """Rules in banso.yaml add to the built-ins; one with a built-in's name replaces it."""
        if isinstance(value, dict):
            return {**BUILTIN_RULES, **value}
        return value

    @model_validator(mode="after")
    def _parse_rules(self) -> SignalsConfig:
        try:
            for name, rule in self.rules.items():
                parse(name, rule.when)
                if rule.applies_to:
                    parse(f"{name}.applies_to", rule.applies_to)
        except RuleError as exc:
            raise ValueError(str(exc)) from exc
        return self
