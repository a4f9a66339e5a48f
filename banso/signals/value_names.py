"""What an alert's reason calls the values its rule read, in the reason's language.

A rule reads names (`events_7d`, `days_to_renewal`) and functions of a metric over weeks
(`baseline(events_7d, 8)`); the alert keeps them so in its details, for programs. The reason a CSM
reads in the inbox, in a mail or in the CRM names them as the pages do — a metric by its label, the
account's own facts in words, a function as a phrase — and gives a band or a status in the reason's
language: 「7日間のイベント数の平常値(8週平均) = 1,620」 for `baseline(events_7d, 8) = 1620`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from banso.config.health import BANDS
from banso.config.models import WorkspaceConfig
from banso.health.api import metric_labels
from banso.i18n import translations
from banso.metrics.catalog import list_metrics

# The account's own facts a rule may read (`banso.signals.frame.BASE_COLUMNS`), in (ja, en).
BASE_NAMES: dict[str, tuple[str, str]] = {
    "account_id": ("アカウントID", "account id"),
    "name": ("アカウント名", "account name"),
    "tier": ("ティア", "tier"),
    "plan": ("プラン", "plan"),
    "mrr": ("MRR", "MRR"),
    "owner": ("担当CSM", "owner"),
    "status": ("状態", "status"),
    "days_to_renewal": ("更新までの日数", "days to renewal"),
    "trial_days": ("トライアル開始からの日数", "days into the trial"),
    "days_since_contract": ("契約開始からの日数", "days since the contract began"),
    "score": ("スコア", "score"),
    "band": ("ヘルス帯", "band"),
    "previous_band": ("先週のヘルス帯", "last week's band"),
    "trial_invites": ("トライアル中の招待数", "invitations in the trial"),
    "champion_silent_days": ("推進役が使っていない日数", "days the champion has been quiet"),
}

# What the workspace-wide data-quality checks read (`banso.signals.data_quality`), in (ja, en).
CHECK_NAMES: dict[str, tuple[str, str]] = {
    "events_last_7d": ("直近7日のイベント数", "events in the last 7 days"),
    "weekly_mean_4w": ("その前4週の週平均", "weekly mean of the 4 weeks before"),
    "share_without_account": ("アカウント不明の割合", "share without an account"),
}
_CHECK_SHARES = ("share_without_account",)

# Values read as words, in the catalogue's words the pages use: a band (`Bad` → 要注意) or a status (`trial`).
_BANDS = ("band", "previous_band")
_STATUSES = ("trial", "active", "churned")

_CALL = re.compile(r"^(change|ratio|baseline)\((\w+), (\d+)\)$")


class ValueNames:
    """Names for the values of one workspace's rules, in both languages (metric labels read once)."""

    def __init__(self, config: WorkspaceConfig):
        self._metrics = {language: metric_labels(config, language) for language in ("ja", "en")}
        self._shares = {m.name for m in list_metrics(config) if m.share}  # read as percents, as the pages show them

    def shown(self, values: Mapping[str, Any], language: str) -> str:
        """`name = value` for each value read, joined as the language joins a list."""
        parts = [f"{self.name(k, language)} = {self._value(k, v, language)}" for k, v in values.items()]
        return ("、" if language == "ja" else ", ").join(parts)

    def name(self, key: str, language: str) -> str:
        """A name the rule read, or `fn(metric, weeks)`, for people."""
        call = _CALL.match(key)
        if call is None:
            return self._plain(key, language)
        fn, metric, weeks = call.group(1), self._plain(call.group(2), language), int(call.group(3))
        if language == "ja":
            return {"change": f"{metric}の{weeks}週間の変化", "ratio": f"{metric}の{weeks}週前比",
                    "baseline": f"{metric}の平常値({weeks}週平均)"}[fn]
        span = f"{weeks} week" + ("s" if weeks != 1 else "")
        return {"change": f"change in {metric} over {span}", "ratio": f"{metric} against {span} before",
                "baseline": f"{metric}, normal ({weeks}-week mean)"}[fn]

    def _plain(self, key: str, language: str) -> str:
        named = BASE_NAMES.get(key) or CHECK_NAMES.get(key)
        if named is not None:
            return named[0] if language == "ja" else named[1]
        return self._metrics["ja" if language == "ja" else "en"].get(key, key)

    def _value(self, key: str, value: Any, language: str) -> str:
        word = translations(language).gettext
        if key in _BANDS and value in BANDS:
            return word(str(value).capitalize())
        if key == "status" and value in _STATUSES:
            return word(str(value))
        if (key in self._shares or key in _CHECK_SHARES) and isinstance(value, float):
            return f"{100 * value:.0f}%"
        return _number(value)


def _number(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}".replace("-", "−")
    if isinstance(v, float):
        text = f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}".rstrip("0").rstrip(".")
        return text.replace("-", "−")  # the minus sign every page writes
    return str(v)
