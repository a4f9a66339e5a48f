"""Signed-in browser sessions, kept server-side so that ending one really ends it.

A signed cookie alone cannot be taken back: a copy keeps working until it expires. So the cookie
carries a random session token, and this table holds the token's SHA-256 with its user and age.
Signing out deletes the row; disabling or removing a user, or setting a new password, deletes all
of theirs; a cookie whose row is gone is refused. Like API tokens, only digests are stored, so a
copy of the database, or of the key that signs cookies, does not give anyone a working session.

    with ws.app_state.session() as s:
        token = start_session(s, user)                  # goes into the cookie
        session_user(s, token)                          # the user, until end_session(s, token)
"""

from __future__ import annotations

import secrets

from sqlalchemy import delete
from sqlalchemy.orm import Session

from banso.appstate.auth import User
from banso.appstate.base import utc_now
from banso.appstate.session_rows import LIFETIME, TOUCH_EVERY, WebSession, digest


def start_session(session: Session, user: User) -> str:
    """A new session of `user`; the returned token goes into the cookie and is stored only as a digest."""
    now = utc_now()
    session.execute(delete(WebSession).where(WebSession.created_at < now - LIFETIME))  # expired, anyone's
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=digest(token), user_id=user.id, created_at=now, last_seen_at=now))
    session.flush()
    return token


def session_user(session: Session, token: str) -> User | None:
    """The active user of a live session, or None when it ended, expired or its user is disabled."""
    row = session.get(WebSession, digest(token))
    now = utc_now()
    if row is None or row.created_at < now - LIFETIME:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
    return user


def end_session(session: Session, token: str) -> None:
    """Sign one session out (nothing happens when it has already ended)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == digest(token)))
