"""The one cooldown rule: when a rule firing again on an account raises no new alert.

A firing is held back while the rule's previous alert for the account is still active (open,
acknowledged or snoozed: someone is on it), and for `cooldown_days` after that alert's date (at
least one day: the same date evaluated twice raises nothing new). `banso alerts run` applies it to
the alerts it records; the backtest applies it to a replay, where no alert is ever still active
(a replay has no one working the alerts), so there only the days count.

>>> from datetime import date
>>> holds_back(date(2026, 11, 2), date(2026, 11, 16), cooldown_days=28)
True
>>> holds_back(date(2026, 10, 5), date(2026, 11, 16), cooldown_days=28)
False
>>> holds_back(date(2026, 10, 5), date(2026, 11, 16), cooldown_days=28, still_active=True)
True
"""

from __future__ import annotations

from datetime import date

from banso.config.models import WorkspaceConfig

DEFAULT_COOLDOWN_DAYS = 7  # for checks that are not rules of banso.yaml (the data-quality checks)


def cooldown_days(config: WorkspaceConfig) -> dict[str, int]:
    """Each configured rule's cooldown; other rule names fall back to `DEFAULT_COOLDOWN_DAYS`."""
    return {name: r.cooldown_days for name, r in config.signals.rules.items()}


def holds_back(last_day: date | None, day: date, cooldown_days: int, *, still_active: bool = False) -> bool:
    """Whether a firing at `day` is held back by the previous alert of `last_day`."""
    if last_day is None:
        return False
    if still_active:
        return True
    return (day - last_day).days < max(cooldown_days, 1)
