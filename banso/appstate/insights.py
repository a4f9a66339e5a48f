"""Saved insights and dashboards: an analyst's questions kept under a name, shared, and pinned side by side.

An insight is stored as the JSON of its validated spec (`banso.analysis.insights`); the workspace
validates it before saving and again each time it runs, so a stored row never holds anything but
field values. A dashboard is an ordered list of insights.

Who may do what, as for saved segments: everyone signed in sees their own and the shared ones; csm
and admin users create; only the owner (or an admin) renames, changes, shares, pins or deletes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.auth import AuthError, User
from banso.appstate.base import Base, utc_now
from banso.errors import NotAllowedError, NotFoundError, Phrase
from banso.i18n import N_


class SavedInsight(Base):
    __tablename__ = "saved_insights"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(32))
    spec_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Dashboard(Base):
    __tablename__ = "dashboards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class DashboardItem(Base):
    __tablename__ = "dashboard_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dashboard_id: Mapped[int] = mapped_column(ForeignKey("dashboards.id", ondelete="CASCADE"), index=True)
    insight_id: Mapped[int] = mapped_column(ForeignKey("saved_insights.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


def clean_name(name: str, what: str) -> str:
    value = " ".join(name.split())
    if not value:
        raise AuthError(N_("give the %(what)s a name"), what=Phrase(what))
    if len(value) > 120:
        raise AuthError(N_("the %(what)s's name may have at most 120 characters"), what=Phrase(what))
    return value


_WRITERS = {"insight": N_("viewers cannot save or change insights"),
            "dashboard": N_("viewers cannot save or change dashboards")}
_OWNERS = {"insight": N_("only the owner of an insight (or an admin) can change it"),
           "dashboard": N_("only the owner of a dashboard (or an admin) can change it")}


def _require_writer(user: User, what: str) -> None:
    if not user.can("csm"):
        raise NotAllowedError(_WRITERS[what])


def _require_owner(owner_id: int, user: User, what: str) -> None:
    if owner_id != user.id and not user.can("admin"):
        raise NotAllowedError(_OWNERS[what])


# -- insights ---------------------------------------------------------------------------------------
def visible_insights(session: Session, user: User) -> list[SavedInsight]:
    """The user's own insights and those others shared, by name."""
    query = select(SavedInsight).where(or_(SavedInsight.owner_id == user.id, SavedInsight.shared.is_(True)))
    return list(session.scalars(query.order_by(SavedInsight.name, SavedInsight.id)))


def get_insight(session: Session, insight_id: int, user: User) -> SavedInsight:
    """An insight the user may see; others' private insights do not exist for them."""
    row = session.get(SavedInsight, insight_id)
    if row is None or (row.owner_id != user.id and not row.shared and not user.can("admin")):
        raise NotFoundError(N_("no saved insight with id %(id)s"), id=insight_id)
    return row


def save_insight(session: Session, user: User, name: str, kind: str, spec_json: str, *,
                 shared: bool = False) -> SavedInsight:
    _require_writer(user, "insight")
    row = SavedInsight(name=clean_name(name, N_("insight")), owner_id=user.id, shared=shared, kind=kind,
                       spec_json=spec_json)
    session.add(row)
    session.flush()
    return row


def update_insight(session: Session, insight_id: int, user: User, *, name: str | None = None,
                   kind: str | None = None, spec_json: str | None = None, shared: bool | None = None) -> SavedInsight:
    _require_writer(user, "insight")
    row = get_insight(session, insight_id, user)
    _require_owner(row.owner_id, user, "insight")
    if name is not None:
        row.name = clean_name(name, N_("insight"))
    if kind is not None and spec_json is not None:
        row.kind, row.spec_json = kind, spec_json
    if shared is not None:
        row.shared = shared
    row.updated_at = utc_now()
    return row


def delete_insight(session: Session, insight_id: int, user: User) -> None:
    _require_writer(user, "insight")
    row = get_insight(session, insight_id, user)
    _require_owner(row.owner_id, user, "insight")
    for item in session.scalars(select(DashboardItem).where(DashboardItem.insight_id == insight_id)):
        session.delete(item)
    session.delete(row)


# -- dashboards -------------------------------------------------------------------------------------
def visible_dashboards(session: Session, user: User) -> list[Dashboard]:
    query = select(Dashboard).where(or_(Dashboard.owner_id == user.id, Dashboard.shared.is_(True)))
    return list(session.scalars(query.order_by(Dashboard.name, Dashboard.id)))


def get_dashboard(session: Session, dashboard_id: int, user: User) -> Dashboard:
    row = session.get(Dashboard, dashboard_id)
    if row is None or (row.owner_id != user.id and not row.shared and not user.can("admin")):
        raise NotFoundError(N_("no dashboard with id %(id)s"), id=dashboard_id)
    return row


def create_dashboard(session: Session, user: User, name: str, *, shared: bool = False) -> Dashboard:
    _require_writer(user, "dashboard")
    row = Dashboard(name=clean_name(name, N_("dashboard")), owner_id=user.id, shared=shared)
    session.add(row)
    session.flush()
    return row


def update_dashboard(session: Session, dashboard_id: int, user: User, *, name: str | None = None,
                     shared: bool | None = None) -> Dashboard:
    _require_writer(user, "dashboard")
    row = get_dashboard(session, dashboard_id, user)
    _require_owner(row.owner_id, user, "dashboard")
    if name is not None:
        row.name = clean_name(name, N_("dashboard"))
    if shared is not None:
        row.shared = shared
    return row


def delete_dashboard(session: Session, dashboard_id: int, user: User) -> None:
    _require_writer(user, "dashboard")
    row = get_dashboard(session, dashboard_id, user)
    _require_owner(row.owner_id, user, "dashboard")
    for item in session.scalars(select(DashboardItem).where(DashboardItem.dashboard_id == dashboard_id)):
        session.delete(item)
    session.delete(row)


def pin(session: Session, dashboard_id: int, insight_id: int, user: User) -> None:
    """Add an insight the user may see to the end of a dashboard they own (once)."""
    _require_writer(user, "dashboard")
    board = get_dashboard(session, dashboard_id, user)
    _require_owner(board.owner_id, user, "dashboard")
    get_insight(session, insight_id, user)
    items = dashboard_items(session, dashboard_id)
    if any(i.insight_id == insight_id for i in items):
        return
    session.add(DashboardItem(dashboard_id=dashboard_id, insight_id=insight_id,
                              position=max((i.position for i in items), default=-1) + 1))


def unpin(session: Session, dashboard_id: int, insight_id: int, user: User) -> None:
    _require_writer(user, "dashboard")
    board = get_dashboard(session, dashboard_id, user)
    _require_owner(board.owner_id, user, "dashboard")
    for item in dashboard_items(session, dashboard_id):
        if item.insight_id == insight_id:
            session.delete(item)


def dashboard_items(session: Session, dashboard_id: int) -> list[DashboardItem]:
    query = select(DashboardItem).where(DashboardItem.dashboard_id == dashboard_id)
    return list(session.scalars(query.order_by(DashboardItem.position, DashboardItem.id)))
