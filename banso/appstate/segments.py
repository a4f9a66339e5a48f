"""Saved segments: a named accounts-list filter that its owner may share with the team.

The filter is stored as the JSON of a validated `banso.config.segment.SegmentSpec`, so a saved
segment is re-validated each time it is used and never holds anything but field values.

Who may do what: everyone signed in sees their own and the shared segments; csm and admin users
create segments; only the owner (or an admin) renames, re-filters, shares or deletes one. Viewers read.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.auth import AuthError, User
from banso.appstate.base import Base
from banso.config.segment import SegmentSpec
from banso.errors import NotAllowedError, NotFoundError
from banso.i18n import N_
from banso.values import utc_now


class SavedSegment(Base):
    __tablename__ = "saved_segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    spec_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    @property
    def spec(self) -> SegmentSpec:
        return SegmentSpec.model_validate(json.loads(self.spec_json))


def _clean_name(name: str) -> str:
    value = " ".join(name.split())
    if not value:
        raise AuthError(N_("give the segment a name"))
    if len(value) > 120:
        raise AuthError(N_("a segment name may have at most 120 characters"))
    return value


def visible_segments(session: Session, user: User) -> list[SavedSegment]:
    """The user's own segments and those others shared, by name."""
    query = select(SavedSegment).where(or_(SavedSegment.owner_id == user.id, SavedSegment.shared.is_(True)))
    return list(session.scalars(query.order_by(SavedSegment.name)))


def get_segment(session: Session, segment_id: int, user: User) -> SavedSegment:
    """A segment the user may see; others' private segments do not exist for them."""
    seg = session.get(SavedSegment, segment_id)
    if seg is None or (seg.owner_id != user.id and not seg.shared and not user.can("admin")):
        raise NotFoundError(N_("no saved segment with id %(id)s"), id=segment_id)
    return seg


def _require_writer(user: User) -> None:
    if not user.can("csm"):
        raise NotAllowedError(N_("viewers cannot save or change segments"))


def _require_owner(seg: SavedSegment, user: User) -> None:
    if seg.owner_id != user.id and not user.can("admin"):
        raise NotAllowedError(N_("only the owner of a segment (or an admin) can change it"))


def save_segment(session: Session, user: User, name: str, spec: SegmentSpec, *, shared: bool = False) -> SavedSegment:
    _require_writer(user)
    seg = SavedSegment(name=_clean_name(name), owner_id=user.id, shared=shared, spec_json=spec.model_dump_json())
    session.add(seg)
    session.flush()
    return seg


def update_segment(
    session: Session, segment_id: int, user: User, *, name: str | None = None, spec: SegmentSpec | None = None,
    shared: bool | None = None,
) -> SavedSegment:
    _require_writer(user)
    seg = get_segment(session, segment_id, user)
    _require_owner(seg, user)
    if name is not None:
        seg.name = _clean_name(name)
    if spec is not None:
        seg.spec_json = spec.model_dump_json()
    if shared is not None:
        seg.shared = shared
    seg.updated_at = utc_now()
    return seg


def delete_segment(session: Session, segment_id: int, user: User) -> None:
    _require_writer(user)
    seg = get_segment(session, segment_id, user)
    _require_owner(seg, user)
    session.delete(seg)


def shared_segment(session: Session, name: str) -> SavedSegment:
    """The segment shared with the team under this name (what a playbook's trigger or audience names)."""
    found = session.scalars(select(SavedSegment).where(SavedSegment.name == " ".join(name.split()),
                                                       SavedSegment.shared.is_(True)).order_by(SavedSegment.id)).first()
    if found is None:
        raise NotFoundError(N_("no shared saved segment named %(name)s; save it on the Accounts page and share it "
                               "with the team"), name=repr(name))
    return found
