"""What the pages (and their JSON twins) read: every result typed, every missing value None.

Pages are seen at one date: the latest health snapshot, or, before the first one, the Monday after
the last event (`as_of`). The accounts facts table — one row per account with its CRM fields,
members, current score and metrics at that date — is built once per data version, and the overview,
the accounts list and the renewals are small computations over it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from banso.workspace.report_ops import ReportOps
from banso.workspace.signal_ops import SignalOps

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pandas as pd

    from banso.analysis.account_list import AccountList, MetricChoice, SegmentBuilder
    from banso.analysis.account_page import AccountPage
    from banso.analysis.overview import Overview
    from banso.analysis.renewals import Renewals
    from banso.analysis.retention import Retention
    from banso.analysis.user_log import UserPage
    from banso.appstate.auth import User
    from banso.config.segment import SegmentSpec


class PageReads(ReportOps, SignalOps):
    def as_of(self) -> date | None:
        """The date every page is seen at: the latest health snapshot, else after the last event."""
        from banso.analysis.account_list import default_as_of

        def compute() -> date | None:
            latest = self.latest_as_of()
            if latest is not None:
                return latest
            with self.lock:
                return default_as_of(self.store)

        return self.reads.get("as_of", compute)

    def facts(self) -> pd.DataFrame:
        """The accounts facts table at `as_of()` (see `banso.analysis.account_list.account_facts`), with each
        account's lifecycle phase (`banso.analysis.lifecycle`)."""
        # seconds at the design scale: on a working connection, so pages that have what they need
        # (an account already seen, a cached report) keep answering meanwhile
        return self.reads.get("facts", lambda: self._compute_facts(None))

    def page_facts(self, account_id: str) -> dict[str, Any] | None:
        """What the account page reads of its account's row of the facts table (None: no such account).

        Until the whole table is ready for the current data (after a load or a score it takes seconds at
        the design scale), the row is computed for that account alone, with the metrics the page and the
        lifecycle phases read: the same values, so the page opened from the CRM does not wait for the
        whole portfolio.
        """
        from banso.values import records

        if self.reads.has("facts"):
            facts = self.facts()
            rows = records(facts[facts["account_id"] == account_id])
        else:
            rows = self.reads.per_account("page_facts", account_id,
                                          lambda: records(self._compute_facts([account_id])))
        return rows[0] if rows else None

    def _compute_facts(self, accounts: list[str] | None) -> pd.DataFrame:
        """The facts table (`accounts` given: their rows, with only the metrics the page and the phases read)."""
        from banso.analysis.account_list import ACTIVE_RATE_METRIC, account_facts
        from banso.analysis.lifecycle import names_read, with_phases
        from banso.metrics import all_metrics, compute_metrics

        as_of = self.as_of() or date.today()
        scores = self.current_scores()
        names = None
        if accounts is not None:
            names = sorted((names_read(self.config) | {ACTIVE_RATE_METRIC}) & set(all_metrics(self.config)))
        with self.working_store() as store:
            metrics = store.execute(compute_metrics(store, self.config, as_of, names, accounts=accounts))
            facts = account_facts(store, as_of, metrics=metrics, health=scores, accounts=accounts)
            return with_phases(store, self.config, facts, as_of, accounts)

    def _facts_table(self) -> ir.Table:
        import ibis

        return self.reads.get("facts_table", lambda: ibis.memtable(self.facts()))

    def metric_names(self) -> list[str]:
        """The metrics computed for the facts table (what segments may filter and sort on)."""
        from banso.analysis.account_list import metric_names

        return metric_names(self.facts())

    def declared_metrics(self) -> list[str]:
        """Every metric of the workspace by name (built-in and declared), without computing any."""
        from banso.metrics import list_metrics

        return [m.name for m in list_metrics(self.config)]

    def metric_choices(self, language: str = "en") -> list[MetricChoice]:
        """The metrics computed for the facts table, each named for people in `language`, in the order of those
        names: what the segment builder filters on, the accounts list shows as columns and Insights and Threshold
        help measure."""
        from banso.analysis.account_list import MetricChoice
        from banso.metrics import list_metrics

        computed, labels = set(self.metric_names()), self.metric_labels(language)
        choices = [MetricChoice(m.name, labels.get(m.name, m.name), m.description, m.share)
                   for m in list_metrics(self.config) if m.name in computed]
        return sorted(choices, key=lambda c: c.label.casefold())  # a picker is read by its labels, not the keys

    def segment_builder(self, language: str = "en") -> SegmentBuilder:
        """The values each list filter of the segment builder offers, and the metrics it filters on."""
        from banso.analysis.account_list import SegmentBuilder

        facts = self.facts()

        def distinct(column: str) -> list[str]:
            return sorted(str(v) for v in facts[column].dropna().unique())

        return SegmentBuilder(
            options={"tier": distinct("tier"), "plan": distinct("plan"), "owner": distinct("owner"),
                     "status": ["trial", "active", "churned"], "band": ["good", "normal", "bad", "none"],
                     "phase": [p.name for p in self.config.lifecycle.phases]},
            metrics=self.metric_choices(language))

    def touchpoint_kinds(self) -> list[str]:
        """The kinds of touchpoint the store holds (tickets, meetings, seminars, …)."""

        def compute() -> list[str]:
            with self.lock:
                tp = self.store.table("touchpoints")
                return sorted(str(k) for k in self.store.execute(tp.select("kind").distinct())["kind"].dropna())

        return self.reads.get("touchpoint_kinds", compute)

    def onboarding_milestones(self, language: str = "en") -> dict[str, str]:
        """The onboarding milestones of banso.yaml: their name in `language` -> the event that reaches it."""
        from banso.config.web import milestone_events

        return milestone_events(self.config.onboarding, language)

    def parse_segment(self, params: Any) -> SegmentSpec:
        """Query parameters (each a value or a list) as a segment over this workspace's metrics."""
        from banso.config.segment import parse_segment

        return parse_segment(params, metrics=self.metric_names())

    def checked_segment(self, spec: SegmentSpec) -> SegmentSpec:
        """A segment sent as JSON, checked against this workspace's metrics."""
        from banso.config.segment import segment_from_json

        return segment_from_json(spec.model_dump(), metrics=self.metric_names())

    # -- pages -------------------------------------------------------------------------------
    def overview_ready(self) -> bool:
        """Whether the overview's figures are computed for the current data (the facts table is the cost)."""
        return self.reads.has("facts")

    def overview(self, *, language: str = "en") -> Overview:
        """The portfolio at `as_of`: figures, bands over time, band changes, alerts to act on, GRR and NRR."""
        from banso.analysis.overview import alert_summary, overview, revenue_summary
        from banso.analysis.reports import RevenueSpec
        from banso.errors import UnavailableError

        try:
            revenue, note = revenue_summary(self.report(RevenueSpec())), None
        except UnavailableError as exc:  # no revenue loaded yet: the card says how to load it
            revenue, note = None, str(exc)
        alerts = alert_summary(self.alert_inbox(language=language, status="active", limit=0, choices=False),
                               self.alert_inbox(language=language, status="open", limit=8, choices=False))
        return overview(self.facts(), self.as_of(), self.composition(), self.band_changes(),
                        bands=self.thresholds(), alerts=alerts, revenue=revenue, revenue_note=note,
                        complete_from=self.coverage().complete_from if self.has_snapshots() else None,
                        joined=self.metrics_joined(language))

    def accounts(self, spec: SegmentSpec, *, sort: str = "mrr", descending: bool = True, page: int = 1,
                 per_page: int = 50) -> AccountList:
        """A page of the accounts list: the segment's rows sorted, and what the whole segment adds up to."""
        from dataclasses import replace

        from banso.analysis.account_list import account_list

        facts, names, as_of = self._facts_table(), self.metric_names(), self.as_of()
        with self.lock:
            found = account_list(self.store, facts, spec, as_of=as_of, sort=sort, descending=descending, page=page,
                                 per_page=per_page, metrics=names)
        now = self.current_scores_now()
        rows = [replace(r, current=now.get(r.account_id)) for r in found.rows]
        return replace(found, rows=rows)

    def account_rows(self, spec: SegmentSpec, *, sort: str = "mrr", descending: bool = True) -> pd.DataFrame:
        """Every row of a segment in list order (the CSV export)."""
        from banso.analysis.account_list import all_rows, checked_sort

        key = checked_sort(sort, self.metric_names())
        facts = self._facts_table()
        with self.lock:
            return all_rows(self.store, facts, spec, sort=key, descending=descending)

    def account_page(self, account_id: str, *, language: str, emails: int | None = None,
                     touchpoint_kind: str | None = None) -> AccountPage:
        """One account whole: header, health and why, members, activity, onboarding, timeline, alerts."""
        from dataclasses import replace
        from zoneinfo import ZoneInfo

        from banso import i18n
        from banso.analysis.account_page import HealthInputs, account_page, began_before
        from banso.values import as_float, or_none

        as_of = self.as_of() or date.today()
        account_id = self.account_id(account_id)
        found = self.page_facts(account_id)
        good, bad = self.thresholds()
        history = self.account_history(account_id)
        health = None
        if (found is not None and found.get("score") is not None) or history is not None:
            health = HealthInputs(score=as_float(found.get("score")) if found else None,
                                  band=or_none(found.get("band")) if found else None,
                                  trend=as_float(found.get("trend")) if found else None,
                                  history=history, explanation=self.account_explanation(account_id, as_of, language),
                                  good=good, bad=bad, complete_from=self.coverage().complete_from,
                                  joined=self.account_metrics_joined(account_id, language))
        with self.lock, i18n.using(language, self.config.currency, self.config.timezone):
            page = account_page(self.store, self.config, as_of, account_id, found, health, emails=emails,
                                touchpoint_kind=touchpoint_kind)
        since = self.alerts_since()
        churned = page.header.churned_at
        return replace(page, alerts=self.account_alerts(page.header.account_id, language), alerts_available=True,
                       alerts_since=since, churned_before_alerts=since is not None and churned is not None
                       and churned.astimezone(ZoneInfo(self.config.timezone)).date() < since,
                       current=self.current_score(page.header.account_id),
                       records_from=began_before(page.header, self.coverage().first_event))

    def account_id(self, asked: str) -> str:
        """The id of the account `asked` names. Ids are the CRM's strings, kept exactly as loaded; a URL or a
        search may write one in another case (`a000123` for `A000123`). An account with exactly that id wins;
        else the one whose id differs only in case; NotFoundError when there is none, or several (the CRM
        told them apart by case, so banso names them rather than guess)."""
        from banso.errors import NotFoundError
        from banso.i18n import N_

        ids = self._account_keys()["account_id"]
        if (ids == asked).any():
            return asked
        same = sorted(str(i) for i in ids[ids.str.lower() == asked.lower()])
        if len(same) == 1:
            return same[0]
        if same:
            raise NotFoundError(N_("no account with id %(id)s; ids that differ from it only in case: %(ids)s"),
                                id=repr(asked), ids=", ".join(same))
        raise NotFoundError(N_("no account with id %(id)s"), id=repr(asked))

    def _account_keys(self) -> pd.DataFrame:
        """Every account's id and CRM owner, read from the accounts alone: what the account page needs of the
        whole portfolio (a URL's id to look up, the owners its work panel offers) before the facts table is ready."""

        def compute() -> pd.DataFrame:
            with self.lock:
                accounts = self.store.table("accounts")
                keys = self.store.execute(accounts.select("account_id", "owner"))
            keys["account_id"] = keys["account_id"].astype(str)
            return keys

        return self.reads.get("account_keys", compute)

    def crm_owners(self) -> list[str]:
        """The owners the CRM names on accounts (who an account or a task may be handed to, beside the team's
        members)."""
        return sorted({str(o) for o in self._account_keys()["owner"].dropna()})

    def user_page(self, user_id: str, *, event: str | None = None, page: int = 1, per_page: int = 50) -> UserPage:
        from banso.analysis.user_log import user_page

        with self.lock:
            return user_page(self.store, user_id, event=event, page=page, per_page=per_page)

    def renewals(self, *, days: int = 90, flag: str | None = None, language: str, mine_of: User | None = None,
                 page: int = 1, per_page: int = 50) -> Renewals:
        """Accounts renewing within `days`, with a risk or upsell flag and why (in `language`), a page at a time;
        `mine_of` keeps the accounts that person owns (`owner_names`)."""
        from banso import i18n
        from banso.analysis.renewals import renewal_list

        owners = self.owner_names(mine_of) if mine_of is not None else None
        with i18n.using(language, self.config.currency, self.config.timezone):
            return renewal_list(self.facts(), self.as_of(), days, flag, owners=owners, page=page, per_page=per_page)

    def retention(self, *, weeks: int = 12, cohort_from: date | None = None, cohort_to: date | None = None,
                  split: date | None = None, language: str) -> Retention:
        """The trial-cohort retention matrix of DESIGN.md, and the before/after comparison at `split`."""
        from banso import i18n
        from banso.analysis.retention import cohort_range, retention, retention_matrix

        as_of = self.as_of() or date.today()
        first, last = cohort_range(as_of, cohort_from, cohort_to)

        def compute() -> Any:
            with self.working_store() as store:
                return retention_matrix(store, self.config, as_of, weeks=weeks, cohort_from=first, cohort_to=last)

        matrix = self.reads.get(("retention", weeks, first, last), compute) if first <= last else None
        with i18n.using(language, self.config.currency, self.config.timezone):
            return retention(self.store, self.config, as_of, weeks=weeks, cohort_from=first, cohort_to=last,
                             split=split, matrix=matrix)
