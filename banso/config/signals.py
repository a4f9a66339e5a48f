"""Configuration of signals: indicator rules (`signals.rules` in banso.yaml) and their defaults.

A rule is a condition in the rule language (`banso.config.rule_language`) over one account's metrics,
score, band and contract, with a description in Japanese and English, a severity, a route (a
person or automation), a cooldown and an optional condition saying which accounts it applies to.
The built-in indicators below are what a workspace gets when banso.yaml says nothing.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from banso.config.addresses import check_web_address
from banso.config.labels import Label
from banso.config.rule_language import RuleError, parse


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """The same sentence in both languages of the product."""

    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Rule(_Strict):
    label: Label | None = Field(None, description="its name for people (pages, notifications): one text, or "
                                "{ja: …, en: …}; the rule's key when none")
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


def _rule(label: tuple[str, str], when: str, ja: str, en: str, **kw: object) -> Rule:
    return Rule.model_validate({"label": {"ja": label[0], "en": label[1]}, "when": when,
                                "description": {"ja": ja, "en": en}, **kw})


BUILTIN_RULES: dict[str, Rule] = {
    "usage_drop": _rule(
        ("利用の急減", "Usage drop"),
        "baseline(events_7d) >= 20 and events_7d < 0.5 * baseline(events_7d)",
        "利用量が自社の平常時(直近8週の同じ曜日構成の平均)の半分未満に落ちています",
        "Usage fell below half of the account's own normal week (mean of the 8 weeks before)",
        severity="high",
    ),
    "silence": _rule(
        ("利用の途絶", "Gone quiet"),
        "status == \"active\" and coalesce(days_since_last_event, 90) >= 14",
        "14日以上、誰も利用していません",
        "No member has used the product for 14 days or more",
        severity="high",
    ),
    "band_drop": _rule(
        ("ヘルス帯の低下", "Band drop"),
        "band_dropped()",
        "ヘルススコアの帯が先週より下がりました",
        "The health band fell since last week",
        severity="medium",
    ),
    "champion_risk": _rule(
        ("推進役の離脱", "Champion at risk"),
        "champion_silent_days >= 14 or (active_admins_28d == 0 and change(active_admins_28d, 4) < 0)"
        " or (top_user_share_28d >= 0.8 and active_users_28d >= 3)",
        "推進役(最も使っていた人・管理者)が使わなくなったか、利用が一人に集中しています",
        "The champion (most active member or the admin) went quiet, or use rests on one person",
        severity="high",
    ),
    "renewal_risk": _rule(
        ("更新リスク", "Renewal at risk"),
        "days_to_renewal <= 90 and (band == \"bad\" or change(score, 4) <= -10)",
        "90日以内に更新を迎えるのに、スコアが低いか下がっています",
        "Renewal within 90 days while the score is Bad or falling",
        severity="high",
        cooldown_days=60,
    ),
    "upsell_opportunity": _rule(
        ("アップセルの好機", "Upsell opportunity"),
        "seat_utilization > 0.9 and band == \"good\"",
        "契約席数の9割超を使っていて健全です(アップセルの好機)",
        "More than 90% of the seats in use and healthy: an upsell opportunity",
        severity="low",
        cooldown_days=90,
    ),
    "trial_at_risk": _rule(
        ("トライアルの停滞", "Trial at risk"),
        "status == \"trial\" and trial_days >= 3 and trial_days <= 21 and trial_invites == 0",
        "トライアル開始から3日以上、メンバーを招待していません",
        "Three or more days into the trial and nobody has been invited",
        severity="medium",
        route="digital",
        cooldown_days=30,
    ),
}


SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2}
Route = Literal["human", "digital"]


class Destination(_Strict):
    """Where alerts (and the digital-route segment) go. Secrets come from the environment (`*_env`)."""

    kind: Literal["slack", "email", "webhook", "csv", "sql"]
    routes: list[Route] = Field(default_factory=lambda: list[Route](["human"]), description="which alerts it receives")
    min_severity: Literal["low", "medium", "high"] = "low"
    url: str | None = Field(None, description="slack/webhook: the URL (or url_env)")
    url_env: str | None = Field(None, description="environment variable holding the URL (or a SQL URL for sql)")
    secret_env: str | None = Field(None, description="webhook: environment variable holding the HMAC secret")
    smtp_host: str | None = None
    smtp_port: int = Field(587, ge=1, le=65535)
    starttls: bool = True
    tls_cafile: str | None = Field(None, description="email: CA file for a private mail server's certificate")
    username_env: str | None = None
    password_env: str | None = None
    sender: str | None = Field(None, description="email: the From address")
    to: list[str] = Field(default_factory=list, description="email: recipients of every alert")
    owners: dict[str, str] = Field(default_factory=dict, description="email: CSM name -> address, for their alerts")
    digest: bool = Field(False, description="email: one daily mail per CSM with their worklist instead of one per alert")
    overdue_tasks: bool = Field(False, description="slack/email/webhook: also a reminder for each overdue task")
    path: str | None = Field(None, description="csv: file the digital segment is written to (relative: workspace)")
    table: str = Field("banso_segment_membership", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$",
                       description="sql: table the digital segment is written to")

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None, info: ValidationInfo) -> str | None:
        if url is not None and info.data.get("kind") in ("slack", "webhook"):  # a sql destination's is a database's
            check_web_address(url)
        return url

    @model_validator(mode="after")
    def _complete(self) -> Destination:
        need = {"slack": ("url or url_env", self.url or self.url_env),
                "webhook": ("url or url_env", self.url or self.url_env),
                "email": ("smtp_host and sender", self.smtp_host and self.sender),
                "csv": ("path", self.path), "sql": ("url or url_env", self.url or self.url_env)}[self.kind]
        if not need[1]:
            raise ValueError(f"a {self.kind} destination needs {need[0]}")
        if self.kind == "email" and not (self.to or self.owners):
            raise ValueError("an email destination needs `to` addresses or an `owners` map")
        if self.digest and (self.kind != "email" or not self.owners):
            raise ValueError("a digest is an email destination with an `owners` map (CSM name -> address)")
        return self

    def accepts(self, route: str, severity: str) -> bool:
        return route in self.routes and SEVERITY_ORDER.get(severity, 0) >= SEVERITY_ORDER[self.min_severity]


class SignalsConfig(_Strict):
    rules: dict[str, Rule] = Field(default_factory=lambda: dict(BUILTIN_RULES))
    invite_events: list[str] = Field(default_factory=lambda: ["user_invited"],
                                     description="events that count as inviting a member (trial_invites)")
    capacity_per_csm: int = Field(10, ge=1, description="accounts a CSM can touch per week (the worklist's length)")
    data_quality: DataQuality = Field(default_factory=DataQuality)  # type: ignore[arg-type]
    destinations: dict[str, Destination] = Field(default_factory=dict,
                                                 description="notification and export destinations by name")
    base_url: str | None = Field(None, description="the web app's address, for links in notifications")

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
