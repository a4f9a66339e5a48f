"""Composition by segment and OKR targets through the facade: %Good − %Bad per group, against what was set.

The snapshot counts per group are computed once per data version; targets are read each time (an
admin may set one between two page views).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from banso.i18n import N_
from banso.workspace.dashboard_ops import DashboardOps
from banso.workspace.delegate import handed_over

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pandas as pd

    from banso.analysis.composition import Composition, TargetView
    from banso.appstate.auth import User


class OkrOps(DashboardOps):
    @handed_over()
    def composition_by(self, by: str = "all", segments: list[int] | None = None,
                       user: User | None = None, language: str = "en") -> Composition:
        """Good / Normal / Bad and the index per snapshot for each group of `by` (or each saved segment), with
        the warm-up weeks and the metrics that joined the score (named in `language`) the chart marks."""
        from banso.analysis.composition import BY, composition
        from banso.analysis.insights.events import InsightError

        if by not in BY:
            raise InsightError(N_("cannot group by %(by)s; use one of %(choices)s"), by=repr(by), choices=", ".join(BY))
        chosen = sorted(set(segments or []))
        if by == "segment" and not chosen:
            raise InsightError(N_("name the saved segments to compare (seg=ID, repeatable)"))
        names: dict[str, str] = {}
        order: list[str] | None = None
        groups: ir.Table | None = None
        if by == "segment":
            groups, names = self._segment_groups(chosen, user)
            order = list(names)
        points = self.reads.get(("composition", by, tuple(chosen)), lambda: self._points(by, groups))
        return composition(by, points, self.targets(), names, order, complete_from=self.coverage().complete_from,
                           joined=self.metrics_joined(language))

    def targets(self) -> list[TargetView]:
        """Every OKR target, by scope and period."""
        from banso.analysis.composition import TargetView
        from banso.appstate.targets import list_targets

        with self.app_state.session() as s:
            return [TargetView(id=t.id, scope=t.scope, period_start=t.period_start, period_end=t.period_end,
                               index=t.index_target, note=t.note) for t in list_targets(s)]

    def set_target(self, user: User | None, scope: str, start: date, end: date, index: float,
                   note: str = "") -> TargetView:
        """Set the index target of a scope for a period (admins; None: the operator at the command line)."""
        from banso.analysis.composition import TargetView
        from banso.appstate.targets import set_target

        with self.app_state.session() as s:
            t = set_target(s, user, scope, start, end, index, note)
            return TargetView(id=t.id, scope=t.scope, period_start=t.period_start, period_end=t.period_end,
                              index=t.index_target, note=t.note)

    def delete_target(self, target_id: int, user: User | None) -> None:
        from banso.appstate.targets import delete_target

        with self.app_state.session() as s:
            delete_target(s, target_id, user)

    # -- parts -----------------------------------------------------------------------------------
    def _points(self, by: str, groups: ir.Table | None) -> pd.DataFrame:
        import pandas as pd

        from banso.analysis.composition import group_points
        from banso.health.engine import ActiveModel
        from banso.health.read import snapshots

        if not self.has_snapshots():
            return pd.DataFrame({c: [] for c in ("group", "as_of", "good", "normal", "bad", "scored")})
        snaps = snapshots(self.store, ActiveModel.current(self.config).version)
        if groups is None and by != "all":
            if by == "phase":
                facts = self._facts_table()
                groups = facts.select("account_id", group=facts.phase.cast("string"))
            else:
                acc = self.store.table("accounts")
                groups = acc.select("account_id", group=acc[by].cast("string"))
            groups = groups.filter(groups.group.notnull())
        with self.lock:
            return self.store.execute(group_points(snaps, groups))

    def _segment_groups(self, ids: list[int], user: User | None) -> tuple[ir.Table, dict[str, str]]:
        """(account_id, group) for each saved segment, and each group's target scope (segment:ID)."""
        import ibis

        from banso.analysis.insights.groups import SegmentChoice
        from banso.analysis.segments import apply_segment

        facts = self._facts_table()
        names: dict[str, str] = {}
        parts = []
        for segment_id in ids:
            choice = self._resolved(SegmentChoice(saved=segment_id), user)
            name = choice.label or str(segment_id)
            names[name] = f"segment:{segment_id}"
            # over_time: the snapshots before an account churned count it as the customer it was then
            parts.append(apply_segment(facts, choice.filters, over_time=True).select("account_id",
                                                                                     group=ibis.literal(name)))
        out = parts[0]
        for part in parts[1:]:
            out = out.union(part)
        return out, names
