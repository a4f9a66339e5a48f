"""Insights through the facade: a spec run by its runner, cached per data version, and who a figure counts.

Saved segments named in a spec (`SegmentChoice.saved`) are resolved here, for the person asking
(None: the operator at the command line, who sees every segment), so a runner only ever sees filters.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from banso.workspace.delegate import handed_over
from banso.workspace.page_reads import PageReads
from banso.workspace.report_ops import ReportOps
from banso.workspace.segment_ops import SegmentOps

if TYPE_CHECKING:
    from banso.analysis.insights.actor_list import ActorList
    from banso.analysis.insights.groups import SegmentChoice
    from banso.analysis.insights.query import Spec
    from banso.analysis.reports import ReportSpec, RunContext
    from banso.analysis.reports.kpi_tree import KpiTree
    from banso.analysis.reports.onboarding import OnboardingResult, OnboardingSpec
    from banso.analysis.reports.thresholds import ThresholdResult, ThresholdSpec
    from banso.appstate.auth import User
    from banso.store import Store


class InsightOps(PageReads, ReportOps, SegmentOps):
    @handed_over()
    def insight(self, spec: ReportSpec, user: User | None = None) -> Any:
        """Run an insight (`banso.analysis.insights`): the same result for the page, the API and `banso insight`."""
        from banso.analysis.insights import insight_for

        spec = self.resolved_insight(spec, user)
        runner = insight_for(spec)

        def compute() -> Any:
            with self.working_store() as store:
                return runner.run(self.insight_context(store), spec)

        return self.reads.get(("insight", spec.kind, spec.model_dump_json()), compute)

    @handed_over()
    def retention_cell(self, spec: ReportSpec, *, cohort: date, k: int, segment: int = 0, group: str = "all",
                       user: User | None = None) -> ActorList:
        """The actors one retention cell counts, with their accounts (at most 1,000, in id order)."""
        from banso.analysis.insights.actor_list import actor_list
        from banso.analysis.insights.retention import Retention, RetentionResult

        result: RetentionResult = self.insight(spec, user)
        values = self._group_values(result.groups, segment, group)
        with self.working_store() as store:
            found = Retention().actors(self.insight_context(store), result.spec, cohort=cohort, k=k, segment=segment,
                                       values=values)
        users = self._user_accounts(found.actors) if result.spec.actor == "user" else None
        return actor_list(self.facts(), users, found.actors, found.total, result.spec.actor)

    @handed_over()
    def funnel_dropped(self, spec: ReportSpec, *, step: int, segment: int = 0, group: str = "all",
                       user: User | None = None) -> ActorList:
        """The actors that reached the step before `step` and not `step` (step 1: all who entered)."""
        from banso.analysis.insights.actor_list import actor_list
        from banso.analysis.insights.funnel import Funnel, FunnelResult, no_step

        result: FunnelResult = self.insight(spec, user)
        if not 1 <= step <= len(result.spec.steps):
            raise no_step(step, len(result.spec.steps))
        values = self._group_values(result.series, segment, group)
        with self.working_store() as store:
            found = Funnel().dropped(self.insight_context(store), result.spec, step=step, segment=segment,
                                     values=values)
        users = self._user_accounts(found.actors) if result.spec.actor == "user" else None
        return actor_list(self.facts(), users, found.actors, found.total, result.spec.actor)

    @handed_over()
    def onboarding(self, spec: OnboardingSpec) -> OnboardingResult:
        """The onboarding view (`banso.analysis.reports.onboarding`), seen at the date pages are seen at."""
        if spec.as_of is None:
            spec = spec.model_copy(update={"as_of": self.as_of()})
        return self.report(spec)  # type: ignore[no-any-return]

    @handed_over()
    def kpi_tree(self) -> KpiTree:
        """The KPI tree (`banso.analysis.reports.kpi_tree`), seen at the date pages are seen at."""
        from banso.analysis.reports.kpi_tree import KpiTreeSpec

        return self.report(KpiTreeSpec(as_of=self.as_of()))  # type: ignore[no-any-return]

    @handed_over()
    def threshold_help(self, spec: ThresholdSpec) -> ThresholdResult:
        """A metric's distribution by later outcome, and the value that best separates them (threshold help)."""
        if spec.as_of is None:
            spec = spec.model_copy(update={"as_of": self.as_of()})
        return self.report(spec)  # type: ignore[no-any-return]

    def parse_insight(self, params: Any) -> Spec:
        """Query parameters (each a value or a list) as an insight's spec (`banso.analysis.insights.query`)."""
        from banso.analysis.insights.query import spec_from_query

        return self._tracked_events(spec_from_query(params))

    def event_names(self) -> list[str]:
        """The event names the store holds, most frequent first (what the builder offers)."""

        def compute() -> list[str]:
            ev = self.store.table("events")
            with self.lock:
                counts = ev.group_by("event").agg(n=ev.count())
                frame = self.store.execute(counts.order_by(counts.n.desc(), counts.event).limit(500))
            return [str(e) for e in frame["event"]]

        return self.reads.get("event_names", compute)  # type: ignore[no-any-return]

    # -- parts -----------------------------------------------------------------------------------
    @staticmethod
    def _group_values(series: Any, segment: int, group: str) -> list[str | None]:
        """The raw breakdown values of one group of one segment (series are ordered by segment); NotFoundError
        when the insight has no such figure."""
        from banso.errors import NotFoundError
        from banso.i18n import N_

        names = list(dict.fromkeys(s.segment for s in series))
        if not names:
            raise NotFoundError(N_("this insight counts nobody in its range: there is no figure to open"))
        if not 0 <= segment < len(names):
            raise NotFoundError(N_("segment %(segment)s does not exist; use 0 to %(last)s"), segment=segment,
                                last=len(names) - 1)
        for s in series:
            if s.segment == names[segment] and s.group == group:
                return list(s.values)
        shown = sorted({s.group for s in series if s.segment == names[segment]})
        raise NotFoundError(N_("no group %(group)s; the groups are: %(groups)s"), group=repr(group),
                            groups=", ".join(shown))

    def insight_context(self, store: Store | None = None) -> RunContext:
        """What insight runners read: the store (or `store`, a working connection), the configuration, the date
        pages are seen at, the facts table."""
        from banso.analysis.reports import RunContext

        return RunContext(store or self.store, self.config, None, lambda: None, as_of=self.as_of(),
                          accounts=self._facts_table)

    def resolved_insight(self, spec: ReportSpec, user: User | None) -> ReportSpec:
        """The spec with each saved segment replaced by its filters (and named after it), and each event written
        by its name for people named as tracked."""
        spec = self._tracked_events(spec)
        segments: tuple[SegmentChoice, ...] = getattr(spec, "segments", ())
        if not segments:
            return spec
        resolved = tuple(self._resolved(s, user) for s in segments)
        return spec.model_copy(update={"segments": resolved})

    def _tracked_events(self, spec: Any) -> Any:
        """`spec` with each event written by its name for people (`events.labels`, either language: a person may
        type 課題の作成 in a funnel step) named as the product tracks it."""
        from banso.analysis.insights.events import by_tracked_names

        named = self.config.events.named_by_labels()
        if named:  # a name the product tracks means that event, whatever label another event was given
            tracked = set(self.event_names())
            named = {label: event for label, event in named.items() if label not in tracked}
        if not named:
            return spec
        update: dict[str, Any] = {}
        for field in ("event", "start", "returns"):
            if getattr(spec, field, None) is not None:
                update[field] = by_tracked_names(getattr(spec, field), named)
        if hasattr(spec, "steps"):
            update["steps"] = tuple(by_tracked_names(step, named) for step in spec.steps)
        return spec.model_copy(update=update) if update else spec

    def _resolved(self, choice: SegmentChoice, user: User | None) -> SegmentChoice:
        if choice.saved is None:
            return replace_choice(choice, filters=self.checked_segment(choice.filters))
        if user is None:
            from banso.appstate.segments import SavedSegment
            from banso.errors import NotFoundError
            from banso.i18n import N_

            with self.app_state.session() as s:
                row = s.get(SavedSegment, choice.saved)
                if row is None:
                    raise NotFoundError(N_("no saved segment with id %(id)s"), id=choice.saved)
                name, spec = row.name, row.spec
        else:
            saved = self.saved_segment(choice.saved, user)
            name, spec = saved.name, saved.spec
        return replace_choice(choice, label=choice.label or name, saved=None, filters=self.checked_segment(spec))

    def _user_accounts(self, users: list[str]) -> dict[str, str]:
        """Each user's first account by membership (to show beside the user)."""
        mem = self.store.table("memberships")
        with self.lock:
            frame = self.store.execute(mem.filter(mem.user_id.isin(users)).group_by("user_id").agg(
                account_id=mem.account_id.argmin(mem.joined_at)))
        return {str(u): str(a) for u, a in zip(frame["user_id"], frame["account_id"], strict=True)}


def replace_choice(choice: SegmentChoice, **changes: Any) -> SegmentChoice:
    return choice.model_copy(update=changes)

