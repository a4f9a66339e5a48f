"""The CS team: which account owner each person is, and how many accounts each can touch a week.

Accounts name their CSM in `accounts.owner` as the CRM spells it ("佐藤 美咲"); people sign in with
an email. A team row ties the two, so "my accounts" means the accounts whose owner is one of the
names a person answers to, and it holds that CSM's capacity: the length of their weekly worklist
(`banso.signals.worklist`). Without a row a CSM has the workspace's `signals.capacity_per_csm`.

`Actor` is who makes a change, with the owner names that make tasks and accounts theirs; the
permission checks of tasks, notes and playbooks read it.

    with ws.app_state.session() as s:
        link(s, "佐藤 美咲", find_user(s, "misaki@example.com"), by="admin@example.com")
        set_capacity(s, "佐藤 美咲", 15, by="admin@example.com")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.audit import record
from banso.appstate.auth import ROLES, Role, User
from banso.appstate.base import Base, utc_now
from banso.errors import WorkError
from banso.i18n import N_

MAX_CAPACITY = 1000


class TeamMember(Base):
    __tablename__ = "team_members"

    owner: Mapped[str] = mapped_column(String(128), primary_key=True)  # as accounts.owner spells it
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_users.id", ondelete="SET NULL"), nullable=True,
                                                index=True)
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(320), nullable=True)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: their email (or "command line"), role, and the owner names that are theirs."""

    email: str
    role: Role
    owners: frozenset[str] = frozenset()

    def can(self, role: Role) -> bool:
        """Whether this actor holds `role` or a stronger one (ROLES lists the strongest first)."""
        return self.role in ROLES and ROLES.index(self.role) <= ROLES.index(role)

    def owns(self, owner: str | None) -> bool:
        return owner is not None and owner in self.owners

    @classmethod
    def operator(cls, label: str = "command line") -> Actor:
        """Whoever runs `banso` on the workspace's machine: they hold its files, so they may change anything."""
        return cls(label, "admin")


def owner_name(name: str) -> str:
    value = " ".join(name.split())
    if not value:
        raise WorkError(N_("give the owner's name as the accounts name it (accounts.owner)"))
    if len(value) > 128:
        raise WorkError(N_("an owner name may have at most 128 characters"))
    return value


def actor_for(s: Session, user: User) -> Actor:
    """The actor a signed-in user is: linked owner names, and their own name and email as owners may spell them."""
    linked = set(s.scalars(select(TeamMember.owner).where(TeamMember.user_id == user.id)))
    names = {n for n in (user.name, user.email) if n}
    return Actor(user.email, user.role if user.active else "viewer", frozenset(linked | names))  # type: ignore[arg-type]


def members(s: Session) -> list[TeamMember]:
    return list(s.scalars(select(TeamMember).order_by(TeamMember.owner)))


def capacities(s: Session) -> dict[str, int]:
    """Each CSM's own capacity, where one is set."""
    rows = s.execute(select(TeamMember.owner, TeamMember.capacity).where(TeamMember.capacity.is_not(None))).all()
    return {owner: int(cap) for owner, cap in rows if cap is not None}


def _row(s: Session, owner: str) -> TeamMember:
    row = s.get(TeamMember, owner)
    if row is None:
        row = TeamMember(owner=owner)
        s.add(row)
    return row


def set_capacity(s: Session, owner: str, capacity: int | None, by: str | None) -> TeamMember:
    """Set (or, with None, clear back to the workspace's default) how many accounts a CSM touches a week."""
    name = owner_name(owner)
    if capacity is not None and not 0 <= capacity <= MAX_CAPACITY:
        raise WorkError(N_("capacity is a number of accounts per week between 0 and %(most)s (got %(capacity)s)"),
                        most=MAX_CAPACITY, capacity=capacity)
    row = _row(s, name)
    before = row.capacity
    row.capacity, row.updated_at, row.updated_by = capacity, utc_now(), by
    record(s, by, "team", name, "capacity", before=before, after=capacity)
    return row


def link(s: Session, owner: str, user: User | None, by: str | None) -> TeamMember:
    """Tie an owner name to the person who signs in as it (None unties it)."""
    name = owner_name(owner)
    row = _row(s, name)
    before = row.user_id
    row.user_id, row.updated_at, row.updated_by = (user.id if user else None), utc_now(), by
    record(s, by, "team", name, "link", before=before, after=user.email if user else None)
    return row


def linked_emails(s: Session) -> dict[str, str]:
    """owner name -> the email of the person linked to it."""
    rows = s.execute(select(TeamMember.owner, User.email).join(User, User.id == TeamMember.user_id)).all()
    return {owner: email for owner, email in rows}
