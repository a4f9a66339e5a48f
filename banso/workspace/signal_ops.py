"""Indicator rules, alerts and where they go, through the facade (`banso alerts …`, the alerts pages)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from banso.i18n import N_
from banso.workspace.current_ops import CurrentOps
from banso.workspace.delegate import handed_over

if TYPE_CHECKING:
    from collections.abc import Callable

    from banso.appstate.auth import User
    from banso.metrics import MetricInfo
    from banso.notify.dispatch import DeliveryRound
    from banso.notify.exports import ExportResult
    from banso.signals.alerts import RunResult
    from banso.signals.backtest import Backtest
    from banso.signals.inbox import AlertInbox, AlertItem, Grouping
    from banso.signals.worklist import Worklists


class SignalOps(CurrentOps):
    def alerts_date(self, as_of: date | None = None) -> date:
        """`as_of`, or the date of the latest health snapshot (alerts read the snapshot of their date)."""
        from banso.errors import NotFoundError
        from banso.health import api

        with self.lock:
            day = as_of or api.latest_as_of(self.store, self.config)
        if day is None:
            raise NotFoundError(N_("no health snapshots yet; run `banso score --backfill 12` before `banso alerts run`"))
        return day

    @handed_over()
    def run_alerts(self, as_of: date | None = None) -> RunResult:
        """Evaluate every rule at a date and record new alerts (`banso alerts run`)."""
        from banso.notify.dispatch import queue_alerts
        from banso.signals.alerts import run

        day = self.alerts_date(as_of)
        with self.working_store() as store:
            result = run(store, self.app_state, self.config, day)
        queue_alerts(self.app_state, self.config)  # the outbox: `deliver_notifications` sends them
        return result

    @handed_over()
    def deliver_notifications(self) -> DeliveryRound:
        """Send the queued notifications that are due (`banso alerts deliver`); failures are retried later."""
        from banso.notify.dispatch import deliver

        return deliver(self.app_state, self.config)

    def queue_digests(self, day: date) -> int:
        """Queue each CSM's daily worklist mail for `day` (digest destinations); `deliver_notifications` sends it."""
        from banso.notify.dispatch import queue_digests

        return queue_digests(self.app_state, self.config, day.isoformat())

    def worklists(self, today: date | None = None) -> Worklists:
        """The one worklist (`banso.signals.worklist`): each CSM's accounts to touch and the automation list."""
        from banso.signals.worklist import worklists

        with self.app_state.session() as s:
            return worklists(s, today or date.today(), self.config.signals.capacity_per_csm)

    @handed_over()
    def export_segment(self) -> list[ExportResult]:
        """Write the digital-route segment (the worklists' automation list) and the playbooks' export segments
        (accounts whose playbook passed an export step) to the CSV and SQL destinations."""
        from banso.appstate.playbooks import exported
        from banso.notify.exports import export_segment

        with self.app_state.session() as s:
            extra: list[dict[str, object]] = [
                {"segment": segment, "account_id": e.account_id, "account_name": e.account_name, "owner": e.owner,
                 "rules": f"playbook:{e.playbook}"} for segment, e in exported(s)]
        return export_segment(self.config, self.root, self.worklists().automation, extra=extra)

    @handed_over()
    def backtest_alerts(self, start: date, end: date, horizon_days: int = 180, rules: list[str] | None = None,
                        progress: Callable[[int, int], None] | None = None) -> Backtest:
        """Replay the rules over history and score each as a churn warning (`banso alerts backtest`)."""
        from banso.signals.backtest import backtest

        with self.working_store() as store:
            return backtest(store, self.config, start, end, horizon_days=horizon_days, rules=rules,
                            progress=progress)

    def alert_inbox(self, *, language: str, status: str = "active", owner: str | None = None,
                    rule: str | None = None, account_id: str | None = None, route: str | None = None,
                    limit: int = 300, page: int = 1, group: Grouping = "alert", mine_of: User | None = None,
                    choices: bool = True) -> AlertInbox:
        """Alerts by priority with the MRR they put at stake (the alerts page, `banso alerts list`): a page of
        `limit` alerts, or of `limit` accounts with all their alerts; `mine_of` keeps that person's alerts."""
        from dataclasses import replace

        from banso.signals.inbox import inbox
        from banso.signals.rule_labels import rule_labels

        owners = self.owner_names(mine_of) if mine_of is not None else None
        labels = rule_labels(self.config, language)
        with self.app_state.session() as s:
            found = inbox(s, today=date.today(), language=language, labels=labels, status=status, owner=owner,
                          owners=owners,
                          rule=rule, account_id=account_id, route=route, limit=limit, page=page, group=group,
                          choices=choices)
        now = self.current_scores_now()

        def with_now(items: list[AlertItem]) -> list[AlertItem]:
            return [replace(a, now=now.get(a.account_id)) for a in items]

        return replace(found, alerts=with_now(found.alerts),
                       groups=[replace(g, alerts=with_now(g.alerts)) for g in found.groups])

    def owner_names(self, user: User) -> frozenset[str]:
        """The names a person goes by as an account owner in the CRM: their name, their email, and every
        CSM name an email destination's `owners` map sends to their address."""
        names = {user.email, *([user.name] if user.name else [])}
        for destination in self.config.signals.destinations.values():
            names |= {name for name, address in destination.owners.items() if address.lower() == user.email.lower()}
        return frozenset(names)

    def alerts_since(self) -> date | None:
        """The date of the first alert recorded in the workspace: before it, no alert could have been."""
        from sqlalchemy import func, select

        from banso.appstate.alerts import Alert

        with self.app_state.session() as s:
            return s.execute(select(func.min(Alert.as_of))).scalar_one_or_none()

    def account_alerts(self, account_id: str, language: str, limit: int = 20) -> list[AlertItem]:
        """One account's alerts, those still to act on first, newest first within a status."""
        order = {"open": 0, "acknowledged": 1, "snoozed": 2, "resolved": 3}
        found = self.alert_inbox(language=language, status="all", account_id=account_id, limit=limit, choices=False)
        return sorted(found.alerts, key=lambda a: (order.get(a.status, 4), -a.as_of.toordinal()))

    def acknowledge_alert(self, alert_id: int, comment: str, by: str | None) -> int:
        from banso.appstate.alerts import acknowledge

        with self.app_state.session() as s:
            return acknowledge(s, alert_id, comment, by).id

    def snooze_alert(self, alert_id: int, until: date, comment: str | None, by: str | None) -> date | None:
        """Snooze until a date; returns that date."""
        from banso.appstate.alerts import snooze

        with self.app_state.session() as s:
            return snooze(s, alert_id, until, date.today(), comment, by).snoozed_until

    def resolve_alert(self, alert_id: int, comment: str | None, by: str | None) -> int:
        from banso.appstate.alerts import resolve

        with self.app_state.session() as s:
            return resolve(s, alert_id, comment, by).id

    def rule_names(self) -> tuple[dict[str, str], list[MetricInfo], list[str]]:
        """What a rule can read: the frame's columns with their meaning, the metrics, the functions' usage."""
        from banso.config.rule_language import FUNCTIONS
        from banso.metrics import list_metrics
        from banso.signals.frame import BASE_COLUMNS

        return dict(BASE_COLUMNS), list_metrics(self.config), [usage for _, _, usage in FUNCTIONS.values()]
