"""Withdrawing and restoring a person's access: disable, enable, remove.

Disabling is the reversible step for someone who left or whose login may be compromised: they
cannot sign in, every session of theirs ends at once, and their API tokens are refused (they work
again if the person is enabled). Removing deletes the login, its tokens and sessions, and its private
segments; segments they shared with the team are handed over to another person, so the team keeps
them. The last active admin can be neither disabled nor removed, so a workspace never locks itself out.

    with ws.app_state.session() as s:
        set_active(s, "aiko@example.com", False).sessions_ended   # e.g. 2 sessions signed out
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from banso.appstate.auth import ApiToken, AuthError, User, check_role, find_user
from banso.appstate.segments import SavedSegment
from banso.appstate.session_rows import end_sessions
from banso.errors import NotFoundError, Phrase
from banso.i18n import N_


@dataclass(frozen=True)
class AccessChange:
    """What a change of access did, for the message shown to the one who made it."""

    email: str
    active: bool
    sessions_ended: int
    tokens: int  # API tokens not revoked: refused while disabled, deleted on removal
    segments_handed_over: int = 0
    segments_deleted: int = 0


def _user(session: Session, email: str) -> User:
    user = find_user(session, email)
    if user is None:
        raise NotFoundError(N_("no user %(email)s; `banso user list` shows who can sign in"), email=repr(email))
    return user


def _live_tokens(session: Session, user: User) -> int:
    query = select(func.count()).select_from(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked.is_(False))
    return int(session.scalar(query) or 0)


def _keep_an_admin(session: Session, user: User, doing: str) -> None:
    """Refuse `doing` (a verb, a message id marked with N_) to the last active admin."""
    if user.role != "admin" or not user.active:
        return
    others = select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True),
                                                          User.id != user.id)
    if not session.scalar(others):
        raise AuthError(N_("%(email)s is the only active admin; make someone else admin before you %(doing)s them "
                           "(`banso user role EMAIL admin`)"), email=user.email, doing=Phrase(doing))


def set_role(session: Session, email: str, role: str) -> User:
    """Change a user's role; the last active admin cannot be demoted (the workspace would lock itself out)."""
    user = _user(session, email)
    wanted = check_role(role)
    if wanted != "admin":
        _keep_an_admin(session, user, N_("demote"))
    user.role = wanted
    return user


def set_active(session: Session, email: str, active: bool) -> AccessChange:
    """Disable (`active=False`) or enable a user; disabling ends every session of theirs at once."""
    user = _user(session, email)
    ended = 0
    if not active:
        _keep_an_admin(session, user, N_("disable"))
        ended = end_sessions(session, user.id)
    user.active = active
    return AccessChange(user.email, active, ended, _live_tokens(session, user))


def remove_user(session: Session, email: str, heir: User | None = None) -> AccessChange:
    """Delete a user with their tokens, sessions and private segments; shared segments go to `heir`.

    Without an heir, a user who shared segments is not removed (the team would lose them): the error says
    how to name one, or to disable the user instead.
    """
    user = _user(session, email)
    _keep_an_admin(session, user, N_("remove"))
    shared = list(session.scalars(select(SavedSegment.id).where(SavedSegment.owner_id == user.id,
                                                                SavedSegment.shared.is_(True))))
    if shared and (heir is None or heir.id == user.id):
        raise AuthError(N_("%(email)s shared %(n)s segment(s) with the team; name who keeps them "
                           "(`--hand-over-to EMAIL`), or disable the user instead of removing them"),
                        email=user.email, n=len(shared))
    if shared and heir is not None:
        session.execute(update(SavedSegment).where(SavedSegment.id.in_(shared)).values(owner_id=heir.id))
    private = select(func.count()).select_from(SavedSegment).where(SavedSegment.owner_id == user.id,
                                                                   SavedSegment.shared.is_(False))
    deleted = int(session.scalar(private) or 0)
    change = AccessChange(user.email, False, end_sessions(session, user.id), _live_tokens(session, user),
                          len(shared), deleted)
    session.delete(user)  # the database deletes their tokens and private segments with them (ON DELETE CASCADE)
    session.flush()
    return change
