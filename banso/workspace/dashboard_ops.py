"""Saved insights and dashboards through the facade: keep a question, share it, pin it beside others.

Specs are validated before they are stored and again when they are read back (a stored spec from an
older banso that no longer validates says so instead of running).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banso.i18n import N_
from banso.workspace.insight_ops import InsightOps

if TYPE_CHECKING:
    from banso.analysis.insights.query import Spec
    from banso.analysis.insights.saved import DashboardInfo, DashboardView, SavedInsightView
    from banso.appstate.auth import User
    from banso.appstate.insights import Dashboard, SavedInsight


class DashboardOps(InsightOps):
    # -- saved insights --------------------------------------------------------------------------
    def saved_insights(self, user: User) -> list[SavedInsightView]:
        """The user's own insights and those others shared, by name."""
        from banso.appstate.insights import visible_insights

        with self.app_state.session() as s:
            return [_view(r) for r in visible_insights(s, user)]

    def saved_insight(self, insight_id: int, user: User) -> SavedInsightView:
        from banso.appstate.insights import get_insight

        with self.app_state.session() as s:
            return _view(get_insight(s, insight_id, user))

    def save_insight(self, user: User, name: str, spec: Spec, *, shared: bool = False) -> SavedInsightView:
        """Keep an insight under a name (csm or admin); its saved segments must be ones the user may see."""
        from banso.appstate.insights import save_insight

        self.resolved_insight(spec, user)
        with self.app_state.session() as s:
            return _view(save_insight(s, user, name, spec.kind, spec.model_dump_json(), shared=shared))

    def update_insight(self, insight_id: int, user: User, *, name: str | None = None, spec: Spec | None = None,
                       shared: bool | None = None) -> SavedInsightView:
        """Rename, change or (un)share an insight (its owner or an admin)."""
        from banso.appstate.insights import update_insight

        if spec is not None:
            self.resolved_insight(spec, user)
        with self.app_state.session() as s:
            row = update_insight(s, insight_id, user, name=name, kind=spec.kind if spec else None,
                                 spec_json=spec.model_dump_json() if spec else None, shared=shared)
            return _view(row)

    def delete_insight(self, insight_id: int, user: User) -> None:
        from banso.appstate.insights import delete_insight

        with self.app_state.session() as s:
            delete_insight(s, insight_id, user)

    # -- dashboards ------------------------------------------------------------------------------
    def dashboards(self, user: User) -> list[DashboardInfo]:
        from banso.appstate.insights import dashboard_items, visible_dashboards

        with self.app_state.session() as s:
            return [_info(d, len(dashboard_items(s, d.id))) for d in visible_dashboards(s, user)]

    def dashboard(self, dashboard_id: int, user: User) -> DashboardView:
        """A dashboard with each pinned insight run (a tile that cannot run says why)."""
        from banso.analysis.insights.saved import DashboardTile, DashboardView
        from banso.appstate.insights import SavedInsight, dashboard_items, get_dashboard
        from banso.errors import BansoError

        with self.app_state.session() as s:
            board = get_dashboard(s, dashboard_id, user)
            # whoever may see a dashboard sees its tiles: its owner chose to show them together
            rows = [s.get(SavedInsight, item.insight_id) for item in dashboard_items(s, dashboard_id)]
            views = [_view(r) for r in rows if r is not None]
            head = (board.id, board.name, board.shared, board.owner_id)
        tiles = []
        for view in views:
            try:
                tiles.append(DashboardTile(insight=view, result=self.insight(view.spec, user), problem=None))
            except BansoError as exc:  # one tile that cannot run leaves the others standing
                tiles.append(DashboardTile(insight=view, result=None, problem=str(exc)))
        return DashboardView(id=head[0], name=head[1], shared=head[2], owner_id=head[3], tiles=tiles)

    def create_dashboard(self, user: User, name: str, *, shared: bool = False) -> DashboardInfo:
        from banso.appstate.insights import create_dashboard

        with self.app_state.session() as s:
            return _info(create_dashboard(s, user, name, shared=shared), 0)

    def update_dashboard(self, dashboard_id: int, user: User, *, name: str | None = None,
                         shared: bool | None = None) -> DashboardInfo:
        from banso.appstate.insights import dashboard_items, update_dashboard

        with self.app_state.session() as s:
            row = update_dashboard(s, dashboard_id, user, name=name, shared=shared)
            return _info(row, len(dashboard_items(s, dashboard_id)))

    def delete_dashboard(self, dashboard_id: int, user: User) -> None:
        from banso.appstate.insights import delete_dashboard

        with self.app_state.session() as s:
            delete_dashboard(s, dashboard_id, user)

    def pin_insight(self, dashboard_id: int, insight_id: int, user: User) -> None:
        """Add a saved insight to the end of a dashboard (its owner or an admin)."""
        from banso.appstate.insights import pin

        with self.app_state.session() as s:
            pin(s, dashboard_id, insight_id, user)

    def unpin_insight(self, dashboard_id: int, insight_id: int, user: User) -> None:
        from banso.appstate.insights import unpin

        with self.app_state.session() as s:
            unpin(s, dashboard_id, insight_id, user)


def parse_spec(text: str | bytes | Any) -> Spec:
    """A stored or sent spec, validated (InsightError naming the field when it is not one)."""
    from pydantic import ValidationError

    from banso.analysis.insights import SPEC_ADAPTER
    from banso.analysis.insights.events import InsightError, first_error

    try:
        if isinstance(text, str | bytes):
            return SPEC_ADAPTER.validate_json(text)  # type: ignore[no-any-return]
        return SPEC_ADAPTER.validate_python(text)  # type: ignore[no-any-return]
    except ValidationError as exc:
        raise InsightError(N_("not an insight: %(problem)s"), problem=first_error(exc)) from None


def _view(row: SavedInsight) -> SavedInsightView:
    from banso.analysis.insights.saved import SavedInsightView, insight_url

    spec = parse_spec(row.spec_json)
    return SavedInsightView(id=row.id, name=row.name, kind=row.kind, shared=row.shared, owner_id=row.owner_id,
                            spec=spec, url=insight_url(spec, row.id))


def _info(row: Dashboard, items: int) -> DashboardInfo:
    from banso.analysis.insights.saved import DashboardInfo

    return DashboardInfo(id=row.id, name=row.name, shared=row.shared, owner_id=row.owner_id, insights=items)
